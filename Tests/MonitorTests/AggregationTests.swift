import Foundation
import Monitor
import Testing

/// Steps 4 and 5: weighted means over what is present, with the bars for missing values.
@Suite struct AggregationTests {
    @Test func arithmeticRenormalisesOverWhatIsPresent() {
        #expect(Aggregation.arithmetic.aggregate([30, nil, 60], weights: [1, 2, 1]) == 45)
        #expect(Aggregation.arithmetic.aggregate([30, 90, 60], weights: [1, 2, 1]) == 67.5)
        #expect(Aggregation.arithmetic.aggregate([nil, nil], weights: [1, 1]) == nil)
    }

    @Test func geometricIsTheWeightedMeanOfLogarithms() {
        #expect(close(Aggregation.geometric.aggregate([10, 100], weights: [1, 1]), 1000.0.squareRoot()))
        // weights 1 and 2: exp((ln 10 + 2 ln 100)/3) = 10^(5/3)
        #expect(close(Aggregation.geometric.aggregate([10, 100, nil], weights: [1, 2, 5]), pow(10, 5.0 / 3), tolerance: 1e-10))
    }

    @Test func tooLittleWeightPresentIsMissing() {
        // 1 + 1 of 4 present: exactly half is enough, a quarter is not
        #expect(Aggregation.arithmetic.aggregate([30, nil, 60], weights: [1, 2, 1], minAvailableWeight: 0.5) == 45)
        #expect(Aggregation.arithmetic.aggregate([30, nil, nil], weights: [1, 2, 1], minAvailableWeight: 0.5) == nil)
    }

    @Test func themesGroupsAndTheIndexAsWorkedOutByHand() throws {
        let result = try CompositeIndex.compute(SmallMonitor.dataset())
        #expect(close(result.normalised.row(0), [0, 100, 0, 50, 0]))
        #expect(close(result.normalised.row(3), [nil, 0, 50, 50, 100]))
        #expect(close(result.normalised.column(4), [0, 100.0 / 3, 200.0 / 3, 100]))
        let scores = { (node: String) in SmallMonitor.unitIDs.map { result.score(unit: $0, node: node) } }
        #expect(close(scores("health"), [50, 50, 100, 0]))
        #expect(close(scores("income"), [50.0 / 3, 250.0 / 3, 50, 50]))
        #expect(close(scores("climate"), [0, 100.0 / 3, 200.0 / 3, 100]))
        #expect(close(scores("now"), [100.0 / 3, 200.0 / 3, 75, 25]))
        #expect(close(scores("later"), scores("climate")))
        #expect(close(result.index, [200.0 / 9, 500.0 / 9, 650.0 / 9, 50]))
        #expect(result.ranks == [4, 2, 1, 3])
    }

    @Test func aThemeBelowMinThemeWeightIsMissingAndSoIsTheIndex() throws {
        // D has h1 missing: half of health's weight, below a bar of 0.6.
        let result = try CompositeIndex.compute(SmallMonitor.dataset(), settings: MethodSettings(minThemeWeight: 0.6))
        #expect(result.score(unit: "D", node: "health") == nil)
        #expect(result.score(unit: "D", node: "now") == nil)
        #expect(result.index[3] == nil)
        #expect(result.ranks == [3, 2, 1, nil])
        #expect(close(result.score(unit: "D", node: "income"), 50))
    }

    @Test func withoutRequireAllThemesAGroupRenormalisesOverItsThemes() throws {
        let settings = MethodSettings(minThemeWeight: 0.6, requireAllThemes: false)
        let result = try CompositeIndex.compute(SmallMonitor.dataset(), settings: settings)
        // D: now = income alone = 50; index = (2 × 50 + 100)/3
        #expect(close(result.score(unit: "D", node: "now"), 50))
        #expect(close(result.index[3], 200.0 / 3))
        #expect(result.ranks == [4, 3, 1, 2])
    }

    @Test func geometricAggregationAllTheWayUp() throws {
        let result = try CompositeIndex.compute(SmallMonitor.dataset(), settings: MethodSettings(aggregation: .geometric))
        // minmax on [1, 100]: A has h1 = 1, h2 = 100 → health = sqrt(100) = 10
        #expect(close(result.normalised.row(0), [1, 100, 1, 50, 1]))
        #expect(close(result.score(unit: "A", node: "health"), 10))
        // income for A: i1 = 1 (weight 2), i2 = 50 → 50^(1/3)
        let income = pow(50, 1.0 / 3)
        #expect(close(result.score(unit: "A", node: "income"), income, tolerance: 1e-10))
        // now = sqrt(health × income); index = (now^2 × later)^(1/3), later = climate = 1
        let now = (10 * income).squareRoot()
        #expect(close(result.score(unit: "A", node: "now"), now, tolerance: 1e-10))
        #expect(close(result.index[0], pow(now * now * 1, 1.0 / 3), tolerance: 1e-10))
        // D lacks h1 (half of health's weight): health = h2 alone = 1
        #expect(close(result.score(unit: "D", node: "health"), 1))
    }

    @Test func referenceNormalisationWithGeometricAggregation() throws {
        let result = try CompositeIndex.compute(SmallMonitor.dataset(), settings: MethodSettings(normalisation: .reference, aggregation: .geometric))
        // A's h1 = 10 against 25 → 40; h2 = 5 against 10, higher is worse → 200
        #expect(close(result.normalised[0, 0], 40))
        #expect(close(result.normalised[0, 1], 200))
        #expect(close(result.score(unit: "A", node: "health"), (40.0 * 200).squareRoot(), tolerance: 1e-10))
        // i1 = 0 for A has no ratio: income is i2 alone (a third of the weight: missing)
        #expect(result.normalised[0, 2] == nil)
        #expect(result.score(unit: "A", node: "income") == nil)
    }
}
