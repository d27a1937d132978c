import Monitor
import Plot

/// The saved focus decisions: the list, one decision as it was taken (never recomputed), and
/// what its criteria would select on the data there is now.
enum FocusDecisionPages {
    // MARK: The list

    static func list(_ decisions: [FocusDecision], regionNames: [String: String], _ l: Localizer) -> String {
        Layout(l: l, title: l(.focus(.decisionsTitle)), section: .monitor).render(
            .monitorStyles,
            .p(.class("breadcrumb"), .a(.href(SiteURL.monitor(.map(MonitorQuery())).path), .text(l(.monitor(.title))))),
            .h1(.text(l(.focus(.decisionsTitle)))),
            .p(.class("lead"), .text(l(.focus(.decisionsIntro)))),
            .p(.a(.class("button"), .href(SiteURL.monitor(.focus(nil)).path), .text(l(.focus(.newSelection))))),
            .if(decisions.isEmpty, .p(.class("muted"), .text(l(.focus(.noDecisions)))), else: .table(
                .caption(.text(l(.focus(.decisionsTitle)))),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(l(.focus(.dateLabel)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.focus(.nameLabel)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.focus(.whichAreas)))),
                    .th(.attribute(named: "scope", value: "col"), .class("num"), .text(l(.focus(.selectedHeader)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.focus(.proposedBy))))
                )),
                .tbody(.forEach(decisions) { decision in
                    let parameters = decision.study.parameters
                    return .tr(
                        .td(.text(l.date(decision.decidedOn))),
                        .th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.monitor(.focusDecision(decision.id)).path), .text(decision.name))),
                        .td(.text("\(l(.monitor(.levels(parameters.level)))), \(regionName(parameters, regionNames, l)), \(parameters.year)")),
                        .td(.class("num"), .text("\(decision.study.selected.count) / \(decision.study.areas.count)")),
                        .td(.text(decision.proposedBy))
                    )
                })
            ))
        )
    }

    static func regionName(_ parameters: FocusParameters, _ names: [String: String], _ l: Localizer) -> String {
        parameters.region.map { names[$0] ?? $0 } ?? l(.monitor(.country))
    }

    // MARK: One decision

    static func decision(_ decision: FocusDecision, result: FocusResultView.Model, _ l: Localizer) -> String {
        let study = decision.study
        return Layout(l: l, title: decision.name, section: .monitor).render(
            .monitorStyles,
            .p(.class("breadcrumb"), .a(.href(SiteURL.monitor(.map(MonitorQuery())).path), .text(l(.monitor(.title)))), .text(" › "),
               .a(.href(SiteURL.monitor(.focusDecisions).path), .text(l(.focus(.decisionsTitle))))),
            .h1(.text(decision.name)),
            .p(.class("lead"), .text(l(.focus(.decisionLead(date: l.date(decision.decidedOn), by: decision.proposedBy))))),
            .if(!decision.note.isEmpty, .p(.text(decision.note))),
            .p(.class("notice"), .text(l(.focus(.frozen)))),
            .ul(
                .li(.a(.href(SiteURL.monitor(.focusComparison(decision.id)).path), .text(l(.focus(.compareWithCurrent))))),
                .li(.a(.href(SiteURL.monitor(.focus(FocusQuery(study.parameters))).path), .text(l(.focus(.startFromThese))))),
                .li(.a(.href(SiteURL.monitor(.apiFocusDecision(decision.id)).path), .text(l(.focus(.asJSON)))))
            ),
            .h2(.text(l(.focus(.parametersTitle)))),
            FocusResultView.parameters(study.parameters, regionName: result.regionName, l),
            .h2(.text(l(.focus(.dataTitle)))),
            dataUsed(decision, l),
            .h2(.text(l(.focus(.resultTitle)))),
            FocusResultView.summary(result, l),
            FocusResultView.mapAndTable(result, l)
        )
    }

    static func dataUsed(_ decision: FocusDecision, _ l: Localizer) -> Node<HTML.BodyContext> {
        .group(
            .dl(
                .class("facts"),
                .dt(.text(l(.focus(.savedAt)))), .dd(.text(l.date(String(decision.savedAt.prefix(10))) + " " + String(decision.savedAt.dropFirst(11).prefix(5)) + " UTC")),
                .dt(.text(l(.focus(.baselineLabel)))), .dd(.text(decision.baseline ?? l(.focus(.noBaseline)))),
                .dt(.text(l(.focus(.fingerprintLabel)))), .dd(.code(.text(decision.study.dataFingerprint)))
            ),
            .if(decision.files.isEmpty, .p(.class("muted"), .text(l(.focus(.noFiles)))), else: .table(
                .caption(.text(l(.focus(.filesCaption)))),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(l(.focus(.fileLabel)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.focus(.checksumLabel)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.focus(.importedAt))))
                )),
                .tbody(.forEach(decision.files) { file in
                    .tr(.td(.text(file.file)), .td(.code(.text(file.checksum))), .td(.text(l.date(String(file.importedAt.prefix(10))))))
                })
            ))
        )
    }

    // MARK: Compared with the current data

    static func comparison(_ decision: FocusDecision, current: FocusStudy, comparison: FocusComparison, names: [String: String],
                           _ l: Localizer) -> String {
        func changes(_ title: String, _ list: [FocusComparison.Change]) -> Node<HTML.BodyContext> {
            .group(
                .h2(.text("\(title) (\(list.count))")),
                .if(list.isEmpty, .p(.class("muted"), .text(l(.focus(.noneInList)))), else: .table(
                    .thead(.tr(
                        .th(.attribute(named: "scope", value: "col"), .text(l(.monitor(.area)))),
                        .th(.attribute(named: "scope", value: "col"), .class("num"), .text(l(.focus(.indexThen)))),
                        .th(.attribute(named: "scope", value: "col"), .class("num"), .text(l(.focus(.indexNow)))),
                        .th(.attribute(named: "scope", value: "col"), .class("num"), .text(l(.focus(.shareThen)))),
                        .th(.attribute(named: "scope", value: "col"), .class("num"), .text(l(.focus(.shareNow))))
                    )),
                    .tbody(.forEach(list) { change in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(names[change.code] ?? decision.names[change.code] ?? change.code)),
                            .td(.class("num"), .text(change.then.map { l.monitorScore($0.index) } ?? l(.focus(.notListed)))),
                            .td(.class("num"), .text(change.now.map { l.monitorScore($0.index) } ?? l(.focus(.notListed)))),
                            .td(.class("num"), .text(change.then.map { "\(Int(FocusResultView.percent($0.selectionShare))) %" } ?? "–")),
                            .td(.class("num"), .text(change.now.map { "\(Int(FocusResultView.percent($0.selectionShare))) %" } ?? "–"))
                        )
                    })
                ))
            )
        }
        let title = l(.focus(.comparisonTitle(decision.name)))
        return Layout(l: l, title: title, section: .monitor).render(
            .monitorStyles,
            .p(.class("breadcrumb"), .a(.href(SiteURL.monitor(.focusDecisions).path), .text(l(.focus(.decisionsTitle)))), .text(" › "),
               .a(.href(SiteURL.monitor(.focusDecision(decision.id)).path), .text(decision.name))),
            .h1(.text(title)),
            .p(.class("lead"), .text(l(.focus(.comparisonIntro(year: current.parameters.year))))),
            .p(.class("notice"), .attribute(named: "role", value: "status"),
               .text(comparison.sameData ? l(.focus(.sameData)) : l(.focus(.dataChanged(joining: comparison.joining.count, leaving: comparison.leaving.count))))),
            .dl(
                .class("facts"),
                .dt(.text(l(.focus(.fingerprintThen)))), .dd(.code(.text(decision.study.dataFingerprint))),
                .dt(.text(l(.focus(.fingerprintNow)))), .dd(.code(.text(current.dataFingerprint))),
                .dt(.text(l(.focus(.selectedThenNow)))), .dd(.text("\(decision.study.selected.count) → \(current.selected.count)"))
            ),
            changes(l(.focus(.joining)), comparison.joining),
            changes(l(.focus(.leaving)), comparison.leaving),
            changes(l(.focus(.staying)), comparison.staying),
            .p(.a(.href(SiteURL.monitor(.apiFocusComparison(decision.id)).path), .text(l(.focus(.asJSON)))))
        )
    }
}
