import Plot
import Vapor

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

extension Response {
    /// A page made for one person (a form, their account): never stored by a cache on the way.
    static func personalPage(_ html: String, status: HTTPResponseStatus = .ok) -> Response {
        Response(status: status, headers: ["Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"], body: .init(string: html))
    }
}
