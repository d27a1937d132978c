import Plot
import Core

/// The frame around every page: language, landmarks, navigation, footer.
struct Layout {
    enum Section: CaseIterable {
        case home, plan, consultation, challenges, actionLines, actions, programmes, organisations, structure, coherence, timeline, money, monitor
        case targets, accountability

        var url: SiteURL {
            switch self {
            case .home: .home
            case .plan: .currentPlanDocument
            case .consultation: .consultation(.rounds)
            case .challenges: .challenges
            case .actionLines: .actionLines
            case .actions: .actions
            case .programmes: .programmes
            case .organisations: .organisations
            case .structure: .structure
            case .coherence: .coherence
            case .timeline: .timeline
            case .money: .money(.overview)
            case .monitor: .monitor(.map(MonitorQuery()))
            case .targets: .targets(.dashboard)
            case .accountability: .reporting(.accountability)
            }
        }

        var phrase: Phrase {
            switch self {
            case .home: .navHome
            case .plan: .document(.nav)
            case .consultation: .consultation(.nav)
            case .challenges: .navChallenges
            case .actionLines: .navActionLines
            case .actions: .navActions
            case .programmes: .navProgrammes
            case .organisations: .navOrganisations
            case .structure: .navStructure
            case .coherence: .navCoherence
            case .timeline: .navTimeline
            case .money: .money(.nav)
            case .monitor: .monitor(.nav)
            case .targets: .targetsModule(.nav)
            case .accountability: .reporting(.accountabilityNav)
            }
        }
    }

    /// The plan the footer cites as the source of what the page shows.
    struct Source: Equatable {
        var title: String
        var version: String
        var date: String
    }

    var l: Localizer
    var title: String
    var section: Section?
    var source: Source?

    func render(_ content: Node<HTML.BodyContext>...) -> String {
        let document = HTML(
            .lang(l.language.plot),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) · \(l(.siteName))"),
                .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path))
            ),
            .body(
                .a(.class("skip"), .href("#inhoud"), .text(l(.skipToContent))),
                .header(
                    .class("site"),
                    .div(
                        .class("bar"),
                        .a(.class("brand"), .href(SiteURL.home.path),
                           .span(.class("dot"), .attribute(named: "aria-hidden", value: "true")),
                           .text(l(.siteName))),
                        .span(.class("tagline"), .text(l(.siteTagline))),
                        // The same for everyone, so public pages can be served from memory: /account sends a visitor to log in.
                        .a(.class("account"), .href(SiteURL.account.path), .text(l(.navAccount))),
                        languages,
                        .a(.class("menu-toggle"), .href("#menu"), .text(l(.mainNavigation)))
                    ),
                    .nav(
                        .id("menu"),
                        .ariaLabel(l(.mainNavigation)),
                        .a(.class("menu-close"), .href("#"), .text(l(.closeMenu))),
                        .ul(.forEach(Section.allCases) { item in
                            .li(.a(
                                .href(item.url.path),
                                .if(item == section, .attribute(named: "aria-current", value: "page")),
                                .text(l(item.phrase))))
                        })
                    )
                ),
                .main(.id("inhoud"), .group(content)),
                .footer(
                    .class("site"),
                    .unwrap(source) { source in
                        .p(.text(l(.footerSource(title: source.title, version: source.version, date: l.date(source.date)))))
                    },
                    .p(.a(.href(SiteURL.api(.openAPI).path), .text("\(l(.navAPI)): \(l(.openAPIDocument))")))
                )
            )
        )
        return document.render()
    }
}

extension Layout {
    /// The language switch: a link per offered language, in that language's own name (none while only Dutch is offered).
    var languages: Node<HTML.BodyContext> {
        let offered = ScreenLanguage.currentOffer
        guard offered.count > 1 else { return .empty }
        return .ul(.class("languages"), .attribute(named: "aria-label", value: l(.languageSwitch)), .forEach(offered) { language in
            .li(language == l.language
                ? .span(.attribute(named: "aria-current", value: "true"), .attribute(named: "lang", value: language.rawValue), .text(language.ownName))
                : .a(.href(SiteURL.language(language).path), .attribute(named: "lang", value: language.rawValue),
                     .attribute(named: "hreflang", value: language.rawValue), .text(language.ownName)))
        })
    }
}

extension ScreenLanguage {
    var plot: Language {
        switch self {
        case .dutch: .dutch
        case .english: .english
        case .german: .german
        case .french: .french
        }
    }
}

extension Layout.Source {
    init(_ plan: Core.PlanInfo) {
        self.init(title: plan.title, version: plan.version, date: plan.date)
    }
}
