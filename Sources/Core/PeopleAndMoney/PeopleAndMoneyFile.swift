import Foundation
import Yams

/// Reads a people-and-money file (see docs/people-and-money-file.md): the *Tabel Mensen* and
/// *Tabel Middelen* per year, capacity reviews and investments. Refuses the file whole when
/// anything is wrong, naming the line, column and field of every problem, as `PlanFile` does.
public enum PeopleAndMoneyFile {
    public static let format = "stip-people-and-money/1"

    /// With `plan`, references to its organisations, bodies, teams and action lines are checked too.
    public static func load(path: String, plan: Register? = nil) throws(PlanFileError) -> PeopleAndMoney {
        try parse(PlanFile.text(ofFile: path), file: path, plan: plan)
    }

    public static func parse(_ yaml: String, file: String, plan: Register? = nil) throws(PlanFileError) -> PeopleAndMoney {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw PlanFileError(file: file, problems: [.init(line: 1, column: 1, field: "", message: "the file is empty")])
            }
            root = node
        } catch let error as PlanFileError {
            throw error
        } catch let error as YamlError {
            throw PlanFileError(file: file, problems: [PlanFile.problem(for: error)])
        } catch {
            throw PlanFileError(file: file, problems: [.init(line: 1, column: 1, field: "", message: "not valid YAML: \(error)")])
        }

        if let tooLarge = YAMLTreeSize.problem(in: root, textBytes: yaml.utf8.count) {
            throw PlanFileError(file: file, problems: [tooLarge])
        }

        let unknown = shape.unknownFields(in: root)
        if !unknown.isEmpty { throw PlanFileError(file: file, problems: unknown) }

        var reader = PeopleAndMoneyReader(plan: plan, root: root)
        let result = reader.read()
        if !reader.problems.isEmpty { throw PlanFileError(file: file, problems: reader.problems) }
        return result
    }

    static let shape: PlanFileShape = .fields([
        "format": .value,
        "plan": .value,
        "organisations": .list(.fields([
            "id": .value, "name": .value, "aliases": .list(.value), "kind": .value, "country": .value, "mentions": .list(.value),
        ])),
        "parties": .list(.fields(["id": .value, "label": .value])),
        "activities": .list(.fields([
            "id": .value, "name": .value, "kind": .value, "partOf": .value, "body": .value, "team": .value,
        ])),
        "capacity": .list(.fields([
            "year": .value, "note": .value,
            "rate": .fields(["perFTE": .value, "note": .value]),
            "rows": .list(.fields([
                "activity": .value, "note": .value,
                "commitments": .list(.fields(["party": .value, "amount": .value, "note": .value])),
                "stated": .list(.fields(["party": .value, "amount": .value])),
            ])),
            "stated": .fields([
                "label": .value, "overall": .value,
                "totals": .list(.fields(["party": .value, "amount": .value])),
            ]),
        ])),
        "budget": .list(.fields([
            "year": .value, "note": .value,
            "lines": .list(.fields([
                "id": .value, "name": .value, "budgeted": .value, "note": .value,
                "funding": .list(.fields(["financier": .value, "amount": .value, "note": .value])),
                "spending": .list(.fields(["from": .value, "until": .value, "amount": .value, "note": .value])),
            ])),
            "funding": .list(.fields(["financier": .value, "amount": .value, "note": .value])),
        ])),
        "reviews": .list(.fields([
            "id": .value, "date": .value, "body": .value, "note": .value,
            "decisions": .list(.fields(["activity": .value, "verdict": .value, "reason": .value])),
        ])),
        "investments": .list(.fields([
            "id": .value, "actionLine": .value, "source": .value, "status": .value, "amount": .value, "description": .value,
        ])),
    ])
}
