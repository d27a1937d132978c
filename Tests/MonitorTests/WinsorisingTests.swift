import Monitor
import Testing

/// Step 2: clamp to the p and 1-p percentiles (type 7).
@Suite struct WinsorisingTests {
    @Test func clampsTheTailsToType7Percentiles() {
        // n = 5, p = 0.1: h = 0.4 → 1 + 0.4 (2 - 1) = 1.4; h = 3.6 → 4 + 0.6 (100 - 4) = 61.6
        let clamped = Winsorising.clamp([1, 2, 3, 4, 100, nil], tail: 0.1)
        #expect(close(clamped, [1.4, 2, 3, 4, 61.6, nil]))
    }

    @Test func winsorisingHappensBeforeNormalising() throws {
        var rows = SmallMonitor.rows
        rows[1][4] = 400  // an outlier on c1 for B
        let dataset = try MonitorDataset(
            unitIDs: SmallMonitor.unitIDs,
            structure: IndexStructure(indicators: SmallMonitor.indicators, nodes: SmallMonitor.nodes),
            values: ValueMatrix(columnCount: 5, rows: rows)
        )
        let result = try CompositeIndex.compute(dataset, settings: MethodSettings(winsorisingTail: 0.25))
        // c1 = 2, 400, 6, 8: p25 = 5, p75 = 106 → clamped 5, 106, 6, 8 → minmax over 5...106
        let c1 = result.normalised.column(4)
        #expect(close(c1, [0, 100, 100.0 / 101, 300.0 / 101]))
        #expect(result.dataset.values[1, 4] == 400)  // the raw value still shows
    }
}
