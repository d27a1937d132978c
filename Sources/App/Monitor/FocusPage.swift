import Monitor
import Plot
import Storage

/// `/monitor/focus`: the focus decision (*beleidsfocus: selectie wijken*). An analyst sets the
/// criteria in a plain GET form, sees the selected areas on the map and in the table with their
/// reasons and how often other reasonable weights select them, and, with the right role, saves
/// the selection as a dated decision.
enum FocusPage {
    struct SaveForm: Sendable {
        var csrf: String
        var name = ""
        var date: String
        var note = ""
        var problems: [String: String] = [:]
    }

    struct Model: Sendable {
        var query: FocusQuery
        /// What was typed, when some of it was refused.
        var typed: [String: String] = [:]
        var problems: [String: String] = [:]
        var years: [Int]
        var regions: [FormChoice]
        var themes: [Theme]
        var result: FocusRoutes.Selection?
        /// Why the selection could not be computed, in the method's words.
        var failure: String?
        /// Nil when the person may not save; `mayLogIn` says whether logging in would help.
        var save: SaveForm?
        var mayLogIn: Bool
        /// The most draws this person may ask for (a visitor fewer than someone logged in).
        var maximumDraws = FocusQuery.maximumDraws
        /// Said above the result: the data changed between looking and saving.
        var notice: String?
        var recent: [FocusDecisionHeading] = []
    }

    static let nameField = "naam", dateField = "datum", noteField = "toelichting", fingerprintField = "vingerafdruk"

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.focus(.title)), section: .monitor).render(
            .monitorStyles,
            .p(.class("breadcrumb"), .a(.href(SiteURL.monitor(.map(MonitorQuery())).path), .text(l(.monitor(.title)))), .text(" › "),
               .a(.href(SiteURL.monitor(.focusDecisions).path), .text(l(.focus(.decisionsTitle))))),
            .h1(.text(l(.focus(.title)))),
            .p(.class("lead"), .text(l(.focus(.intro)))),
            .if(!model.problems.isEmpty, .p(.class("error"), .attribute(named: "role", value: "alert"), .text(l(.fixFields)))),
            criteriaForm(model, l),
            .unwrap(model.notice) { .p(.class("notice"), .attribute(named: "role", value: "alert"), .text($0)) },
            .unwrap(model.failure) { .p(.class("notice"), .text($0), .if(model.years.isEmpty, .group(.text(" "),
                .a(.href(SiteURL.monitor(.map(MonitorQuery())).path), .text(l(.monitor(.title))))))) },
            .unwrap(model.result) { result in
                .group(
                    .raw(result.summary),
                    saveSection(model, fingerprint: result.study.dataFingerprint, l),
                    .raw(result.mapAndTable),
                    .p(.a(.href(SiteURL.monitor(.apiFocus(model.query)).path), .text(l(.focus(.asJSON)))))
                )
            },
            .if(!model.recent.isEmpty, .group(
                .h2(.text(l(.focus(.recentDecisions)))),
                .ul(.forEach(model.recent) { decision in
                    .li(.a(.href(SiteURL.monitor(.focusDecision(decision.id)).path), .text("\(l.date(decision.decidedOn)): \(decision.name)")))
                })
            ))
        )
    }

    static func criteriaForm(_ model: Model, _ l: Localizer) -> Node<HTML.BodyContext> {
        let defaults = Dictionary(model.query.fields, uniquingKeysWith: { first, _ in first })
        func value(_ name: String, _ fallback: String = "") -> String { model.typed[name] ?? defaults[name] ?? fallback }
        let renderer = FormFieldRenderer(l: l, idPrefix: "f-")
        func field(_ name: String, _ label: String, hint: String? = nil, whole: Bool = false, fallback: String = "") -> Node<HTML.FormContext> {
            .div(renderer.node(FormInput(name: name, label: label, kind: .number(whole: whole), hint: hint,
                                         value: value(name, fallback), error: model.problems[name])))
        }
        func select(_ name: String, _ label: String, _ options: [FormChoice]) -> Node<HTML.FormContext> {
            .div(renderer.node(FormInput(name: name, label: label, kind: .select(options, none: nil),
                                         value: value(name), error: model.problems[name])))
        }
        typealias F = FocusQuery.Field
        return .form(
            .class("focus-criteria"), .method(.get), .action(SiteURL.monitor(.focus(nil)).path),
            .attribute(named: "aria-label", value: l(.focus(.criteria))),
            .fieldset(
                .legend(l(.focus(.whichAreas))),
                select(F.level.rawValue, l(.monitor(.levelLabel)), MonitorQuery.levels.map { .init(value: $0.rawValue, label: l(.monitor(.levels($0)))) }),
                select(F.year.rawValue, l(.monitor(.yearLabel)), model.years.reversed().map { .init(value: String($0), label: String($0)) }),
                select(F.region.rawValue, l(.monitor(.regionLabel)), model.regions),
                select(F.reference.rawValue, l(.focus(.referenceLabel)),
                       [.init(value: "land", label: l(.focus(.referenceCountry))), .init(value: "regio", label: l(.focus(.referenceRegion)))])
            ),
            .fieldset(
                .legend(l(.focus(.criteria))),
                field(F.percentile.rawValue, l(.focus(.percentileLabel)), hint: l(.focus(.percentileHint))),
                field(F.minimumPopulation.rawValue, l(.focus(.minimumPopulationLabel)), hint: l(.focus(.minimumPopulationHint)), whole: true),
                field(F.worseCount.rawValue, l(.focus(.worseCountLabel)), hint: l(.focus(.worseCountHint)), whole: true),
                field(F.worsePercent.rawValue, l(.focus(.worsePercentLabel)))
            ),
            .fieldset(
                .class("weights"),
                .legend(l(.focus(.weightsLabel))),
                .p(.class("hint"), .text(l(.focus(.weightsHint)))),
                .forEach(model.themes) { theme in
                    let name = FocusQuery.weightField(theme.rawValue)
                    return field(name, l.themeName(theme), fallback: "1")
                }
            ),
            .fieldset(
                .legend(l(.focus(.robustnessLabel))),
                field(F.draws.rawValue, l(.focus(.drawsLabel)), hint: l(.focus(.drawsHint(model.maximumDraws))), whole: true),
                field(F.alpha.rawValue, l(.focus(.alphaLabel)), hint: l(.focus(.alphaHint))),
                field(F.seed.rawValue, l(.focus(.seedLabel)), hint: l(.focus(.seedHint)), whole: true)
            ),
            .input(.type(.hidden), .name(F.compute.rawValue), .value("1")),
            .button(.type(.submit), .text(l(.focus(.select))))
        )
    }

    static func saveSection(_ model: Model, fingerprint: String, _ l: Localizer) -> Node<HTML.BodyContext> {
        guard let save = model.save else {
            return .p(.class("muted"), .text(l(model.mayLogIn ? .focus(.logInToSave) : .focus(.roleCannotSave))))
        }
        let fields = [
            FormInput(name: nameField, label: l(.focus(.nameLabel)), required: true, value: save.name, error: save.problems[nameField]),
            FormInput(name: dateField, label: l(.focus(.dateLabel)), kind: .date, required: true, value: save.date, error: save.problems[dateField]),
            FormInput(name: noteField, label: l(.focus(.noteLabel)), kind: .textarea(rows: 3), value: save.note, error: save.problems[noteField]),
        ]
        return .details(
            .class("focus-save"), .if(!save.problems.isEmpty, .attribute(named: "open", value: "open")),
            .summary(.text(l(.focus(.saveAsDecision)))),
            .form(
                .method(.post), .action(SiteURL.monitor(.focusSave).path), .class("stacked"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(save.csrf)),
                .forEach(model.query.fields) { pair in .input(.type(.hidden), .name(pair.0), .value(pair.1)) },
                .input(.type(.hidden), .name(fingerprintField), .value(fingerprint)),
                .p(.class("hint"), .text(l(.focus(.saveHint)))),
                FormFieldRenderer(l: l, idPrefix: "s-").nodes(fields),
                .button(.type(.submit), .text(l(.focus(.saveButton))))
            )
        )
    }
}
