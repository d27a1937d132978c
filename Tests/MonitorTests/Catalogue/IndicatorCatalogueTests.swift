import Foundation
import Monitor
import Testing

@Suite struct IndicatorCatalogueTests {
    static let header = "id,name_nl,name_en,unit,theme,direction,source,formula,aggregation,base\n"

    /// The catalogue's error for a file of the given rows.
    func refusal(_ rows: String) -> MonitorFileError? {
        do {
            _ = try IndicatorCatalogue(text: Self.header + rows, file: "indicators.csv")
            return nil
        } catch {
            return error
        }
    }

    @Test func theSeedCatalogueCoversAtLeastTwelveIndicatorsInFiveThemes() throws {
        let catalogue = try SeedCatalogue.load()
        let scored = catalogue.indicators.filter { $0.direction != nil }
        #expect(scored.count >= 12)
        #expect(Set(scored.map(\.theme)).count >= 5)
        #expect(Set(catalogue.indicators.map(\.theme)) == Set(Theme.allCases))
        #expect(catalogue.definitions.count == scored.count)
        #expect(catalogue[id: "bijstand"]?.aggregation == .ratio(base: "inwoners"))
        #expect(catalogue[id: "bijstand"]?.source("cbs-kwb-2015")?.formula.description == "WWB_UITTOT / AANT_INW * 100")
        #expect(catalogue[id: "stedelijkheid"]?.aggregation == AggregationRule.none)
        #expect(catalogue.sources == ["cbs-kwb-2015", "cbs-kwb-statline", "cbs-85984ned", "rivm-50090ned"])
    }

    /// Each source's columns must exist in the real files of that source, or an import would
    /// silently feed nothing.
    @Test(.enabled(if: SharedData.folder("cbs-wijkbuurtkaart-2015-tno-vr") != nil && SharedData.folder("rivm-gezondheid-wijk-buurt") != nil
                   && SharedData.folder("kwb-heerlen-2016-2020") != nil && SharedData.folder("cbs-kwb-2024-metadata-gm-wijk") != nil,
                   "shared/data (KWB 2015, RIVM, KWB Heerlen, KWB 2024 metadata) is not beside the repository"))
    func everyColumnOfTheCatalogueExistsInItsSource() throws {
        func header(_ folder: String, _ file: String) throws -> Set<String> {
            let text = try String(contentsOf: SharedData.folder(folder)!.appendingPathComponent(file), encoding: .utf8)
            return Set(text.prefix { $0 != "\n" && $0 != "\r\n" }.split(separator: ",").map(String.init))
        }
        let heerlen = try (2016...2020).map { try header("kwb-heerlen-2016-2020", "kwb_heerlen_\($0).csv") }.reduce(Set<String>()) { $0.union($1) }
        let properties = try JSONSerialization.jsonObject(with: Data(contentsOf: SharedData.folder("cbs-kwb-2024-metadata-gm-wijk")!
            .appendingPathComponent("DataProperties.json"))) as! [[String: Any]]
        let columns: [String: Set<String>] = [
            "cbs-kwb-2015": try header("cbs-wijkbuurtkaart-2015-tno-vr", "kwb2015_buurten_nl.csv"),
            "rivm-50090ned": try header("rivm-gezondheid-wijk-buurt", "gezondheid_wijk_buurt_2020_18plus.csv"),
            "cbs-kwb-statline": heerlen,
            "cbs-85984ned": Set(properties.compactMap { $0["Key"] as? String }),
        ]
        let catalogue = try SeedCatalogue.load()
        for indicator in catalogue.indicators {
            for entry in indicator.sources {
                let known = try #require(columns[entry.source], "unknown source \(entry.source)")
                for column in entry.formula.columns {
                    #expect(known.contains(column), "\(indicator.id): \(column) is not a column of \(entry.source)")
                }
            }
        }
    }

    @Test func anUnknownThemeIsRefusedWithItsPlace() throws {
        let error = try #require(refusal("a,A,A,%,geluk,+1,s,X,none,\n"))
        #expect(error.file == "indicators.csv")
        #expect(error.line == 2)
        #expect(error.column == "theme")
        #expect(error.description.hasPrefix("indicators.csv:2: theme: 'geluk' is not a theme"))
    }

    @Test func aBadDirectionIsRefused() throws {
        let error = try #require(refusal("a,A,A,%,wonen,up,s,X,none,\n"))
        #expect((error.line, error.column) == (2, "direction"))
    }

    @Test func aDuplicateIdIsRefused() throws {
        let error = try #require(refusal("a,A,A,%,wonen,+1,s,X,none,\nb,B,B,%,wonen,-1,s,Y,none,\na,A,A,%,wonen,+1,s,X2,none,\n"))
        #expect((error.line, error.column) == (4, "id"))
        #expect(error.message.contains("defined twice (also on line 2)"))
    }

    @Test func theSameIdFromAnotherSourceIsAllowedWhenTheDefinitionAgrees() throws {
        let catalogue = try IndicatorCatalogue(text: Self.header + "a,A,A,%,wonen,+1,s,X,none,\na,A,A,%,wonen,+1,t,Y,none,\n", file: "indicators.csv")
        #expect(catalogue.indicators.count == 1)
        #expect(catalogue[id: "a"]?.sources.map(\.source) == ["s", "t"])
        let error = try #require(refusal("a,A,A,%,wonen,+1,s,X,none,\na,A,A,%,wonen,-1,t,Y,none,\n"))
        #expect((error.line, error.column) == (3, "id"))
    }

    @Test func aBaseMustBeACountAndARatiosBaseItsDenominator() throws {
        let unknown = try #require(refusal("a,A,A,%,wonen,+1,s,X / Y * 100,ratio,inwoners\n"))
        #expect((unknown.line, unknown.column) == (2, "base"))
        let wrongDenominator = try #require(refusal("n,N,N,aantal,demografie,0,s,Z,sum,\na,A,A,%,wonen,+1,s,X / Y * 100,ratio,n\n"))
        #expect((wrongDenominator.line, wrongDenominator.column) == (3, "base"))
        let notACount = try #require(refusal("n,N,N,%,demografie,0,s,Z,weighted,n\n"))
        #expect(notACount.column == "base")
        let missingBase = try #require(refusal("a,A,A,%,wonen,+1,s,X,weighted,\n"))
        #expect(missingBase.column == "base")
    }

    @Test func aBadFormulaOrAggregationIsRefused() throws {
        #expect(refusal("a,A,A,%,wonen,+1,s,X /,none,\n")?.column == "formula")
        #expect(refusal("a,A,A,%,wonen,+1,s,A + B / C,none,\n")?.column == "formula")
        #expect(refusal("a,A,A,%,wonen,+1,s,X,mean,\n")?.column == "aggregation")
        #expect(refusal("a,A,A,%,wonen,+1,s,X,ratio,a\n")?.column == "aggregation")
        #expect(refusal("A B,A,A,%,wonen,+1,s,X,none,\n")?.column == "id")
    }

    @Test func aMissingColumnIsNamed() throws {
        do {
            _ = try IndicatorCatalogue(text: "id,name_nl,name_en,unit,theme,direction,source,formula,aggregation\na,A,A,%,wonen,+1,s,X,none\n", file: "c.csv")
            Issue.record("a catalogue without a base column was accepted")
        } catch {
            #expect((error.line, error.column) == (1, "base"))
        }
    }

    @Test func formulasReadAndEvaluate() throws {
        let ratio = try IndicatorFormula(parsing: "(A + B) / C * 1000")
        #expect(ratio.numerator == ["A", "B"])
        #expect(ratio.denominator == ["C"])
        #expect(ratio.factor == 1000)
        #expect(ratio.description == "(A + B) / C * 1000")
        let values = ["A": 1.0, "B": 2.0, "C": 4.0, "Z": 0.0]
        #expect(ratio.evaluate { values[$0] } == 750)
        #expect(try IndicatorFormula(parsing: "A / Z").evaluate { values[$0] } == nil)
        #expect(try IndicatorFormula(parsing: "A / Q").evaluate { values[$0] } == nil)
        #expect(try IndicatorFormula(parsing: "A + B").evaluate { values[$0] } == 3)
        #expect(try IndicatorFormula(parsing: "Zorg_Wmo_cliënten").columns == ["Zorg_Wmo_cliënten"])
        #expect(throws: FormulaError.self) { try IndicatorFormula(parsing: "") }
        #expect(throws: FormulaError.self) { try IndicatorFormula(parsing: "A * B") }
    }
}
