import Core

/// The people-and-money data as stored now, with the version of every record a person edits,
/// so a form started from an older copy is refused instead of overwriting a newer edit.
public struct PeopleAndMoneySnapshot: Sendable, Equatable {
    public var data: PeopleAndMoney
    /// By `CapacityCommitment.id` (`2021-team-groene-long-gemeenten-zuid-limburg`).
    public var commitmentVersions: [String: Int]
    public var investmentVersions: [String: Int]
    /// By year: the rate per FTE is edited on the year.
    public var capacityYearVersions: [Int: Int]

    public init(data: PeopleAndMoney, commitmentVersions: [String: Int] = [:], investmentVersions: [String: Int] = [:],
                capacityYearVersions: [Int: Int] = [:]) {
        self.data = data
        self.commitmentVersions = commitmentVersions
        self.investmentVersions = investmentVersions
        self.capacityYearVersions = capacityYearVersions
    }
}
