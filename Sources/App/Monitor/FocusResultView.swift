import Monitor
import Plot

/// A focus selection as the focus page and a saved decision both show it: the summary, the map
/// coloured by how often other reasonable weights select each area, and the table with the
/// reasons. It reads only the selection, so a saved decision shows exactly what was saved.
enum FocusResultView {
    struct Model: Sendable {
        var study: FocusStudy
        /// Area names by code, the municipalities' included.
        var names: [String: String]
        var indicatorNames: [String: String]
        var regionName: String
        var shapes: MapShapes?
    }

    /// Selected first, the firmest first; then the rest by how often they were selected, then by index.
    static func ordered(_ areas: [FocusAreaOutcome]) -> [FocusAreaOutcome] {
        areas.sorted { a, b in
            if a.isSelected != b.isSelected { return a.isSelected }
            if a.selectionShare != b.selectionShare { return a.selectionShare > b.selectionShare }
            switch (a.index, b.index) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.code < b.code
            }
        }
    }

    static func summary(_ model: Model, _ l: Localizer) -> Node<HTML.BodyContext> {
        let study = model.study, parameters = study.parameters
        let levels = l(.monitor(.levels(parameters.level)))
        let firm = study.selected.filter { $0.selectionShare >= 0.9 }.count
        return .div(
            .class("focus-summary"), .attribute(named: "role", value: "status"),
            .p(.class("lead"), .text(l(.focus(.summary(
                selected: study.selected.count, listed: study.areas.count, levels: levels, region: model.regionName, year: parameters.year))))),
            .p(.text(l(.focus(.thresholdLine(
                percentile: l.number(parameters.criteria.indexPercentile), threshold: l.monitorScore(study.threshold),
                reference: parameters.referenceIsRegion ? model.regionName : l(.monitor(.country)), ranked: l.number(study.rankedCount), levels: levels))))),
            .p(.text(l(.focus(.firmLine(firm: firm, selected: study.selected.count, draws: parameters.robustness.drawCount,
                                        alpha: l.number((parameters.robustness.alpha * 100).rounded()))))))
        )
    }

    // MARK: The map

    static let palette = ["#fff5eb", "#fdbe85", "#fd8d3c", "#d94701"]
    /// Upper bounds of the classes, in whole percent of the draws.
    static let uppers = [0.0, 49, 89, 100]

    static func percent(_ share: Double) -> Double { (share * 100).rounded() }

    static func map(_ model: Model, _ l: Localizer, links: Bool) -> ChoroplethMap? {
        guard let shapes = model.shapes else { return nil }
        let study = model.study
        var classes = MapClasses([], legend: .quantiles)
        let percents = study.areas.filter { $0.index != nil }.map { percent($0.selectionShare) }
        classes.classes = zip([0.0, 1, 50, 90], uppers).enumerated().map { position, bounds in
            MapClasses.Class(lower: bounds.0, upper: bounds.1, colour: palette[position],
                             count: percents.filter { $0 >= bounds.0 && $0 <= bounds.1 }.count)
        }
        let labels = classes.classes.map { l(.focus(.shareClass(lower: Int($0.lower), upper: Int($0.upper), count: $0.count))) }
        var areas: [AreaCode: ChoroplethMap.Area] = [:]
        for area in study.areas {
            guard let code = area.areaCode else { continue }
            let name = model.names[area.code] ?? area.code
            let value: Double? = area.index == nil ? nil : percent(area.selectionShare)
            areas[code] = ChoroplethMap.Area(code: code, name: name, value: value, tooltip: l(.focus(.tooltip(
                name: name, code: area.code, selected: area.isSelected, share: value.map { Int($0) }))))
        }
        let levels = l(.monitor(.levels(study.parameters.level)))
        return ChoroplethMap(
            title: l(.focus(.mapTitle(levels: levels, region: model.regionName, year: study.parameters.year))),
            description: l(.focus(.mapDescription(count: shapes.shapes.count, selected: study.selected.count, classes: labels.joined(separator: "; ")))),
            shapes: shapes, areas: areas, classes: classes, legendLabels: labels, missingLabel: l(.focus(.noIndex)),
            legendTitle: l(.focus(.shareLegend(draws: study.parameters.robustness.drawCount))),
            link: links ? { SiteURL.monitor(.area($0, year: study.parameters.year)).path } : nil)
    }

    /// The map above the table: the table's reasons need the page's width.
    static func mapAndTable(_ model: Model, _ l: Localizer) -> Node<HTML.BodyContext> {
        .group(
            .div(.class("monitor-map focus-map"),
                 .unwrap(map(model, l, links: true), { .div(.class("figure"), .raw($0.render())) },
                         else: .p(.class("notice"), .text(l(.monitor(.noBoundaries(levels: l(.monitor(.levels(model.study.parameters.level)))))))))),
            table(model, l)
        )
    }

    // MARK: The table

    static func table(_ model: Model, _ l: Localizer) -> Node<HTML.BodyContext> {
        let study = model.study
        let levels = l(.monitor(.levels(study.parameters.level)))
        let caption = l(.focus(.tableCaption(levels: levels, region: model.regionName, year: study.parameters.year)))
        func th(_ text: String, numeric: Bool = false) -> Node<HTML.TableRowContext> {
            .th(.attribute(named: "scope", value: "col"), .if(numeric, .class("num")), .text(text))
        }
        return .div(
            .class("monitor-table focus-table"), .attribute(named: "role", value: "region"), .attribute(named: "aria-label", value: caption),
            .attribute(named: "tabindex", value: "0"),
            .table(
                .caption(.text(caption)),
                .thead(.tr(
                    th(l(.monitor(.area)), numeric: false), th(l(.monitor(.municipality))), th(l(.monitor(.layerIndex)), numeric: true),
                    th(l(.monitor(.rankHeader(study.rankedCount))), numeric: true), th(l(.focus(.selectedHeader))),
                    th(l(.focus(.shareHeader)), numeric: true), th(l(.focus(.rankRangeHeader)), numeric: true), th(l(.focus(.reasonsHeader)))
                )),
                .tbody(.forEach(ordered(study.areas)) { area in
                    let municipality = area.areaCode?.municipality.map { model.names[$0.description] ?? $0.description } ?? ""
                    return .tr(
                        .if(area.isSelected, .class("selected")),
                        .th(.attribute(named: "scope", value: "row"),
                            .unwrap(area.areaCode, { code in
                                .a(.href(SiteURL.monitor(.area(code, year: study.parameters.year)).path), .text(model.names[area.code] ?? area.code))
                            }, else: .text(area.code))),
                        .td(.text(municipality)),
                        .td(.class("num"), .text(l.monitorScore(area.index))),
                        .td(.class("num"), .text(area.rank.map { l.number($0) } ?? "–")),
                        .td(.text(area.isSelected ? l(.focus(.yes)) : l(.focus(.no)))),
                        .td(.class("num"), .text(area.index == nil ? "–" : "\(Int(percent(area.selectionShare))) %")),
                        .td(.class("num"), .text(rankRange(area, l))),
                        .td(.class("reasons"), .text(reasons(area, model, l)))
                    )
                })
            )
        )
    }

    static func rankRange(_ area: FocusAreaOutcome, _ l: Localizer) -> String {
        guard let low = area.rankPercentile5, let high = area.rankPercentile95 else { return "–" }
        return "\(l.number(low.rounded()))–\(l.number(high.rounded()))"
    }

    /// Every criterion that is set, met or not, with the area's figure and the bar.
    static func reasons(_ area: FocusAreaOutcome, _ model: Model, _ l: Localizer) -> String {
        if area.isScreenedOut { return l(.focus(.screenedOut)) }
        let percentile = l.number(model.study.parameters.criteria.indexPercentile)
        return area.checks.map { check -> String in
            switch check.criterion {
            case .indexAtOrBelowPercentile:
                guard let value = check.value else { return l(.focus(.noIndex)) }
                return l(.focus(.indexReason(met: check.met, value: l.monitorScore(value), threshold: l.monitorScore(check.threshold), percentile: percentile)))
            case .minimumPopulation:
                guard let value = check.value else { return l(.focus(.populationUnknown)) }
                return l(.focus(.populationReason(met: check.met, value: l.number(value.rounded()), minimum: l.number(check.threshold ?? 0))))
            case .worseThanReference:
                let worse = area.worseIndicators.sorted { $0.percent > $1.percent }.prefix(5).map {
                    "\(model.indicatorNames[$0.indicator] ?? $0.indicator) (\(l.monitorNumber($0.percent)) %)"
                }
                return l(.focus(.worseReason(met: check.met, count: Int(check.value ?? 0), needed: Int(check.threshold ?? 0),
                                             gap: l.number(model.study.parameters.criteria.worseThanReference?.minimumGapPercent ?? 0),
                                             examples: worse.joined(separator: ", "))))
            }
        }.joined(separator: "; ")
    }

    // MARK: The parameters

    /// What the selection was computed with, as a list a board can read back.
    static func parameters(_ parameters: FocusParameters, regionName: String, _ l: Localizer) -> Node<HTML.BodyContext> {
        let criteria = parameters.criteria
        var rows: [(String, String)] = [
            (l(.monitor(.levelLabel)), l(.monitor(.levels(parameters.level)))),
            (l(.monitor(.yearLabel)), String(parameters.year) + (parameters.maxAge > 0 ? " " + l(.focus(.maxAge(parameters.maxAge))) : "")),
            (l(.monitor(.regionLabel)), regionName),
            (l(.focus(.referenceLabel)), parameters.referenceIsRegion ? l(.focus(.referenceRegion)) : l(.focus(.referenceCountry))),
            (l(.focus(.percentileLabel)), "P" + l.number(criteria.indexPercentile)),
            (l(.focus(.minimumPopulationLabel)), criteria.minimumPopulation.map { l.number($0) } ?? l(.focus(.none))),
            (l(.focus(.worseLabel)), criteria.worseThanReference.map {
                l(.focus(.worseSetting(count: $0.minimumIndicatorCount, gap: l.number($0.minimumGapPercent))))
            } ?? l(.focus(.none))),
            (l(.focus(.weightsLabel)), parameters.themeWeights.isEmpty ? l(.focus(.equalWeights))
                : parameters.themeWeights.keys.sorted().map { "\(Theme(rawValue: $0).map(l.themeName) ?? $0) \(l.number(parameters.themeWeights[$0]!))" }
                    .joined(separator: ", ") + "; " + l(.focus(.othersWeighOne))),
            (l(.focus(.methodLabel)), l(.focus(.method(parameters.settings.normalisation, parameters.settings.aggregation))) + "; "
                + l(.focus(.coverage(l.number((parameters.settings.minCoverage * 100).rounded()))))),
            (l(.focus(.robustnessLabel)), l(.focus(.robustnessSetting(
                draws: parameters.robustness.drawCount, alpha: l.number((parameters.robustness.alpha * 100).rounded()),
                seed: String(parameters.robustness.seed))))),
        ]
        rows = rows.filter { !$0.1.isEmpty }
        return .dl(.class("facts"), .forEach(rows) { row in .group(.dt(.text(row.0)), .dd(.text(row.1))) })
    }
}
