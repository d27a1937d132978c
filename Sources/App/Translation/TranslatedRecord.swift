import Core
import Plot

/// A record's words on its own page. The register is written in Dutch: on a page in another
/// language its title and text say `lang="nl"`, unless a person entered a translation into that
/// language; then the translation shows, says who entered it (and whether a machine made it),
/// and the original is one click away under it.
extension Node where Context == HTML.BodyContext {
    static func recordHeading(_ prefix: String?, _ title: String, original text: Node, _ footer: RecordFooter, _ l: Localizer) -> Node {
        guard let translation = footer.translation else {
            return .h1(.unwrap(prefix) { .text("\($0) ") }, .written(title, l))
        }
        return .group(
            .h1(.unwrap(prefix) { .text("\($0) ") }, .span(.attribute(named: "lang", value: translation.language), .text(translation.title))),
            .p(.class("translation-note muted"), .text(l(.translation(translation.machine ? .machineTranslatedBy(translation.enteredBy)
                                                                                          : .translatedBy(translation.enteredBy))))),
            .div(.class("lead"), .attribute(named: "lang", value: translation.language), .forEach(translation.paragraphs) { .p(.text($0)) }),
            // Plot's details take only its own kinds of content; the original is any body content.
            .element(named: "details", nodes: [
                .class("original"),
                .element(named: "summary", nodes: [.text(l(.translation(.original)))]),
                .div(.attribute(named: "lang", value: ScreenLanguage.dutch.rawValue), .p(.strong(.text(title))), text),
            ])
        )
    }

    /// The record's text where the page has it: gone when a translation is shown (the original
    /// is under the heading then), marked as Dutch on a page in another language.
    static func recordText(_ text: Node, _ footer: RecordFooter, _ l: Localizer) -> Node {
        if footer.translation != nil { return .empty }
        return .written(text, l)
    }

    /// Content as the register or the plan holds it (Dutch), in a box that says so on a page in another language.
    static func written(_ content: Node, _ l: Localizer) -> Node {
        l.language == .dutch ? content : .div(.attribute(named: "lang", value: ScreenLanguage.dutch.rawValue), content)
    }

    /// Words as the register holds them (Dutch), marked so on a page in another language.
    static func written(_ text: String, _ l: Localizer) -> Node {
        l.language == .dutch ? .text(text) : .span(.attribute(named: "lang", value: ScreenLanguage.dutch.rawValue), .text(text))
    }
}
