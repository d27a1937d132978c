/// The part of the OpenAPI document that describes `/api/v1/monitor/focus` and the saved decisions.
enum FocusOpenAPI: OpenAPIPart {

    static var paths: [(String, JSON)] {
        let criteria: [JSON] = [
            parameter("niveau", "gemeente, wijk of buurt (standaard buurt)", schema: string),
            parameter("jaar", "Het gegevensjaar (standaard het laatste met waarden op het niveau)", schema: integer),
            parameter("regio", "Een regio uit Seeds/monitor/regions.csv, of nl (standaard zuid-limburg)", schema: string),
            parameter("referentie", "land (standaard) of regio: waarover het percentiel wordt genomen", schema: string),
            parameter("percentiel", "Index op of onder dit percentiel, 0 tot 100 (standaard 10)", schema: number),
            parameter("min-inwoners", "Minimaal aantal inwoners (standaard 100; leeg: geen minimum)", schema: number),
            parameter("slechter-aantal", "Minstens zoveel indicatoren slechter dan NL (leeg: criterium uit)", schema: integer),
            parameter("slechter-procent", "… met minstens dit percentage (standaard 10)", schema: number),
            parameter("gewicht-<thema>", "Gewicht van een thema (standaard 1; 0 laat het weg)", schema: number),
            parameter("trekkingen", "Robuustheid: aantal trekkingen, 1 tot 5000 (standaard 1000)", schema: integer),
            parameter("spreiding", "Robuustheid: hoe ver elk gewicht mag schuiven, 0 tot 0,9 (standaard 0,25)", schema: number),
            parameter("zaad", "Robuustheid: het startgetal (standaard 20201117)", schema: integer),
        ]
        let id = JSON.object(["name": .string("id"), "in": .string("path"), "required": .bool(true), "schema": string])
        func get(_ operation: String, _ summary: String, _ parameters: [JSON], _ schema: String, notFound: String?) -> JSON {
            var responses: [(String, JSON)] = [("200", ok(schema))]
            if !parameters.isEmpty, parameters.count > 1 { responses.append(("400", error("Een criterium buiten zijn bereik"))) }
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
