import Monitor
import Testing

/// Step 7 on the small monitor: index A 22.2, B 55.6, C 72.2, D 50.
@Suite struct FocusSelectionTests {
    @Test func theIndexCriterionUsesTheType7Percentile() throws {
        let result = try CompositeIndex.compute(SmallMonitor.dataset())
        let selection = try FocusSelection.select(from: result, criteria: FocusCriteria(indexPercentile: 50))
        // sorted 22.2, 50, 55.6, 72.2: h = 1.5 → (50 + 500/9)/2
        #expect(close(selection.threshold, (50 + 500.0 / 9) / 2))
        #expect(selection.selectedUnitIDs == ["A", "D"])
        let b = selection.outcomes[1]
        #expect(!b.isSelected)
        #expect(b.check(.indexAtOrBelowPercentile)?.met == false)
        #expect(close(b.check(.indexAtOrBelowPercentile)?.value, 500.0 / 9))
    }

    @Test func everyCriterionSaysWhetherItWasMetAndWithWhat() throws {
        let result = try CompositeIndex.compute(SmallMonitor.dataset())
        let criteria = FocusCriteria(
            indexPercentile: 50, minimumPopulation: 1000,
            worseThanReference: .init(minimumIndicatorCount: 2, minimumGapPercent: 10)
        )
        let selection = try FocusSelection.select(from: result, criteria: criteria)
        #expect(selection.selectedUnitIDs == ["D"])

        // A: low index, but too few inhabitants; worse on h1 (60%), i1 (100%), c1 (60%).
        let a = selection.outcomes[0]
        #expect(a.check(.indexAtOrBelowPercentile)?.met == true)
        #expect(a.check(.minimumPopulation) == FocusCriterionCheck(criterion: .minimumPopulation, met: false, value: 100, threshold: 1000))
        #expect(a.check(.worseThanReference)?.value == 3)
        #expect(a.worseIndicators.map(\.id) == ["h1", "i1", "c1"])
        #expect(close(a.worseIndicators.first?.gapPercent, 60))

        // D: h2 is 25 against 10 where higher is worse (150%), i1 50 against 60 (16.7%).
        let d = selection.outcomes[3]
        #expect(d.isSelected)
        #expect(d.checks.map(\.met) == [true, true, true])
        #expect(d.worseIndicators.map(\.id) == ["h2", "i1"])
        #expect(close(d.worseIndicators.map(\.gapPercent), [150, 100.0 / 6], tolerance: 1e-9))
    }

    @Test func aScreenedOutUnitIsNeverSelected() throws {
        let dataset = try SmallMonitor.dataset(extraRows: [[0, nil, nil, nil, nil]], extraIDs: ["E"])
        let selection = try FocusSelection.select(from: CompositeIndex.compute(dataset), criteria: FocusCriteria(indexPercentile: 100))
        #expect(selection.selectedUnitIDs == ["A", "B", "C", "D"])
        #expect(selection.outcomes[4].isScreenedOut)
        #expect(selection.outcomes[4].check(.indexAtOrBelowPercentile)?.value == nil)
    }

    @Test func aPopulationCriterionNeedsPopulations() throws {
        let dataset = try MonitorDataset(
            unitIDs: SmallMonitor.unitIDs,
            structure: IndexStructure(indicators: SmallMonitor.indicators, nodes: SmallMonitor.nodes),
            values: ValueMatrix(columnCount: 5, rows: SmallMonitor.rows)
        )
        #expect(throws: MethodError.populationsMissing) {
            try FocusSelection.select(from: CompositeIndex.compute(dataset), criteria: FocusCriteria(indexPercentile: 20, minimumPopulation: 10))
        }
    }
}
