import Monitor
import Testing

/// Steps 1 and 6 and the pipeline around them.
@Suite struct CompositeIndexTests {
    @Test func aUnitBelowMinCoverageIsScreenedOutAndLeavesTheOthersAlone() throws {
        // E has 1 value of 5 (0.2 < 0.65); its h1 of 100 would otherwise be the maximum.
        let dataset = try SmallMonitor.dataset(extraRows: [[100, nil, nil, nil, nil]], extraIDs: ["E"])
        let result = try CompositeIndex.compute(dataset)
        #expect(result.isScreenedOut == [false, false, false, false, true])
        #expect(close(result.coverage[4], 0.2))
        let e = try #require(result.unit(id: "E"))
        #expect(e.isScreenedOut)
        #expect(e.scores.isEmpty)
        #expect(e.index == nil)
        #expect(e.rank == nil)
        #expect(e.normalised == [nil, nil, nil, nil, nil])
        #expect(e.rawValues == [100, nil, nil, nil, nil])
        // A-D as without E
        #expect(close(result.normalised.column(0), [0, 50, 100, nil, nil]))
        #expect(result.ranks == [4, 2, 1, 3, nil])
    }

    @Test func coverageExactlyAtTheBarStays() throws {
        // 13 of 20 indicators is 0.65 exactly.
        let indicators = (0..<20).map { IndicatorDefinition(id: "x\($0)", theme: "t") }
        let structure = try IndexStructure(indicators: indicators, nodes: [AggregateNode(id: "t", parent: nil)])
        let rows: [[Double?]] = [
            (0..<20).map { Double($0) },
            (0..<20).map { $0 < 13 ? Double($0 + 1) : nil },
            (0..<20).map { $0 < 12 ? Double($0 + 2) : nil },
        ]
        let dataset = try MonitorDataset(unitIDs: ["full", "thirteen", "twelve"], structure: structure, values: ValueMatrix(columnCount: 20, rows: rows))
        let result = try CompositeIndex.compute(dataset, settings: MethodSettings(minThemeWeight: 0))
        #expect(result.isScreenedOut == [false, false, true])
    }

    @Test func aHigherIsWorseIndicatorCountsAgainstTheUnit() throws {
        // Only h2 differs between A and C (5 against 25): higher is worse, so C scores lower.
        let indicators = [IndicatorDefinition(id: "h1", theme: "t"), IndicatorDefinition(id: "h2", theme: "t", direction: .higherIsWorse)]
        let dataset = try MonitorDataset(
            unitIDs: ["A", "B", "C"],
            structure: IndexStructure(indicators: indicators, nodes: [AggregateNode(id: "t", parent: nil)]),
            values: ValueMatrix(columnCount: 2, rows: [[10, 5], [0, 15], [10, 25]])
        )
        let result = try CompositeIndex.compute(dataset)
        // h1: 100, 0, 100; h2: 100, 50, 0 → A 100, B 25, C 50
        #expect(close(result.index, [100, 25, 50]))
        #expect(result.ranks == [1, 3, 2])
    }

    @Test func tiedIndicesShareTheLowestRank() throws {
        let structure = try IndexStructure(indicators: [IndicatorDefinition(id: "x", theme: "t")], nodes: [AggregateNode(id: "t", parent: nil)])
        let dataset = try MonitorDataset(
            unitIDs: ["a", "b", "c", "d", "e"], structure: structure,
            values: ValueMatrix(columnCount: 1, rows: [[10], [8], [8], [5], [nil]])
        )
        let result = try CompositeIndex.compute(dataset, settings: MethodSettings(minCoverage: 0))
        #expect(result.ranks == [1, 2, 2, 4, nil])
    }

    @Test func theRefusedPairingsNameBothHalves() throws {
        for normalisation in [Normalisation.zscore, .rank] {
            let settings = MethodSettings(normalisation: normalisation, aggregation: .geometric)
            #expect(throws: MethodError.refusedPairing(normalisation: normalisation, aggregation: .geometric)) {
                try CompositeIndex.compute(SmallMonitor.dataset(), settings: settings)
            }
            let message = MethodError.refusedPairing(normalisation: normalisation, aggregation: .geometric).description
            #expect(message.contains("geometric") && message.contains(normalisation.rawValue))
        }
        // The allowed pairings compute.
        for normalisation in [Normalisation.minmax, .reference] {
            _ = try CompositeIndex.compute(SmallMonitor.dataset(), settings: MethodSettings(normalisation: normalisation, aggregation: .geometric))
        }
        for normalisation in Normalisation.allCases {
            _ = try CompositeIndex.compute(SmallMonitor.dataset(), settings: MethodSettings(normalisation: normalisation))
        }
    }

    @Test func referenceNormalisationNeedsTheReferenceValues() throws {
        let dataset = try MonitorDataset(
            unitIDs: SmallMonitor.unitIDs,
            structure: IndexStructure(indicators: SmallMonitor.indicators, nodes: SmallMonitor.nodes),
            values: ValueMatrix(columnCount: 5, rows: SmallMonitor.rows)
        )
        #expect(throws: MethodError.referenceValuesMissing(neededFor: "reference normalisation")) {
            try CompositeIndex.compute(dataset, settings: MethodSettings(normalisation: .reference))
        }
    }

    @Test func settingsOutOfRangeAreRefused() {
        #expect(throws: MethodError.self) { try MethodSettings(minCoverage: 1.5).validate() }
        #expect(throws: MethodError.self) { try MethodSettings(winsorisingTail: 0.5).validate() }
        #expect(throws: MethodError.self) { try MethodSettings(minThemeWeight: -0.1).validate() }
    }

    @Test func missingIsNeverZero() throws {
        #expect(throws: MethodError.self) { try ValueMatrix(columnCount: 1, rows: [[.infinity]]) }
        let matrix = try ValueMatrix(rowCount: 1, columnCount: 2, storage: [.nan, 0])
        #expect(matrix.row(0) == [nil, 0])
    }
}
