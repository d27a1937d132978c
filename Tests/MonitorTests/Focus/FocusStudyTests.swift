import Foundation
import Monitor
import Testing

/// The focus selection as a board uses it: the region's areas, judged against the whole
/// country's, with reasons and robustness, a fingerprint of the data, and a saved decision that
/// reads back exactly.
@Suite struct FocusStudyTests {
    static let catalogue = try! IndicatorCatalogue(text: """
        id,name_nl,name_en,unit,theme,direction,source,formula,aggregation,base
        inwoners,Inwoners,Inhabitants,aantal,demografie,0,test,AANT_INW,sum,
        inkomen,Inkomen,Income,euro,materiele-welvaart,1,test,INK,weighted,inwoners
        bijstand,Bijstand,Assistance,%,materiele-welvaart,-1,test,BIJ,weighted,inwoners
        gezond,Gezond,Healthy,%,gezondheid,1,test,GEZ,weighted,inwoners

        """, file: "test.csv")

    /// Thirty municipalities with values that spread without a pattern a test could lean on.
    static func observations(year: Int = 2020, change: (AreaCode, String) -> Double? = { _, _ in nil }) -> [Observation] {
        var list: [Observation] = []
        for number in 1...30 {
            let code = AreaCode(String(format: "GM%04d", number))!
            let values: [String: Double] = [
                "inwoners": Double(500 + (number * 7_919) % 20_000),
                "inkomen": Double(20 + (number * 37) % 23),
                "bijstand": Double((number * 53) % 17) / 2,
                "gezond": Double(60 + (number * 29) % 31),
            ]
            for (indicator, value) in values {
                list.append(Observation(area: code, year: year, indicator: indicator, value: change(code, indicator) ?? value))
            }
        }
        for (indicator, value) in ["inkomen": 30.0, "bijstand": 4, "gezond": 75] {
            list.append(Observation(area: .netherlands, year: year, indicator: indicator, value: value))
        }
        return list
    }

    static let region = Region(id: "r", nameNL: "Regio", nameEN: "Region", year: 2020,
                               municipalities: Set((1...10).map { AreaCode(String(format: "GM%04d", $0))! }))

    static func parameters(_ change: (inout FocusParameters) -> Void = { _ in }) -> FocusParameters {
        var parameters = FocusParameters(level: .municipality, year: 2020, region: "r",
                                         criteria: FocusCriteria(indexPercentile: 40, minimumPopulation: 1_000),
                                         robustness: RobustnessSettings(drawCount: 200, alpha: 0.25, seed: 7))
        change(&parameters)
        return parameters
    }

    @Test func theRegionsAreasAreJudgedAgainstTheWholeCountryAsTheMethodJudgesThem() async throws {
        let parameters = Self.parameters()
        let study = try await FocusStudy.run(parameters, observations: Self.observations(), catalogue: Self.catalogue, region: Self.region)
        #expect(study.areas.map(\.code) == (1...10).map { String(format: "GM%04d", $0) })
        #expect(study.rankedCount == 30)

        // The same steps run by hand over all thirty: index, step 7, step 8.
        let index = try AreaIndex(observations: Self.observations(), catalogue: Self.catalogue, request: parameters.indexRequest(regionAreas: nil))
        let result = try index.compute()
        let selection = try FocusSelection.select(from: result, criteria: parameters.criteria)
        let robustness = try await Robustness.run(index.dataset, settings: parameters.settings, focus: parameters.criteria, robustness: parameters.robustness)
        #expect(study.threshold == selection.threshold)
        for area in study.areas {
            let row = try #require(index.dataset.unitPosition(of: area.code))
            #expect(area.index == result.index[row])
            #expect(area.rank == result.ranks[row])
            #expect(area.isSelected == selection.outcomes[row].isSelected)
            #expect(area.selectionShare == robustness.selectionShare[row])
            #expect(area.rankPercentile5 == robustness.rankPercentile5[row])
        }
        // The reasons hold: a selected area is at or below the threshold and has the inhabitants.
        let threshold = try #require(study.threshold)
        #expect(!study.selected.isEmpty)
        for area in study.areas {
            let inhabitants = try #require(area.checks.first { $0.criterion == .minimumPopulation }?.value)
            #expect(area.isSelected == ((area.index ?? .infinity) <= threshold && inhabitants >= 1_000), "\(area.code)")
        }
    }

    @Test func aRegionalReferenceTakesThePercentileOverTheRegionOnly() async throws {
        let study = try await FocusStudy.run(Self.parameters { $0.referenceIsRegion = true }, observations: Self.observations(),
                                             catalogue: Self.catalogue, region: Self.region)
        #expect(study.rankedCount == 10)
        let indices = study.areas.compactMap(\.index).sorted()
        #expect(study.threshold == Percentile.type7(sortedAscending: indices, probability: 0.4))
    }

    @Test func theWorseThanNLCriterionNamesTheIndicatorsAndTheirGaps() async throws {
        let study = try await FocusStudy.run(
            Self.parameters { $0.criteria = FocusCriteria(indexPercentile: 100, worseThanReference: .init(minimumIndicatorCount: 2, minimumGapPercent: 10)) },
            observations: Self.observations(), catalogue: Self.catalogue, region: Self.region)
        for area in study.areas {
            // Gaps recomputed here from the raw values and NL's: higher is better for inkomen and gezond.
            let values = Dictionary(uniqueKeysWithValues: Self.observations().filter { $0.area.description == area.code }.map { ($0.indicator, $0.value!) })
            let gaps = ["inkomen": (30 - values["inkomen"]!) / 30 * 100, "bijstand": (values["bijstand"]! - 4) / 4 * 100,
                        "gezond": (75 - values["gezond"]!) / 75 * 100].filter { $0.value >= 10 }
            #expect(Set(area.worseIndicators.map(\.indicator)) == Set(gaps.keys), "\(area.code)")
            #expect(area.isSelected == (gaps.count >= 2 && area.index != nil), "\(area.code)")
        }
    }

    @Test func theFingerprintFollowsTheValuesNotTheirOrder() async throws {
        let observations = Self.observations()
        #expect(FocusStudy.fingerprint(observations) == FocusStudy.fingerprint(observations.reversed()))
        let changed = Self.observations { code, indicator in code.description == "GM0003" && indicator == "gezond" ? 61 : nil }
        #expect(FocusStudy.fingerprint(observations) != FocusStudy.fingerprint(changed))
        // Values of other years and levels are not read, so they do not change the print.
        let study = try await FocusStudy.run(Self.parameters(), observations: observations, catalogue: Self.catalogue, region: Self.region)
        let more = observations + [Observation(area: AreaCode("WK000101")!, year: 2020, indicator: "gezond", value: 1),
                                   Observation(area: AreaCode("GM0001")!, year: 2021, indicator: "gezond", value: 1)]
        let same = try await FocusStudy.run(Self.parameters(), observations: more, catalogue: Self.catalogue, region: Self.region)
        #expect(same.dataFingerprint == study.dataFingerprint)
        #expect(same == study)
    }

    @Test func aDecisionReadsBackExactlyAsItWasSaved() async throws {
        let study = try await FocusStudy.run(Self.parameters { $0.themeWeights = ["gezondheid": 2] }, observations: Self.observations(),
                                             catalogue: Self.catalogue, region: Self.region)
        let decision = FocusDecision(id: "d", name: "Focus", decidedOn: "2026-11-29", proposedBy: "a@b.nl", note: "", savedAt: "2026-11-29T10:00:00Z",
                                     baseline: nil, files: [.init(file: "f.csv", checksum: "abc", importedAt: "2026-11-28")], names: ["GM0001": "Eén"], study: study)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let decoded = try JSONDecoder().decode(FocusDecision.self, from: try encoder.encode(decision))
        #expect(decoded == decision)
    }

    @Test func aComparisonSaysWhichAreasWouldJoinLeaveOrStay() async throws {
        let parameters = Self.parameters()
        let then = try await FocusStudy.run(parameters, observations: Self.observations(), catalogue: Self.catalogue, region: Self.region)
        let same = FocusComparison(saved: then, current: then)
        #expect(same.sameData && same.isUnchanged && same.staying.count == then.selected.count)

        // The weakest selected area becomes the healthiest and richest; an unselected one the poorest.
        let leaver = try #require(then.selected.min { ($0.index ?? 0) < ($1.index ?? 0) }).code
        let joiner = try #require(then.areas.first { !$0.isSelected && $0.checks.allSatisfy { $0.criterion != .minimumPopulation || $0.met } }).code
        let now = try await FocusStudy.run(parameters, observations: Self.observations { code, indicator in
            switch (code.description, indicator) {
            case (leaver, "gezond"), (leaver, "inkomen"): 1_000
            case (leaver, "bijstand"): 0
            case (joiner, "gezond"), (joiner, "inkomen"): 0
            case (joiner, "bijstand"): 50
            default: nil
            }
        }, catalogue: Self.catalogue, region: Self.region)
        let comparison = FocusComparison(saved: then, current: now)
        #expect(!comparison.sameData)
        #expect(comparison.leaving.map(\.code).contains(leaver))
        #expect(comparison.joining.map(\.code).contains(joiner))
        #expect(comparison.staying.allSatisfy { $0.then?.isSelected == true && $0.now?.isSelected == true })
    }
}

extension FocusStudyTests {
    @Test func aThemeWeighingZeroIsLeftOutWithItsIndicators() async throws {
        let study = try await FocusStudy.run(Self.parameters { $0.themeWeights = ["gezondheid": 0] }, observations: Self.observations(),
                                             catalogue: Self.catalogue, region: Self.region)
        #expect(study.themes == ["materiele-welvaart"])
        #expect(study.indicators == ["inkomen", "bijstand"])
        let everything = try await FocusStudy.run(Self.parameters(), observations: Self.observations(), catalogue: Self.catalogue, region: Self.region)
        #expect(everything.themes == ["materiele-welvaart", "gezondheid"])
    }
}
