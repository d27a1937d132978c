import Core

/// The part of the OpenAPI document that describes the consultation's open data (`APIConsultationRounds`, `APIConsultationAnswers`).
enum ConsultationOpenAPI: OpenAPIPart {
    static var paths: [(String, JSON)] {
        let round = JSON.object(["name": .string("round"), "in": .string("path"), "required": .bool(true), "schema": string])
        func get(_ operation: String, _ summary: String, _ parameters: [JSON], _ schema: String, notFound: String?) -> JSON {
            var responses: [(String, JSON)] = [("200", ok(schema))]
            if let notFound { responses.append(("404", error(notFound))) }
            return .object(["get": .dictionary([("operationId", .string(operation)), ("summary", .string(summary)), ("parameters", .array(parameters)),
                                                ("responses", .dictionary(responses))])])
        }
        return [
            (ConsultationPath.apiRounds.path, get("listConsultationRounds", "De consultatierondes op het plan, de nieuwste eerst", [], "ConsultationRounds", notFound: nil)),
            (ConsultationPath.apiAnswers("{round}").path, get(
                "listConsultationAnswers", "De gepubliceerde reacties van een ronde met wat ermee gebeurde (de reactienota als open data)", [round],
                "ConsultationAnswers", notFound: "Geen consultatieronde met deze id")),
        ]
    }

    static var schemas: [(String, JSON)] {
        let nullableString = JSON.object(["type": .array([.string("string"), .string("null")])])
        let roundSchema = object(["id", "title", "version", "opensOn", "closesOn", "links"], [
            "id": string, "title": string, "version": string, "opensOn": string, "closesOn": string,
            "links": .object(["type": .string("object"), "additionalProperties": string]),
        ])
        let decision = object(["ownerName", "note", "changes", "decidedOn"], [
            "owner": nullableString, "ownerName": string, "kind": .object(["type": .array([.string("string"), .string("null")]),
                                                                           "enum": .array(Disposition.Kind.allCases.map { .string($0.rawValue) } + [.null])]),
            "note": string, "decidedOn": string,
            "changes": array(object(["text"], ["text": string, "href": nullableString, "label": nullableString])),
        ])
        let offer = object(["kind", "team", "detail", "decidedOn"], [
            "kind": .object(["type": .string("string"), "enum": strings(OfferOutcome.Kind.allCases.map(\.rawValue))]),
            "team": string, "detail": string, "decidedOn": string,
        ])
        let answer = object(["id", "about", "section", "submittedAt", "enthusiastic", "differently", "contributions", "how"], [
            "id": string, "about": string, "section": string, "submittedAt": string,
            "respondent": .object(["type": .array([.string("string"), .string("null")]),
                                   "description": .string("Leeg bij een inwoner die geen toestemming gaf om de naam te publiceren")]),
            "enthusiastic": string, "differently": string,
            "participation": .object(["type": .array([.string("string"), .string("null")]),
                                      "enum": .array(ConsultationAnswer.Participation.allCases.map { .string($0.rawValue) } + [.null])]),
            "contributions": array(.object(["type": .string("string"), "enum": strings(ConsultationAnswer.Contribution.allCases.map(\.rawValue))])),
            "how": string,
            "disposition": .object(["oneOf": .array([decision, .object(["type": .string("null")])])]),
            "offer": .object(["oneOf": .array([offer, .object(["type": .string("null")])])]),
        ])
        return [
            ("ConsultationRounds", object(["count", "items"], ["count": integer, "items": array(roundSchema)])),
            ("ConsultationAnswers", object(["round", "count", "items"], ["round": roundSchema, "count": integer, "items": array(answer)])),
        ]
    }
}
