import Foundation

/// Steps 4 and 5 for all units at once, laid out so that a robustness draw, which only
/// changes weights, is a few dense multiply-add passes over flat arrays.
///
/// The trick: missing values are stored as 0, so `sum(w y)` over a theme needs no branch;
/// `sum(w)` is the theme's total for every unit that has all of the theme's indicators, and
/// only the (few) incomplete units get their available weight summed separately.
/// Geometric aggregation runs the same passes over `ln y` and takes `exp` at the end.
struct TreeAggregation: Sendable {
    let unitCount: Int
    let aggregation: Aggregation
    let minThemeWeight: Double
    let requireAllThemes: Bool
    let nodeCount: Int
    let rootNode: Int
    let bottomUpOrder: [Int]
    let indicatorsOfNode: [[Int]]
    let childrenOfNode: [[Int]]
    /// Indicator-major: `terms[indicator * unitCount + unit]` is y (ln y for geometric), 0 where missing.
    let terms: [Double]
    /// Per node (empty for groups): the units lacking some of the theme's indicators.
    let incomplete: [IncompleteUnits]

    struct IncompleteUnits: Sendable {
        var units: [Int32] = []
        /// `presentIndicators[presentStart[k] ..< presentStart[k + 1]]` are what `units[k]` has.
        var presentStart: [Int32] = [0]
        var presentIndicators: [Int32] = []
    }

    init(normalisedColumns: [[Double]], unitCount: Int, structure: IndexStructure, aggregation: Aggregation, minThemeWeight: Double, requireAllThemes: Bool) {
        self.unitCount = unitCount
        self.aggregation = aggregation
        self.minThemeWeight = minThemeWeight
        self.requireAllThemes = requireAllThemes
        nodeCount = structure.nodes.count
        rootNode = structure.rootNode
        bottomUpOrder = structure.bottomUpOrder
        indicatorsOfNode = structure.indicatorsOfNode
        childrenOfNode = structure.childrenOfNode
        var terms = [Double](repeating: 0, count: normalisedColumns.count * unitCount)
        for (indicator, column) in normalisedColumns.enumerated() {
            for unit in 0..<unitCount where !column[unit].isNaN {
                terms[indicator * unitCount + unit] = aggregation == .geometric ? log(column[unit]) : column[unit]
            }
        }
        self.terms = terms
        incomplete = structure.indicatorsOfNode.map { indicators in
            var found = IncompleteUnits()
            guard !indicators.isEmpty else { return found }
            for unit in 0..<unitCount {
                let present = indicators.filter { !normalisedColumns[$0][unit].isNaN }
                guard present.count < indicators.count else { continue }
                found.units.append(Int32(unit))
                found.presentIndicators.append(contentsOf: present.map { Int32($0) })
                found.presentStart.append(Int32(found.presentIndicators.count))
            }
            return found
        }
    }

    /// Fills `scores` (node-major: `scores[node * unitCount + unit]`, NaN missing) on the
    /// aggregation's working scale: the mean of `ln y` for geometric, `y` for arithmetic.
    func evaluate(indicatorWeights: [Double], nodeWeights: [Double], scores: inout [Double], scratch: inout [Double]) {
        let units = unitCount
        guard units > 0 else { return }
        if scores.count != nodeCount * units { scores = [Double](repeating: 0, count: nodeCount * units) }
        if scratch.count < units { scratch = [Double](repeating: 0, count: units) }
        scores.withUnsafeMutableBufferPointer { scores in
            scratch.withUnsafeMutableBufferPointer { scratch in
                terms.withUnsafeBufferPointer { terms in
                    for node in bottomUpOrder {
                        let row = UnsafeMutableBufferPointer(rebasing: scores[node * units ..< (node + 1) * units])
                        if indicatorsOfNode[node].isEmpty {
                            aggregateGroup(node, into: row, scores: UnsafeBufferPointer(scores), nodeWeights: nodeWeights, scratch: scratch)
                        } else {
                            aggregateTheme(node, into: row, terms: terms, indicatorWeights: indicatorWeights)
                        }
                    }
                }
            }
        }
    }

    private func aggregateTheme(_ node: Int, into row: UnsafeMutableBufferPointer<Double>, terms: UnsafeBufferPointer<Double>, indicatorWeights: [Double]) {
        let units = unitCount
        let indicators = indicatorsOfNode[node]
        var total = 0.0
        for indicator in indicators { total += indicatorWeights[indicator] }
        // Weights divided by the theme's total, so that a complete unit's weighted mean is a
        // plain sum of products, with no division per unit. An incomplete unit's missing
        // terms are 0, so it only needs rescaling from the total to its own available weight.
        let columns = indicators.map { (terms.baseAddress! + $0 * units, indicatorWeights[$0] / total) }
        DenseWeightedSum.fill(row, units: units, terms: columns)
        let missing = incomplete[node]
        missing.units.withUnsafeBufferPointer { missingUnits in
            missing.presentStart.withUnsafeBufferPointer { presentStart in
                missing.presentIndicators.withUnsafeBufferPointer { presentIndicators in
                    indicatorWeights.withUnsafeBufferPointer { weights in
                        for k in missingUnits.indices {
                            let unit = Int(missingUnits[k])
                            let start = Int(presentStart[k]), end = Int(presentStart[k + 1])
                            var available = 0.0
                            for p in start..<end { available += weights[Int(presentIndicators[p])] }
                            let kept = end > start && available / total >= minThemeWeight
                            row[unit] = kept ? row[unit] * (total / available) : .nan
                        }
                    }
                }
            }
        }
    }

    private func aggregateGroup(
        _ node: Int, into row: UnsafeMutableBufferPointer<Double>, scores: UnsafeBufferPointer<Double>,
        nodeWeights: [Double], scratch: UnsafeMutableBufferPointer<Double>
    ) {
        let units = unitCount
        let children = childrenOfNode[node]
        var total = 0.0
        for child in children { total += nodeWeights[child] }
        if requireAllThemes {
            // A missing child is NaN and makes the sum NaN: missing, as the contract wants.
            DenseWeightedSum.fill(row, units: units, terms: children.map { (scores.baseAddress! + $0 * units, nodeWeights[$0] / total) })
        } else {
            // Renormalised over the children present; `scratch` holds the share of weight present.
            for unit in 0..<units {
                row[unit] = 0
                scratch[unit] = 0
            }
            for child in children {
                let share = nodeWeights[child] / total
                let values = scores.baseAddress! + child * units
                for unit in 0..<units {
                    let value = values[unit]
                    let present = !value.isNaN
                    row[unit] += present ? share * value : 0
                    scratch[unit] += present ? share : 0
                }
            }
            for unit in 0..<units { row[unit] = scratch[unit] > 0 ? row[unit] / scratch[unit] : .nan }
        }
    }

    /// The index per unit on its own scale (exp of the working scale for geometric).
    func index(from scores: [Double], into index: inout [Double]) {
        let start = rootNode * unitCount
        if index.count != unitCount { index = [Double](repeating: 0, count: unitCount) }
        for unit in 0..<unitCount {
            let value = scores[start + unit]
            index[unit] = aggregation == .geometric ? exp(value) : value
        }
    }

    /// A node's score on its own scale.
    func score(_ workingValue: Double) -> Double {
        aggregation == .geometric ? exp(workingValue) : workingValue
    }
}

/// `row[u] = 0 + w1 t1[u] + w2 t2[u] + ...`, summed left to right, up to four terms per
/// pass over the row: the inner loop of every robustness draw.
enum DenseWeightedSum {
    static func fill(_ row: UnsafeMutableBufferPointer<Double>, units: Int, terms: [(column: UnsafePointer<Double>, weight: Double)]) {
        let out = row.baseAddress!
        var next = 0
        while next < terms.count {
            let first = next == 0
            let group = terms[next ..< min(next + 4, terms.count)]
            next += group.count
            let (c0, w0) = group[group.startIndex]
            switch group.count {
            case 4:
                let (c1, w1) = group[group.startIndex + 1], (c2, w2) = group[group.startIndex + 2], (c3, w3) = group[group.startIndex + 3]
                pass(out, units: units, first: first) { u, start in
                    var sum = start
                    sum += w0 * c0[u]
                    sum += w1 * c1[u]
                    sum += w2 * c2[u]
                    sum += w3 * c3[u]
                    return sum
                }
            case 3:
                let (c1, w1) = group[group.startIndex + 1], (c2, w2) = group[group.startIndex + 2]
                pass(out, units: units, first: first) { u, start in
                    var sum = start
                    sum += w0 * c0[u]
                    sum += w1 * c1[u]
                    sum += w2 * c2[u]
                    return sum
                }
            case 2:
                let (c1, w1) = group[group.startIndex + 1]
                pass(out, units: units, first: first) { u, start in
                    var sum = start
                    sum += w0 * c0[u]
                    sum += w1 * c1[u]
                    return sum
                }
            default:
                pass(out, units: units, first: first) { u, start in start + w0 * c0[u] }
            }
        }
    }

    /// One loop per case, so that no loop tests a flag per unit and each can be vectorised.
    @inline(__always)
    private static func pass(_ out: UnsafeMutablePointer<Double>, units: Int, first: Bool, _ sum: (Int, Double) -> Double) {
        if first {
            for u in 0..<units { out[u] = sum(u, 0) }
        } else {
            for u in 0..<units { out[u] = sum(u, out[u]) }
        }
    }
}
