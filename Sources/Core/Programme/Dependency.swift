/// A piece of the plan's *samenhang*: one action line needs or strengthens another (ch. 2.2).
public struct Dependency: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var from: String
    public var to: String
    public var theme: String?
    public var text: String
    /// The plan's section that names it.
    public var source: String?

    public init(id: String, from: String, to: String, theme: String? = nil, text: String, source: String? = nil) {
        self.id = id
        self.from = from
        self.to = to
        self.theme = theme
        self.text = text
        self.source = source
    }
}
