import Monitor
import Testing

/// Step 8: seeded, reproducible, and with nothing to perturb it must say what step 7 says.
@Suite struct RobustnessTests {
    /// 300 units, 12 indicators in 4 themes under 2 groups, about 5% missing, some units
    /// short of the coverage bar, some themes short of the weight bar.
    static func syntheticDataset() throws -> MonitorDataset {
        var generator = SeededGenerator(seed: 2024)
        let themes = ["t0", "t1", "t2", "t3"]
        let nodes = [AggregateNode(id: "index", parent: nil), AggregateNode(id: "g0", parent: "index", weight: 2), AggregateNode(id: "g1", parent: "index")]
            + themes.enumerated().map { AggregateNode(id: $0.element, parent: $0.offset < 2 ? "g0" : "g1", weight: 1 + Double($0.offset)) }
        let indicators = (0..<12).map {
            IndicatorDefinition(id: "i\($0)", theme: themes[$0 % 4], direction: $0 % 3 == 0 ? .higherIsWorse : .higherIsBetter, weight: 1 + Double($0 % 2))
        }
        let rows: [[Double?]] = (0..<300).map { unit in
            (0..<12).map { indicator in
                let missingRate = unit % 37 == 0 ? 0.6 : 0.05
                return generator.nextUnitInterval() < missingRate ? nil : 10 + 5 * generator.nextSymmetric(1) + Double(indicator) + 0.01 * Double(unit % 7)
            }
        }
        return try MonitorDataset(
            unitIDs: (0..<300).map { "u\($0)" },
            structure: IndexStructure(indicators: indicators, nodes: nodes),
            values: ValueMatrix(columnCount: 12, rows: rows),
            referenceValues: (0..<12).map { 12 + Double($0) },
            populations: (0..<300).map { _ in Double(generator.nextIndex(below: 4000)) }
        )
    }

    static let focus = FocusCriteria(indexPercentile: 30, minimumPopulation: 800, worseThanReference: .init(minimumIndicatorCount: 4, minimumGapPercent: 5))

    @Test(arguments: [
        MethodSettings(),
        MethodSettings(minThemeWeight: 0.7, requireAllThemes: false),
        MethodSettings(winsorisingTail: 0.05, normalisation: .zscore),
        MethodSettings(normalisation: .rank, requireAllThemes: false),
        MethodSettings(normalisation: .reference, aggregation: .geometric),
        MethodSettings(aggregation: .geometric, minThemeWeight: 0.3),
    ])
    func withoutPerturbationEveryDrawIsStep7(settings: MethodSettings) async throws {
        let dataset = try Self.syntheticDataset()
        let base = try CompositeIndex.compute(dataset, settings: settings)
        let selection = try FocusSelection.select(from: base, criteria: Self.focus)
        let robustness = try await Robustness.run(dataset, settings: settings, focus: Self.focus, robustness: RobustnessSettings(drawCount: 20, alpha: 0))
        #expect(base.isScreenedOut.contains(true))
        #expect(selection.selectedUnitIDs.count > 3)
        for unit in dataset.unitIDs.indices {
            #expect(robustness.selectionShare[unit] == (selection.outcomes[unit].isSelected ? 1 : 0))
            let rank = base.ranks[unit].map(Double.init)
            #expect(robustness.medianRank[unit] == rank)
            #expect(robustness.rankPercentile5[unit] == rank)
            #expect(robustness.rankPercentile95[unit] == rank)
            #expect(robustness.rankedDraws[unit] == (rank == nil ? 0 : 20))
        }
    }

    @Test func theSameSeedGivesTheSameResultHoweverTheDrawsAreSplit() async throws {
        let dataset = try Self.syntheticDataset()
        let methods = [MethodChoice(normalisation: .minmax, aggregation: .arithmetic), MethodChoice(normalisation: .zscore, aggregation: .arithmetic),
                       MethodChoice(normalisation: .minmax, aggregation: .geometric)]
        var results: [RobustnessResult] = []
        for tasks in [1, 2, 3, 7] {
            let settings = RobustnessSettings(drawCount: 101, alpha: 0.25, seed: 99, methods: methods, parallelTasks: tasks)
            results.append(try await Robustness.run(dataset, focus: Self.focus, robustness: settings))
        }
        for other in results.dropFirst() {
            #expect(other.medianRank == results[0].medianRank)
            #expect(other.rankPercentile5 == results[0].rankPercentile5)
            #expect(other.rankPercentile95 == results[0].rankPercentile95)
            #expect(other.selectionShare == results[0].selectionShare)
            #expect(other.methodDraws.map(\.draws) == results[0].methodDraws.map(\.draws))
        }
        #expect(results[0].methodDraws.map(\.draws).reduce(0, +) == 101)
        #expect(results[0].methodDraws.allSatisfy { $0.draws > 15 })
    }

    @Test func perturbedWeightsSpreadTheRanks() async throws {
        let dataset = try Self.syntheticDataset()
        let result = try await Robustness.run(dataset, focus: Self.focus, robustness: RobustnessSettings(drawCount: 200, alpha: 0.25, seed: 5))
        let base = try CompositeIndex.compute(dataset)
        var spread = 0
        for unit in dataset.unitIDs.indices {
            guard let median = result.medianRank[unit], let low = result.rankPercentile5[unit], let high = result.rankPercentile95[unit] else {
                #expect(base.ranks[unit] == nil)
                continue
            }
            #expect(low <= median && median <= high)
            if high > low { spread += 1 }
            #expect(result.selectionShare[unit] >= 0 && result.selectionShare[unit] <= 1)
        }
        #expect(spread > 100)
        #expect(result.selectionShare.contains { $0 > 0 && $0 < 1 })
        let again = try await Robustness.run(dataset, focus: Self.focus, robustness: RobustnessSettings(drawCount: 200, alpha: 0.25, seed: 6))
        #expect(again.medianRank != result.medianRank)
    }

    @Test func refusedSettingsAreRefusedBeforeAnyDraw() async throws {
        let dataset = try Self.syntheticDataset()
        await #expect(throws: MethodError.refusedPairing(normalisation: .rank, aggregation: .geometric)) {
            try await Robustness.run(dataset, focus: Self.focus, robustness: RobustnessSettings(methods: [MethodChoice(normalisation: .rank, aggregation: .geometric)]))
        }
        await #expect(throws: MethodError.self) {
            try await Robustness.run(dataset, focus: Self.focus, robustness: RobustnessSettings(alpha: 1))
        }
    }
}

@Suite struct RobustnessEdgeTests {
    @Test func whenEveryUnitIsScreenedOutNothingIsRanked() async throws {
        let dataset = try MonitorDataset(
            unitIDs: ["A", "B"],
            structure: IndexStructure(indicators: SmallMonitor.indicators, nodes: SmallMonitor.nodes),
            values: ValueMatrix(columnCount: 5, rows: [[1, nil, nil, nil, nil], [nil, nil, nil, nil, 3]])
        )
        let base = try CompositeIndex.compute(dataset)
        #expect(base.isScreenedOut == [true, true])
        #expect(try FocusSelection.select(from: base, criteria: FocusCriteria(indexPercentile: 50)).threshold == nil)
        let result = try await Robustness.run(dataset, focus: FocusCriteria(indexPercentile: 50), robustness: RobustnessSettings(drawCount: 3))
        #expect(result.medianRank == [nil, nil])
        #expect(result.selectionShare == [0, 0])
    }

    @Test func fewerDrawsThanTasksIsFine() async throws {
        let result = try await Robustness.run(
            SmallMonitor.dataset(), focus: FocusCriteria(indexPercentile: 50), robustness: RobustnessSettings(drawCount: 1, alpha: 0, parallelTasks: 4)
        )
        #expect(result.medianRank == [4, 2, 1, 3])
        #expect(result.selectionShare == [1, 0, 0, 1])
    }
}
