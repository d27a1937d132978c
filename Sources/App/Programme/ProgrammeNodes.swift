import Core
import Plot

// Pieces several register pages show the same way.

extension Node where Context == HTML.BodyContext {
    static func link(_ url: SiteURL, _ text: String) -> Node {
        // A record's title or name is the register's own (Dutch) words: marked so on a page in another language.
        guard url.isRecordPage, ScreenLanguage.current != .dutch else { return .a(.href(url.path), .text(text)) }
        return .a(.href(url.path), .attribute(named: "lang", value: ScreenLanguage.dutch.rawValue), .text(text))
    }

    /// Links separated by commas, as a sentence lists them.
    static func links(_ items: [(url: SiteURL, text: String)]) -> Node {
        .group(items.enumerated().map { index, item in
            .group(.if(index > 0, .text(", ")), .link(item.url, item.text))
        })
    }

    static func target(_ target: Target, _ l: Localizer) -> Node {
        .div(
            .class("target"),
            .span(.class("kind"), .text(l(.targetKind(target.kind)) + (target.year.map { " · \(target.approximate ? "\(l(.approximately)) " : "")\($0)" } ?? ""))),
            .text(target.text)
        )
    }

    static func targets(_ targets: [Target], _ l: Localizer) -> Node {
        targets.isEmpty
            ? .p(.class("muted"), .text(l(.noTargets)))
            : .group(targets.map { .target($0, l) })
    }

    /// When an action is due: its period, its year, or the whole short term.
    static func when(_ action: Action, period: Period?, _ l: Localizer) -> Node {
        if let period {
            return .span(.class("period"), .text(periodLabel(period)))
        }
        if let year = action.year {
            return .span(.class("period"), .text(action.approximate ? "\(l(.approximately)) \(year)" : "\(year)"))
        }
        return .span(.class("period open"), .text(action.term == .short ? l(.noPeriod) : l(.outlookOpen)))
    }

    static func paragraphs(_ text: String?) -> Node {
        guard let text else { return .empty }
        return .group(text.split(separator: "\n\n").map { .p(.text(String($0))) })
    }

    static func bulletList(_ items: [String]) -> Node {
        .ul(.forEach(items) { .li(.text($0)) })
    }
}

/// A period as the plan names it, with its year when the name has none: 'November-december 2020', 'Overig 2021'.
func periodLabel(_ period: Period) -> String {
    let year = period.start.year == period.end.year ? "\(period.start.year)" : "\(period.start.year)-\(period.end.year)"
    return period.label.contains(year) ? period.label : "\(period.label) \(year)"
}

extension Node where Context == HTML.ListContext {
    static func actionItem(_ action: Action, period: Period?, _ l: Localizer, showLine: ActionLine? = nil) -> Node {
        .li(
            .when(action, period: period, l),
            .a(.href(SiteURL.action(action.id).path), .text(action.title)),
            .unwrap(showLine) { line in .span(.class("muted"), .text(" — \(line.title)")) },
            .if(!action.details.isEmpty, .ul(.forEach(action.details) { .li(.text($0)) }))
        )
    }
}
