import Core
import Plot

/// `/consultatie`: the rounds, newest first, and for the regiegroep the form to open one.
enum ConsultationRoundsPage {
    struct Model: Equatable {
        var csrf: String
        var rounds: [ConsultationRound]
        var fields: [FormInput]?
        var problem: String?
    }

    static func fields(_ l: Localizer) -> [FormInput] {
        [FormInput(name: "title", label: l(.consultation(.roundTitle)), required: true),
         FormInput(name: "invitation", label: l(.consultation(.invitation)), kind: .textarea(rows: 5), required: true),
         FormInput(name: "version", label: l(.consultation(.version)), required: true, value: "1.0"),
         FormInput(name: "opensOn", label: l(.consultation(.opensOn)), kind: .date, required: true),
         FormInput(name: "closesOn", label: l(.consultation(.closesOn)), kind: .date, required: true),
         FormInput(name: "kinds", label: l(.consultation(.kinds)),
                   kind: .checkboxes(Organisation.Kind.allCases.map { FormChoice(value: $0.rawValue, label: l(.consultation(.kindName($0)))) })),
         FormInput(name: "countries", label: l(.consultation(.countries)),
                   kind: .checkboxes(Organisation.Country.allCases.map { FormChoice(value: $0.rawValue, label: l(.consultation(.countryName($0)))) })),
         FormInput(name: "everyone", label: l(.consultation(.everyone)), kind: .checkbox)]
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.consultation(.title)), section: .consultation, source: nil).render(
            .h1(.text(l(.consultation(.title)))),
            .p(.class("lead"), .text(l(.consultation(.intro)))),
            .if(model.rounds.isEmpty, .p(.class("muted"), .text(l(.consultation(.noRounds))))),
            .ul(.forEach(model.rounds) { round in
                .li(.a(.href(SiteURL.consultation(.round(round.id)).path), .text(round.title)),
                    .text(" — " + l(.consultation(.period(l.date(round.opensOn), l.date(round.closesOn))))))
            }),
            .p(.a(.href(SiteURL.consultation(.privacy).path), .text(l(.consultation(.privacyLink))))),
            .unwrap(model.fields) { fields in
                .group(
                    .h2(.text(l(.consultation(.openTitle)))),
                    .unwrap(model.problem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
                    .form(.method(.post), .action(SiteURL.consultation(.rounds).path), .class("stacked"),
                        .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                        FormFieldRenderer(l: l, idPrefix: "round-").nodes(fields),
                        .button(.type(.submit), .text(l(.consultation(.open))))))
            })
    }
}

/// `/consultatie/{round}`: the invitation, every section of the plan with a link to answer on it,
/// and the published answers per section.
enum ConsultationRoundPage {
    struct Model: Equatable {
        var round: ConsultationRound
        var document: PlanDocument
        var open: Bool
        var answers: [ConsultationAnswer]
        var mayTriage: Bool
        var notice: String?
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let round = model.round
        let bySection = Dictionary(grouping: model.answers, by: \.section)
        return Layout(l: l, title: round.title, section: .consultation, source: nil).render(
            .p(.class("crumbs"), .a(.href(SiteURL.consultation(.rounds).path), .text(l(.consultation(.title))))),
            .h1(.text(round.title)),
            .p(.text(l(.consultation(.period(l.date(round.opensOn), l.date(round.closesOn)))) + " · "),
               .a(.href(SiteURL.planDocument(version: round.version).path), .text(l(.document(.title(round.version)))))),
            .unwrap(model.notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .div(.class("invitation"), .forEach(round.invitation.split(separator: "\n").map(String.init)) { .p(.text($0)) }),
            .p(.strong(.text(l(.consultation(model.open ? .isOpen : .isClosed))))),
            .p(.a(.href(SiteURL.consultation(.responseNote(round.id)).path), .text(l(.consultation(.responseNoteLink))))),
            .if(model.mayTriage, .p(.a(.href(SiteURL.consultation(.triage(round.id)).path), .text(l(.consultation(.triageTitle(round.title))))))),
            .table(
                .caption(.text(l(.consultation(.publishedAnswers)))),
                .thead(.tr(ReportingNodes.th(l(.consultation(.sectionColumn))), ReportingNodes.th(l(.consultation(.publishedAnswers))), ReportingNodes.th(""))),
                .tbody(.forEach(model.document.sections) { section in
                    .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.planDocument(version: round.version).path + "#" + section.id), .text(section.numberedTitle))),
                        .td(.class("num"), .text(l(.consultation(.answersCount(bySection[section.id]?.count ?? 0))))),
                        .td(.if(model.open, .a(.href(SiteURL.consultation(.answerForm(round.id, about: section.id)).path), .text(l(.consultation(.answerHere)))))))
                })),
            .h2(.text(l(.consultation(.publishedAnswers)))),
            .if(model.answers.isEmpty, .p(.class("muted"), .text(l(.consultation(.noAnswers))))),
            .forEach(model.document.sections.filter { bySection[$0.id] != nil }) { section in
                .section(.class("answers"),
                    .h3(.text(section.numberedTitle)),
                    .forEach(bySection[section.id] ?? []) { ConsultationNodes.answer($0, l) })
            })
    }
}

/// The answer form: the three questions, then who answers (an invited organisation for someone
/// signed in; name, e-mail address and consent for a member of the public).
enum ConsultationAnswerPage {
    struct Model: Equatable {
        var csrf: String
        var round: ConsultationRound
        var aboutTitle: String
        /// The block's text when the answer is about one block, quoted above the form.
        var aboutText: String? = nil
        var fields: [FormInput]
        var problem: String?
        /// Set once the answer is kept: the private link, shown this once.
        var followLink: String?
    }

    /// `about` chooses among the plan's sections, and the block the person came from when it is one.
    static func fields(_ l: Localizer, about: String, document: PlanDocument, organisations: [Organisation]?) -> [FormInput] {
        var places = document.sections.map { FormChoice(value: $0.id, label: $0.numberedTitle) }
        if let (section, block) = document.block(about), let index = places.firstIndex(where: { $0.value == section.id }) {
            places.insert(FormChoice(value: block.id, label: "\(section.numberedTitle), \(l(.document(.blockLabel(block.id))))"), at: index + 1)
        }
        var fields = [
            FormInput(name: "about", label: l(.consultation(.about)), kind: .select(places, none: nil), required: true, value: about),
            FormInput(name: "enthusiastic", label: l(.consultation(.enthusiastic)), kind: .textarea(rows: 4), hint: l(.consultation(.enthusiasticHint))),
            FormInput(name: "differently", label: l(.consultation(.differently)), kind: .textarea(rows: 4), hint: l(.consultation(.differentlyHint))),
            FormInput(name: "participation", label: l(.consultation(.participation)),
                      kind: .select(ConsultationAnswer.Participation.allCases.map { FormChoice(value: $0.rawValue, label: l(.consultation(.participationChoice($0)))) },
                                    none: l(.consultation(.noChoice))), hint: l(.consultation(.participationHint))),
            FormInput(name: "contributions", label: l(.consultation(.contributions)),
                      kind: .checkboxes(ConsultationAnswer.Contribution.allCases.map { FormChoice(value: $0.rawValue, label: l(.consultation(.contribution($0)))) })),
            FormInput(name: "how", label: l(.consultation(.how)), kind: .textarea(rows: 3)),
        ]
        if let organisations {
            fields.append(FormInput(name: "organisation", label: l(.consultation(.organisation)),
                                    kind: .select(organisations.map { FormChoice(value: $0.id, label: $0.name) }, none: nil), required: true,
                                    hint: l(.consultation(.organisationHint))))
        } else {
            fields += [
                FormInput(name: "name", label: l(.consultation(.name)), required: true, autocomplete: "name"),
                FormInput(name: "organisationName", label: l(.consultation(.organisation))),
                FormInput(name: "email", label: l(.consultation(.email)), kind: .email, required: true, hint: l(.consultation(.emailHint)), autocomplete: "email"),
                FormInput(name: "namePublished", label: l(.consultation(.namePublished)), kind: .checkbox),
            ]
        }
        return fields
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let round = model.round
        return Layout(l: l, title: l(.consultation(.formTitle(round.title))), section: .consultation, source: nil).render(
            .p(.class("crumbs"), .a(.href(SiteURL.consultation(.round(round.id)).path), .text(round.title))),
            .h1(.text(l(.consultation(.formTitle(round.title))))),
            .p(.text(l(.consultation(.about)) + ": " + model.aboutTitle)),
            .unwrap(model.aboutText) { .blockquote(.p(.text($0))) },
            .unwrap(model.followLink, { link in
                .group(
                    .p(.class("notice"), .attribute(named: "role", value: "status"), .text(l(.consultation(.thanks)))),
                    .p(.text(l(.consultation(.followLink)) + " "), .a(.href(link), .text(link))),
                    .p(.class("hint"), .text(l(.consultation(.followHint)))))
            }, else: .group(
                .unwrap(model.problem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
                .form(.method(.post), .action(SiteURL.consultation(.answer(round.id)).path), .class("stacked"),
                    .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                    FormFieldRenderer(l: l, idPrefix: "answer-").nodes(model.fields),
                    // A field people never see: a program that fills every field is turned away.
                    .div(.class("hp"), .attribute(named: "aria-hidden", value: "true"),
                        .label(.for("answer-website"), .text(l(.consultation(.honeypot)))),
                        .input(.type(.text), .name("website"), .id("answer-website"), .attribute(named: "tabindex", value: "-1"),
                               .attribute(named: "autocomplete", value: "off"))),
                    .button(.type(.submit), .text(l(.consultation(.send))))),
                .p(.a(.href(SiteURL.consultation(.privacy).path), .text(l(.consultation(.privacyLink)))))
            )))
    }
}

/// `/consultatie/{round}/beheer`: every answer with its moderation and disposition; the
/// regiegroep chooses answers and publishes, rejects or disposes of them together.
enum ConsultationTriagePage {
    struct Model: Equatable {
        var csrf: String
        var round: ConsultationRound
        var answers: [ConsultationAnswer]
        var sectionTitles: [String: String]
        var context: DispositionContext
        var fields: [FormInput]
        var mayModerate: Bool
        var notice: String?
        var problem: String?
    }

    static func fields(_ l: Localizer, teams: [FormChoice]) -> [FormInput] {
        [FormInput(name: "owner", label: l(.consultation(.owner)), kind: .select(teams, none: l(.consultation(.regiegroep)))),
         FormInput(name: "kind", label: l(.consultation(.kind)),
                   kind: .select(Disposition.Kind.allCases.map { FormChoice(value: $0.rawValue, label: l(.consultation(.disposition($0)))) },
                                 none: l(.consultation(.undecided)))),
         FormInput(name: "note", label: l(.consultation(.note)), kind: .textarea(rows: 3)),
         FormInput(name: "changes", label: l(.consultation(.changes)), kind: .textarea(rows: 2), hint: l(.consultation(.changesHint)))]
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let round = model.round
        return Layout(l: l, title: l(.consultation(.triageTitle(round.title))), section: .consultation, source: nil).render(
            .p(.class("crumbs"), .a(.href(SiteURL.consultation(.round(round.id)).path), .text(round.title))),
            .h1(.text(l(.consultation(.triageTitle(round.title))))),
            .p(.class("lead"), .text(l(.consultation(.triageIntro)))),
            .unwrap(model.notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .unwrap(model.problem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .form(.method(.post), .action(SiteURL.consultation(.triage(round.id)).path), .class("triage"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                .table(
                    .caption(.text(l(.consultation(.publishedAnswers)))),
                    .thead(.tr(ReportingNodes.th(""), ReportingNodes.th(l(.consultation(.sectionColumn))), ReportingNodes.th(l(.consultation(.answerColumn))),
                               ReportingNodes.th(l(.consultation(.moderation))), ReportingNodes.th(l(.consultation(.whatBecame))))),
                    .tbody(.forEach(model.answers) { answer in
                        .tr(.td(.input(.type(.checkbox), .name("a.\(answer.id)"), .value(String(answer.version)), .id("a-\(answer.id)"),
                                       .attribute(named: "aria-label", value: l(.consultation(.choose))))),
                            .td(.text(model.sectionTitles[answer.about] ?? answer.about)),
                            .td(ConsultationNodes.answer(answer, l, showsPrivateName: true)),
                            .td(.text(l(.consultation(ConsultationNodes.moderation(answer.moderation))))),
                            .td(ConsultationNodes.disposition(answer, model.context, l)))
                    })),
                .if(model.mayModerate, .p(
                    .button(.type(.submit), .name("do"), .value("publish"), .text(l(.consultation(.publish)))), .text(" "),
                    .button(.type(.submit), .name("do"), .value("reject"), .text(l(.consultation(.reject)))))),
                .fieldset(.class("stacked"), .legend(l(.consultation(.dispose))),
                    FormFieldRenderer(l: l, idPrefix: "triage-").nodes(model.fields),
                    .button(.type(.submit), .name("do"), .value("dispose"), .text(l(.consultation(.dispose)))))))
    }
}

/// `/consultatie/volg/{token}`: one respondent's answer and what became of it.
enum ConsultationFollowPage {
    struct Model: Equatable {
        var answer: ConsultationAnswer
        var round: ConsultationRound
        var sectionTitle: String
        var context: DispositionContext
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.consultation(.followTitle)), section: .consultation, source: nil).render(
            .p(.class("crumbs"), .a(.href(SiteURL.consultation(.round(model.round.id)).path), .text(model.round.title))),
            .h1(.text(l(.consultation(.followTitle)))),
            .p(.text(l(.consultation(.about)) + ": "),
               .a(.href(SiteURL.planDocument(version: model.round.version).path + "#" + model.answer.about), .text(model.sectionTitle))),
            .h2(.text(l(.consultation(.yourAnswer)))),
            ConsultationNodes.answer(model.answer, l, showsPrivateName: true),
            .p(.text(l(.consultation(.moderation)) + ": " + l(.consultation(ConsultationNodes.moderation(model.answer.moderation))))),
            .h2(.text(l(.consultation(.whatBecame)))),
            ConsultationNodes.disposition(model.answer, model.context, l))
    }
}

enum ConsultationPrivacyPage {
    static func render(_ l: Localizer) -> String {
        Layout(l: l, title: l(.consultation(.privacyTitle)), section: .consultation, source: nil).render(
            .h1(.text(l(.consultation(.privacyTitle)))),
            .p(.text(l(.consultation(.privacyText)))))
    }
}

/// The pieces the consultation's pages share: an answer as shown, its disposition.
enum ConsultationNodes {
    /// `showsPrivateName` shows the name of a member of the public who did not consent (to the regiegroep and the respondent).
    static func answer(_ answer: ConsultationAnswer, _ l: Localizer, showsPrivateName: Bool = false) -> Node<HTML.BodyContext> {
        var name = answer.shownName ?? l(.consultation(.anInhabitant))
        if showsPrivateName, case let .publicMember(person, organisation, _) = answer.respondent {
            name = organisation.isEmpty ? person : "\(person) (\(organisation))"
        }
        return .div(.class("answer"),
            .p(.strong(.text(name))),
            .if(!answer.enthusiastic.isEmpty, .p(.em(.text(l(.consultation(.enthusiastic)) + " ")), .text(answer.enthusiastic))),
            .if(!answer.differently.isEmpty, .p(.em(.text(l(.consultation(.differently)) + " ")), .text(answer.differently))),
            .unwrap(answer.participation) { participation in
                .p(.em(.text(l(.consultation(.participation)) + " ")),
                   .text(([l(.consultation(.participationChoice(participation)))] + answer.contributions.map { l(.consultation(.contribution($0))) })
                       .joined(separator: ", ") + (answer.how.isEmpty ? "" : ". " + answer.how)))
            })
    }

    /// What became of an answer: who handles it, the decision, the changes it led to (as links),
    /// and for an offer what the team made of it.
    static func disposition(_ answer: ConsultationAnswer, _ context: DispositionContext, _ l: Localizer) -> Node<HTML.BodyContext> {
        let offer: Node<HTML.BodyContext> = .unwrap(answer.offer) { offer in
            .p(.class("offer-outcome"), .text(context.team(offer.team) + ": " + context.outcome(of: offer, l)))
        }
        guard let disposition = answer.disposition else { return .div(.p(.class("muted"), .text(l(.consultation(.notYetDecided)))), offer) }
        let owner = disposition.owner.map(context.team) ?? l(.consultation(.regiegroep))
        return .div(
            .p(.text(l(.consultation(.handledBy(owner))))),
            .unwrap(disposition.kind) { .p(.strong(.text(l(.consultation(.disposition($0)))))) },
            .if(!disposition.note.isEmpty, .p(.text(disposition.note))),
            .if(!disposition.changes.isEmpty, .ul(.class("changes"), .forEach(disposition.changes) { change in
                .li(.unwrap(context.targets[change], { .a(.href($0.href), .text($0.label)) }, else: .text(change)))
            })),
            offer)
    }

    static func moderation(_ moderation: ConsultationAnswer.Moderation) -> ConsultationPhrase {
        switch moderation {
        case .waiting: .waiting
        case .published: .published
        case .rejected: .rejected
        }
    }
}
