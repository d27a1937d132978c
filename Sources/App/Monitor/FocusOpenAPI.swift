import Monitor

/// The part of the OpenAPI document that describes `/api/v1/monitor/focus` and the saved decisions.
enum FocusOpenAPI: OpenAPIPart {
    /// The criteria of `/api/v1/monitor/focus` with the ranges FocusQuery keeps to.
    static let criteriaParameters: [APIQueryParameter] = [
        .init(name: "niveau", description: "gemeente, wijk of buurt (standaard buurt)", rule: .oneOf(MonitorQuery.levels.map(\.rawValue))),
        .init(name: "jaar", description: "Het gegevensjaar (standaard het laatste met waarden op het niveau)", rule: .integer(1900...2200)),
        .init(name: "regio", description: "Een regio uit Seeds/monitor/regions.csv, of nl (standaard zuid-limburg)", rule: .text(.slug, maxLength: 60)),
        .init(name: "referentie", description: "land (standaard) of regio: waarover het percentiel wordt genomen", rule: .oneOf(["land", "regio"])),
        .init(name: "percentiel", description: "Index op of onder dit percentiel, 0 tot 100 (standaard 10)", rule: .number(0...100)),
        .init(name: "min-inwoners", description: "Minimaal aantal inwoners (standaard 100; leeg: geen minimum)", rule: .number(0...10_000_000), emptyAllowed: true),
        .init(name: "slechter-aantal", description: "Minstens zoveel indicatoren slechter dan NL (leeg: criterium uit)", rule: .integer(1...100), emptyAllowed: true),
        .init(name: "slechter-procent", description: "… met minstens dit percentage (standaard 10)", rule: .number(0...1000)),
    ] + Theme.allCases.map { theme in
        .init(name: FocusQuery.weightField(theme.rawValue), description: "Gewicht van het thema \(theme.nameNL) (standaard 1; 0 laat het weg)",
              rule: .number(0...100))
    } + [
        .init(name: "trekkingen", description: "Robuustheid: aantal trekkingen, 1 tot 5000 (standaard 1000)", rule: .integer(1...FocusQuery.maximumDraws)),
        .init(name: "spreiding", description: "Robuustheid: hoe ver elk gewicht mag schuiven, 0 tot 0,9 (standaard 0,25)", rule: .number(0...0.9)),
        .init(name: "zaad", description: "Robuustheid: het startgetal (standaard 20201117)", rule: .integer(0...Int.max)),
    ]

    /// A computation is refused when the queue is full (`ComputeQueue`).
    static let busy = "Stip rekent al zoveel als het tegelijk kan: probeer het na Retry-After seconden opnieuw"

    static var paths: [(String, JSON)] {
        let criteria = criteriaParameters.map(\.declaration)
        let id = JSON.object(["name": .string("id"), "in": .string("path"), "required": .bool(true), "schema": string])
        func get(_ operation: String, _ summary: String, _ parameters: [JSON], _ schema: String, notFound: String?, computes: Bool = false) -> JSON {
            var responses: [(String, JSON)] = [("200", ok(schema))]
            if parameters.count > 1 {
                responses.append(("429", OpenAPIDocument.retryLater(
                    "Meer nieuwe selecties in de laatste minuut dan een bezoeker (4) of een ingelogde (30) mag vragen: wacht het aantal seconden van Retry-After")))
            }
            if computes { responses.append(("503", OpenAPIDocument.retryLater(busy))) }
            if parameters.count > 1 { responses.append(("400", error("Een parameter die niet te lezen is of buiten zijn bereik ligt; de reden noemt hem"))) }
            if parameters.count > 1 { responses.append(("422", error("Een criterium buiten zijn bereik, of alle gewichten 0; de reden noemt de parameter"))) }
            if let notFound { responses.append(("404", error(notFound))) }
            return .object(["get": .dictionary([
                ("operationId", .string(operation)), ("summary", .string(summary)), ("parameters", .array(parameters)), ("responses", .dictionary(responses)),
            ])])
        }
        return [
            (MonitorPath.api + "/focus", get("getFocusSelection", "De selectie die deze criteria nu geven, met per gebied de redenen, het aandeel trekkingen en de vingerafdruk van de gebruikte waarden",
                                              criteria, "FocusSelection", notFound: "Geen waarden voor dit niveau of jaar", computes: true)),
            (MonitorPath.api + "/focus/decisions", get("getFocusDecisions", "De opgeslagen besluiten, nieuwste eerst", [], "FocusDecisions", notFound: nil)),
            (MonitorPath.api + "/focus/decisions/{id}", get("getFocusDecision", "Een besluit zoals het is opgeslagen: criteria, gegevens en uitkomst",
                                                            [id], "FocusDecision", notFound: "Geen besluit met deze id")),
            (MonitorPath.api + "/focus/decisions/{id}/comparison", get("getFocusComparison", "Wat de criteria van een besluit op de huidige gegevens zouden geven",
                                                                       [id], "FocusComparison", notFound: "Geen besluit met deze id", computes: true)),
        ]
    }

    static var schemas: [(String, JSON)] {
        let area = object(["code", "isSelected", "isScreenedOut", "checks", "worseIndicators", "selectionShare"], [
            "code": string, "index": number, "rank": integer, "isSelected": boolean, "isScreenedOut": boolean,
            "checks": array(object(["criterion", "met"], ["criterion": string, "met": boolean, "value": number, "threshold": number])),
            "worseIndicators": array(object(["indicator", "percent"], ["indicator": string, "percent": number])),
            "selectionShare": number, "medianRank": number, "rankPercentile5": number, "rankPercentile95": number,
        ])
        let study = object(["parameters", "areas", "rankedCount", "indicators", "themes", "dataFingerprint"], [
            "parameters": .object(["type": .string("object"), "description": .string("Level, year, region, method settings, theme weights, criteria and robustness settings")]),
            "threshold": number, "areas": array(area), "rankedCount": integer, "indicators": array(string), "themes": array(string),
            "dataFingerprint": .object(["type": .string("string"), "description": .string("SHA-256 of the values read, sorted")]),
        ])
        let file = object(["file", "checksum", "importedAt"], ["file": string, "checksum": string, "importedAt": string])
        let change = object(["code"], ["code": string, "indexThen": number, "indexNow": number, "selectionShareThen": number, "selectionShareNow": number])
        return [
            ("FocusSelection", object(["study", "files"], ["study": study, "files": array(file)])),
            ("FocusDecision", object(["id", "name", "decidedOn", "proposedBy", "note", "savedAt", "files", "names", "study"], [
                "id": string, "name": string, "decidedOn": string, "proposedBy": string, "note": string, "savedAt": string, "baseline": string,
                "files": array(file), "names": .object(["type": .string("object"), "additionalProperties": string]), "study": study,
            ])),
            ("FocusDecisions", array(object(["id", "name", "decidedOn", "proposedBy", "savedAt", "level", "year", "selected", "dataFingerprint", "links"], [
                "id": string, "name": string, "decidedOn": string, "proposedBy": string, "savedAt": string, "level": string, "year": integer,
                "region": string, "selected": array(string), "dataFingerprint": string,
                "links": .object(["type": .string("object"), "additionalProperties": string]),
            ]))),
            ("FocusComparison", object(["decision", "sameData", "dataFingerprintThen", "dataFingerprintNow", "joining", "leaving", "staying"], [
                "decision": string, "sameData": boolean, "dataFingerprintThen": string, "dataFingerprintNow": string,
                "joining": array(change), "leaving": array(change), "staying": array(change),
            ])),
        ]
    }
}
