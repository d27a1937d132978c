import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import Monitor

/// The CI smoke of the fuzz targets in Fuzz/ (which CI does not build): every input the
/// fuzzers kept (Fuzz/Corpus/TARGET/) and every input that once crashed, hung or got a
/// misplaced error (Fuzz/Regressions/TARGET/) is fed to its reader as the target feeds it.
/// A crash fails the whole run; a refusal must name the file and the line.
@Suite struct FuzzRegressionTests {
    static let fuzz = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")
    static let catalogue = Result { () throws(MonitorFileError) in
        try IndicatorCatalogue(path: fuzz.deletingLastPathComponent().appendingPathComponent("Seeds/monitor/indicators.csv").path)
    }

    @Test func kwbTables() throws {
        let catalogue = try Self.catalogue.get()
        for path in FuzzInputs.files(of: "FuzzKWB", in: Self.fuzz) {
            for year in [nil, 2016] {
                let whole = FuzzInputs.outcome(path) { () throws(ImportFailure) in try KWBTableReader(catalogue: catalogue, year: year).read(path: path) }
                var chunked = KWBTableReader(catalogue: catalogue, year: year)
                chunked.chunkSize = 64
                FuzzInputs.expectSameInChunks(whole, path) { () throws(ImportFailure) in try chunked.read(path: path) }
            }
        }
    }

    @Test func longTables() throws {
        let catalogue = try Self.catalogue.get()
        for path in FuzzInputs.files(of: "FuzzLongTable", in: Self.fuzz) {
            for year in [nil, 2016] {
                let whole = FuzzInputs.outcome(path) { () throws(ImportFailure) in try LongTableReader(catalogue: catalogue, year: year).read(path: path) }
                var chunked = LongTableReader(catalogue: catalogue, year: year)
                chunked.chunkSize = 64
                FuzzInputs.expectSameInChunks(whole, path) { () throws(ImportFailure) in try chunked.read(path: path) }
            }
        }
    }

    @Test func csvTables() {
        for path in FuzzInputs.files(of: "FuzzCSVTable", in: Self.fuzz) {
            let url = URL(fileURLWithPath: path)
            do { _ = try IndicatorCatalogue(path: path) } catch { FuzzInputs.expectPlace(error.description, file: path) }
            do { _ = try RegionCatalogue.read(url) } catch { FuzzInputs.expectPlace(error.description, file: path) }
            do { _ = try CodeCrosswalk.read(url) } catch { FuzzInputs.expectPlace(error.description, file: path) }
        }
    }

    @Test func geoJSONBoundaries() {
        for path in FuzzInputs.files(of: "FuzzGeoJSON", in: Self.fuzz) {
            do { _ = try BoundaryFile.read(URL(fileURLWithPath: path)) } catch { FuzzInputs.expectPlace(error.description, file: path) }
        }
    }

    @Test func odataAnswers() throws {
        let url = try #require(URL(string: "https://opendata.cbs.nl/ODataApi/odata/85984NED/TypedDataSet"))
        let conversation = ODataConversation(session: URLSession.shared, host: url.host)
        for path in FuzzInputs.files(of: "FuzzODataJSON", in: Self.fuzz) {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            func check(_ error: CBSFetchError) {
                guard case .malformedAnswer(_, let place, _) = error else {
                    Issue.record("\(path): \(error)")
                    return
                }
                let oneLine = !error.description.contains(where: \.isNewline)
                #expect(place.firstMatch(of: /^line [1-9]\d*, column [1-9]\d* \(/) != nil && oneLine, "\(path): \(error)")
            }
            do { _ = try conversation.decode(ODataPage<CBSTableInfo>.self, from: data, url: url) } catch { check(error) }
            do { _ = try conversation.decode(ODataPage<CBSDataProperty>.self, from: data, url: url) } catch { check(error) }
            do { _ = try conversation.decode(ODataPage<CBSDimensionEntry>.self, from: data, url: url) } catch { check(error) }
            do { _ = try conversation.decode(ODataPage<[String: ODataValue]>.self, from: data, url: url) } catch { check(error) }
        }
    }
}

/// The inputs of one fuzz target, and the form its errors must have (as Fuzz/Sources/ReaderFuzzing/ErrorForm.swift checks it).
enum FuzzInputs {
    static func files(of target: String, in fuzz: URL) -> [String] {
        ["Corpus", "Regressions"].flatMap { kind -> [String] in
            let folder = fuzz.appendingPathComponent(kind).appendingPathComponent(target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0).path }
        }
    }

    /// A read of an import file, its refusal checked for the error form.
    static func outcome(_ path: String, _ read: () throws(ImportFailure) -> ImportResult) -> Result<[Observation], ImportFailure> {
        let result = Result { () throws(ImportFailure) in try read().observations }
        if case .failure(let failure) = result {
            for problem in failure.problems { expectPlace(problem.description, file: path) }
        }
        return result
    }

    /// Read in chunks of 64 bytes (records cross chunk ends) a file gives what it gives read in
    /// one chunk, but for NUL bytes, which the reader looks for in its first chunk only.
    static func expectSameInChunks(_ whole: Result<[Observation], ImportFailure>, _ path: String,
                                   _ read: () throws(ImportFailure) -> ImportResult) {
        guard let bytes = FileManager.default.contents(atPath: path), !bytes.contains(0) else { return }
        let chunked = Result { () throws(ImportFailure) in try read().observations }
        #expect(chunked == whole, "\(path): read in chunks of 64 bytes it gives another result")
    }

    /// `FILE:LINE: [FIELD: ]MESSAGE` on one line, LINE from 1.
    static func expectPlace(_ description: String, file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let rest = description.hasPrefix(file + ":") ? description.dropFirst(file.count + 1) : ""
        let oneLine = !description.contains(where: \.isNewline)
        #expect(rest.firstMatch(of: /^[1-9]\d*: \S/) != nil && oneLine,
                "not FILE:LINE: MESSAGE: \(description)", sourceLocation: sourceLocation)
    }
}
