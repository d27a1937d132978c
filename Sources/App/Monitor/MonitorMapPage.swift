import Foundation
import Monitor
import Plot

/// `/monitor`: a region's areas at one level, coloured by the index, a theme or an indicator,
/// with the same data in a sortable table; or, without data, how to get it.
enum MonitorMapPage {
    struct Row: Sendable, Equatable {
        var code: AreaCode
        var name: String
        var municipality: String
        var value: Double?
        var rank: Int?
    }

    struct Model: Sendable {
        /// The query with its year filled in.
        var query: MonitorQuery
        var hasData: Bool
        var years: [Int]
        var regionName: String
        var layerName: String
        var layers: [FormChoice]
        var regions: [FormChoice]
        /// Sorted as the query asks.
        var rows: [Row]
        var classes: MapClasses
        /// What the classes are centred on, with `legenda=nl`.
        var centre: MapCentre?
        var shapes: MapShapes?
        var boundaryYear: Int?
        var indexProblem: String?
        var rankedCount: Int

        var year: Int { query.year ?? 0 }
    }

    // MARK: Loading

    static func load(_ asked: MonitorQuery, data: MonitorData, _ l: Localizer) async throws -> Model {
        let revision = try await data.revision()
        let regionOptions = [FormChoice(value: MonitorQuery.country, label: l(.monitor(.country)))]
            + data.regions.definitions.map { FormChoice(value: $0.id, label: $0.nameNL) }
        let years = try await data.dataYears(revision)
        var query = asked
        var found = asked.year
        if found == nil { found = try await data.latestYear(level: asked.level, revision) ?? years.last }
        guard let year = found else {
            return Model(query: query, hasData: false, years: [], regionName: "", layerName: "", layers: [], regions: regionOptions,
                         rows: [], classes: MapClasses([], legend: asked.legend), centre: nil, shapes: nil, boundaryYear: nil, indexProblem: nil, rankedCount: 0)
        }
        query.year = year
        let figures = try await data.figures(year: year, level: query.level, revision)
        let region = try data.region(query.region, year: year)
        if !figures.isEmpty, !figures.has(query.layer) { throw AppError.notFound(kind: "kaartlaag", id: query.layer.parameter) }
        let names = try await data.names(year: year, revision)
        let listed = figures.rows.keys.filter { region?.contains($0) ?? true }
        var rows = listed.map { code in
            Row(code: code, name: names[code] ?? code.description,
                municipality: code.municipality.map { names[$0] ?? $0.description } ?? "",
                value: figures.value(code, layer: query.layer), rank: query.layer == .index ? figures.rank(code) : nil)
        }
        sort(&rows, by: query.sort)
        // The centre comes from the whole country, the bands' width from the areas on the map.
        let centre = query.legend == .aroundNational ? MapCentre(layer: query.layer, figures: figures) : nil
        var shapes: MapShapes?, boundaryYear: Int?
        if let drawn = data.boundaryYear(for: year, level: query.level, revision) {
            let found = try await data.shapes(year: drawn, level: query.level, region: region, revision)
            if !found.shapes.isEmpty { (shapes, boundaryYear) = (found, drawn) }
        }
        return Model(
            query: query, hasData: true, years: years, regionName: region?.nameNL ?? l(.monitor(.country)),
            layerName: layerName(query.layer, figures, l), layers: layerOptions(figures, l), regions: regionOptions, rows: rows,
            classes: MapClasses(rows.compactMap(\.value), legend: query.legend, centre: centre?.value), centre: centre, shapes: shapes, boundaryYear: boundaryYear,
            indexProblem: figures.isEmpty ? nil : figures.indexProblem, rankedCount: figures.rankedCount)
    }

    static func layerName(_ layer: MonitorQuery.Layer, _ figures: MonitorFigures, _ l: Localizer) -> String {
        switch layer {
        case .index: l(.monitor(.layerIndex))
        case let .theme(id): l(.monitor(.layerTheme(Theme(rawValue: id).map(l.themeName) ?? id)))
        case let .indicator(id):
            figures.indicators.first { $0.id == id }.map { l(.monitor(.layerIndicator(name: l.indicatorName($0), unit: l.unitName($0.unit)))) } ?? id
        }
    }

    static func layerOptions(_ figures: MonitorFigures, _ l: Localizer) -> [FormChoice] {
        var options: [FormChoice] = []
        if figures.result != nil { options.append(FormChoice(value: "index", label: l(.monitor(.layerIndex)))) }
        options += figures.themes.map { FormChoice(value: MonitorQuery.Layer.theme($0.rawValue).parameter, label: l(.monitor(.layerTheme(l.themeName($0))))) }
        options += figures.indicators.map { FormChoice(value: $0.id, label: l(.monitor(.layerIndicator(name: l.indicatorName($0), unit: l.unitName($0.unit))))) }
        return options
    }

    static func sort(_ rows: inout [Row], by sort: MonitorQuery.Sort) {
        rows.sort { a, b in
            let ordered: Bool
            switch sort.column {
            case .name:
                let comparison = a.name.localizedStandardCompare(b.name)
                ordered = comparison == .orderedSame ? a.code < b.code : comparison == .orderedAscending
                return sort.descending ? !ordered && a.code != b.code : ordered
            case .code:
                return sort.descending ? b.code < a.code : a.code < b.code
            case .value:
                // Areas without a value go last either way.
                switch (a.value, b.value) {
                case let (x?, y?): return x == y ? a.code < b.code : (sort.descending ? x > y : x < y)
                case (nil, _?): return false
                case (_?, nil): return true
                case (nil, nil): return a.code < b.code
                }
            }
        }
    }

    // MARK: The map

    static func map(_ model: Model, _ l: Localizer, links: Bool) -> ChoroplethMap? {
        guard let shapes = model.shapes else { return nil }
        let levels = l(.monitor(.levels(model.query.level)))
        let areas = Dictionary(model.rows.map { row in
            (row.code, ChoroplethMap.Area(code: row.code, name: row.name, value: row.value,
                                          tooltip: l(.monitor(.tooltip(name: row.name, code: row.code.description,
                                                                       value: row.value.map { valueText($0, model, l) } ?? l(.monitor(.noValue)))))))
        }, uniquingKeysWith: { first, _ in first })
        let labels = model.classes.classes.map { item in
            let lower = valueText(item.lower, model, l), upper = valueText(item.upper, model, l)
            guard let band = item.band else { return l(.monitor(.classRange(lower, upper, count: item.count))) }
            // An outer band without areas has no lowest or highest value to show: it is open-ended.
            switch band {
            case .farBelow where item.count == 0: return l(.monitor(.band(band, range: l(.monitor(.orLess(upper, count: 0))))))
            case .farAbove where item.count == 0: return l(.monitor(.band(band, range: l(.monitor(.moreThan(lower, count: 0))))))
            default: return l(.monitor(.band(band, range: l(.monitor(.classRange(lower, upper, count: item.count))))))
            }
        }
        let notes = centreNotes(model, l)
        let legend = l(.monitor(.legendKind(model.query.legend)))
        return ChoroplethMap(
            title: l(.monitor(.mapTitle(layer: model.layerName, levels: levels, region: model.regionName, year: model.year))),
            description: l(.monitor(.mapDescription(count: shapes.shapes.count, withValue: model.rows.filter { $0.value != nil }.count,
                                                    legend: legend, classes: labels.joined(separator: "; "))))
                + notes.map { " " + $0 }.joined(),
            shapes: shapes, areas: areas, classes: model.classes, legendLabels: labels, missingLabel: l(.monitor(.noValue)),
            legendTitle: model.layerName, borderColour: MapClasses.border(model.query.legend), legendNotes: notes, link: links ? { SiteURL.monitor(.area($0, year: nil)).path } : nil)
    }

    /// What the classes around NL are centred on, and why that is the centre.
    static func centreNotes(_ model: Model, _ l: Localizer) -> [String] {
        guard let centre = model.centre else { return [] }
        let levels = l(.monitor(.levels(model.query.level)))
        return [l(.monitor(.centreLine(centre.kind, value: valueText(centre.value, model, l), levels: levels))),
                l(.monitor(.centreReason(centre.kind, levels: levels)))]
    }

    static func valueText(_ value: Double, _ model: Model, _ l: Localizer) -> String {
        switch model.query.layer {
        case .index, .theme: l.monitorScore(value)
        case .indicator: l.monitorNumber(value)
        }
    }

    // MARK: The page

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.monitor(.title)), section: .monitor).render(
            .monitorStyles,
            .h1(.text(l(.monitor(.title)))),
            model.hasData ? data(model, l) : emptyState(l)
        )
    }

    static func emptyState(_ l: Localizer) -> Node<HTML.BodyContext> {
        .div(
            .class("monitor-empty"),
            .h2(.text(l(.monitor(.noDataTitle)))),
            .p(.text(l(.monitor(.noDataHelp)))),
            .ol(
                .li(.text(l(.monitor(.noDataValues))),
                    .pre(.code(.text("swift run stip monitor import ../shared/data/cbs-wijkbuurtkaart-2015-tno-vr/kwb2015_buurten_nl.csv --year 2015")))),
                .li(.text(l(.monitor(.noDataBoundaries))),
                    .pre(.code(.text("swift run stip monitor import ../shared/data/cbs-wijkbuurtkaart-2015-tno-vr/zuid-limburg_buurt_2015.geojson --year 2015")))),
                .li(.text(l(.monitor(.noDataFetch))), .pre(.code(.text("swift run stip monitor fetch cbs 85984NED"))))
            ),
            .p(.text(l(.monitor(.noDataAfter))))
        )
    }

    static func data(_ model: Model, _ l: Localizer) -> Node<HTML.BodyContext> {
        let query = model.query
        let levels = l(.monitor(.levels(query.level)))
        return .group(
            .p(.class("lead"), .text(l(.monitor(.intro(levels: levels, region: model.regionName))))),
            settingsForm(model, l),
            .unwrap(model.indexProblem) { .p(.class("notice"), .text(l(.monitor(.indexUnavailable($0))))) },
            .if(model.rows.isEmpty, .p(.class("notice"), .text(l(.monitor(.noValuesAt(levels: levels, year: model.year)))))),
            .div(
                .class("monitor-grid"),
                .div(
                    .class("monitor-map"),
                    .unwrap(map(model, l, links: true), { map in
                        .group(
                            .div(.class("figure"), .raw(map.render())),
                            .p(.class("note"), .text(l(.monitor(.simplified(Int(model.shapes!.toleranceMetres.rounded()))))),
                               .if(model.boundaryYear != model.year, .text(" " + l(.monitor(.drawnWith(boundaryYear: model.boundaryYear ?? 0))))))
                        )
                    }, else: .div(
                        .class("notice"),
                        .p(.text(l(.monitor(.noBoundaries(levels: levels))))),
                        .pre(.code(.text(l(.monitor(.noBoundariesCommand(level: query.level.rawValue, year: model.year))))))
                    )),
                    downloads(model, l)
                ),
                table(model, l)
            )
        )
    }

    static func settingsForm(_ model: Model, _ l: Localizer) -> Node<HTML.BodyContext> {
        let query = model.query
        let renderer = FormFieldRenderer(l: l, idPrefix: "m-")
        func select(_ name: String, _ label: String, _ options: [FormChoice], selected: String) -> Node<HTML.FormContext> {
            .div(renderer.node(FormInput(name: name, label: label, kind: .select(options, none: nil), value: selected)))
        }
        return .form(
            .class("monitor-settings"), .method(.get), .action(MonitorPath.base),
            .attribute(named: "aria-label", value: l(.monitor(.settings))),
            select("niveau", l(.monitor(.levelLabel)),
                   MonitorQuery.levels.map { FormChoice(value: $0.rawValue, label: l(.monitor(.levels($0)))) }, selected: query.level.rawValue),
            select("jaar", l(.monitor(.yearLabel)), model.years.map { FormChoice(value: String($0), label: String($0)) }, selected: String(model.year)),
            select("kaart", l(.monitor(.layerLabel)), model.layers, selected: query.layer.parameter),
            select("regio", l(.monitor(.regionLabel)), model.regions, selected: query.region),
            select("legenda", l(.monitor(.legendLabel)),
                   MonitorQuery.Legend.allCases.map { FormChoice(value: $0.rawValue, label: l(.monitor(.legendOption($0)))) }, selected: query.legend.rawValue),
            .input(.type(.hidden), .name("sorteer"), .value(query.sort.parameter)),
            .button(.type(.submit), .text(l(.monitor(.show))))
        )
    }

    static func downloads(_ model: Model, _ l: Localizer) -> Node<HTML.BodyContext> {
        let query = model.query
        return .div(
            .class("downloads"),
            .h2(.text(l(.monitor(.downloads)))),
            .ul(
                .li(.a(.href(SiteURL.monitor(.csv(query)).path), .text(l(.monitor(.downloadCSV))))),
                .if(model.shapes != nil, .li(.a(.href(SiteURL.monitor(.svg(query)).path), .text(l(.monitor(.downloadSVG)))))),
                .if(model.shapes != nil, .li(.a(.href(SiteURL.monitor(.geoJSON(query)).path), .text(l(.monitor(.downloadGeoJSON)))))),
                .li(.a(.href(SiteURL.monitor(.apiAreas(query)).path), .text(l(.monitor(.downloadJSON))))),
                .li(.a(.href(SiteURL.monitor(.compare([])).path), .text(l(.monitor(.compareLink)))))
            )
        )
    }

    static func table(_ model: Model, _ l: Localizer) -> Node<HTML.BodyContext> {
        let query = model.query
        let levels = l(.monitor(.levels(query.level)))
        let caption = l(.monitor(.tableCaption(layer: model.layerName, levels: levels, region: model.regionName, year: model.year)))
        func header(_ column: MonitorQuery.SortColumn, _ label: String, numeric: Bool = false) -> Node<HTML.TableRowContext> {
            let current = query.sort.column == column
            // A click sorts ascending, a second click on the same column descending.
            let next = MonitorQuery.Sort(column: column, descending: current && !query.sort.descending)
            return .th(
                .attribute(named: "scope", value: "col"),
                .if(numeric, .class("num")),
                .if(current, .attribute(named: "aria-sort", value: query.sort.descending ? "descending" : "ascending")),
                .a(.href(SiteURL.monitor(.map(query.with { $0.sort = next })).path),
                   .text(label),
                   .span(.class("visually-hidden"), .text(" (" + l(.monitor(.sortBy(label.lowercased()))) + ")")),
                   .if(current, .span(.attribute(named: "aria-hidden", value: "true"), .text(query.sort.descending ? " ▼" : " ▲"))))
            )
        }
        return .div(
            .class("monitor-table"), .attribute(named: "role", value: "region"), .attribute(named: "aria-label", value: caption),
            .attribute(named: "tabindex", value: "0"),
            .table(
                .caption(.text(caption)),
                .thead(.tr(
                    header(.name, l(.monitor(.area))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.monitor(.municipality)))),
                    header(.value, query.layer == .index ? l(.monitor(.layerIndex)) : l(.monitor(.value)), numeric: true),
                    .if(query.layer == .index, .th(.attribute(named: "scope", value: "col"), .class("num"), .text(l(.monitor(.rankHeader(model.rankedCount))))))
                )),
                .tbody(.forEach(model.rows) { row in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.monitor(.area(row.code, year: nil)).path), .text(row.name))),
                        .td(.text(row.municipality)),
                        .td(.class("num"), .text(row.value.map { valueText($0, model, l) } ?? "–")),
                        .if(query.layer == .index, .td(.class("num"), .text(row.rank.map { l.number($0) } ?? "–")))
                    )
                })
            )
        )
    }
}
