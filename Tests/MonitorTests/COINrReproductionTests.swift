import Foundation
import Monitor
import Testing

/// The contract promises COINr's results to 1e-9. COINr's ASEM example publishes every
/// stage; starting from its treated data (after imputation and winsorisation), minmax and
/// arithmetic aggregation up three levels must give its normalised values, its pillars,
/// sub-indices and index, and its published scores and ranks.
@Suite(.enabled(if: ASEMData.isPresent, "COINr's ASEM data (shared/data/coinr-asem beside the repository) is not here"))
struct COINrReproductionTests {
    struct Reproduction {
        let units: [String]
        let indicatorCodes: [String]
        let result: CompositeIndexResult
    }

    /// COINr encodes the tree per indicator (`asem_structure.csv`: IndCode → Agg1 pillar →
    /// Agg2 sub-index → Agg3 index), the direction in `asem_indmeta.csv` and a weight per
    /// code and level in `asem_weights.csv` (all 1 here).
    static func reproduce() throws -> Reproduction {
        let treated = try ASEMData.table("asem_treated.csv")
        let meta = try ASEMData.table("asem_indmeta.csv")
        let structure = try ASEMData.table("asem_structure.csv")
        let weights = try ASEMData.table("asem_weights.csv")
        var weightOf: [String: Double] = [:]
        for (code, weight) in zip(weights.strings("Code"), weights.numbers("Weight")) { weightOf[code] = weight! }
        let directionOf = Dictionary(uniqueKeysWithValues: zip(meta.strings("IndCode"), meta.numbers("Direction").map { $0! }))

        let codes = structure.strings("IndCode")
        let indicators = try zip(codes, structure.strings("Agg1")).map { code, pillar in
            guard let direction = directionOf[code] else { throw MethodError.unknownTheme(indicator: code, theme: "metadata") }
            return IndicatorDefinition(id: code, theme: pillar, direction: direction > 0 ? .higherIsBetter : .higherIsWorse, weight: weightOf[code]!)
        }
        var nodes: [AggregateNode] = []
        var seen = Set<String>()
        for row in structure.rows {
            let (pillar, subIndex, index) = (row[structure.column("Agg1")], row[structure.column("Agg2")], row[structure.column("Agg3")])
            if seen.insert(index).inserted { nodes.append(AggregateNode(id: index, parent: nil, weight: weightOf[index]!)) }
            if seen.insert(subIndex).inserted { nodes.append(AggregateNode(id: subIndex, parent: index, weight: weightOf[subIndex]!)) }
            if seen.insert(pillar).inserted { nodes.append(AggregateNode(id: pillar, parent: subIndex, weight: weightOf[pillar]!)) }
        }
        let units = treated.strings("UnitCode")
        let rows = treated.rows.indices.map { row in codes.map { treated.numbers($0)[row] } }
        let dataset = try MonitorDataset(
            unitIDs: units,
            structure: IndexStructure(indicators: indicators, nodes: nodes),
            values: ValueMatrix(columnCount: codes.count, rows: rows)
        )
        // COINr's ASEM pipeline has no screening, no minimum weight per aggregate, and
        // renormalises over the children present at every level (a_amean ignores NA); its
        // outlier treatment is already in asem_treated.csv. With the settings below the
        // contract's formulas are COINr's. (The treated data have no gaps, so the
        // missing-value settings change nothing here; they say how COINr would run.)
        let settings = MethodSettings(minCoverage: 0, winsorisingTail: nil, normalisation: .minmax, aggregation: .arithmetic, minThemeWeight: 0, requireAllThemes: false)
        return Reproduction(units: units, indicatorCodes: codes, result: try CompositeIndex.compute(dataset, settings: settings))
    }

    /// Largest absolute difference between ours and COINr's, per column of a COINr table.
    static func maximumDifference(_ reproduction: Reproduction, table: CSVTable, columns: [String], ours: (Int, String) -> Double?) -> Double {
        let rowOf = Dictionary(uniqueKeysWithValues: table.strings("UnitCode").enumerated().map { ($0.element, $0.offset) })
        var largest = 0.0
        for column in columns {
            let theirs = table.numbers(column)
            for (unit, code) in reproduction.units.enumerated() {
                guard let mine = ours(unit, column), let coinr = theirs[rowOf[code]!] else {
                    Issue.record("\(code) \(column): a value is missing")
                    continue
                }
                largest = max(largest, abs(mine - coinr))
            }
        }
        return largest
    }

    @Test func minmaxReproducesTheNormalisedIndicators() throws {
        let reproduction = try Self.reproduce()
        let normalised = try ASEMData.table("asem_normalised.csv")
        let difference = Self.maximumDifference(reproduction, table: normalised, columns: reproduction.indicatorCodes) { unit, code in
            reproduction.result.normalised[unit, reproduction.indicatorCodes.firstIndex(of: code)!]
        }
        print("COINr ASEM normalised indicators (49 × 51): max abs difference \(difference)")
        #expect(difference <= 1e-9)
    }

    @Test(arguments: [
        ("pillars", ["Physical", "ConEcFin", "Political", "Instit", "P2P", "Environ", "Social", "SusEcFin"]),
        ("sub-indices", ["Conn", "Sust"]),
        ("index", ["Index"]),
    ])
    func arithmeticAggregationReproducesEveryLevel(level: String, codes: [String]) throws {
        let reproduction = try Self.reproduce()
        let aggregated = try ASEMData.table("asem_aggregated.csv")
        let difference = Self.maximumDifference(reproduction, table: aggregated, columns: codes) { unit, code in
            reproduction.result.score(unit: reproduction.units[unit], node: code)
        }
        print("COINr ASEM \(level): max abs difference \(difference)")
        #expect(difference <= 1e-9)
    }

    /// The published table rounds to 2 decimals and ranks what it shows: JPN and RUS share
    /// rank 47 on ConEcFin (6.6189 and 6.6160, both 6.62), LUX and PRT rank 3 on Instit.
    @Test func thePublishedScoresAndRanksFollow() throws {
        let reproduction = try Self.reproduce()
        let scores = try ASEMData.table("asem_results_scores.csv")
        let ranks = try ASEMData.table("asem_results_ranks.csv")
        let columns = ["Index", "Conn", "Sust", "Physical", "ConEcFin", "Political", "Instit", "P2P", "Environ", "Social", "SusEcFin"]
        let scoreRow = Dictionary(uniqueKeysWithValues: scores.strings("UnitCode").enumerated().map { ($0.element, $0.offset) })
        let rankRow = Dictionary(uniqueKeysWithValues: ranks.strings("UnitCode").enumerated().map { ($0.element, $0.offset) })
        for column in columns {
            let ours = reproduction.units.map { reproduction.result.score(unit: $0, node: column)! }
            let rounded = ours.map { ($0 * 100).rounded() / 100 }
            let published = scores.numbers(column)
            for (unit, code) in reproduction.units.enumerated() {
                #expect(abs(rounded[unit] - published[scoreRow[code]!]!) < 1e-9, "\(code) \(column)")
            }
            let ourRanks = Ranking.competitionRanks(rounded)
            let publishedRanks = ranks.numbers(column)
            for (unit, code) in reproduction.units.enumerated() {
                #expect(ourRanks[unit].map(Double.init) == publishedRanks[rankRow[code]!], "\(code) \(column)")
            }
        }
        // The index has no ties, so its full-precision ranks are the published ones too.
        let indexRanks = scores.numbers("Rank")
        for (unit, code) in reproduction.units.enumerated() {
            #expect(reproduction.result.ranks[unit].map(Double.init) == indexRanks[scoreRow[code]!])
        }
    }
}
