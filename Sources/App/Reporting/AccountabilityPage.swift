import Core
import Plot

/// `/verantwoording`: every adopted progress report, in the order of their periods, for anyone.
enum AccountabilityPage {
    static func render(_ adopted: [AdoptedReport], _ l: Localizer) -> String {
        Layout(l: l, title: l(.reporting(.accountabilityTitle)), section: .accountability, source: nil).render(
            .h1(.text(l(.reporting(.accountabilityTitle)))),
            .p(.class("lead"), .text(l(.reporting(.accountabilityIntro)))),
            .if(adopted.isEmpty, .p(.class("muted"), .text(l(.reporting(.noAdopted))))),
            .ol(.forEach(adopted) { report in
                .li(.a(.href(SiteURL.reporting(.adoptedDocument(report.report.round.id)).path), .text(report.report.round.name)),
                    .text(" · " + l(.reporting(.period(from: l.date(report.report.round.periodStart), to: l.date(report.report.round.periodEnd))))),
                    .p(.class("muted"), .text(l(.reporting(.adoptedBy(body: report.decidedBy, day: l.date(report.decidedOn), recordedBy: report.recordedBy))))))
            })
        )
    }
}
