import ArgumentParser
import Storage

/// `stip audit …`: the audit trail (*rekenschap*).
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "The audit trail.", subcommands: [AuditVerify.self])
}

/// `stip audit verify`: walks the chain of audit records and says whether any was changed,
/// removed or reordered behind Stip's back; exits 1 if so.
struct AuditVerify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Check that no audit record was changed, removed or reordered.")

    func run() async throws {
        let verification = try await StipDatabase.using { database in try await AuditTrail(database: database).verify() }
        print(verification)
        if !verification.isWhole { throw ExitCode.failure }
    }
}
