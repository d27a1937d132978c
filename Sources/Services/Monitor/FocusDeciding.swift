import Core
import Monitor
import Storage

/// Recording a focus selection as the regiegroep's decision.
public struct FocusDeciding: Sendable {
    public static let permission = Permission.editRegister
    public let store: FocusDecisionStore

    public init(store: FocusDecisionStore) {
        self.store = store
    }

    public func save(name: String, decidedOn: String, note: String, study: FocusStudy, files: [FocusDecision.DataFile],
                     names: [String: String], by account: Account?) async throws -> FocusDecision {
        try Permission.require(anyOf: [Self.permission], for: account)
        return try await store.save(name: name, decidedOn: decidedOn, note: note, study: study, files: files, names: names, by: account!)
    }
}
