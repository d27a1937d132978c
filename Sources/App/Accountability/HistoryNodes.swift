import Core
import Foundation
import Plot

/// A field's value before and after a change, read from the audit record's JSON.
struct FieldChange: Equatable {
    var field: String
    var before: String
    var after: String

    static func changes(_ record: AuditRecord) -> [FieldChange] {
        let before = fields(record.before), after = fields(record.after)
        return Set(before.keys).union(after.keys).sorted().compactMap { key in
            let old = before[key] ?? "", new = after[key] ?? ""
            return old == new || key == "version" ? nil : FieldChange(field: key, before: old, after: new)
        }
    }

    private static func fields(_ json: String?) -> [String: String] {
        guard let json, let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return [:] }
        return object.mapValues { value in
            if let text = value as? String { return text }
            if let list = value as? [Any] { return list.map { "\($0)" }.joined(separator: "; ") }
            return "\(value)"
        }
    }
}

extension Node where Context == HTML.BodyContext {
    /// Who changed what and when, newest first, field by field.
    static func historyTable(_ records: [AuditRecord], _ l: Localizer, showEntity: Bool = false) -> Node {
        guard !records.isEmpty else { return .p(.class("muted"), .text(l(.noHistory))) }
        return .table(
            .thead(.tr(
                .th(.attribute(named: "scope", value: "col"), .text(l(.when))),
                .th(.attribute(named: "scope", value: "col"), .text(l(.who))),
                .if(showEntity, .th(.attribute(named: "scope", value: "col"), .text(l(.entity)))),
                .th(.attribute(named: "scope", value: "col"), .text(l(.changed)))
            )),
            .tbody(.forEach(records) { record in
                .tr(
                    .td(.text(localTime(record.at))),
                    .td(.text(record.accountEmail)),
                    .if(showEntity, .td(.text("\(record.entity) \(record.entityID)"))),
                    .td(
                        .text(l(.operation(record.operation))),
                        .ul(.forEach(FieldChange.changes(record)) { change in
                            .li(.strong(.text(fieldLabel(change.field, l))),
                                .text(": “\(readable(change.before, change.field, l))” → “\(readable(change.after, change.field, l))”"))
                        })
                    )
                )
            })
        )
    }
}

/// A field's name in the screen's words, when Stip knows it.
private func fieldLabel(_ field: String, _ l: Localizer) -> String {
    FieldName(rawValue: field).map { l(.editing(.field($0))) } ?? field
}

/// A stored value as a person reads it: enum values in the screen's words, lists by line.
private func readable(_ value: String, _ field: String, _ l: Localizer) -> String {
    let choice: ChoiceLabel? = switch FieldName(rawValue: field) {
    case .status: Action.Status(rawValue: value).map(ChoiceLabel.actionStatus)
    case .role: Membership.Role(rawValue: value).map(ChoiceLabel.membershipRole)
    case .term: Action.Term(rawValue: value).map(ChoiceLabel.term)
    case .country: Organisation.Country(rawValue: value).map(ChoiceLabel.country)
    case .governmentRole: GovernmentRole(rawValue: value).map(ChoiceLabel.governmentRole)
    case .kind:
        Target.Kind(rawValue: value).map(ChoiceLabel.targetKind) ?? Organisation.Kind(rawValue: value).map(ChoiceLabel.organisationKind)
            ?? Body.Kind(rawValue: value).map(ChoiceLabel.bodyKind)
    default: nil
    }
    return choice.map { l(.editing(.choice($0))) } ?? value.split(separator: "\n").joined(separator: "; ")
}

/// An instant (UTC, with or without fractions of a second) in the programme's own time zone, to the second.
func localTime(_ iso: String) -> String {
    let parser = ISO8601DateFormatter()
    parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    guard let date = parser.date(from: iso) ?? ISO8601DateFormatter().date(from: iso) else { return iso }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "nl_NL")
    formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
    formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
    return formatter.string(from: date)
}
