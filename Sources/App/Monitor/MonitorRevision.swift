import Monitor

/// What identifies the monitor's stored data: the revisions of its values (raised by every
/// import and baseline) and of its boundaries (by every boundary file, `DataRevisions`) and,
/// read with them, the years that have boundaries. A page computed under one revision is good
/// until it changes.
struct MonitorRevision: Sendable, Hashable {
    var data: Int
    var boundaries: Int
    var boundaryYears: [AreaLevel: [Int]]
}
