import Foundation
import Monitor
import Testing

@Suite struct RegionalValueTests {
    static let catalogue = try! IndicatorCatalogue(text: """
        id,name_nl,name_en,unit,theme,direction,source,formula,aggregation,base
        inwoners,Inwoners,Inhabitants,aantal,demografie,0,s,INW,sum,
        bijstand,Bijstand,Assistance,%,materiele-welvaart,-1,s,WWB / INW * 100,ratio,inwoners
        ouderen,65+,65+,%,demografie,0,s,P65,weighted,inwoners
        sted,Stedelijkheid,Urbanity,klasse,demografie,0,s,STED,none,

        """, file: "test.csv")

    let gemeente = AreaCode("GM0917")!
    let a = AreaCode("BU09170001")!, b = AreaCode("BU09170002")!, c = AreaCode("BU09170003")!

    func values(_ table: [AreaCode: [String: Double]]) -> (AreaCode, String) -> Double? {
        { table[$0]?[$1] }
    }

    @Test func countsAddUpAndRatiosSumNumeratorAndDenominator() throws {
        let parts = [gemeente: [a, b]]
        let table = values([a: ["inwoners": 100, "bijstand": 10, "ouderen": 20], b: ["inwoners": 300, "bijstand": 2, "ouderen": 40]])
        #expect(try Self.catalogue.regionalValues(of: "inwoners", parts: parts, value: table).first?.value == 400)
        // (10 + 6) / 400: the numerators 10 and 6 are recovered from value × base.
        let ratio = try #require(try Self.catalogue.regionalValues(of: "bijstand", parts: parts, value: table).first)
        #expect(abs(ratio.value! - 4) < 1e-12)
        #expect(ratio.partsUsed == 2)
        let weighted = try #require(try Self.catalogue.regionalValues(of: "ouderen", parts: parts, value: table).first)
        #expect(abs(weighted.value! - 35) < 1e-12)
    }

    @Test func missingPartsAreListedAndASumWithAGapIsMissing() throws {
        let parts = [gemeente: [a, b, c]]
        let table = values([a: ["inwoners": 100, "bijstand": 10], b: ["inwoners": 0], c: ["bijstand": 5]])
        let sum = try #require(try Self.catalogue.regionalValues(of: "inwoners", parts: parts, value: table).first)
        #expect(sum.value == nil)
        #expect(sum.partsMissing == [c])
        // b has no inhabitants: it weighs nothing and is not missing; c has no base.
        let ratio = try #require(try Self.catalogue.regionalValues(of: "bijstand", parts: parts, value: table).first)
        #expect(ratio.value == 10)
        #expect(ratio.partsUsed == 2)
        #expect(ratio.partsMissing == [c])
    }

    @Test func anIndicatorWithoutARuleIsNotAggregated() {
        #expect(throws: RegionalValueError.notAggregated(indicator: "sted")) {
            try Self.catalogue.regionalValues(of: "sted", parts: [gemeente: [a]], value: { _, _ in 1 })
        }
        #expect(throws: RegionalValueError.unknownIndicator("x")) {
            try Self.catalogue.regionalValues(of: "x", parts: [gemeente: [a]], value: { _, _ in 1 })
        }
    }

    @Test func wholesAreReadFromTheCodes() {
        let wholes = RegionalValue.wholes(of: [a, b, AreaCode("BU09350101")!], by: \.municipality)
        #expect(wholes[gemeente] == [a, b])
        #expect(wholes[AreaCode("GM0935")!]?.count == 1)
    }

    /// The published municipality rows of KWB 2015 against the municipality recomputed from
    /// its buurten, and the Netherlands from its municipalities.
    @Suite(.enabled(if: SharedData.folder("cbs-wijkbuurtkaart-2015-tno-vr") != nil,
                    "shared/data/cbs-wijkbuurtkaart-2015-tno-vr is not beside the repository"))
    struct AgainstPublishedKWB2015 {
        struct Published {
            let catalogue: IndicatorCatalogue
            let buurten: [AreaCode: [String: Double]]
            let gemeenten: [AreaCode: [String: Double]]
        }

        /// Read once for all the tests of this suite.
        static let published = Result<Published, any Error> { try load() }

        static func load() throws -> Published {
            let catalogue = try SeedCatalogue.load()
            let folder = SharedData.folder("cbs-wijkbuurtkaart-2015-tno-vr")!
            func table(_ file: String) throws -> [AreaCode: [String: Double]] {
                let result = try KWBTableReader(catalogue: catalogue, year: 2015).read(path: folder.appendingPathComponent(file).path)
                var table: [AreaCode: [String: Double]] = [:]
                for observation in result.observations { table[observation.area, default: [:]][observation.indicator] = observation.value }
                return table
            }
            return Published(catalogue: catalogue, buurten: try table("kwb2015_buurten_nl.csv"), gemeenten: try table("kwb2015_gemeenten_nl.csv"))
        }

        /// The 393 municipalities add up to the Netherlands' 16,900,726 inhabitants on 1 January 2015, exactly.
        @Test func theNetherlandsIsTheSumOfItsMunicipalities() throws {
            let data = try Self.published.get()
            let parts = [AreaCode.netherlands: Array(data.gemeenten.keys)]
            let netherlands = try data.catalogue.regionalValues(of: "inwoners", parts: parts) { data.gemeenten[$0]?[$1] }
            #expect(netherlands.first?.value == 16_900_726)
        }

        /// CBS rounds buurt counts to multiples of 5 and counts some inhabitants in no buurt
        /// (no fixed address), so the buurten add up to at most 1.3% less than the published
        /// municipality (Brielle, GM0501): tolerance 1.5%.
        @Test func municipalityPopulationFromItsBuurten() throws {
            let data = try Self.published.get()
            let parts = RegionalValue.wholes(of: data.buurten.keys, by: \.municipality)
            let recomputed = try data.catalogue.regionalValues(of: "inwoners", parts: parts) { data.buurten[$0]?[$1] }
            #expect(recomputed.count == 393)
            for whole in recomputed {
                let published = try #require(data.gemeenten[whole.area]?["inwoners"])
                #expect(abs(whole.value! - published) <= 0.015 * published, "\(whole.area): \(whole.value!) vs \(published)")
            }
            #expect(recomputed.first { $0.area == AreaCode("GM0917")! }?.value == 87_380) // Heerlen publishes 87,500
        }

        /// KWB percentages are whole numbers: each buurt's share is off by at most 0.5 point,
        /// so is their weighted mean, and the published municipal share by another 0.5:
        /// tolerance 1.0 point (the largest difference found is 0.71).
        @Test func weightedSharesWithinTheirRounding() throws {
            let data = try Self.published.get()
            let parts = RegionalValue.wholes(of: data.buurten.keys, by: \.municipality)
            for indicator in ["aandeel-65-plus", "aandeel-0-14", "eenpersoonshuishoudens"] {
                let recomputed = try data.catalogue.regionalValues(of: indicator, parts: parts) { data.buurten[$0]?[$1] }
                for whole in recomputed {
                    let published = try #require(data.gemeenten[whole.area]?[indicator])
                    #expect(abs(whole.value! - published) <= 1.0, "\(indicator) \(whole.area): \(whole.value!) vs \(published)")
                }
            }
        }

        /// Benefit counts are rounded to multiples of 10 per buurt: each numerator is off by at
        /// most 5, so the municipal percentage by at most 100 × 5 × buurten / inhabitants (plus
        /// 0.05 point for the inhabitants no buurt holds).
        @Test func benefitRatiosWithinTheRoundingOfTheirCounts() throws {
            let data = try Self.published.get()
            let parts = RegionalValue.wholes(of: data.buurten.keys, by: \.municipality)
            for indicator in ["bijstand", "ww-uitkering", "ao-uitkering"] {
                let recomputed = try data.catalogue.regionalValues(of: indicator, parts: parts) { data.buurten[$0]?[$1] }
                for whole in recomputed {
                    let published = try #require(data.gemeenten[whole.area]?[indicator])
                    let inhabitants = parts[whole.area]!.filter { data.buurten[$0]?[indicator] != nil }.compactMap { data.buurten[$0]?["inwoners"] }.reduce(0, +)
                    let tolerance = 100 * 5 * Double(parts[whole.area]!.count) / inhabitants + 0.05
                    #expect(abs(whole.value! - published) <= tolerance, "\(indicator) \(whole.area): \(whole.value!) vs \(published)")
                }
            }
        }
    }
}
