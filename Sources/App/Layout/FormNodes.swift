import Plot

extension Node where Context == HTML.SelectContext {
    /// An `<option>` with its text inside, which Plot's own self-closed option cannot hold.
    static func choice(_ value: String, _ text: String, selected: Bool) -> Node {
        .element(named: "option", nodes: [
            .attribute(named: "value", value: value, ignoreIfValueIsEmpty: false),
            selected ? .attribute(named: "selected") : .empty,
            .text(text),
        ])
    }
}
