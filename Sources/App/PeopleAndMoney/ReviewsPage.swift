import Core
import Plot

/// The half-yearly capacity reviews: per activity the latest decision, then every review.
enum ReviewsPage {
    struct Model {
        var plan: PlanInfo
        var activities: [CapacityActivity]
        var history: CapacityReviewHistory
        var bodyNames: [String: String]

        init(_ data: PeopleAndMoney, register: Register) {
            plan = register.plan
            activities = data.activities
            history = data.reviewHistory
            bodyNames = Dictionary(register.bodies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        }

        func activityName(_ id: String) -> String { activities.first { $0.id == id }?.name ?? id }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let latest = model.history.latestByActivity
        let decided = model.activities.filter { latest[$0.id] != nil }
        return Layout(l: l, title: l(.money(.reviewsTitle)), section: .money, source: .init(model.plan)).render(
            .moneyStyles,
            .p(.class("breadcrumb"), .a(.href(SiteURL.money(.overview).path), .text(l(.money(.peopleAndMoney))))),
            .h1(.text(l(.money(.reviewsTitle)))),
            .p(.class("lead"), .text(l(.money(.reviewIntro)))),
            .p(.class("actions-bar"),
                .a(.href(SiteURL.money(.newReview).path), .text(l(.money(.addReview)))),
                .text(" · "),
                .a(.href(SiteURL.money(.reviewsCSV).path), .text(l(.downloadCSV)))),
            .h2(.text(l(.money(.latestPerActivity)))),
            .if(decided.isEmpty, .p(.class("muted"), .text(l(.money(.noReviewsYet)))), else: .table(
                .class("money"),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(l(.money(.activity)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.money(.decision)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.money(.reviewDate)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.money(.reason))))
                )),
                .tbody(.forEach(decided) { activity in
                    let entry = latest[activity.id]!
                    return .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(activity.name)),
                        .td(.class("verdict \(entry.decision.verdict.rawValue)"), .text(l(.money(.verdict(entry.decision.verdict))))),
                        .td(.text("\(l.date(entry.date)), \(model.bodyNames[entry.body] ?? entry.body)")),
                        .td(.class("note"), .text(entry.decision.reason)))
                }))),
            .h2(.text(l(.money(.reviewHistory)))),
            .if(model.history.reviews.isEmpty, .p(.class("muted"), .text(l(.money(.noReviewsYet))))),
            .forEach(model.history.reviews.reversed()) { review in
                .section(
                    .h3(.text("\(l.date(review.date)) · \(model.bodyNames[review.body] ?? review.body)")),
                    .unwrap(review.note) { .p(.class("note"), .text($0)) },
                    .table(
                        .class("money"),
                        .tbody(.forEach(review.decisions) { decision in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(model.activityName(decision.activity))),
                                .td(.class("verdict \(decision.verdict.rawValue)"), .text(l(.money(.verdict(decision.verdict))))),
                                .td(.class("note"), .text(decision.reason)))
                        })
                    )
                )
            }
        )
    }
}
