import App
import ArgumentParser
import Core
import Foundation
import Storage

/// `stip user reset-password`: a new password for someone who lost theirs; every session and
/// token of the account ends, so whoever had them is out.
struct UserResetPassword: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset-password", abstract: "Give an account a new password and end all its sessions and tokens.",
        discussion: "Without --password-stdin a password is generated and printed once.")

    @Option(help: "The account's e-mail address.") var email: String
    @Flag(help: "Read the new password from standard input.") var passwordStdin = false

    func run() async throws {
        let password = passwordStdin ? (readLine(strippingNewline: true) ?? "") : User.Add.generatedPassword()
        do { try AccountInput.check(password: password) } catch { throw fail("\(error)") }
        try await StipDatabase.using { database in
            let accounts = AccountStore(database: database)
            let account = try await UserAccount.find(email, in: accounts)
            try await accounts.setPassword(accountID: account.id, passwordHash: try AccountCreation.hash(password), by: "stip user reset-password")
            let ended = try await accounts.endSessions(accountID: account.id, tokens: true, by: "stip user reset-password")
            print("New password for \(account.email); \(ended) session(s) ended and its tokens revoked.")
            if !passwordStdin { print("Password, shown this once: \(password)") }
        }
    }
}

/// `stip user disable`: the account can no longer log in; its sessions and tokens end at once,
/// and what it did stays in the audit trail.
struct UserDisable: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "disable", abstract: "Disable an account: no login, sessions and tokens ended.")

    @Option(help: "The account's e-mail address.") var email: String

    func run() async throws {
        try await StipDatabase.using { database in
            let accounts = AccountStore(database: database)
            let account = try await UserAccount.find(email, in: accounts)
            try await accounts.disable(accountID: account.id, by: "stip user disable")
            print("Disabled \(account.email): it cannot log in, and its sessions and tokens have ended.")
        }
    }
}

/// `stip user end-sessions`: logs an account out everywhere and revokes its tokens, for a lost
/// laptop or a leaked token.
struct UserEndSessions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "end-sessions", abstract: "End all sessions of an account and revoke its tokens.")

    @Option(help: "The account's e-mail address.") var email: String

    func run() async throws {
        try await StipDatabase.using { database in
            let accounts = AccountStore(database: database)
            let account = try await UserAccount.find(email, in: accounts)
            let ended = try await accounts.endSessions(accountID: account.id, tokens: true, by: "stip user end-sessions")
            print("\(account.email): \(ended) session(s) ended and its tokens revoked.")
        }
    }
}

enum UserAccount {
    static func find(_ email: String, in accounts: AccountStore) async throws -> Account {
        let normalised = (try? AccountInput.normalisedEmail(email)) ?? email
        guard let account = try await accounts.account(email: normalised) else { throw ValidationError("there is no account for \(email)") }
        return account
    }
}
