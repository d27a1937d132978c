/// One year's *Tabel Mensen*: activities as rows, parties as columns, every total computed from
/// the commitments, with the plan's own stated totals beside them and the translation into euros.
public struct CapacityTable: Sendable {
    /// Which totals to translate into euros: the plan's row '825 K / 225 K / 150 K / 1.200 K'
    /// is its stated totals times the rate, not the sums of its lines.
    public enum Basis: String, Sendable, Codable, CaseIterable {
        case computed, stated
    }

    public let year: CapacityYear
    public let parties: [Party]
    /// The rows in the plan's order; an activity with a commitment but no row is added at the end.
    public let rows: [CapacityActivity]
    public let commitments: [CapacityCommitment]

    public init(year: CapacityYear, activities: [CapacityActivity], parties: [Party], commitments: [CapacityCommitment]) {
        self.year = year
        self.parties = parties
        self.commitments = commitments.filter { $0.year == year.year }
        let byID = Dictionary(activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var order = year.rows.map(\.activity)
        for commitment in self.commitments where !order.contains(commitment.activity) {
            order.append(commitment.activity)
        }
        self.rows = order.map { byID[$0] ?? CapacityActivity(id: $0, name: $0, kind: .other) }
    }

    public var rate: CapacityRate? { year.rate }

    // MARK: Computed from the commitments

    public func commitment(activity: String, party: String) -> CapacityCommitment? {
        commitments.first { $0.activity == activity && $0.party == party }
    }

    /// The activity's own cell, without its parts.
    public func cell(activity: String, party: String) -> CapacitySum {
        CapacitySum(commitments.filter { $0.activity == activity && $0.party == party }.map(\.amount))
    }

    /// The activity with everything that is part of it: the plan's 'Totaal bemensing opgaveteams'.
    public func subtotal(activity: String, party: String) -> CapacitySum {
        let scope = Set(activityAndParts(activity))
        return CapacitySum(commitments.filter { scope.contains($0.activity) && $0.party == party }.map(\.amount))
    }

    public func hasParts(_ activity: String) -> Bool {
        rows.contains { $0.partOf == activity }
    }

    /// Across parties, the activity's own cells.
    public func rowTotal(activity: String) -> CapacitySum {
        CapacitySum(commitments.filter { $0.activity == activity }.map(\.amount))
    }

    public func total(party: String) -> CapacitySum {
        CapacitySum(commitments.filter { $0.party == party }.map(\.amount))
    }

    public var overall: CapacitySum {
        CapacitySum(commitments.map(\.amount))
    }

    // MARK: As the plan states them

    public func stated(party: String) -> CapacityAmount? { year.statedTotals[party] }

    public var statedOverall: CapacityAmount? { year.statedOverall }

    public func statedSubtotal(activity: String, party: String) -> CapacityAmount? {
        year.rows.first { $0.activity == activity }?.stated[party]
    }

    /// The plan's per-party totals added up, to check its own overall figure against.
    public var sumOfStatedTotals: CapacitySum {
        CapacitySum(parties.compactMap { year.statedTotals[$0.id] })
    }

    public func difference(party: String) -> CapacityDifference? {
        stated(party: party).map { CapacityDifference(stated: $0, computed: total(party: party)) }
    }

    public var overallDifference: CapacityDifference? {
        statedOverall.map { CapacityDifference(stated: $0, computed: overall) }
    }

    public func subtotalDifference(activity: String, party: String) -> CapacityDifference? {
        statedSubtotal(activity: activity, party: party).map {
            CapacityDifference(stated: $0, computed: subtotal(activity: activity, party: party))
        }
    }

    // MARK: In euros

    /// Nil without a rate, or when the basis is `.stated` and the plan states no total for the party.
    public func cost(party: String, basis: Basis) -> CapacityCost? {
        guard let rate else { return nil }
        switch basis {
        case .computed: return rate.cost(of: total(party: party))
        case .stated: return stated(party: party).map { rate.cost(of: $0.sum) }
        }
    }

    public func overallCost(basis: Basis) -> CapacityCost? {
        guard let rate else { return nil }
        switch basis {
        case .computed: return rate.cost(of: overall)
        case .stated: return statedOverall.map { rate.cost(of: $0.sum) }
        }
    }

    private func activityAndParts(_ activity: String) -> [String] {
        var result = [activity], index = 0
        while index < result.count {
            let parent = result[index]
            for row in rows where row.partOf == parent && !result.contains(row.id) { result.append(row.id) }
            index += 1
        }
        return result
    }
}
