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
                    .td(.text(record.at.replacingOccurrences(of: "T", with: " ").prefix(19).description)),
                    .td(.text(record.accountEmail)),
                    .if(showEntity, .td(.text("\(record.entity) \(record.entityID)"))),
                    .td(
                        .text(l(.operation(record.operation))),
                        .ul(.forEach(FieldChange.changes(record)) { change in
                            .li(.code(.text(change.field)), .text(": “\(change.before)” → “\(change.after)”"))
                        })
                    )
                )
            })
        )
    }
}
