import Monitor
import Testing

/// Step 3, one indicator at a time, against values worked out by hand.
@Suite struct NormalisationTests {
    @Test func minmaxRunsFromWorstToBestInEitherDirection() {
        #expect(close(Normalisation.minmax.apply(to: [2, 4, 6, nil], direction: .higherIsBetter), [0, 50, 100, nil]))
        #expect(close(Normalisation.minmax.apply(to: [2, 4, 6, nil], direction: .higherIsWorse), [100, 50, 0, nil]))
    }

    @Test func aConstantIndicatorSitsInTheMiddle() {
        #expect(Normalisation.minmax.apply(to: [3, 3, nil], direction: .higherIsBetter) == [50, 50, nil])
        #expect(Normalisation.minmax.apply(to: [3, 3], direction: .higherIsWorse, aggregation: .geometric) == [50, 50])
    }

    @Test func geometricAggregationMovesMinmaxToOneToHundred() {
        #expect(close(Normalisation.minmax.apply(to: [2, 4, 6], direction: .higherIsBetter, aggregation: .geometric), [1, 50.5, 100]))
        #expect(close(Normalisation.minmax.apply(to: [2, 4, 6], direction: .higherIsWorse, aggregation: .geometric), [100, 50.5, 1]))
    }

    @Test func zscoreUsesTheSampleStandardDeviation() {
        // mean 2.5, sd = sqrt(5/3)
        let sd = (5.0 / 3).squareRoot()
        let expected: [Double?] = [-1.5 / sd, -0.5 / sd, 0.5 / sd, 1.5 / sd, nil]
        #expect(close(Normalisation.zscore.apply(to: [1, 2, 3, 4, nil], direction: .higherIsBetter), expected))
        #expect(close(Normalisation.zscore.apply(to: [1, 2, 3, 4, nil], direction: .higherIsWorse), expected.map { $0.map { -$0 } }))
    }

    @Test func zscoreOfAConstantOrSingleValueIsZero() {
        #expect(Normalisation.zscore.apply(to: [7, 7, 7], direction: .higherIsBetter) == [0, 0, 0])
        #expect(Normalisation.zscore.apply(to: [7, nil], direction: .higherIsWorse) == [0, nil])
    }

    @Test func rankSharesTheMeanRankBetweenTies() {
        // ranks 1, 2.5, 2.5, 4 → 100 (r - 1)/3
        #expect(close(Normalisation.rank.apply(to: [10, 20, 20, 40, nil], direction: .higherIsBetter), [0, 50, 50, 100, nil]))
        #expect(close(Normalisation.rank.apply(to: [10, 20, 20, 40, nil], direction: .higherIsWorse), [100, 50, 50, 0, nil]))
        #expect(close(Normalisation.rank.apply(to: [1, 2, 3], direction: .higherIsBetter), [0, 50, 100]))
    }

    @Test func rankOfASingleValueIsFifty() {
        #expect(Normalisation.rank.apply(to: [nil, 42, nil], direction: .higherIsWorse) == [nil, 50, nil])
    }

    @Test func referenceComparesWithTheReferenceArea() {
        #expect(close(Normalisation.reference.apply(to: [2, 8, 0, nil], direction: .higherIsBetter, referenceValue: 4), [50, 200, nil, nil]))
        #expect(close(Normalisation.reference.apply(to: [2, 8, 0, nil], direction: .higherIsWorse, referenceValue: 4), [200, 50, nil, nil]))
    }

    @Test func referenceIsMissingWithoutAUsableReferenceValue() {
        #expect(Normalisation.reference.apply(to: [2, 8], direction: .higherIsBetter, referenceValue: 0) == [nil, nil])
        #expect(Normalisation.reference.apply(to: [2, 8], direction: .higherIsBetter, referenceValue: nil) == [nil, nil])
    }

    @Test func aSignChangeAgainstTheReferenceHasNoLogarithm() {
        #expect(close(Normalisation.reference.apply(to: [-2, 2], direction: .higherIsBetter, referenceValue: 4), [-50, 50]))
        #expect(close(Normalisation.reference.apply(to: [-2, 2], direction: .higherIsBetter, aggregation: .geometric, referenceValue: 4), [nil, 50]))
    }
}
