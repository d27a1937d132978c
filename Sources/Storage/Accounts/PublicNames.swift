import Core
import FluentKit

/// How people are named where anyone can read: by the name they gave, else by their role
/// (`regiegroep`, `aanvoerder`, …), never by their e-mail address. The e-mail stays in the audit
/// trail for the beheerder, and on the person's own account page.
struct PublicNames: Sendable {
    private var byID: [String: String] = [:]
    private var byEmail: [String: String] = [:]

    static func load(on db: any Database) async throws -> PublicNames {
        var names = PublicNames()
        for user in try await UserModel.query(on: db).all() {
            let name = Self.name(display: user.displayName, role: user.role)
            if let id = user.id { names.byID[id] = name }
            names.byEmail[user.email] = name
        }
        return names
    }

    static func name(display: String?, role: String) -> String {
        let trimmed = display?.trimmingCharacters(in: .whitespaces) ?? ""
        return trimmed.isEmpty ? role : trimmed
    }

    /// Who made an audit record: the account's name, or the command that did it (`stip seed`).
    func author(of record: AuditRecord) -> String {
        if let id = record.accountID, let name = byID[id] { return name }
        return of(record.accountEmail)
    }

    /// The name behind a text that may be an e-mail address; other text is left as it is.
    func of(_ text: String) -> String {
        guard text.contains("@") else { return text }
        return byEmail[text] ?? AccountRole.administrator.rawValue
    }
}
