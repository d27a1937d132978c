@testable import App
import Core
import SnapshotTesting
import StipTestSupport
import Storage
import Testing

/// The login form, one's own account with its API tokens, the accounts overview, the audit
/// trail and the error pages, rendered from fixed models and compared whole with __Snapshots__.
@Suite struct AccountSnapshotTests {
    let l = Localizer()
    static let csrf = "csrf-token-snapshot"
    static let captain = Account(id: "account-aanvoerder", email: "aanvoerder@zuid-limburg.nl", role: .captain,
                                 teams: ["team-europese-schakelregio"])

    @Test func login() {
        assertSnapshot(of: LoginPage.render(.init(csrf: Self.csrf), l), as: .html, named: "inloggen")
    }

    @Test func loginFailed() {
        let model = LoginPage.Model(csrf: Self.csrf, email: "aanvoerder@zuid-limburg.nl", next: "/doelen", failed: true)
        assertSnapshot(of: LoginPage.render(model, l), as: .html, named: "inloggen-mislukt")
    }

    @Test func account() throws {
        let team = try #require(SeedPlan.register.team("team-europese-schakelregio"))
        let model = AccountPage.Model(csrf: Self.csrf, account: Self.captain, teams: [team], tokens: [], notice: l(.passwordChanged),
                                      now: "2026-11-20T09:00:00Z")
        assertSnapshot(of: AccountPage.render(model, l), as: .html, named: "account")
    }

    /// A token just made and shown this once, beside one in use, one expired and one revoked.
    @Test func accountWithTokens() {
        let tokens = [
            APITokenInfo(id: "token-1", name: "Rapportage", createdAt: "2026-10-01T08:00:00Z", lastUsedAt: "2026-11-19T16:45:00Z"),
            APITokenInfo(id: "token-2", name: "Proef", createdAt: "2026-09-01T08:00:00Z", expiresAt: "2026-10-01T00:00:00Z"),
            APITokenInfo(id: "token-3", name: "Oude koppeling", createdAt: "2026-06-01T08:00:00Z", revokedAt: "2026-07-01T12:00:00Z"),
            APITokenInfo(id: "token-4", name: "Dashboard", createdAt: "2026-11-20T08:59:00Z", expiresAt: "2027-11-20T00:00:00Z"),
        ]
        let model = AccountPage.Model(csrf: Self.csrf, account: Self.captain, teams: [], tokens: tokens,
                                      newToken: "stip_0123456789abcdef0123456789abcdef", now: "2026-11-20T09:00:00Z")
        assertSnapshot(of: AccountPage.render(model, l), as: .html, named: "account-tokens")
    }

    @Test func accounts() {
        let accounts = [
            Account(id: "account-beheerder", email: "beheerder@zuid-limburg.nl", role: .administrator),
            Account(id: "account-regiegroep", email: "regiegroep@zuid-limburg.nl", role: .steeringGroup),
            Self.captain,
            Account(id: "account-partner", email: "partner@example.org", role: .partner),
        ]
        assertSnapshot(of: AccountsPage.render(accounts, l), as: .html, named: "beheer-accounts")
    }

    @Test func auditTrail() {
        let records = [
            AuditRecord(id: "audit-2", at: "2026-11-20T09:30:00Z", accountID: "account-regiegroep", accountEmail: "regiegroep@zuid-limburg.nl",
                        entity: "actions", entityID: "samenwerking-k01", operation: .update,
                        before: #"{"status":"planned"}"#, after: #"{"status":"running"}"#),
            AuditRecord(id: "audit-1", at: "2026-11-19T14:05:00Z", accountID: "account-beheerder", accountEmail: "beheerder@zuid-limburg.nl",
                        entity: "people", entityID: "anna-jansen", operation: .create,
                        before: nil, after: #"{"id":"anna-jansen","name":"Anna Jansen"}"#),
        ]
        let filter = AuditTrail.Filter(from: "2026-11-01")
        assertSnapshot(of: AuditPage.render(filter: filter, records: records, query: "from=2026-11-01", l), as: .html, named: "rekenschap")
    }

    // MARK: Error pages, with the words the error middleware gives them

    @Test(arguments: [
        ("404-record", AppError.notFound(kind: "actielijn", id: "bestaat-niet")),
        ("400-id", AppError.malformedID("DROP TABLE")),
        ("401", AppError.unauthorized),
        ("403", AppError.forbidden),
        ("403-formulier", AppError.formExpired),
        ("422", AppError.unprocessable("De gegevens zijn veranderd sinds deze selectie werd getoond.")),
        ("429", AppError.tooManyAttempts(retryAfter: 300)),
        ("503-geen-plan", AppError.noPlanLoaded),
    ])
    func errorPage(name: String, error: AppError) {
        assertSnapshot(of: ErrorPage.render(status: error.status, reason: error.reason(l), l), as: .html, named: "fout-\(name)", testName: "errorPage")
    }

    @Test func errorPageForAnUnknownAddress() {
        assertSnapshot(of: ErrorPage.render(status: .notFound, reason: l(.errorNotFound), l), as: .html, named: "fout-404")
    }

    @Test func errorPageForAServerError() {
        assertSnapshot(of: ErrorPage.render(status: .internalServerError, reason: l(.errorServer), l), as: .html, named: "fout-500")
    }
}
