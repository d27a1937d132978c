import Monitor

/// The part of the OpenAPI document that describes `/api/v1/monitor/focus` and the saved decisions.
enum FocusOpenAPI: OpenAPIPart {

    static var paths: [(String, JSON)] {
        // The ranges FocusQuery checks; a value outside them is a 422 naming the parameter.
        func range(_ type: String, _ minimum: Double, _ maximum: Double) -> JSON {
            func bound(_ value: Double) -> JSON { value.rounded() == value ? .int(Int(value)) : .number(value) }
            return .dictionary([("type", .string(type)), ("minimum", bound(minimum)), ("maximum", bound(maximum))])
        }
        let criteria: [JSON] = [
            parameter("niveau", "gemeente, wijk of buurt (standaard buurt)", schema: .object(["type": .string("string"), "enum": strings(MonitorQuery.levels.map(\.rawValue))])),
            parameter("jaar", "Het gegevensjaar (standaard het laatste met waarden op het niveau)", schema: range("integer", 1900, 2200)),
            parameter("regio", "Een regio uit Seeds/monitor/regions.csv, of nl (standaard zuid-limburg)",
                      schema: .object(["type": .string("string"), "pattern": .string("^[A-Za-z0-9-]*$"), "maxLength": .int(60)])),
            parameter("referentie", "land (standaard) of regio: waarover het percentiel wordt genomen", schema: .object(["type": .string("string"), "enum": strings(["land", "regio"])])),
            parameter("percentiel", "Index op of onder dit percentiel, 0 tot 100 (standaard 10)", schema: range("number", 0, 100)),
            parameter("min-inwoners", "Minimaal aantal inwoners (standaard 100; leeg: geen minimum)", schema: range("number", 0, 10_000_000)),
            parameter("slechter-aantal", "Minstens zoveel indicatoren slechter dan NL (leeg: criterium uit)", schema: range("integer", 1, 100)),
            parameter("slechter-procent", "… met minstens dit percentage (standaard 10)", schema: range("number", 0, 1000)),
        ] + Theme.allCases.map { theme in
            parameter(FocusQuery.weightField(theme.rawValue), "Gewicht van het thema \(theme.nameNL) (standaard 1; 0 laat het weg)", schema: range("number", 0, 100))
        } + [
            parameter("trekkingen", "Robuustheid: aantal trekkingen, 1 tot 5000 (standaard 1000)", schema: range("integer", 1, Double(FocusQuery.maximumDraws))),
            parameter("spreiding", "Robuustheid: hoe ver elk gewicht mag schuiven, 0 tot 0,9 (standaard 0,25)", schema: range("number", 0, 0.9)),
            parameter("zaad", "Robuustheid: het startgetal (standaard 20201117)", schema: .object(["type": .string("integer"), "minimum": .int(0)])),
        ]
        let id = JSON.object(["name": .string("id"), "in": .string("path"), "required": .bool(true), "schema": string])
        func get(_ operation: String, _ summary: String, _ parameters: [JSON], _ schema: String, notFound: String?) -> JSON {
            var responses: [(String, JSON)] = [("200", ok(schema))]
            if parameters.count > 1 { responses.append(("422", error("Een criterium buiten zijn bereik, of alle gewichten 0; de reden noemt de parameter"))) }
            if let notFound { responses.append(("404", error(notFound))) }
            return .object(["get": .dictionary([
                ("operationId", .string(operation)), ("summary", .string(summary)), ("parameters", .array(parameters)), ("responses", .dictionary(responses)),
            ])])
        }
        return [
            (MonitorPath.api + "/focus", get("getFocusSelection", "De selectie die deze criteria nu geven, met per gebied de redenen, het aandeel trekkingen en de vingerafdruk van de gebruikte waarden",
                                              criteria, "FocusSelection", notFound: "Geen waarden voor dit niveau of jaar")),
            (MonitorPath.api + "/focus/decisions", get("getFocusDecisions", "De opgeslagen besluiten, nieuwste eerst", [], "FocusDecisions", notFound: nil)),
            (MonitorPath.api + "/focus/decisions/{id}", get("getFocusDecision", "Een besluit zoals het is opgeslagen: criteria, gegevens en uitkomst",
                                                            [id], "FocusDecision", notFound: "Geen besluit met deze id")),
            (MonitorPath.api + "/focus/decisions/{id}/comparison", get("getFocusComparison", "Wat de criteria van een besluit op de huidige gegevens zouden geven",
                                                                       [id], "FocusComparison", notFound: "Geen besluit met deze id")),
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

    private static func object(_ required: [String], _ properties: [String: JSON]) -> JSON {
        .object(["type": .string("object"), "required": .array(required.map(JSON.string)),
                 "properties": .dictionary(properties.sorted { $0.key < $1.key })])
    }
}
