import Monitor

/// What identifies the monitor's stored data: every import adds a record, and boundaries are
/// stored per year. A page computed under one revision is good until it changes.
struct MonitorRevision: Sendable, Hashable {
    var imports: Int
    var boundaryYears: [AreaLevel: [Int]]
}
