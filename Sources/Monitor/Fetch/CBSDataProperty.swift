/// One entry of a table's `DataProperties`, the authoritative column schema: a `Topic` is a
/// column of figures (key, title, unit, type), a `GeoDetail` the area dimension
/// (`WijkenEnBuurten`), a `TimeDimension` the period (`Perioden`); `TopicGroup`s only group.
public struct CBSDataProperty: Decodable, Sendable, Equatable {
    public var type: String
    public var key: String
    public var title: String
    public var unit: String?
    /// `Long`, `Double`, `String` ...; only topics have one.
    public var datatype: String?

    enum CodingKeys: String, CodingKey {
        case type = "Type", key = "Key", title = "Title", unit = "Unit", datatype = "Datatype"
    }

    public init(type: String, key: String, title: String, unit: String? = nil, datatype: String? = nil) {
        self.type = type
        self.key = key
        self.title = title
        self.unit = unit
        self.datatype = datatype
    }

    public var isTopic: Bool { type == "Topic" }
    public var isAreaDimension: Bool { type == "GeoDetail" }
    public var isPeriodDimension: Bool { type == "TimeDimension" }

    /// Text columns (names, kinds of region) cannot feed a formula.
    public var isText: Bool { datatype == "String" }
}
