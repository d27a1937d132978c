import Core
import Foundation
import Services
import Storage
import Vapor

/// Wires Stip's web side onto an application: error pages, the register's pages, the API.
public func configure(
    _ app: Application, store: RegisterStore, accounts: AccountStore, audit: AuditTrail,
    today: @escaping @Sendable () -> String = Today.amsterdam,
    passwordCost: Int = 12, secureCookies: Bool = true, behindTLS: Bool = false,
    loginLimits: LoginLimits = LoginLimits(), computeLimits: ComputeLimits = ComputeLimits(), sessionIdle: TimeInterval = 30 * 60, now: @escaping @Sendable () -> Date = Date.init,
    languages: [ScreenLanguage] = [.dutch]
) {
    let l = Localizer()
    app.passwords.use(.bcrypt(cost: passwordCost))
    // Our own error middleware replaces Vapor's, so every error becomes a page or JSON in our words.
    app.middleware = Middlewares()
    let cookies = CookieNames(secure: secureCookies)
    app.storage[CookieNames.Key.self] = cookies
    app.middleware.use(SecurityHeadersMiddleware(strictTransport: behindTLS))
    // Outside the error pages, so they speak the person's language too.
    app.middleware.use(LanguageMiddleware(offered: languages))
    app.middleware.use(ErrorPageMiddleware(l: l))
    app.middleware.use(AccountMiddleware(accounts: accounts, names: cookies, idle: sessionIdle, now: now))
    app.middleware.use(CSRFMiddleware(names: cookies))
    app.middleware.use(LanguageScope())
    LanguageRoutes(offered: languages, secureCookies: secureCookies).register(on: app)
    let pages = RegisterRoutes(store: store, audit: audit, l: l, today: today)
    pages.register(on: app)
    if let first = try? PlanDocumentRoutes.first.get() {
        PlanDocumentRoutes(pages: pages, drafting: PlanDrafting(store: PlanVersionStore(beside: store), first: first, now: now),
                           answers: ConsultationStore(beside: store), l: l).register(on: app)
    }
    APIRoutes(pages: pages).register(on: app)
    let decoy = (try? Bcrypt.hash(Secret.token(), cost: passwordCost)) ?? ""
    let passwordChecks = PasswordChecks(cost: passwordCost)
    app.lifecycle.use(PasswordChecksShutdown(checks: passwordChecks))
    AccountRoutes(
        accounts: accounts, store: store, reports: ReportStore(beside: store), today: today, l: l, secureCookies: secureCookies, decoyHash: decoy,
        throttle: LoginThrottle(policy: loginLimits, now: now), passwordChecks: passwordChecks, now: now, sessionIdle: sessionIdle
    ).register(on: app)
    RecordEditRoutes(editing: RegisterEditing(store: store), pages: pages, l: l).register(on: app)
    TranslationRoutes(translating: Translating(store: pages.translations, register: store, now: now), l: l).register(on: app)
    AuditRoutes(audit: audit, l: l).register(on: app)
    let offers = OfferDeciding(consultation: ConsultationStore(beside: store), register: store, money: PeopleAndMoneyStore(beside: store),
                               document: { PlanDocumentRoutes.document($0) }, sources: PlanDocumentRoutes.sources ?? DocumentSources(sources: [:]), now: now)
    MembershipRoutes(editing: RegisterEditing(store: store), offers: offers, pages: pages, l: l).register(on: app)
    PeopleAndMoneyRoutes(editing: PeopleAndMoneyEditing(store: PeopleAndMoneyStore(beside: store)), pages: pages, l: l).register(on: app)
    let queue = ComputeQueue(slots: computeLimits.slots, waitingLimit: computeLimits.waiting)
    app.storage[ComputeQueue.Key.self] = queue
    MonitorRoutes(
        store: MonitorStore(beside: store), decisions: FocusDecisionStore(beside: store), today: today, l: l,
        queue: queue, allowance: ComputeAllowance(limits: computeLimits, now: now)
    ).register(on: app)
    TargetsRoutes(measuring: TargetMeasuring(store: TargetMeasurementStore(beside: store), register: store), pages: pages, l: l).register(on: app)
    ReportingRoutes(reporting: Reporting(store: ReportStore(beside: store), register: store, headline: ReportHeadline.beside(store), now: now), pages: pages, l: l).register(on: app)
    ConsultationRoutes(
        consulting: Consulting(store: ConsultationStore(beside: store), register: store, document: { PlanDocumentRoutes.document($0) }, now: now),
        versions: PlanVersionStore(beside: store), money: PeopleAndMoneyStore(beside: store), pages: pages, l: l, now: now
    ).register(on: app)
    EvaluationRoutes(evaluating: Evaluating(store: EvaluationStore(beside: store), register: store, now: now), pages: pages, l: l).register(on: app)
}

/// Serves Stip until the process is told to stop.
public func serve(
    store: RegisterStore, accounts: AccountStore, audit: AuditTrail, hostname: String, port: Int,
    secureCookies: Bool = true, behindTLS: Bool = false, sessionIdle: TimeInterval = 30 * 60, languages: [ScreenLanguage] = [.dutch]
) async throws {
    var environment = Environment(name: "production", arguments: ["stip"])
    try LoggingSystem.bootstrap(from: &environment)
    let app = try await Application.make(environment)
    app.http.server.configuration.hostname = hostname
    app.http.server.configuration.port = port
    configure(app, store: store, accounts: accounts, audit: audit, secureCookies: secureCookies, behindTLS: behindTLS, sessionIdle: sessionIdle,
              languages: languages)
    do {
        try await app.execute()
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

/// Today's date where the programme runs, as `yyyy-mm-dd`.
public enum Today {
    /// Made once: every page view asks for today, to key its rendered answer.
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
        return calendar
    }()

    @Sendable public static func amsterdam() -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
