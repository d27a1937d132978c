import Core
import Plot

/// `/plan/1.0`: the plan's whole text as it reads, with a table of contents; each block carries
/// its id as an anchor, and the register entries that come from it link to their pages.
enum PlanDocumentPage {
    struct Model: Equatable {
        var document: PlanDocument
        /// Per block id, the entries that come from it, with their titles.
        var entries: [String: [(reference: EntityReference, title: String)]]
        /// A later version's state (nil for the first): a draft says so and links each section's edit.
        var version: PlanVersion?
        /// A consultation round open on this version: every block gets its *Reageren* link.
        var openRound: String?

        init(document: PlanDocument, register: Register, sources: DocumentSources, version: PlanVersion? = nil, openRound: String? = nil) {
            self.document = document
            self.version = version
            self.openRound = openRound
            var entries: [String: [(reference: EntityReference, title: String)]] = [:]
            // Entries removed since keep no link; their titles are the register's now.
            for (reference, source) in sources.sources where register.contains(reference) {
                entries[source.block, default: []].append((reference, register.title(of: reference)))
            }
            self.entries = entries.mapValues { $0.sorted { ($0.reference.kind.rawValue, $0.title) < ($1.reference.kind.rawValue, $1.title) } }
        }

        static func == (lhs: Model, rhs: Model) -> Bool {
            lhs.document == rhs.document && lhs.version == rhs.version && lhs.openRound == rhs.openRound && lhs.entries.mapValues { $0.map(\.reference) } == rhs.entries.mapValues { $0.map(\.reference) }
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let document = model.document
        return Layout(l: l, title: l(.document(.title(document.version))), section: .plan, source: nil).render(
            .div(.class("plan-document"),
                .h1(.text(l(.document(.title(document.version))))),
                .p(.class("lead no-print"), .text(l(.document(.intro)))),
                .unwrap(model.version) { version in
                    .p(.class(version.state == .draft ? "concept no-print" : "no-print"),
                       .text(version.state == .draft ? l(.document(.draftNotice(version.version, version.base)))
                                                     : l(.document(.adoptedOn(l.date(version.adoptedOn ?? ""), version.decidedBy ?? ""))) + ". "),
                       .text(" "), .a(.href(SiteURL.planDifferences(version: version.version).path), .text(l(.document(.differencesLink)))))
                },
                .nav(.class("contents"), .attribute(named: "aria-label", value: l(.document(.contents))),
                    .h2(.text(l(.document(.contents)))),
                    .ul(.forEach(document.sections) { section in
                        .li(.class("level-\(section.level)"), .a(.href("#\(section.id)"), .if(l.language != .dutch, .attribute(named: "lang", value: ScreenLanguage.dutch.rawValue)),
                                                                 .text(section.numberedTitle)))
                    })),
                .forEach(document.sections) { section in
                    .section(.id(section.id), .class("level-\(section.level)"),
                        section.level == 1 ? .h2(.written(section.numberedTitle, l)) : .h3(.written(section.numberedTitle, l)),
                        .if(model.version?.state == .draft, .p(.class("no-print"),
                            .a(.href(SiteURL.planSectionEdit(version: document.version, section: section.id).path), .text(l(.document(.editSection)))))),
                        .forEach(section.blocks) { block($0, entries: model.entries[$0.id] ?? [], answerIn: model.openRound, l) })
                })
        )
    }

    private static func block(_ block: DocumentBlock, entries: [(reference: EntityReference, title: String)], answerIn round: String?,
                              _ l: Localizer) -> Node<HTML.BodyContext> {
        let body: Node<HTML.BodyContext> = switch block.content {
        case let .paragraph(text): .p(.text(text))
        case let .subheading(text): .h4(.text(text))
        case let .list(items):
            .ul(.forEach(items) { item in .li(.class("depth-\(item.depth)"), .text(item.text)) })
        case let .table(rows):
            .table(
                .thead(.tr(.forEach(rows.first ?? []) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(rows.dropFirst()) { row in .tr(.forEach(row) { .td(.text($0)) }) }))
        }
        return .div(.id(block.id), .class("block"),
            .written(body, l),
            .if(!entries.isEmpty, .p(.class("register-links no-print"), .text(l(.document(.inTheRegister)) + " "),
                .forEach(Array(entries.enumerated())) { index, entry in
                    .group(.if(index > 0, .text(" · ")),
                           .a(.href(SiteURL.page(of: entry.reference).path), .text("\(l(.editing(.kind(entry.reference.kind)))): \(entry.title)")))
                })),
            // A sub-heading is answered with the text under it.
            .unwrap(block.content.isSubheading ? nil : round) { round in
                .p(.class("answer-link no-print"),
                   .a(.href(SiteURL.consultation(.answerForm(round, about: block.id)).path), .text(l(.consultation(.answerThisBlock)))))
            })
    }
}

private extension DocumentBlock.Content {
    var isSubheading: Bool { if case .subheading = self { true } else { false } }
}
