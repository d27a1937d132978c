import Core

/// The part of the OpenAPI document that describes the reporting API (`ReportingAPI`).
enum ReportingOpenAPI: OpenAPIPart {
    static var paths: [(String, JSON)] {
        let round = JSON.object(["name": .string("round"), "in": .string("path"), "required": .bool(true), "schema": string])
        func get(_ operation: String, _ summary: String, _ parameters: [JSON], _ schema: String, notFound: String?, signedIn: Bool = false) -> JSON {
            var responses: [(String, JSON)] = [("200", ok(schema))]
            if let notFound { responses.append(("404", error(notFound))) }
            var fields: [(String, JSON)] = [("operationId", .string(operation)), ("summary", .string(summary)), ("parameters", .array(parameters))]
            if signedIn {
                responses += [("401", error("Geen of een ongeldig token")), ("403", error("Deze rol leest geen voortgangsrondes (een partner leest de vastgestelde rapportages)"))]
                fields.append(("security", .array([.object(["bearer": .array([])])])))
            }
            fields.append(("responses", .dictionary(responses)))
            return .object(["get": .dictionary(fields)])
        }
        return [
            (ReportingPath.apiAdopted.path, get("listAdoptedReports", "De vastgestelde voortgangsrapportages, in volgorde van hun periode", [], "AdoptedReports", notFound: nil)),
            (ReportingPath.apiAdoptedReport("{round}").path, get(
                "getAdoptedReport", "Een vastgestelde voortgangsrapportage zoals ze is bevroren, met haar vingerafdruk", [round], "AdoptedReport",
                notFound: "Geen vastgestelde rapportage voor deze ronde")),
            (ReportingPath.apiLineReports("{round}").path, get(
                "listLineReports", "De rapportages van de teams in een ronde, zoals ze zijn opgeslagen", [round], "LineReports",
                notFound: "Geen ronde met deze id", signedIn: true)),
        ]
    }

    static var schemas: [(String, JSON)] {
        let anyObject = JSON.object(["type": .string("object")])
        let roundSchema = object(["id", "name", "periodStart", "periodEnd", "dueOn", "openedBy", "openedAt"], [
            "id": string, "name": string, "periodStart": string, "periodEnd": string, "dueOn": string, "openedBy": string, "openedAt": string,
        ])
        let summary: [String: JSON] = [
            "round": string, "name": string, "periodStart": string, "periodEnd": string, "decidedOn": string, "decidedBy": string,
            "fingerprint": .object(["type": .string("string"), "description": .string("SHA-256 van de opgeslagen inhoud")]),
            "links": .object(["type": .string("object"), "additionalProperties": string]),
        ]
        let summaryRequired = ["round", "name", "periodStart", "periodEnd", "decidedOn", "decidedBy", "fingerprint", "links"]
        let progress = object(["done", "counted", "late", "dropped"], ["done": integer, "counted": integer, "late": integer, "dropped": integer])
        let report = object(["round", "asOf", "challenges", "money", "capacity", "reviews", "escalations"], [
            "round": roundSchema, "asOf": string,
            "challenges": array(object(["title", "progress", "ambitions"], [
                "id": string, "number": integer, "title": string, "progress": progress, "ambitions": array(anyObject),
            ])),
            "money": array(object(["year", "budgetedCents", "coverageCents", "spentCents"], [
                "year": integer, "budgetedCents": integer, "coverageCents": integer, "spentCents": integer,
            ])),
            "capacity": array(object(["year", "computedThousandths"], ["year": integer, "statedThousandths": integer, "computedThousandths": integer])),
            "reviews": array(anyObject),
            "escalations": array(object(["line", "ask"], ["line": string, "ask": string, "answer": anyObject])),
            "monitor": object(["region", "baselineYear", "year", "indicators"], [
                "region": string, "baselineYear": integer, "year": integer,
                "indicators": array(object(["id", "unit", "direction"], [
                    "id": string, "unit": string, "direction": integer, "baseline": number, "current": number,
                ])),
            ]),
        ])
        let lineReport = object(["round", "line", "state", "actions", "summary", "wentWell", "stuck", "escalation", "comments", "version"], [
            "round": string, "line": string, "team": string, "state": .object(["type": .string("string"), "enum": strings(ReportState.allCases.map(\.rawValue))]),
            "actions": array(object(["action", "status", "signal", "account", "evidence", "nextStep"], [
                "action": string, "status": string, "signal": string, "account": string, "evidence": array(string), "nextStep": string,
            ])),
            "summary": string, "wentWell": string, "stuck": string, "escalation": string,
            "answer": object(["text", "by", "on"], ["text": string, "by": string, "on": string]),
            "comments": array(object(["author", "at", "text"], ["author": string, "at": string, "text": string])),
            "submittedAt": string, "approvedAt": string, "version": integer,
        ])
        return [
            ("AdoptedReports", object(["count", "items"], ["count": integer, "items": array(object(summaryRequired, summary))])),
            ("AdoptedReport", object(summaryRequired + ["recordedBy", "recordedAt", "report"],
                                     summary.merging(["recordedBy": string, "recordedAt": string, "report": report]) { first, _ in first })),
            ("LineReports", object(["round", "count", "items"], ["round": roundSchema, "count": integer, "items": array(lineReport)])),
        ]
    }
}
