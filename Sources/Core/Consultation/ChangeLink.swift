/// What an answer led to, as a disposition names it: a section of a later version of the plan
/// (`section:4.5`) or a record of the register (`actions:ID`, `programmes:ID`, `organisations:ID` …,
/// the collection names of the API and the audit trail).
public enum ChangeLink: Sendable, Hashable {
    case section(String)
    case record(EntityReference)

    /// Nil for a text that names neither.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        if parts[0] == "section" {
            self = .section(parts[1])
        } else if let kind = EntityKind(rawValue: parts[0]) {
            self = .record(EntityReference(kind, parts[1]))
        } else {
            return nil
        }
    }

    public var text: String {
        switch self {
        case let .section(id): "section:\(id)"
        case let .record(reference): "\(reference.kind.rawValue):\(reference.id)"
        }
    }

    /// Whether it leads somewhere: the section is in the plan's text, the record in the register.
    public func exists(in document: PlanDocument, register: Register) -> Bool {
        switch self {
        case let .section(id): document.section(id) != nil
        case let .record(reference): register.contains(reference)
        }
    }
}
