import Core
import Monitor
import Plot
import Storage
import Vapor

/// The audit trail for those allowed to read it: a page with filters, CSV and JSON.
struct AuditRoutes: Sendable {
    let audit: AuditTrail
    let l: Localizer

    func register(on routes: any RoutesBuilder) {
        routes.get(.auditTrail) { request in
            guard request.account != nil else { return request.loginRedirect() }
            try request.require(.readAudit)
            let filter = Self.filter(request)
            let records = try await audit.records(filter)
            return Response.personalPage(AuditPage.render(filter: filter, records: records, query: request.url.query, l))
        }
        routes.get(.auditCSV) { request in
            try request.require(.readAudit)
            let records = try await audit.records(Self.filter(request))
            var csv = CSVWriter(header: ["at", "account", "entity", "entity_id", "operation", "field", "before", "after"], lineEnd: .crlf)
            for record in records {
                let changes = FieldChange.changes(record)
                for change in changes.isEmpty ? [FieldChange(field: "", before: "", after: "")] : changes {
                    csv.row([record.at, record.accountEmail, record.entity, record.entityID, record.operation.rawValue,
                             change.field, change.before, change.after])
                }
            }
            return Response(status: .ok, headers: [
                "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": Escaped.contentDisposition(filename: "rekenschap.csv"),
            ], body: .init(string: csv.text))
        }
        routes.get(.api(.audit)) { request in
            try request.require(.readAudit)
            let records = try await audit.records(try Self.checkedFilter(request))
            return try Response.json(APIList(records))
        }
    }

    static func filter(_ request: Request) -> AuditTrail.Filter {
        func value(_ name: String) -> String? {
            (request.query[String.self, at: name]).flatMap { $0.isEmpty ? nil : $0 }
        }
        return AuditTrail.Filter(entity: value("entity"), entityID: value("id"), accountEmail: value("account"),
                                 from: value("from"), until: value("until"))
    }

    /// The API's query parameters and their limits, as the OpenAPI document declares them.
    static let parameters: [APIQueryParameter] = [
        .init(name: "entity", description: "De soort record (actions, people, focus-decisions …)", rule: .text(.any, maxLength: 64)),
        .init(name: "id", description: "Het id van het record", rule: .text(.any, maxLength: 200)),
        .init(name: "account", description: "Het e-mailadres van wie de wijziging deed", rule: .text(.any, maxLength: 254)),
        .init(name: "from", description: "Vanaf deze dag (jjjj-mm-dd)", rule: .date),
        .init(name: "until", description: "Tot en met deze dag (jjjj-mm-dd)", rule: .date),
    ]

    /// The filter of an API request; a parameter it cannot take is a 400 that names it (the page
    /// is lenient: it shows what a filter finds).
    static func checkedFilter(_ request: Request) throws -> AuditTrail.Filter {
        try APIQueryParameter.check(request, parameters)
        return filter(request)
    }
}

enum AuditPage {
    static func render(filter: AuditTrail.Filter, records: [AuditRecord], query: String?, _ l: Localizer) -> String {
        Layout(l: l, title: l(.audit), section: nil, source: nil).render(
            .h1(.text(l(.audit))),
            .p(.text(l(.auditIntro))),
            .form(.method(.get), .action(SiteURL.auditTrail.path), .class("filters"),
                .label(.for("entity"), .text(l(.entity))), .input(.type(.text), .name("entity"), .id("entity"), .value(filter.entity ?? "")),
                .label(.for("account"), .text(l(.who))), .input(.type(.text), .name("account"), .id("account"), .value(filter.accountEmail ?? "")),
                .label(.for("from"), .text(l(.fromDay))), .input(.type(.date), .name("from"), .id("from"), .value(filter.from ?? "")),
                .label(.for("until"), .text(l(.untilDay))), .input(.type(.date), .name("until"), .id("until"), .value(filter.until ?? "")),
                .button(.type(.submit), .text(l(.filter)))
            ),
            .p(.a(.href(SiteURL.auditCSV.path + (query.map { "?\($0)" } ?? "")), .text(l(.downloadCSV)))),
            .historyTable(records, l, showEntity: true)
        )
    }
}
