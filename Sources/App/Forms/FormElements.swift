import Plot

extension Node where Context == HTML.FormContext {
    /// An element with attributes given as pairs (nil: a boolean attribute), for the controls
    /// whose attributes Plot types too narrowly to vary them per field.
    static func tag(_ name: String, _ attributes: [(String, String?)], _ children: [Node]) -> Node {
        .element(named: name, nodes: attributes.map(attribute) + children)
    }

    static func input(_ attributes: [(String, String?)]) -> Node {
        .selfClosedElement(named: "input", attributes: attributes.map { Attribute(named: $0.0, escaping: $0.1 ?? "", ignoreIfValueIsEmpty: false) })
    }

    /// A fieldset's caption, with its text inside.
    static func legend(_ text: String) -> Node {
        .element(named: "legend", nodes: [.text(text)])
    }

    static func option(_ value: String, _ text: String, selected: Bool) -> Node {
        tag("option", [("value", value)] + (selected ? [("selected", nil)] : []), [.text(text)])
    }

    private static func attribute(_ pair: (String, String?)) -> Node {
        pair.1.map { .attribute(named: pair.0, value: $0, ignoreIfValueIsEmpty: false) } ?? .attribute(named: pair.0)
    }
}
