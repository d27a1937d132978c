/// The part of the OpenAPI document that describes `/api/v1/targets` and `/api/v1/targets/{id}`.
enum TargetsOpenAPI: OpenAPIPart {

    /// The register's generic writes already describe POST, PUT and DELETE on these paths (the
    /// target records); the reads join those entries, so each path appears once.
    static func adding(to paths: [(String, JSON)]) -> [(String, JSON)] {
        var paths = paths
        for (path, operations) in self.paths {
            guard case let .object(mine) = operations else { continue }
            let added = mine.map { ($0.key, $0.value) }
            if let index = paths.firstIndex(where: { $0.0 == path }) {
                switch paths[index].1 {
                case let .object(existing): paths[index].1 = .dictionary(added + existing.map { ($0.key, $0.value) })
                case let .dictionary(existing): paths[index].1 = .dictionary(added + existing)
                default: paths[index].1 = operations
                }
            } else {
                paths.append((path, operations))
            }
        }
        return paths
    }

    static var paths: [(String, JSON)] {
        [
            (TargetsPath.apiList.path, .object(["get": .object([
                "operationId": .string("listTargets"),
                "summary": .string("Alle meetbare doelen van de ambities met hun soort, stand (op koers, niet op koers, nog geen gegevens, bereikt) en laatste meting"),
                "responses": .object([
                    "200": ok("TargetList"),
                    "503": error("Er is nog geen plan geladen"),
                ]),
            ])])),
            (TargetsPath.apiList.path + "/{id}", .object(["get": .object([
                "operationId": .string("getTarget"),
                "summary": .string("Eén doel met zijn metingen, zijn pad en zijn stand"),
                "parameters": .array([OpenAPIWrites.idParameter]),
                "responses": .object([
                    "200": .object(["description": .string("OK"), "headers": OpenAPIDocument.etag,
                                    "content": .object(["application/json": .object(["schema": reference("Target")])])]),
                    "400": error("Het id kan geen id zijn"),
                    "404": error("Er is geen doel met dit id"),
                    "503": error("Er is nog geen plan geladen"),
                ]),
            ])])),
        ]
    }

    static var schemas: [(String, JSON)] {
        let measurement = JSON.object([
            "type": .string("object"),
            "required": strings(["id", "date", "reading", "source", "version", "recordedAt"]),
            "properties": .object([
                "id": string, "date": date,
                "reading": .object(["type": .string("string"), "enum": strings(["indexedGrowth", "gap", "count", "reached"])]),
                "region": number, "benchmark": number, "indicator": string, "restOfCountry": number, "higherIsBetter": boolean,
                "count": number, "reached": boolean, "source": string, "note": string, "version": integer, "recordedAt": string,
            ]),
        ])
        let target = JSON.object([
            "type": .string("object"),
            "required": strings(["id", "text", "kind", "approximate", "ambition", "measure", "status", "measurementCount", "links", "version"]),
            "properties": .object([
                "id": string, "text": string,
                "kind": .object(["type": .string("string"), "enum": strings(["relativeGrowth", "gapClosure", "count", "milestone", "qualitative"])]),
                "year": integer, "approximate": boolean, "value": number, "unit": string, "ambition": string, "challenge": string, "version": integer,
                "measure": .object(["type": .string("string"), "enum": strings(["leadOverBenchmark", "gapToClose", "count", "share", "reached"])]),
                "indicator": string,
                "status": .object([
                    "type": .string("object"), "required": strings(["state", "label", "reason"]),
                    "properties": .object([
                        "state": .object(["type": .string("string"), "enum": strings(["onTrack", "offTrack", "noData", "reached"])]),
                        "label": string, "reason": string,
                    ]),
                ]),
                "latest": reference("TargetMeasurement"), "measurementCount": integer, "level": number,
                "path": .object([
                    "type": .string("object"), "required": strings(["startYear", "startValue", "endYear", "endValue"]),
                    "description": .string("Een rechte lijn van de eerste meting naar het doel op 1 januari van het doeljaar; jaren met een fractie"),
                    "properties": .object(["startYear": number, "startValue": number, "endYear": number, "endValue": number]),
                ]),
                "points": array(.object(["type": .string("object"), "required": strings(["date", "value"]),
                                         "properties": .object(["date": date, "value": number])])),
                "measurements": array(reference("TargetMeasurement")),
                "links": .object(["type": .string("object"), "additionalProperties": string]),
            ]),
        ])
        return [
            ("TargetMeasurement", measurement),
            ("Target", target),
            ("TargetList", .object([
                "type": .string("object"), "required": strings(["count", "items"]),
                "properties": .object(["count": integer, "items": array(reference("Target"))]),
            ])),
        ]
    }

    private static let date = JSON.object(["type": .string("string"), "format": .string("date")])
}
