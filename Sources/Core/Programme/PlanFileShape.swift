import Yams

/// The fields a plan file may have at each place, so a misspelt field is refused rather than
/// silently ignored (decoding alone would skip it, and an optional field would go missing).
indirect enum PlanFileShape: Sendable {
    case value
    case list(PlanFileShape)
    case fields([String: PlanFileShape])

    static let file: PlanFileShape = .fields([
        "format": .value,
        "plan": .fields(["id": .value, "title": .value, "version": .value, "date": .value, "region": .value, "summary": .value]),
        "vision": .fields(["intro": .value, "points": .list(.fields(["text": .value, "details": .list(.value)]))]),
        "coreValues": .list(.value),
        "addedValue": .fields(["intro": .value, "points": .list(.value), "keywords": .list(.value)]),
        "themes": .list(.fields(["id": .value, "name": .value, "description": .value])),
        "periods": .list(.fields(["id": .value, "label": .value, "start": .value, "end": .value])),
        "challenges": .list(.fields([
            "id": .value, "number": .value, "title": .value, "focus": .value, "addedValue": .list(.value), "themes": .list(.value),
        ])),
        "ambitions": .list(.fields([
            "id": .value, "challenge": .value, "number": .value, "title": .value, "text": .value, "note": .value,
            "targets": .list(.fields([
                "id": .value, "text": .value, "kind": .value, "year": .value, "approximate": .value, "value": .value, "unit": .value,
            ])),
        ])),
        "programmes": .list(.fields(["id": .value, "name": .value, "description": .value, "organisations": .list(.value)])),
        "organisations": .list(.fields([
            "id": .value, "name": .value, "aliases": .list(.value), "kind": .value, "country": .value, "mentions": .list(.value),
        ])),
        "actionLines": .list(.fields([
            "id": .value, "number": .value, "title": .value, "ambition": .value, "ambitionText": .value,
            "buildsOn": .list(.fields(["text": .value, "programme": .value])),
            "stakeholders": .fields(["text": .value, "organisations": .list(.value)]),
            "shortTermNote": .value, "outlookNote": .value, "addedValue": .list(.value),
            "actions": .list(.fields([
                "id": .value, "title": .value, "term": .value, "section": .value, "period": .value, "year": .value,
                "approximate": .value, "details": .list(.value), "status": .value, "ownerTeam": .value, "ownerOrganisation": .value,
            ])),
        ])),
        "dependencies": .list(.fields(["id": .value, "from": .value, "to": .value, "theme": .value, "text": .value, "source": .value])),
        "bodies": .list(.fields(["id": .value, "name": .value, "abbreviation": .value, "kind": .value, "description": .value])),
        "teams": .list(.fields([
            "id": .value, "name": .value, "parent": .value, "actionLine": .value, "governmentRole": .value, "description": .value,
        ])),
        "people": .list(.fields(["id": .value, "name": .value, "organisation": .value])),
        "memberships": .list(.fields([
            "id": .value, "person": .value, "team": .value, "body": .value, "role": .value, "from": .value, "until": .value,
        ])),
    ])

    /// Every field in `node` that this shape does not know, with where it is.
    func unknownFields(in node: Node, at path: [PathComponent] = []) -> [PlanFileError.Problem] {
        switch (self, node) {
        case let (.list(element), .sequence(sequence)):
            return sequence.enumerated().flatMap { index, item in element.unknownFields(in: item, at: path + [.index(index)]) }
        case let (.fields(fields), .mapping(mapping)):
            return mapping.flatMap { key, value -> [PlanFileError.Problem] in
                let name = key.string ?? "\(key)"
                guard let shape = fields[name] else {
                    return [.init(
                        line: key.mark?.line, column: key.mark?.column, field: fieldName(path + [.key(name)]),
                        message: "is not a field Stip knows here (known: \(fields.keys.sorted().joined(separator: ", ")))")]
                }
                return shape.unknownFields(in: value, at: path + [.key(name)])
            }
        default:
            // Wrong kinds of value are the decoder's to report, with their expected type.
            return []
        }
    }
}
