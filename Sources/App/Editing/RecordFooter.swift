import Core
import Plot

/// What ends the page of every record: links to edit or delete it, the records that belong to
/// it (an ambition's targets, a team's memberships) with their own links, and its history.
struct RecordFooter: Equatable {
    struct Part: Equatable {
        var reference: EntityReference
        var title: String
    }

    var reference: EntityReference?
    /// The kinds of record that can be added to this one, with the field that ties them to it.
    var additions: [(kind: EntityKind, field: FieldName)] = []
    var parts: [Part] = []
    var history: [AuditRecord] = []
    /// Where in the plan's text the record comes from.
    var planSource: PlanSourceLink?
    /// The record's words may be translated (`RecordTranslation.kinds`).
    var translatable = false
    /// Its translation into the page's language, when there is one.
    var translation: RecordTranslation?

    static func == (lhs: RecordFooter, rhs: RecordFooter) -> Bool {
        lhs.reference == rhs.reference && lhs.parts == rhs.parts && lhs.history == rhs.history && lhs.planSource == rhs.planSource
            && lhs.additions.map(\.kind) == rhs.additions.map(\.kind) && lhs.translatable == rhs.translatable && lhs.translation == rhs.translation
    }
}

extension Node where Context == HTML.BodyContext {
    /// The links are the same for everyone, so the page can be served from memory; the form
    /// behind them sends a visitor to log in and refuses a role that may not edit.
    static func recordFooter(_ footer: RecordFooter, _ l: Localizer) -> Node {
        guard let reference = footer.reference else { return .empty }
        return .group(
            .unwrap(footer.planSource) { source in
                .p(.class("plan-source"), .text(l(.document(.fromThePlan)) + " "),
                   .a(.href(SiteURL.planDocument(version: source.version).path + "#" + source.block), .text(source.sectionTitle)))
            },
            .nav(.class("record-actions"), .attribute(named: "aria-label", value: l(.edit)),
                .a(.href(SiteURL.editRecord(reference.kind, reference.id).path), .text(l(.editing(.editRecord(reference.kind))))),
                .text(" · "),
                .a(.href(SiteURL.deleteRecord(reference.kind, reference.id).path), .text(l(.editing(.deleteRecord(reference.kind))))),
                .if(footer.translatable, .group(.text(" · "), .a(.href(SiteURL.translateRecord(reference.kind, reference.id).path),
                                                                 .text(l(.translation(.translate)))))),
                .forEach(footer.additions) { addition in
                    .group(.text(" · "), .a(.href(SiteURL.newRecord(addition.kind).path + "?\(addition.field.rawValue)=\(reference.id)"),
                                            .text(l(.editing(.newRecord(addition.kind))))))
                }
            ),
            .if(!footer.parts.isEmpty, .ul(.class("record-parts"), .forEach(footer.parts) { part in
                .li(.text(l(.editing(.kind(part.reference.kind))) + ": \(part.title) "),
                    .a(.href(SiteURL.editRecord(part.reference.kind, part.reference.id).path), .text(l(.edit))),
                    .text(" · "),
                    .a(.href(SiteURL.deleteRecord(part.reference.kind, part.reference.id).path), .text(l(.editing(.deleteButton)))))
            })),
            .h2(.text(l(.history))),
            .historyTable(footer.history, l)
        )
    }

    /// Links to add records of these kinds, above a list of them.
    static func newRecordLinks(_ kinds: [EntityKind], _ l: Localizer) -> Node {
        .p(.class("record-actions"), .forEach(Array(kinds.enumerated())) { index, kind in
            .group(.if(index > 0, .text(" · ")), .a(.href(SiteURL.newRecord(kind).path), .text(l(.editing(.newRecord(kind))))))
        })
    }
}
