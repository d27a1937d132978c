import Crypto
import Foundation
import Monitor
import Testing

@Suite struct KWBTableReaderTests {
    static let catalogue = try! IndicatorCatalogue(text: """
        id,name_nl,name_en,unit,theme,direction,source,formula,aggregation,base
        inwoners,Inwoners,Inhabitants,aantal,demografie,0,kwb,AANT_INW,sum,
        bijstand,Bijstand,Assistance,%,materiele-welvaart,-1,kwb,WWB_UITTOT / AANT_INW * 100,ratio,inwoners
        ouderen,65+,65+,%,demografie,0,kwb,P_65_EO_JR,weighted,inwoners

        """, file: "test.csv")

    func read(_ text: String, year: Int? = 2015, knownAreas: Set<AreaCode>? = nil, limit: Int = 20) throws(ImportFailure) -> ImportResult {
        let path = try! ScratchFiles().write("kwb.csv", text)
        return try KWBTableReader(catalogue: Self.catalogue, year: year, knownAreas: knownAreas, problemLimit: limit).read(path: path)
    }

    func failure(_ text: String, year: Int? = 2015, knownAreas: Set<AreaCode>? = nil, limit: Int = 20) -> ImportFailure? {
        do {
            _ = try read(text, year: year, knownAreas: knownAreas, limit: limit)
            return nil
        } catch {
            return error
        }
    }

    func value(_ result: ImportResult, _ area: String, _ indicator: String) -> Double?? {
        result.observations.first { $0.area == AreaCode(area)! && $0.indicator == indicator }.map(\.value)
    }

    @Test func theCBSDialectIsRead() throws {
        // BOM, `;`, CRLF, codes padded with spaces, decimal commas, quotes, markers, a blank line.
        let text = "\u{FEFF}BU_CODE;BU_NAAM;AANT_INW;WWB_UITTOT;P_65_EO_JR\r\n"
            + "BU09171001  ;\"Terschuren; \"\"oud\"\"\";470;60;22,5\r\n"
            + "  BU09171002;Kunderberg;0;.;0\r\n"
            + "\r\n"
            + "BU09171003;\"Naam met\r\nregelovergang\";100;-99999999;x\r\n"
            + "BU09171004;Leeg;;-99999997;  \r\n"
        let result = try read(text)
        #expect(result.rowsRead == 4)
        #expect(value(result, "BU09171001", "inwoners") == 470)
        #expect(value(result, "BU09171001", "ouderen") == 22.5)
        #expect(abs(value(result, "BU09171001", "bijstand")!! - 60.0 / 470 * 100) < 1e-12)
        // No inhabitants: the share of nobody is missing, not 0 (and the ratio has no denominator).
        #expect(value(result, "BU09171002", "ouderen") == .some(nil))
        #expect(value(result, "BU09171002", "bijstand") == .some(nil))
        #expect(value(result, "BU09171003", "bijstand") == .some(nil))
        #expect(value(result, "BU09171003", "ouderen") == .some(nil))
        #expect(value(result, "BU09171004", "inwoners") == .some(nil))
        #expect(result.years == [2015])
        #expect(result.indicators.map(\.id) == ["inwoners", "bijstand", "ouderen"])
    }

    @Test func readingTwiceGivesTheSameObservationsAndChecksum() throws {
        let path = try ScratchFiles().write("kwb.csv", "BU_CODE,AANT_INW,WWB_UITTOT,P_65_EO_JR\nBU09171001,470,60,22\nGM0917,87500,4920,21\n")
        let reader = KWBTableReader(catalogue: Self.catalogue, year: 2015)
        let first = try reader.read(path: path), second = try reader.read(path: path)
        #expect(first.observations == second.observations)
        #expect(first.checksum == second.checksum)
        #expect(first.checksum == SHA256.hex(of: Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
    }

    @Test func progressIsReportedUpToTheWholeFile() throws {
        var rows = "BU_CODE,AANT_INW,WWB_UITTOT,P_65_EO_JR\n"
        for i in 0..<20_000 { rows += "BU\(10_000_000 + i),100,5,20\n" }
        let path = try ScratchFiles().write("big.csv", rows)
        var reports: [ImportProgress] = []
        let result = try KWBTableReader(catalogue: Self.catalogue, year: 2015).read(path: path) { reports.append($0) }
        #expect(result.rowsRead == 20_000)
        #expect(reports.count >= 2)
        #expect(reports.last == ImportProgress(rowsRead: 20_000, bytesRead: result.bytesRead, totalBytes: result.bytesRead))
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.bytesRead <= $1.bytesRead })
    }

    @Test func aNonNumericCellIsNamedByLineAndColumn() throws {
        let refused = try #require(failure("BU_CODE,AANT_INW,WWB_UITTOT,P_65_EO_JR\nBU09171001,470,60,22\nBU09171002,veel,60,22\n"))
        #expect(refused.first.kind == .notANumber)
        #expect(refused.first.description.hasSuffix("kwb.csv:3: AANT_INW: 'veel' is not a number or a CBS marker for a missing value (., x, -99999999, -99999997)"))
    }

    @Test func anUnknownAreaCodeIsRefused() throws {
        let refused = try #require(failure("BU_CODE,AANT_INW,WWB_UITTOT,P_65_EO_JR\nBU0917100,470,60,22\n"))
        #expect(refused.first.kind == .unknownAreaCode)
        #expect((refused.first.line, refused.first.column) == (2, "BU_CODE"))
        let outside = try #require(failure("BU_CODE,AANT_INW,WWB_UITTOT,P_65_EO_JR\nBU09171001,470,60,22\n", knownAreas: [AreaCode("GM0917")!]))
        #expect(outside.first.kind == .unknownAreaCode)
    }

    @Test func aDuplicateRowIsRefused() throws {
        let refused = try #require(failure("BU_CODE,AANT_INW,WWB_UITTOT,P_65_EO_JR\nBU09171001,470,60,22\nBU09171001 ,470,60,22\n"))
        #expect(refused.first.kind == .duplicateRow)
        #expect(refused.first.line == 3)
        #expect(refused.first.message == "BU09171001 in 2015 is already on line 2")
    }

    @Test func aTruncatedLineNamesTheFirstMissingColumn() throws {
        let refused = try #require(failure("BU_CODE,AANT_INW,WWB_UITTOT,P_65_EO_JR\nBU09171001,470,60,22\nBU09171002,470\n"))
        #expect(refused.first.kind == .truncatedLine)
        #expect((refused.first.line, refused.first.column) == (3, "WWB_UITTOT"))
        let longer = try #require(failure("BU_CODE,AANT_INW,WWB_UITTOT,P_65_EO_JR\nBU09171001,470,60,22,9\n"))
        #expect(longer.first.kind == .extraFields)
    }

    @Test func aMissingCodeColumnOrYearIsRefusedAtTheHeader() throws {
        let noCode = try #require(failure("NAAM,AANT_INW,WWB_UITTOT,P_65_EO_JR\nx,470,60,22\n"))
        #expect(noCode.first.kind == .missingColumn)
        #expect(noCode.first.line == 1)
        let noIndicator = try #require(failure("BU_CODE,NAAM\nBU09171001,x\n"))
        #expect(noIndicator.first.kind == .missingColumn)
        let noYear = try #require(failure("BU_CODE,AANT_INW\nBU09171001,470\n", year: nil))
        #expect(noYear.first.kind == .missingYear)
        let otherYear = try #require(failure("BU_CODE,jaar,AANT_INW\nBU09171001,2016,470\n", year: 2015))
        #expect(otherYear.first.kind == .yearMismatch)
        #expect((otherYear.first.line, otherYear.first.column) == (2, "jaar"))
    }

    @Test func aFileThatIsNotUTF8IsRefusedWithItsPlace() throws {
        // "Sint-Geertruid" with a Latin-1 é (0xE9) in the name column.
        var bytes = Array("BU_CODE,BU_NAAM,AANT_INW\nBU09171001,Caf".utf8)
        bytes += [0xE9] + Array(",470\n".utf8)
        let path = try ScratchFiles().write("latin1.csv", bytes: bytes)
        do {
            _ = try KWBTableReader(catalogue: Self.catalogue, year: 2015).read(path: path)
            Issue.record("a Latin-1 file was accepted")
        } catch {
            #expect(error.first.kind == .encoding)
            #expect((error.first.line, error.first.column) == (2, "BU_NAAM"))
            #expect(error.first.message.contains("0xE9 at position 4"))
        }
        let utf16 = try ScratchFiles().write("utf16.csv", bytes: [0xFF, 0xFE] + Array("B\0U\0".utf8))
        #expect(throws: ImportFailure.self) { try KWBTableReader(catalogue: Self.catalogue, year: 2015).read(path: utf16) }
    }

    @Test func anUnclosedQuoteIsRefused() throws {
        let refused = try #require(failure("BU_CODE,BU_NAAM,AANT_INW\nBU09171001,\"open,470\nBU09171002,x,5\n"))
        #expect(refused.first.kind == .unclosedQuote)
        #expect(refused.first.line == 2)
    }

    @Test func problemsAreCollectedTogetherUpToTheLimit() throws {
        var text = "BU_CODE,AANT_INW,WWB_UITTOT,P_65_EO_JR\n"
        for i in 0..<30 { text += "BU\(10_000_000 + i),?,60,22\n" }
        text += "XX,1,2,3\n"
        let all = try #require(failure(text, limit: 100))
        #expect(all.problems.count == 31)
        #expect(all.problems.last?.kind == .unknownAreaCode)
        let limited = try #require(failure(text))
        #expect(limited.problems.count == 20)
        #expect(limited.stoppedAtLimit)
        #expect(limited.problems.map(\.line) == Array(2...21))
    }

    @Test func aFileThatIsNotThereIsUnreadable() {
        #expect(throws: ImportFailure.self) {
            try KWBTableReader(catalogue: Self.catalogue, year: 2015).read(path: "/nonexistent/kwb.csv")
        }
    }
}
