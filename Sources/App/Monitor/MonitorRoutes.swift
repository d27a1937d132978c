import Foundation
import Monitor
import NIOCore
import Seeds
import Storage
import Vapor

/// The monitor in the browser: the map and table with their downloads, a profile per area, the
/// comparison, and their JSON. Every answer is computed once per data revision and URL.
struct MonitorRoutes: Sendable {
    /// The seeds are read once; when they cannot be, every monitor page says why.
    let data: Result<MonitorData, MonitorSeedError>
    let decisions: FocusDecisionStore
    let today: @Sendable () -> String
    let l: Localizer
    let allowance: ComputeAllowance

    init(store: MonitorStore, decisions: FocusDecisionStore, today: @escaping @Sendable () -> String, l: Localizer,
         queue: ComputeQueue = ComputeQueue(), allowance: ComputeAllowance = ComputeAllowance()) {
        self.allowance = allowance
        self.decisions = decisions
        self.today = today
        self.l = l
        do {
            data = .success(MonitorData(store: store, catalogue: try SeedFile.indicatorCatalogue(), regions: try SeedFile.regionCatalogue(), queue: queue))
        } catch {
            data = .failure(MonitorSeedError(reason: "\(error)"))
        }
    }

    func register(on routes: any RoutesBuilder) {
        routes.get(.monitor(.stylesheet)) { _ in
            Response(status: .ok, headers: ["Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600"],
                     body: .init(string: MonitorStylesheet.css + FocusStylesheet.css))
        }
        routes.get(.monitor(.map(MonitorQuery()))) { request in
            let query = try MonitorQuery(request)
            return try await respond(key(request, query), contentType: "text/html; charset=utf-8") { data in
                MonitorMapPage.render(try await MonitorMapPage.load(query, data: data, l), l)
            }
        }
        routes.get(.monitor(.csv(MonitorQuery()))) { request in
            let query = try MonitorQuery(request)
            let response = try await respond(key(request, query), contentType: "text/csv; charset=utf-8") { data in
                MonitorDownloads.csv(try await MonitorMapPage.load(query, data: data, l))
            }
            response.headers.replaceOrAdd(name: "Content-Disposition", value: Escaped.contentDisposition(filename: "monitor.csv"))
            return response
        }
        routes.get(.monitor(.svg(MonitorQuery()))) { request in
            let query = try MonitorQuery(request)
            let response = try await respond(key(request, query), contentType: "image/svg+xml; charset=utf-8") { data in
                let model = try await MonitorMapPage.load(query, data: data, l)
                // Without boundaries an empty drawing still says, in its title, what is missing.
                return MonitorMapPage.map(model, l, links: false)?.render()
                    ?? "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\" role=\"img\"><title>\(Escaped.svg(l(.monitor(.noDataTitle))))</title></svg>\n"
            }
            response.headers.replaceOrAdd(name: "Content-Disposition", value: Escaped.contentDisposition(filename: "monitor.svg"))
            return response
        }
        routes.get(.monitor(.geoJSON(MonitorQuery()))) { request in
            let query = try MonitorQuery(request)
            let response = try await respond(key(request, query), contentType: "application/geo+json") { data in
                let model = try await MonitorMapPage.load(query, data: data, l)
                var boundaries: [Boundary] = []
                if model.hasData, let year = model.boundaryYear {
                    boundaries = try await data.boundaries(year: year, level: model.query.level, region: try data.region(model.query.region, year: model.year))
                }
                return String(decoding: try MonitorDownloads.geoJSON(model, boundaries: boundaries), as: UTF8.self)
            }
            response.headers.replaceOrAdd(name: "Content-Disposition", value: Escaped.contentDisposition(filename: "monitor.geojson"))
            return response
        }
        routes.get(.monitor(.areaRoute)) { request in
            let code = try Self.code(request)
            let year = try MonitorQuery(request).year
            return try await respond(PageKey(path: "/monitor/gebieden/\(code)?jaar=\(year.map(String.init) ?? "")", language: l.language), contentType: "text/html; charset=utf-8") { data in
                AreaProfilePage.render(try await AreaProfilePage.load(code, year: year, data: data), l)
            }
        }
        routes.get(.monitor(.compare([]))) { request in
            let asked = request.query[String.self, at: "gebieden"]
            // The page repeats what was typed, so the key holds it; other parameters change nothing.
            return try await respond(PageKey(path: "/monitor/vergelijk?gebieden=\(asked ?? "")", language: l.language), contentType: "text/html; charset=utf-8") { data in
                AreaComparisonPage.render(try await AreaComparisonPage.load(asked, data: data), l)
            }
        }
        MonitorAPI(data: { try data.get() }, l: l).register(on: routes)
        FocusRoutes(data: data, decisions: decisions, today: today, l: l, allowance: allowance).register(on: routes)
    }

    /// Answers a GET from memory when the data has not changed since it was rendered. The key is
    /// canonical (the path and what the page reads from the query, as it reads it), so parameters
    /// a page ignores, or the same view spelled another way, never make a new entry.
    private func respond(_ key: PageKey, contentType: String, _ render: @escaping @Sendable (MonitorData) async throws -> String) async throws -> Response {
        let data = try self.data.get()
        let revision = try await data.revision()
        let bytes = try await data.rendered.value(key, revision: revision) {
            // A national map is megabytes of SVG: rendered beside the pages, not in their way.
            try await ComputeThreads.run { Array(try await render(data).utf8) }
        }
        return Response(status: .ok, headers: ["Content-Type": contentType], body: .init(buffer: ByteBuffer(bytes: bytes)))
    }

    private func key(_ request: Request, _ query: MonitorQuery) -> PageKey {
        PageKey(path: request.url.path + query.queryString, language: l.language)
    }

    /// The `:code` of a path; what is not a CBS code names no area.
    static func code(_ request: Request) throws -> AreaCode {
        let text = request.parameters.get("code") ?? ""
        guard text.count <= 12, let code = AreaCode(text.uppercased()) else { throw AppError.notFound(kind: "gebied", id: String(text.prefix(12))) }
        return code
    }
}

/// The monitor's seed files (indicator catalogue, regions) could not be read.
struct MonitorSeedError: Error, CustomStringConvertible {
    var reason: String
    var description: String { "The monitor's seed files in Seeds/monitor could not be read: \(reason)" }
}
