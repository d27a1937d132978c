import Core
import Storage
import Vapor

/// `/api/v1/reports` (the adopted Voortgangsrapportages, public as on /verantwoording, each with
/// its frozen content and fingerprint) and `/api/v1/rounds/{round}/line-reports` (the teams'
/// reports of a round as saved, for those who may read rounds).
struct ReportingAPI: Sendable {
    let store: ReportStore
    let l: Localizer

    func register(on routes: any RoutesBuilder) {
        routes.get(.reporting(.apiAdopted)) { _ in
            try Response.json(APIAdoptedReports(items: try await store.adoptedReports().map(APIAdoptedReport.Summary.init)))
        }
        routes.get(.reporting(.apiAdoptedReport(":round"))) { request in
            let id = request.parameters.get("round") ?? ""
            guard Slug.isValid(id), let adopted = try await store.adopted(id) else { throw notFound(id) }
            return try Response.json(APIAdoptedReport(adopted))
        }
        routes.get(.reporting(.apiLineReports(":round"))) { request in
            try ReportRights.requireRead(by: request.account)
            let id = request.parameters.get("round") ?? ""
            guard Slug.isValid(id), let round = try await store.round(id) else { throw notFound(id) }
            let reports = try await store.reports(in: round.id).sorted { $0.line < $1.line }
            var response = try Response.json(APILineReports(round: round, items: reports))
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        }
    }

    private func notFound(_ id: String) -> AppError {
        AppError.notFound(kind: l(.reporting(.roundColumn)).lowercased(), id: id)
    }
}

struct APIAdoptedReports: Encodable {
    var items: [APIAdoptedReport.Summary]
    var count: Int { items.count }

    enum CodingKeys: String, CodingKey { case items, count }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(count, forKey: .count)
    }
}

/// An adopted report: who decided and when, the fingerprint of its stored content, and the content
/// itself as it was frozen (`ProgressReport`, values locale-free: states by name, money in cents,
/// capacity in thousandths of an FTE).
struct APIAdoptedReport: Encodable {
    struct Summary: Encodable {
        var round: String
        var name: String
        var periodStart: String
        var periodEnd: String
        var decidedOn: String
        var decidedBy: String
        var fingerprint: String
        var links: [String: String]

        init(_ adopted: AdoptedReport) {
            let round = adopted.report.round
            self.round = round.id
            name = round.name
            periodStart = round.periodStart
            periodEnd = round.periodEnd
            decidedOn = adopted.decidedOn
            decidedBy = adopted.decidedBy
            fingerprint = adopted.fingerprint
            links = ["self": SiteURL.reporting(.apiAdoptedReport(round.id)).path, "page": SiteURL.reporting(.adoptedDocument(round.id)).path]
        }
    }

    var summary: Summary
    var recordedBy: String
    var recordedAt: String
    var report: ProgressReport

    init(_ adopted: AdoptedReport) {
        summary = Summary(adopted)
        recordedBy = adopted.recordedBy
        recordedAt = adopted.recordedAt
        report = adopted.report
    }

    enum CodingKeys: String, CodingKey { case recordedBy, recordedAt, report }

    func encode(to encoder: any Encoder) throws {
        try summary.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(recordedBy, forKey: .recordedBy)
        try container.encode(recordedAt, forKey: .recordedAt)
        try container.encode(report, forKey: .report)
    }
}

/// A round's team reports as saved: states, texts, escalations with their answers, comments.
/// Names are the public names Stip shows on pages; no e-mail address.
struct APILineReports: Encodable {
    var round: ReportingRound
    var items: [LineReport]
    var count: Int

    init(round: ReportingRound, items: [LineReport]) {
        self.round = round
        self.items = items
        count = items.count
    }
}
