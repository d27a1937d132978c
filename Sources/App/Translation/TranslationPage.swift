import Core
import Plot

/// `/KIND/ID/vertalen`: the record's title and text as written, and a form per language to
/// enter, change or remove its translation.
enum TranslationPage {
    struct Model: Equatable {
        struct Language: Equatable {
            var language: ScreenLanguage
            /// The kept translation's revision the form was drawn from (0: none yet).
            var revision: Int
            var kept: RecordTranslation?
            var fields: [FormInput]
            var notice: String?
            var problem: String?
        }

        var csrf: String
        var record: EntityReference
        var title: String
        var text: String
        var languages: [Language]
    }

    static func fields(_ l: Localizer, title: String, text: String, machine: Bool) -> [FormInput] {
        [FormInput(name: "title", label: l(.translation(.titleField)), value: title),
         FormInput(name: "text", label: l(.translation(.textField)), kind: .textarea(rows: 8), hint: l(.translation(.textHint)), value: text),
         FormInput(name: "machine", label: l(.translation(.machine)), kind: .checkbox, hint: l(.translation(.machineHint)), value: machine ? "true" : "")]
    }

    static func language(_ language: ScreenLanguage, kept: RecordTranslation?, _ l: Localizer) -> Model.Language {
        Model.Language(language: language, revision: kept?.revision ?? 0, kept: kept,
                       fields: fields(l, title: kept?.title ?? "", text: kept?.text ?? "", machine: kept?.machine ?? false))
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let title = l(.translation(.title(model.title)))
        return Layout(l: l, title: title, section: nil, source: nil).render(
            .p(.class("crumbs"), .a(.href(SiteURL.page(of: model.record).path), .text(model.title))),
            .h1(.text(title)),
            .p(.text(l(.translation(.intro)))),
            .h2(.text(l(.translation(.originalHeading)))),
            .div(.class("original"), .attribute(named: "lang", value: ScreenLanguage.dutch.rawValue),
                 .p(.strong(.text(model.title))),
                 .forEach(model.text.split(whereSeparator: \.isNewline).map(String.init)) { .p(.text($0)) }),
            .forEach(model.languages) { entry in
                .section(.attribute(named: "aria-labelledby", value: "vertaling-\(entry.language.rawValue)"),
                    .h2(.id("vertaling-\(entry.language.rawValue)"), .attribute(named: "lang", value: entry.language.rawValue), .text(entry.language.ownName)),
                    .unwrap(entry.notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
                    .unwrap(entry.problem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
                    .p(.class("muted"), .text(entry.kept.map { kept in
                        l(.translation(kept.machine ? .machineEnteredBy(kept.enteredBy, l.date(String(kept.enteredAt.prefix(10))))
                                                    : .enteredBy(kept.enteredBy, l.date(String(kept.enteredAt.prefix(10))))))
                    } ?? l(.translation(.none)))),
                    .form(.method(.post), .action(SiteURL.translateRecord(model.record.kind, model.record.id).path), .class("stacked wide"),
                        .attribute(named: "lang", value: entry.language.rawValue),
                        .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                        .input(.type(.hidden), .name("version"), .value(String(entry.revision))),
                        .input(.type(.hidden), .name("taal"), .value(entry.language.rawValue)),
                        FormFieldRenderer(l: l, idPrefix: "\(entry.language.rawValue)-").nodes(entry.fields),
                        .p(.class("hint"), .text(l(.translation(.removeHint)))),
                        .button(.type(.submit), .text(l(.translation(.save))))))
            }
        )
    }
}
