/// One member of a dimension, as the dimension's own resource lists it (`/WijkenEnBuurten`):
/// the key the rows carry (`GM0935    `) and its title (`Maastricht`), the area's name.
struct CBSDimensionEntry: Decodable, Sendable {
    var key: String
    var title: String

    enum CodingKeys: String, CodingKey {
        case key = "Key", title = "Title"
    }
}
