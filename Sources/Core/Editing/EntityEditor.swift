/// What Stip knows about editing one kind of record: the form's fields, the record as the
/// form shows it, the checks before saving, and who else refers to it.
public protocol EntityEditor {
    static var kind: EntityKind { get }

    /// The fields, with the choices the register offers now.
    static func fields(in register: Register) -> [FormField]

    /// The record as a form holds it, or nil when there is none with that id.
    static func values(of id: String, in register: Register) -> FieldValues?

    /// Writes the values into the register as a new record (`id` nil) or over an existing one,
    /// returning its id; or, when a field is wrong, the problems and no change.
    static func write(_ values: FieldValues, id: String?, into register: inout Register) -> Result<String, FieldValuesRefused>

    /// The records that point at this one, so that deleting it would leave them dangling.
    static func references(to id: String, in register: Register) -> [EntityReference]

    static func remove(_ id: String, from register: inout Register)

    /// The team whose aanvoerder may change this record, if any.
    static func team(of id: String, in register: Register) -> String?

    /// The page a person sees the record on, and its title there.
    static func owner(of id: String, in register: Register) -> EntityReference
}

extension EntityEditor {
    public static func team(of id: String, in register: Register) -> String? { nil }
    public static func owner(of id: String, in register: Register) -> EntityReference { EntityReference(kind, id) }
}

/// The problems that kept values from being written.
public struct FieldValuesRefused: Error, Sendable, Equatable {
    public var problems: FieldProblems
    public init(_ problems: FieldProblems) { self.problems = problems }
}

extension FieldReader {
    /// The id when nothing is wrong, else the problems.
    func outcome(_ id: String) -> Result<String, FieldValuesRefused> {
        problems.isEmpty ? .success(id) : .failure(FieldValuesRefused(problems))
    }
}

extension Array {
    /// Replaces the element with the id, or appends it as a new one.
    mutating func upsert(_ element: Element) where Element: Identifiable {
        if let index = firstIndex(where: { $0.id == element.id }) { self[index] = element } else { append(element) }
    }
}

extension EntityEditor {
    /// The names of the kind's fields, whatever the register holds (for documentation).
    public static var fieldNames: [FieldName] { documentedFields.map(\.name) }

    /// The kind's fields over an empty register: choices that name records are empty, the
    /// fixed ones (kinds, countries, statuses) complete (for documentation).
    public static var documentedFields: [FormField] {
        let empty = Register(
            plan: PlanInfo(id: "", title: "", version: "", date: "", region: ""), vision: Vision(intro: "", points: []), coreValues: [],
            addedValue: AddedValue(points: [], keywords: []), themes: [], periods: [], challenges: [], ambitions: [], actionLines: [],
            actions: [], programmes: [], organisations: [], dependencies: [])
        return fields(in: empty)
    }
}
