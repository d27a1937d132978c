import Foundation
import Monitor
import Testing

@Suite struct LongTableReaderTests {
    static let catalogue = KWBTableReaderTests.catalogue

    func read(_ text: String, year: Int? = nil) throws(ImportFailure) -> ImportResult {
        let path = try! ScratchFiles().write("long.csv", text)
        return try LongTableReader(catalogue: Self.catalogue, year: year).read(path: path)
    }

    func failure(_ text: String, year: Int? = nil) -> ImportFailure? {
        do {
            _ = try read(text, year: year)
            return nil
        } catch {
            return error
        }
    }

    @Test func rowsBecomeObservationsAndAnEmptyValueIsMissing() throws {
        let result = try read("area_code,year,indicator,value\nGM0917,2015,inwoners,87500\nGM0917,2015,bijstand,\nBU09171001,2016,ouderen,22.5\nNL00,2015,inwoners,16900726\n")
        #expect(result.observations == [
            Observation(area: AreaCode("GM0917")!, year: 2015, indicator: "inwoners", value: 87_500),
            Observation(area: AreaCode("GM0917")!, year: 2015, indicator: "bijstand", value: nil),
            Observation(area: AreaCode("BU09171001")!, year: 2016, indicator: "ouderen", value: 22.5),
            Observation(area: .netherlands, year: 2015, indicator: "inwoners", value: 16_900_726),
        ])
        #expect(result.years == [2015, 2016])
        #expect(result.indicators.map(\.id) == ["inwoners", "bijstand", "ouderen"])
    }

    @Test func theYearMayComeFromTheCaller() throws {
        let result = try read("area_code;indicator;value\r\n0917;inwoners;87500\r\n", year: 2015)
        #expect(result.observations == [Observation(area: AreaCode("GM0917")!, year: 2015, indicator: "inwoners", value: 87_500)])
    }

    @Test func anUnknownIndicatorIsRefused() throws {
        let refused = try #require(failure("area_code,year,indicator,value\nGM0917,2015,geluk,7\n"))
        #expect(refused.first.kind == .unknownIndicator)
        #expect(refused.first.description == "\(refused.first.file):2: indicator: 'geluk' is not in the indicator catalogue")
    }

    @Test func aDuplicateRowIsRefused() throws {
        let refused = try #require(failure("area_code,year,indicator,value\nGM0917,2015,inwoners,1\nGM0917,2016,inwoners,1\nGM0917,2015,inwoners,2\n"))
        #expect(refused.first.kind == .duplicateRow)
        #expect(refused.first.line == 4)
        #expect(refused.first.message.contains("already on line 2"))
    }

    @Test func aNonNumericValueAndABadCodeAreRefusedTogether() throws {
        let refused = try #require(failure("area_code,year,indicator,value\nGM0917,2015,inwoners,veel\nGM917,2015,inwoners,1\n"))
        #expect(refused.problems.map(\.kind) == [.notANumber, .unknownAreaCode])
        #expect(refused.problems.map(\.column) == ["value", "area_code"])
        #expect(refused.problems.map(\.line) == [2, 3])
    }

    @Test func missingColumnsAreNamed() throws {
        let refused = try #require(failure("area_code,year,value\nGM0917,2015,1\n"))
        #expect(refused.problems.map(\.kind) == [.missingColumn])
        #expect(refused.first.column == "indicator")
        #expect(failure("area_code,indicator,value\nGM0917,inwoners,1\n")?.first.column == "year")
    }

    @Test func aTruncatedLineIsRefused() throws {
        let refused = try #require(failure("area_code,year,indicator,value\nGM0917,2015,inwoners\n"))
        #expect(refused.first.kind == .truncatedLine)
        #expect((refused.first.line, refused.first.column) == (2, "value"))
    }

    @Test func theFormatIsReadFromTheHeader() throws {
        let files = try ScratchFiles()
        #expect(try ImportFormat.detect(path: files.write("a.csv", "area_code,year,indicator,value\n")) == .long)
        #expect(try ImportFormat.detect(path: files.write("b.csv", "\u{FEFF}BU_CODE;AANT_INW\r\n")) == .cbsKWB)
        let path = try files.write("c.csv", "Area_Code,Year,Indicator,Value\nGM0917,2015,inwoners,1\n")
        #expect(try ImportFormat.long.read(path: path, catalogue: Self.catalogue).observations.count == 1)
    }
}
