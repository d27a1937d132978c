/// The part of the OpenAPI document that describes `/api/v1/monitor/areas` and `/api/v1/monitor/areas/{code}`.
enum MonitorOpenAPI: OpenAPIPart {
    /// The query of `/api/v1/monitor/areas`, as MonitorQuery reads it.
    static let areasParameters: [APIQueryParameter] = [
        .init(name: "niveau", description: "gemeente, wijk of buurt (standaard buurt)", rule: .oneOf(MonitorQuery.levels.map(\.rawValue))),
        .init(name: "jaar", description: "Het gegevensjaar (standaard het laatste jaar met waarden)", rule: .integer(1900...2200)),
        .init(name: "kaart", description: "index, theme:<thema> of een indicator-id (standaard index)", rule: .text(.layer, maxLength: 80)),
        .init(name: "regio", description: "Een regio uit Seeds/monitor/regions.csv, of nl voor heel Nederland (standaard zuid-limburg)",
              rule: .text(.slug, maxLength: 60)),
    ]
    /// The query of `/api/v1/monitor/areas/{code}`.
    static let areaParameters: [APIQueryParameter] = [
        .init(name: "jaar", description: "Het gegevensjaar (standaard het laatste jaar met waarden voor dit gebied)", rule: .integer(1900...2200)),
    ]

    static var paths: [(String, JSON)] {
        let query = areasParameters.map(\.declaration)
        return [
            (MonitorPath.api + "/areas", .object(["get": .dictionary([
                ("operationId", .string("getMonitorAreas")),
                ("summary", .string("De gebieden van een regio op een niveau met de waarde van de gekozen kaartlaag; de index is berekend over heel Nederland")),
                ("parameters", .array(query)),
                ("responses", .dictionary([
                    ("200", ok("MonitorAreas")),
                    ("400", error("Een parameter die niet te lezen is of buiten zijn bereik ligt; de reden noemt hem")),
                    ("404", error("Onbekend niveau, jaar, regio of kaartlaag")),
                    ("503", OpenAPIDocument.retryLater(FocusOpenAPI.busy)),
                ])),
            ])])),
            (MonitorPath.api + "/areas/{code}", .object(["get": .dictionary([
                ("operationId", .string("getMonitorArea")),
                ("summary", .string("Het profiel van een gebied: elke indicator met de landelijke waarde, het percentiel, de verandering sinds de nulmeting en het verloop, de themascores en de index met rang en de rang bij andere redelijke gewichten")),
                ("parameters", .array([
                    .object(["name": .string("code"), "in": .string("path"), "required": .bool(true),
                             "schema": .object(["type": .string("string"), "pattern": .string("^(GM|WK|BU)[0-9A-Z]{4,8}$")])]),
                    areaParameters[0].declaration,
                ])),
                ("responses", .dictionary([
                    ("200", ok("MonitorAreaProfile")),
                    ("400", error("Het jaar is geen geheel getal van 1900 tot 2200")),
                    ("404", error("Er is geen gebied met deze code, of het heeft geen waarden")),
                    ("503", OpenAPIDocument.retryLater(FocusOpenAPI.busy)),
                ])),
            ])])),
        ]
    }

    static var schemas: [(String, JSON)] {
        let number = JSON.object(["type": .array([.string("number"), .string("null")])])
        let optionalInteger = JSON.object(["type": .array([.string("integer"), .string("null")])])
        return [
            ("MonitorAreas", .object([
                "type": .string("object"),
                "required": strings(["level", "region", "layer", "layerName", "rankedCount", "areas"]),
                "properties": .object([
                    "year": optionalInteger, "level": string, "region": string, "layer": string, "layerName": string, "rankedCount": integer,
                    "areas": array(.object(["type": .string("object"), "required": strings(["code", "name", "municipality"]), "properties": .object([
                        "code": string, "name": string, "municipality": string, "value": number, "rank": optionalInteger,
                    ])])),
                ]),
            ])),
            ("MonitorAreaProfile", .object([
                "type": .string("object"),
                "required": strings(["code", "name", "level", "year", "years", "parents", "children", "rankedCount", "themes", "indicators"]),
                "properties": .object([
                    "code": string, "name": string, "level": string, "year": integer, "years": array(integer),
                    "parents": array(string), "children": array(string), "index": number, "rank": optionalInteger, "rankedCount": integer,
                    "robustness": .object([
                        "type": .array([.string("object"), .string("null")]),
                        "description": .string("De rang bij andere redelijke gewichten: mediaan en 5e en 95e percentiel over de trekkingen waarin het gebied een rang had"),
                        "required": strings(["medianRank", "rankP5", "rankP95", "draws", "rankedDraws", "alpha", "seed"]),
                        "properties": .object([
                            "medianRank": .object(["type": .string("number")]), "rankP5": .object(["type": .string("number")]),
                            "rankP95": .object(["type": .string("number")]), "draws": integer, "rankedDraws": integer,
                            "alpha": .object(["type": .string("number")]), "seed": integer,
                        ]),
                    ]),
                    "baselineYear": optionalInteger,
                    "themes": array(.object(["type": .string("object"), "required": strings(["theme", "name"]), "properties": .object([
                        "theme": string, "name": string, "score": number,
                    ])])),
                    "indicators": array(.object(["type": .string("object"), "required": strings(["id", "name", "unit", "theme", "trend"]), "properties": .object([
                        "id": string, "name": string, "unit": string, "theme": string, "value": number, "national": number,
                        "percentile": number, "changeSinceBaseline": number,
                        "trend": array(.object(["type": .string("object"), "required": strings(["year", "value"]),
                                                "properties": .object(["year": integer, "value": .object(["type": .string("number")])])])),
                    ])])),
                ]),
            ])),
        ]
    }
}
