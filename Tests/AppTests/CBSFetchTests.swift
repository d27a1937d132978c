import Foundation
import Monitor
import StipTestSupport
import Storage
import Testing
import Vapor

/// `stip monitor fetch cbs`: the real payloads of table 85984NED (KWB 2024), served by a local
/// server shaped like the CBS OData v3 API, fetched and stored as the command does.
@Suite(.enabled(if: CBSPayloads.folder != nil, "shared/data/cbs-kwb-2024-metadata-gm-wijk is not on this machine (looked beside the repository and in /work/shared/data)"))
struct CBSFetchTests {
    static let table = "85984NED"

    @Test(arguments: ScratchDatabase.available)
    func aFetchStoresTheTableAndTheSameDataAgainChangesNothing(database: ScratchDatabase) async throws {
        let payloads = try CBSPayloads.load()
        try await withCBSServer(payloads) { base, log in
            try await database.with { db in
                let store = MonitorStore(database: db)
                let client = CBSODataClient(baseURL: base)
                let pages = PageCounter()
                let fetched = try await client.fetch(table: Self.table, catalogue: try catalogue()) { pages.record($0) }
                #expect(fetched.info.title == "Kerncijfers wijken en buurten 2024")
                #expect(fetched.source == "cbs-85984ned")
                #expect(fetched.result.years == [2024])
                #expect(fetched.selectedColumns == ["ID", "WijkenEnBuurten", "AantalInwoners_5", "OppervlakteLand_123", "Woningvoorraad_35"])
                #expect(fetched.result.rowsRead == 3_735)
                // 1,000 rows a page: the paging is followed to the end.
                #expect(fetched.dataPages == 4)
                #expect(pages.seen == [1_000, 2_000, 3_000, 3_735])
                #expect(fetched.result.file.hasPrefix(base.absoluteString + "85984NED/TypedDataSet?"))
                #expect(fetched.result.indicators.map(\.id) == ["inwoners", "oppervlakte-land", "bevolkingsdichtheid", "woningvoorraad"])
                #expect(log.selects.count == 4 && log.selects.allSatisfy { $0 == "ID,WijkenEnBuurten,AantalInwoners_5,OppervlakteLand_123,Woningvoorraad_35" })

                let outcome = try await store.importFile(fetched.result, areas: fetched.result.areas, by: "test")
                #expect(outcome == .imported(observations: 3_735 * 4, areas: fetched.result.areas.count))
                let municipalities = try await store.observations(year: 2024, level: .municipality)
                let maastricht = try #require(AreaCode("GM0935"))
                func value(_ indicator: String, of area: AreaCode, in observations: [Observation]) -> Double?? {
                    observations.first { $0.area == area && $0.indicator == indicator }.map(\.value)
                }
                #expect(value("inwoners", of: maastricht, in: municipalities) == 125_285)
                // Computed from inhabitants and land area (ha), it rounds to what CBS publishes (Bevolkingsdichtheid_34 = 2246).
                let density = try #require(value("bevolkingsdichtheid", of: maastricht, in: municipalities) ?? nil)
                #expect(density.rounded() == 2_246)
                // `null` is missing, not zero: WK030732 has no dwellings figure.
                let districts = try await store.observations(year: 2024, level: .district, indicators: ["woningvoorraad"])
                #expect(districts.count == 3_393)
                #expect(value("woningvoorraad", of: try #require(AreaCode("WK030732")), in: districts) == .some(nil))
                if payloads.hasNames {
                    let names = try await store.areaNames(preferring: 2024)
                    #expect(names[maastricht] == "Maastricht")
                    #expect(try await store.areas(year: 2024).first { $0.code == AreaCode("WK093501") }?.parent == maastricht)
                }

                let again = try await client.fetch(table: Self.table, catalogue: try catalogue())
                #expect(again.result.checksum == fetched.result.checksum)
                let second = try await store.importFile(again.result, areas: again.result.areas, by: "test")
                guard case .alreadyImported(_, let by) = second else {
                    Issue.record("the same data a second time was stored again: \(second)")
                    return
                }
                #expect(by == "test")
                #expect(try await store.imports().count == 1)
            }
        }
    }

    @Test func theLevelFilterFetchesTheMunicipalitiesOnly() async throws {
        try await withCBSServer(try CBSPayloads.load()) { base, log in
            try await ScratchDatabase(kind: .sqlite).with { db in
                let store = MonitorStore(database: db)
                let fetched = try await CBSODataClient(baseURL: base).fetch(table: Self.table, level: .municipality, catalogue: try catalogue())
                #expect(fetched.dataPages == 1)
                #expect(log.filters.allSatisfy { $0 == "startswith(WijkenEnBuurten,'GM')" || $0 == "startswith(Key,'GM')" })
                #expect(try await store.importFile(fetched.result, areas: fetched.result.areas, by: "test") == .imported(observations: 342 * 4, areas: fetched.result.areas.count))
                #expect(Set(try await store.observations(year: 2024, indicators: ["inwoners"]).map(\.area)).count == 342)
                #expect(try await store.observations(year: 2024, level: .district).isEmpty)
            }
        }
    }

    @Test func aLevelTheTableLacksIsRefused() async throws {
        // The shared payloads hold no buurten: the filter leaves nothing, which is not an import.
        try await withCBSServer(try CBSPayloads.load()) { base, _ in
            do {
                _ = try await CBSODataClient(baseURL: base).fetch(table: Self.table, level: .neighbourhood, catalogue: try catalogue())
                Issue.record("a fetch without rows was accepted")
            } catch let error as CBSFetchError {
                guard case .noRows(let url) = error else { throw error }
                #expect(url.contains("startswith(WijkenEnBuurten,'BU')"))
            }
        }
    }

    @Test func aServerErrorIsRefusedAndNothingIsStored() async throws {
        try await withCBSServer(try CBSPayloads.load(), fault: .serverError) { base, _ in
            let error = try await refusal(base)
            guard case .httpStatus(_, 500, let excerpt) = error else { throw error }
            #expect(excerpt == "An error has occurred.")
            #expect(error.description.contains("HTTP 500"))
            #expect(error.description.contains("/85984NED/TypedDataSet"))
        }
    }

    @Test func garbageOnALaterPageIsRefusedWithItsPlaceAndNothingIsStored() async throws {
        try await withCBSServer(try CBSPayloads.load(), fault: .garbageOnSecondPage) { base, _ in
            let error = try await refusal(base)
            guard case .malformedAnswer(let url, let place, let problem) = error else { throw error }
            #expect(url.contains("skip=1000"))
            #expect(place.hasPrefix("line 1, column 1"))
            #expect(problem.contains("<html>"))
        }
    }

    @Test func aColumnTheTableLacksIsRefusedBeforeAnyDataIsFetched() async throws {
        let text = """
            id,name_nl,name_en,unit,theme,direction,source,formula,aggregation,base
            inwoners,Aantal inwoners,Inhabitants,aantal,demografie,0,cbs-85984ned,AantalInwoners_5,sum,
            banen,Banen,Jobs,aantal,arbeid-en-vrije-tijd,1,cbs-85984ned,Banen_999,sum,
            """
        let catalogue = try IndicatorCatalogue(text: text, file: "test-catalogue.csv")
        try await withCBSServer(try CBSPayloads.load()) { base, log in
            do {
                _ = try await CBSODataClient(baseURL: base).fetch(table: Self.table, catalogue: catalogue)
                Issue.record("a catalogue column the table lacks was accepted")
            } catch let error as CBSFetchError {
                guard case .missingColumns(_, _, _, let columns) = error else { throw error }
                #expect(columns.map(\.column) == ["Banen_999"])
                #expect(error.description.contains("table 85984NED has no column Banen_999 (test-catalogue.csv line 3, indicator banen)"))
            }
            #expect(log.selects.isEmpty)
        }
    }

    @Test func anUnreachableHostSaysWhatToDoInstead() async throws {
        // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
        let error = try await refusal(URL(string: "http://127.0.0.1:1/ODataApi/odata/")!)
        guard case .unreachable(let host, _) = error else { throw error }
        #expect(host == "127.0.0.1")
        #expect(error.description.hasPrefix("Stip cannot reach 127.0.0.1; this machine may have no internet. Download the CSV from CBS StatLine and use stip monitor import instead."))
    }

    /// Fetches and stores as the command does, expecting a refusal; checks nothing was stored.
    private func refusal(_ base: URL) async throws -> CBSFetchError {
        try await ScratchDatabase(kind: .sqlite).with { db in
            let store = MonitorStore(database: db)
            var refusal: CBSFetchError?
            do {
                let fetched = try await CBSODataClient(baseURL: base, timeout: 10).fetch(table: Self.table, catalogue: try catalogue())
                _ = try await store.importFile(fetched.result, areas: fetched.result.areas, by: "test")
            } catch let error as CBSFetchError {
                refusal = error
            }
            #expect(try await store.imports().isEmpty)
            #expect(try await store.years().isEmpty)
            return try #require(refusal, "the fetch was not refused")
        }
    }

    private func catalogue() throws -> IndicatorCatalogue {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try IndicatorCatalogue(path: root.appendingPathComponent("Seeds/monitor/indicators.csv").path)
    }
}

/// The rows counted by the progress callback, page by page.
private final class PageCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var rows: [Int] = []

    func record(_ progress: CBSFetchProgress) { lock.withLock { rows.append(progress.rowsFetched) } }
    var seen: [Int] { lock.withLock { rows } }
}

/// What the test server was asked: the `$select` and `$filter` of every request.
final class CBSRequestLog: @unchecked Sendable {
    private let lock = NSLock()
    private var dataSelects: [String] = []
    private var allFilters: [String] = []

    func record(select: String?, filter: String?) {
        lock.withLock {
            if let select { dataSelects.append(select) }
            if let filter { allFilters.append(filter) }
        }
    }

    /// The `$select` of each TypedDataSet request.
    var selects: [String] { lock.withLock { dataSelects } }
    var filters: [String] { lock.withLock { allFilters } }
}

/// The shared payloads of table 85984NED, and the names for its area dimension.
struct CBSPayloads: Sendable {
    static let folderName = "cbs-kwb-2024-metadata-gm-wijk"

    /// `shared/data/<name>` upwards from this file, then under /work/shared/data; never copied into the repository.
    static func shared(_ name: String) -> URL? {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        var candidates: [URL] = []
        while folder.path != "/" {
            candidates.append(folder.appendingPathComponent("shared/data").appendingPathComponent(name))
            folder.deleteLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: "/work/shared/data").appendingPathComponent(name))
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    static var folder: URL? { shared(folderName) }

    /// The stored files are the `value` arrays of the API's answers, unchanged.
    var tableInfos: Data
    var dataProperties: Data
    /// In the file's order: the trimmed code and its figures (`nil` where CBS sends `null`).
    var rows: [(code: String, values: [String: Double?])]
    /// The CBS code lists of 2025 stand in for the table's own dimension titles, which the
    /// shared folder lacks; the codes of 2024 that 2025 no longer has go without a name.
    var names: [String: String]

    var hasNames: Bool { !names.isEmpty }

    static func load() throws -> CBSPayloads {
        let folder = try #require(Self.folder)
        let tableInfos = try Data(contentsOf: folder.appendingPathComponent("TableInfos.json"))
        let dataProperties = try Data(contentsOf: folder.appendingPathComponent("DataProperties.json"))
        let figures = try Data(contentsOf: folder.appendingPathComponent("stripped_filtered_data_2024.json"))
        let values = try JSONDecoder().decode([String: [String: Double?]].self, from: figures)
        // A dictionary forgets the order; the file, pretty-printed, has one code per line at two spaces.
        let order = String(decoding: figures, as: UTF8.self).split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  \""), !line.hasPrefix("   "), let end = line.dropFirst(3).firstIndex(of: "\"") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 3)..<end])
        }
        #expect(order.count == values.count)
        var names: [String: String] = [:]
        if let lists = shared("cbs-gebiedsnamen-2025") {
            for file in ["CBS_GEM2025.csv", "CBS_WIJK2025.csv"] {
                for area in try CBSCodeList.read(lists.appendingPathComponent(file)) { names[area.code.description] = area.name }
            }
        }
        return CBSPayloads(tableInfos: tableInfos, dataProperties: dataProperties,
                           rows: order.map { ($0, values[$0]!) }, names: names)
    }
}

/// How the test server misbehaves, if at all.
enum CBSServerFault: Sendable {
    /// TypedDataSet answers 500 with an OData error.
    case serverError
    /// The second page of TypedDataSet is an HTML page, as a proxy might send.
    case garbageOnSecondPage
}

/// Runs `body` with a local server answering like `https://opendata.cbs.nl/ODataApi/odata/85984NED/`.
func withCBSServer(
    _ payloads: CBSPayloads, fault: CBSServerFault? = nil,
    _ body: (_ base: URL, _ log: CBSRequestLog) async throws -> Void
) async throws {
    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    let server = CBSTestServer(payloads: payloads, fault: fault, log: CBSRequestLog())
    server.register(on: app)
    do {
        try await app.asyncBoot()
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        let port = try #require(app.http.server.shared.localAddress?.port, "the test server has no port")
        try await body(URL(string: "http://127.0.0.1:\(port)/ODataApi/odata/")!, server.log)
    } catch {
        await app.server.shutdown()
        try? await app.asyncShutdown()
        throw error
    }
    await app.server.shutdown()
    try await app.asyncShutdown()
}

/// The CBS OData v3 API for table 85984NED as far as Stip uses it: TableInfos, DataProperties,
/// the WijkenEnBuurten dimension and TypedDataSet, honouring `$select`, `startswith` in
/// `$filter`, and paging by `pageSize` rows with `odata.nextLink`, in the API's JSON shape.
struct CBSTestServer: Sendable {
    var payloads: CBSPayloads
    var fault: CBSServerFault?
    var log: CBSRequestLog
    var pageSize = 1_000

    func register(on app: Application) {
        let root: [PathComponent] = ["ODataApi", "odata", "85984NED"]
        app.get(root + ["TableInfos"]) { request in
            answer(request, "TableInfos", String(decoding: payloads.tableInfos, as: UTF8.self))
        }
        app.get(root + ["DataProperties"]) { request in
            answer(request, "DataProperties", String(decoding: payloads.dataProperties, as: UTF8.self))
        }
        app.get(root + ["WijkenEnBuurten"]) { request in try dimension(request) }
        app.get(root + ["TypedDataSet"]) { request in typedDataSet(request) }
    }

    private func dimension(_ request: Request) throws -> Response {
        let filter = Self.query(request).first { $0.name == "$filter" }?.value
        log.record(select: nil, filter: filter)
        guard let start = Self.prefix(filter, key: "Key") else { return Self.odataError(.badRequest, "The filter is not supported.") }
        struct Entry: Encodable { var Key: String; var Title: String; var Description: String }
        let entries = payloads.rows.filter { start.isEmpty || $0.code.hasPrefix(start) }.map {
            Entry(Key: Self.padded($0.code), Title: payloads.names[$0.code] ?? "", Description: "")
        }
        // Sorted keys: the same answer byte for byte each time, as CBS gives it (the checksum is over the bytes).
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return answer(request, "WijkenEnBuurten", String(decoding: try encoder.encode(entries), as: UTF8.self))
    }

    private func typedDataSet(_ request: Request) -> Response {
        let items = Self.query(request)
        func item(_ name: String) -> String? { items.first { $0.name == name }?.value }
        log.record(select: item("$select"), filter: item("$filter"))
        if fault == .serverError { return Self.odataError(.internalServerError, "An error has occurred.") }
        let known = ["ID", "WijkenEnBuurten"] + (payloads.rows.first?.values.keys.sorted() ?? [])
        let select = item("$select")?.split(separator: ",").map(String.init) ?? known
        if let unknown = select.first(where: { !known.contains($0) }) {
            return Self.odataError(.badRequest, "Could not find a property named '\(unknown)' on type 'Cbs.OData.WebAPI.TypedDataSet'.")
        }
        guard let start = Self.prefix(item("$filter"), key: "WijkenEnBuurten") else {
            return Self.odataError(.badRequest, "The filter is not supported.")
        }
        let skip = item("$skip").flatMap { Int($0) } ?? 0
        if fault == .garbageOnSecondPage, skip > 0 {
            return Response(status: .ok, headers: ["Content-Type": "text/html"], body: .init(string: "<html><body>Proxy error</body></html>"))
        }
        let rows = payloads.rows.enumerated().filter { start.isEmpty || $0.element.code.hasPrefix(start) }
        let page = rows.dropFirst(skip).prefix(pageSize)
        let value = "[" + page.map { id, row in
            "{" + select.map { key in
                switch key {
                case "ID": "\"ID\":\(id)"
                case "WijkenEnBuurten": "\"WijkenEnBuurten\":\"\(Self.padded(row.code))\""
                default: "\"\(key)\":\(Self.json(row.values[key] ?? nil))"
                }
            }.joined(separator: ",") + "}"
        }.joined(separator: ",") + "]"
        var next: String?
        if skip + pageSize < rows.count {
            var query = URLComponents()
            query.queryItems = items.filter { $0.name != "$skip" } + [URLQueryItem(name: "$skip", value: String(skip + pageSize))]
            next = "http://\(Self.host(request))/ODataApi/odata/85984NED/TypedDataSet?\(query.percentEncodedQuery ?? "")"
        }
        return answer(request, "TypedDataSet", value, next: next)
    }

    private func answer(_ request: Request, _ resource: String, _ value: String, next: String? = nil) -> Response {
        var text = "{\"odata.metadata\":\"http://\(Self.host(request))/ODataApi/odata/85984NED/$metadata#Cbs.OData.WebAPI.\(resource)\",\"value\":\(value)"
        if let next { text += ",\"odata.nextLink\":\"\(next)\"" }
        return Response(status: .ok, headers: ["Content-Type": "application/json; charset=utf-8"], body: .init(string: text + "}"))
    }

    private static func odataError(_ status: HTTPResponseStatus, _ message: String) -> Response {
        Response(status: status, headers: ["Content-Type": "application/json; charset=utf-8"],
                 body: .init(string: "{\"odata.error\":{\"code\":\"\",\"message\":{\"lang\":\"en-US\",\"value\":\"\(message)\"}}}"))
    }

    private static func query(_ request: Request) -> [URLQueryItem] {
        URLComponents(string: request.url.string)?.queryItems ?? []
    }

    private static func host(_ request: Request) -> String {
        request.headers.first(name: .host) ?? "127.0.0.1"
    }

    /// `startswith(KEY,'GM')` → `GM`; no filter → ""; any other filter → nil.
    private static func prefix(_ filter: String?, key: String) -> String? {
        guard let filter else { return "" }
        let head = "startswith(\(key),'", tail = "')"
        guard filter.hasPrefix(head), filter.hasSuffix(tail) else { return nil }
        return String(filter.dropFirst(head.count).dropLast(tail.count))
    }

    /// Codes as the API sends them: padded with spaces to 10 characters.
    private static func padded(_ code: String) -> String { code.padding(toLength: 10, withPad: " ", startingAt: 0) }

    private static func json(_ value: Double?) -> String {
        guard let value else { return "null" }
        return value == value.rounded() ? String(Int64(value)) : String(value)
    }
}
