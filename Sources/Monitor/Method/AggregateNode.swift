/// A theme (holding indicators) or a group (holding themes or groups); the one node without a
/// parent is the index. COINr calls these aggregates and numbers their levels.
public struct AggregateNode: Sendable, Hashable, Codable {
    public var id: String
    /// nil for the index, the root of the tree.
    public var parent: String?
    /// Weight among its siblings; the root's weight is not used.
    public var weight: Double

    public init(id: String, parent: String?, weight: Double = 1) {
        self.id = id
        self.parent = parent
        self.weight = weight
    }
}
