import Foundation
import Monitor
import Plot

/// `/monitor/gebieden/<code>`: one area's values beside the country's, its percentile among
/// all areas of its level, the change since the nulmeting, its theme scores and its index.
enum AreaProfilePage {
    struct IndicatorRow: Sendable {
        var indicator: Indicator
        var value: Double?
        var national: Double?
        var percentile: Double?
        var change: Double?
        var trend: [(year: Int, value: Double)]
    }

    struct Link: Sendable, Equatable {
        var code: AreaCode
        var name: String
    }

    struct Model: Sendable {
        var code: AreaCode
        var name: String
        var year: Int
        /// The years this area has values, oldest first.
        var years: [Int]
        var parents: [Link]
        var children: [Link]
        var rows: [IndicatorRow]
        var themes: [(theme: Theme, score: Double?)]
        var index: Double?
        var rank: Int?
        var rankedCount: Int
        /// The area's rank under other reasonable weights (step 8); nil without a rank.
        var robustness: UnitRobustness?
        var robustnessSettings: RobustnessSettings
        var baselineYear: Int?
        var hasBaseline: Bool
        var hasNational: Bool
    }

    /// `withRobustness: false` leaves out the rank interval (a comparison shows none), which
    /// spares the draws the first time a level and year are asked for.
    static func load(_ code: AreaCode, year asked: Int?, data: MonitorData, withRobustness: Bool = true) async throws -> Model {
        guard MonitorQuery.levels.contains(code.level) else { throw AppError.notFound(kind: "gebied", id: code.description) }
        let revision = try await data.revision()
        var byYear: [(Int, MonitorFigures)] = []
        for year in try await data.dataYears(revision) {
            let figures = try await data.figures(year: year, level: code.level, revision)
            if figures.rows[code] != nil { byYear.append((year, figures)) }
        }
        guard let (year, figures) = asked.map({ asked in byYear.first { $0.0 == asked } }) ?? byYear.last else {
            throw AppError.notFound(kind: "gebied", id: code.description + (asked.map { " (\($0))" } ?? ""))
        }
        let names = try await data.names(year: year, revision)
        var robustness: UnitRobustness?
        if withRobustness, figures.rank(code) != nil, let result = try await data.robustness(year: year, level: code.level, revision),
           let row = result.unitIDs.firstIndex(of: code.description) {
            robustness = result.unit(row)
        }
        let baseline = try await data.store.baseline()
        var baselineValues: [String: Double] = [:]
        if baseline != nil {
            for observation in try await data.store.baselineValues(level: code.level) where observation.area == code {
                if let value = observation.value { baselineValues[observation.indicator] = value }
            }
        }
        let rows = figures.indicators.enumerated().map { column, indicator in
            let value = figures.rows[code]?[column] ?? nil
            return IndicatorRow(
                indicator: indicator, value: value, national: figures.national[column],
                percentile: value.flatMap { figures.percentile($0, indicator: column) },
                change: value.flatMap { value in baselineValues[indicator.id].map { value - $0 } },
                trend: byYear.compactMap { year, figures in figures.value(code, indicator: indicator.id).map { (year, $0) } })
        }
        var parents: [Link] = []
        if code.level == .neighbourhood, let district = code.district { parents.append(Link(code: district, name: names[district] ?? district.description)) }
        if let municipality = code.municipality, municipality != code { parents.append(Link(code: municipality, name: names[municipality] ?? municipality.description)) }
        let childLevel: AreaLevel? = code.level == .municipality ? .district : code.level == .district ? .neighbourhood : nil
        let children = names.filter { child, _ in
            guard let childLevel, child.level == childLevel else { return false }
            return childLevel == .district ? child.municipality == code : child.district == code
        }.map { Link(code: $0.key, name: $0.value) }.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        return Model(
            code: code, name: names[code] ?? code.description, year: year, years: byYear.map(\.0), parents: parents, children: children,
            rows: rows, themes: figures.themes.map { ($0, figures.themeScore(code, theme: $0.rawValue)) },
            index: figures.indexValue(code), rank: figures.rank(code), rankedCount: figures.rankedCount,
            robustness: robustness, robustnessSettings: MonitorData.robustnessSettings,
            baselineYear: baseline?.year, hasBaseline: baseline != nil, hasNational: figures.national.contains { $0 != nil })
    }

    static func themeBars(_ model: Model, _ l: Localizer) -> ThemeBars {
        ThemeBars(title: l(.monitor(.themeChartTitle(model.name))), description: l(.monitor(.themeChartDescription(model.themes.count))),
                  bars: model.themes.map { .init(label: l.themeName($0.theme), score: $0.score, text: l.monitorScore($0.score)) })
    }

    /// "Rang R van N; bij andere redelijke gewichten tussen rang P5 en P95 (mediaan M, K trekkingen)", with its bar.
    static func robustness(_ model: Model, _ l: Localizer) -> Node<HTML.BodyContext> {
        guard let rank = model.rank, let found = model.robustness, let low = found.rankPercentile5, let high = found.rankPercentile95,
              let median = found.medianRank else { return .empty }
        let line = l(.monitor(.robustnessLine(rank: rank, count: model.rankedCount, low: low, high: high, median: median,
                                              draws: model.robustnessSettings.drawCount)))
        let bar = RankIntervalBar(
            title: l(.monitor(.robustnessChartTitle(model.name))), description: line + " " + l(.monitor(.robustnessChartDescription)),
            rank: rank, count: model.rankedCount, low: low, high: high, median: median,
            lowText: l(.monitor(.rankPercentile(5, low))), highText: l(.monitor(.rankPercentile(95, high))), countText: l.number(model.rankedCount))
        return .group(
            .p(.class("robustness"), .text(line)),
            .div(.class("figure"), .raw(bar.render())),
            .p(.class("note"), .text(l(.monitor(.robustnessExplanation(alpha: model.robustnessSettings.alpha)))))
        )
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let levels = l(.monitor(.levels(model.code.level)))
        return Layout(l: l, title: model.name, section: .monitor).render(
            .monitorStyles,
            .p(.class("breadcrumb"), .a(.href(SiteURL.monitor(.map(MonitorQuery(level: model.code.level))).path), .text(l(.monitor(.title))))),
            .h1(.text(model.name)),
            .p(.class("muted"), .text(l(.monitor(.profileMeta(level: l(.monitor(.level(model.code.level))).capitalized, code: model.code.description, year: model.year))))),
            .div(
                .class("profile-facts"),
                .unwrap(model.parents.isEmpty ? nil : model.parents) { parents in
                    .p(.strong(.text(l(.monitor(.partOf)) + ": ")), .forEach(Array(parents.enumerated())) { index, link in
                        .group(.if(index > 0, .text(", ")), .a(.href(SiteURL.monitor(.area(link.code, year: nil)).path), .text(link.name)))
                    })
                },
                .if(model.years.count > 1, .p(.strong(.text(l(.monitor(.otherYears)) + ": ")), .forEach(model.years) { year in
                    .group(.text(" "), year == model.year ? .strong(.text(String(year))) : .a(.href(SiteURL.monitor(.area(model.code, year: year)).path), .text(String(year))))
                }))
            ),
            .h2(.text(l(.monitor(.indexHeading)))),
            .unwrap(model.rank, { rank in
                .p(.class("lead"), .text(l(.monitor(.indexLine(value: l.monitorScore(model.index), rank: rank, count: model.rankedCount, levels: levels)))))
            }, else: .p(.text(l(.monitor(.notRanked))))),
            .p(.class("note"), .text(l(.monitor(.indexExplanation)))),
            robustness(model, l),
            .if(!model.themes.isEmpty, .group(
                .h2(.text(l(.monitor(.themeScores)))),
                .div(.class("figure"), .raw(themeBars(model, l).render()))
            )),
            .h2(.text(l(.monitor(.indicators)))),
            .p(.class("note"), .text(l(.monitor(.percentileExplanation(levels: levels)))),
               .text(" "), .text(model.hasBaseline ? l(.monitor(.baselineNote(model.baselineYear ?? 0))) : l(.monitor(.noBaseline))),
               .if(!model.hasNational, .text(" " + l(.monitor(.noNational))))),
            .div(.class("wide"), .table(
                .class("indicators"),
                .caption(.text(l(.monitor(.indicators)) + " · " + model.name + " · " + String(model.year))),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(l(.monitor(.indicator)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.monitor(.theme)))),
                    .th(.attribute(named: "scope", value: "col"), .class("num"), .text(l(.monitor(.value)))),
                    .th(.attribute(named: "scope", value: "col"), .class("num"), .text(l(.monitor(.national)))),
                    .th(.attribute(named: "scope", value: "col"), .class("num"), .text(l(.monitor(.percentile)))),
                    .if(model.hasBaseline, .th(.attribute(named: "scope", value: "col"), .class("num"), .text(l(.monitor(.change(model.baselineYear ?? 0)))))),
                    .if(model.years.count > 1, .th(.attribute(named: "scope", value: "col"), .text(l(.monitor(.trend)))))
                )),
                .tbody(.forEach(model.rows) { row in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(l.indicatorName(row.indicator)),
                            .span(.class("muted"), .text(" (\(l.unitName(row.indicator.unit)); \(l(.monitor(.direction(row.indicator.direction)))))"))),
                        .td(.text(l.themeName(row.indicator.theme))),
                        .td(.class("num"), .text(l.monitorNumber(row.value))),
                        .td(.class("num"), .text(row.national.map { l.monitorNumber($0) } ?? l(.monitor(.none)))),
                        .td(.class("num"), .text(row.percentile.map { l(.monitor(.percentileValue(Int($0.rounded())))) } ?? "–")),
                        .if(model.hasBaseline, .td(.class("num"), .text(row.change.map { l.monitorChange($0) } ?? "–"))),
                        .if(model.years.count > 1, .td(.class("trend"), .raw(TrendLine(
                            title: l(.monitor(.trendTitle(indicator: l.indicatorName(row.indicator), area: model.name))),
                            description: l(.monitor(.trendDescription(row.trend.map { "\($0.year): \(l.monitorNumber($0.value))" }.joined(separator: ", ")))),
                            points: row.trend).render())))
                    )
                })
            )),
            .unwrap(model.children.first, { first in .group(
                .h2(.text(l(.monitor(.childAreas(l(.monitor(.levels(first.code.level)))))))),
                .ul(.class("columns"), .forEach(model.children) { child in
                    .li(.a(.href(SiteURL.monitor(.area(child.code, year: nil)).path), .text(child.name)))
                })
            ) }),
            .p(.a(.href(SiteURL.monitor(.compare([model.code])).path), .text(l(.monitor(.compareLink)))),
              .text(" · "), .a(.href(SiteURL.monitor(.apiArea(model.code)).path), .text(l(.monitor(.downloadJSON)))))
        )
    }
}
