/// The part of the OpenAPI document that describes `/api/v1/capacity`, `/budget` and `/investments`.
enum PeopleAndMoneyOpenAPI: OpenAPIPart {

    static var paths: [(String, JSON)] {
        [
            (MoneyPath.apiCapacity.path, get(
                id: "getCapacity", summary: "De Tabel Mensen per jaar: inzet per activiteit en partij, berekende totalen naast die van het plan, de vertaling in euro’s (centen)",
                schema: "CapacityYears", withYear: true)),
            (MoneyPath.apiBudget.path, get(
                id: "getBudget", summary: "De Tabel Middelen per jaar: begroot, dekking per financier, realisatie en het saldo; bedragen in centen",
                schema: "BudgetYears", withYear: true)),
            (MoneyPath.apiInvestments.path, get(
                id: "getInvestments", summary: "De Regionale Investeringsagenda met totalen per actielijn, bron en status; bedragen in centen",
                schema: "InvestmentAgenda", withYear: false)),
        ]
    }

    static var schemas: [(String, JSON)] {
        let cents = object(["type": .string("integer"), "description": .string("Euro-centen")])
        let amount = JSON.object(["type": .string("object"), "required": strings(["financier", "amountCents"]), "properties": .object([
            "financier": string, "amountCents": cents,
        ])])
        let total = JSON.object(["type": .string("object"), "required": strings(["key", "amountCents"]), "properties": .object([
            "key": string, "amountCents": cents,
        ])])
        return [
            ("CapacitySum", .object([
                "type": .string("object"),
                "description": .string("Een hoeveelheid inzet: fte als getal met hoogstens drie decimalen (ontbreekt bij alleen PM), pm: er telt een PM mee"),
                "required": strings(["pm", "approximate", "text"]),
                "properties": .object([
                    "fte": object(["type": .string("number")]), "fteThousandths": integer, "pm": boolean, "approximate": boolean, "text": string,
                ]),
            ])),
            ("CapacityTotal", .object([
                "type": .string("object"),
                "required": strings(["computed"]),
                "properties": .object([
                    "party": string, "computed": reference("CapacitySum"), "stated": reference("CapacitySum"),
                    "differenceThousandths": integer, "costComputedCents": cents, "costStatedCents": cents,
                ]),
            ])),
            ("CapacityYears", .object([
                "type": .string("object"),
                "required": strings(["years"]),
                "properties": .object(["years": .object(["type": .string("array"), "items": .object([
                    "type": .string("object"),
                    "required": strings(["year", "parties", "rows", "totals", "overall"]),
                    "properties": .object([
                        "year": integer, "ratePerFTECents": cents,
                        "parties": array(.object(["type": .string("object"), "required": strings(["id", "label"]),
                                                  "properties": .object(["id": string, "label": string])])),
                        "rows": array(.object(["type": .string("object"), "required": strings(["activity", "name", "cells"]), "properties": .object([
                            "activity": string, "name": string, "partOf": string, "note": string,
                            "cells": array(.object(["type": .string("object"), "required": strings(["party", "amount", "value"]), "properties": .object([
                                "party": string, "amount": string, "value": reference("CapacitySum"), "note": string,
                            ])])),
                        ])])),
                        "totals": array(reference("CapacityTotal")),
                        "overall": reference("CapacityTotal"),
                    ]),
                ])])]),
            ])),
            ("BudgetYears", .object([
                "type": .string("object"),
                "required": strings(["years"]),
                "properties": .object(["years": array(.object([
                    "type": .string("object"),
                    "required": strings(["year", "lines", "yearCoverage", "budgetedCents", "coverageCents", "coverageByFinancier",
                                         "spentCents", "remainingCents", "differenceCents", "balance", "spendings"]),
                    "properties": .object([
                        "year": integer, "note": string,
                        "lines": array(.object(["type": .string("object"),
                                                "required": strings(["id", "name", "budgetedCents", "coverageCents", "coverage", "spentCents", "remainingCents"]),
                                                "properties": .object([
                                                    "id": string, "name": string, "budgetedCents": cents, "coverageCents": cents, "coverage": array(amount),
                                                    "spentCents": cents, "remainingCents": cents, "note": string,
                                                ])])),
                        "yearCoverage": array(amount), "budgetedCents": cents, "coverageCents": cents, "coverageByFinancier": array(amount),
                        "spentCents": cents, "remainingCents": cents, "differenceCents": cents,
                        "balance": .object(["type": .string("string"), "enum": strings(["balanced", "surplus", "shortfall"])]),
                        "spendings": array(.object(["type": .string("object"), "required": strings(["line", "from", "until", "amountCents"]),
                                                    "properties": .object([
                                                        "line": string, "from": string, "until": string, "amountCents": cents, "note": string,
                                                    ])])),
                    ]),
                ]))]),
            ])),
            ("InvestmentAgenda", .object([
                "type": .string("object"),
                "required": strings(["count", "items", "totalCents", "byActionLine", "bySource", "byStatus"]),
                "properties": .object([
                    "count": integer,
                    "items": array(.object(["type": .string("object"),
                                            "required": strings(["id", "actionLine", "source", "status", "amountCents", "description"]),
                                            "properties": .object([
                                                "id": string, "actionLine": string,
                                                "source": .object(["type": .string("string"), "enum": strings(["business", "region", "nationalGovernment", "eu"])]),
                                                "status": .object(["type": .string("string"), "enum": strings(["desired", "expected", "committed", "realised"])]),
                                                "amountCents": cents, "description": string,
                                            ])])),
                    "totalCents": cents, "byActionLine": array(total), "bySource": array(total), "byStatus": array(total),
                ]),
            ])),
        ]
    }

    private static func object(_ pairs: KeyValuePairs<String, JSON>) -> JSON { .object(pairs) }

    private static func get(id: String, summary: String, schema: String, withYear: Bool) -> JSON {
        var operation: [(String, JSON)] = [("operationId", .string(id)), ("summary", .string(summary))]
        if withYear {
            operation.append(("parameters", .array([PeopleAndMoneyAPI.yearParameter.declaration])))
        }
        var responses: [(String, JSON)] = [
            ("200", .object(["description": .string("OK"), "content": .object(["application/json": .object(["schema": reference(schema)])])])),
        ]
        if withYear {
            responses.append(("400", error("Het jaar is geen geheel getal van 1900 tot 2200; de reden noemt de parameter")))
            responses.append(("404", error("Voor dit jaar is niets vastgelegd")))
        }
        responses.append(("503", error("Er is nog geen plan geladen")))
        operation.append(("responses", .dictionary(responses)))
        return .object(["get": .dictionary(operation)])
    }
}
