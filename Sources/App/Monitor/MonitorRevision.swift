import Monitor

/// What identifies the monitor's stored data: the monitor's data revision (raised by every
/// import, boundary file and baseline, `DataRevisions`) and, read with it, the years that have
/// boundaries. A page computed under one revision is good until it changes.
struct MonitorRevision: Sendable, Hashable {
    var data: Int
    var boundaryYears: [AreaLevel: [Int]]
}
