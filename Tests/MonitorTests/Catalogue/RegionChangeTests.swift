import Monitor
import Testing

/// The region's move since the nulmeting, worked out by hand on two municipalities that merge.
@Suite struct RegionChangeTests {
    static let catalogue = """
        id,name_nl,name_en,unit,theme,direction,source,formula,aggregation,base
        inwoners,Aantal inwoners,Inhabitants,aantal,demografie,0,test,AANT_INW,sum,
        rokers,Rokers,Smokers,% van de volwassenen,gezondheid,-1,test,Roker_11,weighted,inwoners
        sporters,Wekelijkse sporters,Weekly sports participation,% van de volwassenen,gezondheid,1,test,Sport_6,weighted,inwoners
        bijstand,Personen met bijstand,People on social assistance,% van de inwoners,materiele-welvaart,-1,test,WWB,weighted,inwoners
        """

    /// GM0001 and GM0002 until 2018; from 2019 they are GM0003. GM0009 is outside the region.
    static let region = RegionDefinition(id: "zuid-limburg", nameNL: "Zuid-Limburg", nameEN: "South Limburg", periods: [
        .init(years: 2010...2018, municipalities: [AreaCode("GM0001")!, AreaCode("GM0002")!]),
        .init(years: 2019...2030, municipalities: [AreaCode("GM0003")!]),
    ])

    static func values(_ year: Int, _ rows: [(String, String, Double?)]) -> [Observation] {
        rows.map { Observation(area: AreaCode($0.0)!, year: year, indicator: $0.1, value: $0.2) }
    }

    static let baseline = values(2016, [
        ("GM0001", "inwoners", 1000), ("GM0001", "rokers", 20), ("GM0001", "sporters", 40), ("GM0001", "bijstand", 5),
        ("GM0002", "inwoners", 3000), ("GM0002", "rokers", 30), ("GM0002", "sporters", 60),
        ("GM0009", "inwoners", 9000), ("GM0009", "rokers", 90), ("GM0009", "sporters", 0), ("GM0009", "bijstand", 1),
    ])

    static let later = values(2020, [
        ("GM0003", "inwoners", 4000), ("GM0003", "rokers", 25), ("GM0003", "sporters", 50), ("GM0003", "bijstand", 4),
        ("GM0009", "inwoners", 9000), ("GM0009", "rokers", 10),
    ])

    @Test func eachYearCountsTheRegionsMunicipalitiesOfThatYear() throws {
        let catalogue = try IndicatorCatalogue(text: Self.catalogue, file: "test.csv")
        let change = RegionChange.compute(region: Self.region, catalogue: catalogue, baselineYear: 2016, baseline: Self.baseline,
                                          year: 2020, current: Self.later + Self.values(2019, [("GM0003", "rokers", 99)]))
        // Inhabitants have no direction: a context figure, not part of the headline.
        #expect(change.rows.map(\.indicator.id) == ["rokers", "sporters", "bijstand"])
        let rows = Dictionary(uniqueKeysWithValues: change.rows.map { ($0.indicator.id, $0) })
        // Smokers: (20 × 1000 + 30 × 3000) / 4000 = 27,5 in 2016; 25 in 2020: 2,5 fewer, which is better.
        #expect(rows["rokers"]?.baseline == 27.5)
        #expect(rows["rokers"]?.current == 25)
        #expect(rows["rokers"]?.change == -2.5)
        #expect(rows["rokers"]?.improved == true)
        // Sports: (40 × 1000 + 60 × 3000) / 4000 = 55 then 50: higher is better, so worse.
        #expect(rows["sporters"]?.baseline == 55)
        #expect(rows["sporters"]?.improved == false)
        // GM0002 had no assistance figure in 2016: no value for the region, and so no change.
        #expect(rows["bijstand"]?.baseline == nil)
        #expect(rows["bijstand"]?.current == 4)
        #expect(rows["bijstand"]?.change == nil)
        #expect(rows["bijstand"]?.improved == nil)
    }

    @Test func aYearTheRegionDoesNotCoverHasNoValues() throws {
        let catalogue = try IndicatorCatalogue(text: Self.catalogue, file: "test.csv")
        let short = RegionDefinition(id: "kort", nameNL: "Kort", nameEN: "Short", periods: [
            .init(years: 2016...2016, municipalities: [AreaCode("GM0001")!]),
        ])
        let change = RegionChange.compute(region: short, catalogue: catalogue, baselineYear: 2016, baseline: Self.baseline, year: 2020, current: Self.later)
        #expect(change.rows.first { $0.indicator.id == "rokers" }?.baseline == 20)
        #expect(change.rows.allSatisfy { $0.current == nil })
    }
}
