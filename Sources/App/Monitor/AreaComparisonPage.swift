import Monitor
import Plot

/// `/monitor/vergelijk?gebieden=BU…,BU…`: two or more profiles side by side, one column each.
enum AreaComparisonPage {
    struct Model: Sendable {
        var asked: String
        var profiles: [AreaProfilePage.Model]
        /// Codes that are not codes, or have no values.
        var unknown: [String]
    }

    static func load(_ text: String?, data: MonitorData) async throws -> Model {
        var profiles: [AreaProfilePage.Model] = [], unknown: [String] = []
        let parts = (text ?? "").split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init).prefix(12)
        for part in parts {
            guard let code = AreaCode(part.uppercased()), !profiles.contains(where: { $0.code == code }) else {
                if AreaCode(part.uppercased()) == nil { unknown.append(part) }
                continue
            }
            do {
                profiles.append(try await AreaProfilePage.load(code, year: nil, data: data, withRobustness: false))
            } catch let error as AppError {
                guard case .notFound = error else { throw error }
                unknown.append(part)
            }
        }
        return Model(asked: text ?? "", profiles: profiles, unknown: unknown)
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let profiles = model.profiles
        var indicators: [Indicator] = []
        for profile in profiles { for row in profile.rows where !indicators.contains(row.indicator) { indicators.append(row.indicator) } }
        var themes: [Theme] = []
        for profile in profiles { for item in profile.themes where !themes.contains(item.theme) { themes.append(item.theme) } }
        func cell(_ profile: AreaProfilePage.Model, _ indicator: Indicator) -> String {
            l.monitorNumber(profile.rows.first { $0.indicator == indicator }?.value)
        }
        return Layout(l: l, title: l(.monitor(.compareTitle)), section: .monitor).render(
            .monitorStyles,
            .p(.class("breadcrumb"), .a(.href(SiteURL.monitor(.map(MonitorQuery())).path), .text(l(.monitor(.title))))),
            .h1(.text(l(.monitor(.compareTitle)))),
            .p(.class("lead"), .text(l(.monitor(.compareIntro)))),
            .form(
                .class("compare"), .method(.get), .action(SiteURL.monitor(.compare([])).path),
                .div(.label(.for("gebieden"), .text(l(.monitor(.compareField)))),
                     .input(.type(.text), .id("gebieden"), .name("gebieden"), .value(model.asked))),
                .button(.type(.submit), .text(l(.monitor(.compareButton))))
            ),
            .if(!model.unknown.isEmpty, .p(.class("notice"), .text(l(.monitor(.compareUnknown(model.unknown.joined(separator: ", "))))))),
            .if(profiles.count < 2, .p(.text(l(.monitor(.compareTooFew))))),
            .if(!profiles.isEmpty, .div(.class("wide"), .table(
                .class("compare"),
                .caption(.text(l(.monitor(.compareTitle)))),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(l(.monitor(.indicator)))),
                    .forEach(profiles) { profile in
                        .th(.attribute(named: "scope", value: "col"), .class("num"),
                            .a(.href(SiteURL.monitor(.area(profile.code, year: nil)).path), .text(profile.name)),
                            .br(), .span(.class("muted"), .text("\(profile.code) · \(profile.year)")))
                    }
                )),
                .tbody(
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(l(.monitor(.layerIndex)))),
                        .forEach(profiles) { .td(.class("num"), .text(l.monitorScore($0.index))) }),
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(l(.monitor(.rank)))),
                        .forEach(profiles) { profile in .td(.class("num"), .text(profile.rank.map { l(.monitor(.rankOf($0, profile.rankedCount))) } ?? "–")) }),
                    .forEach(themes) { theme in
                        .tr(.th(.attribute(named: "scope", value: "row"), .text(l(.monitor(.layerTheme(l.themeName(theme)))))),
                            .forEach(profiles) { profile in .td(.class("num"), .text(l.monitorScore(profile.themes.first { $0.theme == theme }?.score ?? nil))) })
                    },
                    .forEach(indicators) { indicator in
                        .tr(.th(.attribute(named: "scope", value: "row"), .text("\(l.indicatorName(indicator)) (\(l.unitName(indicator.unit)))")),
                            .forEach(profiles) { .td(.class("num"), .text(cell($0, indicator))) })
                    }
                )
            )))
        )
    }
}
