/// A piece of the *samenhang* between two action lines.
public enum DependencyEditor: EntityEditor {
    public static let kind = EntityKind.dependencies

    public static func fields(in register: Register) -> [FormField] {
        let lines = register.actionLines.map { Choice($0.id, .name("\($0.number). \($0.title)")) }
        return [
            FormField(.from, .choice(lines), required: true),
            FormField(.to, .choice(lines), required: true),
            FormField(.theme, .choice(register.themes.map { Choice($0.id, .name($0.name)) })),
            FormField(.text, .longText, required: true),
            FormField(.source, .text),
        ]
    }

    public static func values(of id: String, in register: Register) -> FieldValues? {
        register.dependencies.first { $0.id == id }.map { dependency in
            FieldValues([(.from, dependency.from), (.to, dependency.to), (.theme, dependency.theme), (.text, dependency.text),
                         (.source, dependency.source)])
        }
    }

    public static func write(_ values: FieldValues, id: String?, into register: inout Register) -> Result<String, FieldValuesRefused> {
        var reader = FieldReader(values)
        let lines = register.actionLines.map(\.id)
        let from = reader.reference(.from, among: lines, required: true)
        let id = id ?? Slug.make(from: "samenhang", taken: Set(register.dependencies.map(\.id)).union(["samenhang"]), fallback: "samenhang")
        let dependency = Dependency(id: id, from: from ?? "", to: reader.reference(.to, among: lines, required: true) ?? "",
                                    theme: reader.reference(.theme, among: register.themes.map(\.id)),
                                    text: reader.text(.text, required: true) ?? "", source: reader.text(.source))
        let outcome = reader.outcome(id)
        if case .success = outcome { register.dependencies.upsert(dependency) }
        return outcome
    }

    public static func references(to id: String, in register: Register) -> [EntityReference] { [] }

    public static func remove(_ id: String, from register: inout Register) {
        register.dependencies.removeAll { $0.id == id }
    }
}
