/// A measurable target, edited on its own but shown with (and owned by) its ambition.
public enum TargetEditor: EntityEditor {
    public static let kind = EntityKind.targets

    public static func fields(in register: Register) -> [FormField] {
        [
            FormField(.id, .text, onCreateOnly: true),
            FormField(.ambition, .choice(register.ambitions.map { Choice($0.id, .name($0.title)) }), required: true),
            FormField(.text, .longText, required: true),
            FormField(.kind, .choice(Target.Kind.allCases.map { Choice($0.rawValue, .targetKind($0)) }), required: true),
            FormField(.year, .integer),
            FormField(.approximate, .flag),
            FormField(.value, .decimal),
            FormField(.unit, .text),
        ]
    }

    static func locate(_ id: String, in register: Register) -> (ambition: Int, target: Int)? {
        for (a, ambition) in register.ambitions.enumerated() {
            if let t = ambition.targets.firstIndex(where: { $0.id == id }) { return (a, t) }
        }
        return nil
    }

    public static func values(of id: String, in register: Register) -> FieldValues? {
        locate(id, in: register).map { place in
            let ambition = register.ambitions[place.ambition], target = ambition.targets[place.target]
            return FieldValues([(.id, target.id), (.ambition, ambition.id), (.text, target.text), (.kind, target.kind.rawValue),
                                (.year, target.year.map(String.init)), (.approximate, target.approximate ? "true" : nil),
                                (.value, target.value.map(plainNumber)), (.unit, target.unit)])
        }
    }

    public static func write(_ values: FieldValues, id: String?, into register: inout Register) -> Result<String, FieldValuesRefused> {
        var reader = FieldReader(values)
        let ambition = reader.reference(.ambition, among: register.ambitions.map(\.id), required: true)
        let text = reader.text(.text, required: true)
        let taken = register.ambitions.flatMap { $0.targets.map(\.id) }
        let id = id ?? reader.newID(fromName: "\(ambition ?? "doel") \(text?.prefix(30) ?? "")", taken: taken, fallback: "doel")
        let target = Target(id: id, text: text ?? "", kind: reader.choice(.kind, Target.Kind.self, required: true) ?? .qualitative,
                            year: reader.integer(.year, allowed: 1900...2200), approximate: reader.flag(.approximate),
                            value: reader.decimal(.value), unit: reader.text(.unit))
        let outcome = reader.outcome(id)
        if case .success = outcome, let ambition, let to = register.ambitions.firstIndex(where: { $0.id == ambition }) {
            // Kept in its place when it stays with its ambition; moved to the end of the other one's list otherwise.
            if let place = locate(id, in: register), place.ambition == to {
                register.ambitions[to].targets[place.target] = target
            } else {
                remove(id, from: &register)
                register.ambitions[to].targets.append(target)
            }
        }
        return outcome
    }

    public static func references(to id: String, in register: Register) -> [EntityReference] { [] }

    public static func remove(_ id: String, from register: inout Register) {
        for index in register.ambitions.indices { register.ambitions[index].targets.removeAll { $0.id == id } }
    }

    public static func owner(of id: String, in register: Register) -> EntityReference {
        locate(id, in: register).map { EntityReference(.ambitions, register.ambitions[$0.ambition].id) } ?? EntityReference(kind, id)
    }
}

/// A number as a form shows it back: no grouping, no trailing `.0`, so it reads back the same.
func plainNumber(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}
