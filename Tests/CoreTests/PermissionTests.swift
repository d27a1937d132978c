import Core
import Testing

/// Who may do what: the matrix of roles and permissions.
@Suite struct PermissionTests {
    let administrator = Account(id: "1", email: "b@x.nl", role: .administrator)
    let steering = Account(id: "2", email: "r@x.nl", role: .steeringGroup)
    let captain = Account(id: "3", email: "a@x.nl", role: .captain, teams: ["team-groene-long"])
    let partner = Account(id: "4", email: "p@x.nl", role: .partner)

    @Test func theMatrix() {
        let permissions: [Permission] = [
            .readPublic, .manageOwnAccount, .editRegister, .editTeam("team-groene-long"), .editTeam("team-europese-schakelregio"),
            .manageAccounts, .readAudit, .respondToConsultation,
        ]
        let expected: [(String, Account?, [Bool])] = [
            ("anonymous", nil, [true, false, false, false, false, false, false, false]),
            ("partner", partner, [true, true, false, false, false, false, false, true]),
            ("aanvoerder", captain, [true, true, false, true, false, false, false, false]),
            ("regiegroep", steering, [true, true, true, true, true, false, true, false]),
            ("beheerder", administrator, [true, true, true, true, true, true, true, true]),
        ]
        for (name, account, allowed) in expected {
            #expect(permissions.map { $0.isAllowed(for: account) } == allowed, "\(name)")
        }
    }

    @Test func accountInputIsChecked() throws {
        #expect(try AccountInput.normalisedEmail("  An@Provincie.NL ") == "an@provincie.nl")
        #expect(throws: AccountInputError.invalidEmail("geen-adres")) { try AccountInput.normalisedEmail("geen-adres") }
        #expect(throws: AccountInputError.passwordTooShort(minimum: 12)) { try AccountInput.check(password: "kort") }
        #expect(throws: AccountInputError.passwordTooLong(maximumBytes: 72)) { try AccountInput.check(password: String(repeating: "é", count: 40)) }
        for common in ["password1234", "Wachtwoord2021!", "qwertyqwerty", "aaaaaaaaaaaaaaa", "abababababab", "Maastricht2026"] {
            #expect(throws: AccountInputError.self, "\(common) passed") { try AccountInput.check(password: common) }
        }
        for fine in ["correct horse battery", "Geul-en-Gulp-2021", "zeven blauwe kikkers"] {
            #expect(throws: Never.self, "\(fine) refused") { try AccountInput.check(password: fine) }
        }
        #expect(throws: AccountInputError.captainWithoutTeam) { try AccountInput.check(role: .captain, teams: []) }
        #expect(throws: AccountInputError.teamsForNonCaptain) { try AccountInput.check(role: .partner, teams: ["team-groene-long"]) }
    }
}
