import Core
import Plot

/// `/plan/versies`: every version with its state, and for the regiegroep the forms to begin the
/// next one and to record a draft's adoption.
enum PlanVersionsPage {
    struct Model: Equatable {
        var csrf: String
        var first: String
        var versions: [PlanVersion]
        var mayEdit: Bool
        var notice: String?
        var problem: String?
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.document(.versionsTitle)), section: .plan, source: nil).render(
            .h1(.text(l(.document(.versionsTitle)))),
            .unwrap(model.notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .unwrap(model.problem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .table(
                .caption(.text(l(.document(.versionsTitle)))),
                .thead(.tr(ReportingNodes.th(l(.document(.versionColumn))), ReportingNodes.th(l(.document(.baseColumn))), ReportingNodes.th(l(.document(.stateColumn))),
                           ReportingNodes.th(""))),
                .tbody(
                    .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.planDocument(version: model.first).path), .text(model.first))),
                        .td(.text("—")), .td(.text(l(.document(.adoptedOn(l.date("2020-11-17"), "Rijk en regio"))))), .td()),
                    .forEach(model.versions) { version in
                        .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.planDocument(version: version.version).path), .text(version.version))),
                            .td(.text(version.base)),
                            .td(.text(version.state == .draft ? l(.document(.draft))
                                      : l(.document(.adoptedOn(l.date(version.adoptedOn ?? ""), version.decidedBy ?? ""))))),
                            .td(.a(.href(SiteURL.planDifferences(version: version.version).path), .text(l(.document(.differencesLink))))))
                    })),
            .if(model.mayEdit, .group(
                .h2(.text(l(.document(.startTitle)))),
                .form(.method(.post), .action(SiteURL.planVersions.path), .class("stacked"),
                    .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                    FormFieldRenderer(l: l, idPrefix: "version-").nodes([FormInput(name: "version", label: l(.document(.startVersion)), required: true, value: "2.0")]),
                    .button(.type(.submit), .text(l(.document(.start))))),
                .forEach(model.versions.filter { $0.state == .draft }) { draft in
                    .group(
                        .h2(.text(l(.document(.adoptTitle)) + " · " + draft.version)),
                        .p(.text(l(.document(.adoptIntro)))),
                        .form(.method(.post), .action(SiteURL.planAdopt(version: draft.version).path), .class("stacked"),
                            .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                            FormFieldRenderer(l: l, idPrefix: "adopt-\(draft.version)-").nodes([
                                FormInput(name: "decidedOn", label: l(.document(.decidedOn)), kind: .date, required: true),
                                FormInput(name: "decidedBy", label: l(.document(.decidedBy)), required: true, value: l(.document(.defaultBody))),
                            ]),
                            .button(.type(.submit), .text(l(.document(.adopt))))))
                })))
    }
}

/// `/plan/{version}/verschillen`: each section the version changed, side by side with the
/// version it grows from and inline (removed words struck through, added words marked), with
/// the consultation answers that asked for it.
enum PlanDifferencesPage {
    struct Model: Equatable {
        var version: PlanVersion
        var differences: [SectionDifference]
        /// Per section, the answers its edit names, as shown.
        var answers: [String: [ConsultationAnswer]]
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let title = l(.document(.differencesTitle(model.version.version, model.version.base)))
        return Layout(l: l, title: title, section: .plan, source: nil).render(
            .p(.class("crumbs"), .a(.href(SiteURL.planVersions.path), .text(l(.document(.versionsTitle))))),
            .h1(.text(title)),
            .if(model.differences.isEmpty, .p(.class("muted"), .text(l(.document(.noDifferences))))),
            .forEach(model.differences) { difference in
                .section(.class("difference"), .id(difference.section),
                    .h2(.a(.href(SiteURL.planDocument(version: model.version.version).path + "#" + difference.section), .text(difference.after.numberedTitle))),
                    .unwrap(model.answers[difference.section]) { answers in
                        .group(.p(.text(l(.document(.askedFor(answers.count))))), .forEach(answers) { ConsultationNodes.answer($0, l) })
                    },
                    .h3(.text(l(.document(.sideBySide)))),
                    .table(.class("side-by-side"),
                        .thead(.tr(ReportingNodes.th(model.version.base), ReportingNodes.th(model.version.version))),
                        .tbody(.tr(
                            .td(.forEach(difference.before?.blocks ?? []) { .p(.text($0.text)) }),
                            .td(.forEach(difference.after.blocks) { .p(.text($0.text)) })))),
                    .h3(.text(l(.document(.inline)))),
                    .p(.class("inline-difference"), .forEach(difference.runs) { run in
                        switch run {
                        case let .same(text): .text(text + " ")
                        case let .removed(text): .group(.element(named: "del", nodes: [.text(text)]), .text(" "))
                        case let .added(text): .group(.element(named: "ins", nodes: [.text(text)]), .text(" "))
                        }
                    }))
            })
    }
}

/// `/plan/{version}/onderdelen/{section}`: the regiegroep rewrites one section of a draft, in the
/// plan file's format, and names the answers that asked for it.
enum PlanSectionEditPage {
    struct Model: Equatable {
        var csrf: String
        var version: String
        var section: DocumentSection
        /// The saved edit's revision the form was drawn from (0: never saved).
        var revision: Int
        var fields: [FormInput]
        var problem: String?
        var notice: String?
    }

    static func fields(_ l: Localizer, title: String, text: String, answers: [FormChoice], chosen: [String]) -> [FormInput] {
        [FormInput(name: "title", label: l(.document(.sectionTitle)), required: true, value: title),
         FormInput(name: "text", label: l(.document(.sectionText)), kind: .textarea(rows: 24), required: true, hint: l(.document(.sectionTextHint)), value: text),
         FormInput(name: "answers", label: l(.document(.answersField)), kind: .checkboxes(answers), hint: l(.document(.answersHint)),
                   value: chosen.joined(separator: "\n"))]
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let title = l(.document(.editTitle(model.section.numberedTitle, model.version)))
        return Layout(l: l, title: title, section: .plan, source: nil).render(
            .p(.class("crumbs"), .a(.href(SiteURL.planDocument(version: model.version).path + "#" + model.section.id), .text(model.section.numberedTitle))),
            .h1(.text(title)),
            .unwrap(model.notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .unwrap(model.problem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .form(.method(.post), .action(SiteURL.planSectionEdit(version: model.version, section: model.section.id).path), .class("stacked wide"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                .input(.type(.hidden), .name("version"), .value(String(model.revision))),
                FormFieldRenderer(l: l, idPrefix: "section-").nodes(model.fields),
                .button(.type(.submit), .text(l(.document(.save))))))
    }
}
