import Core
import Plot

/// The login form.
enum LoginPage {
    struct Model: Equatable {
        var csrf: String
        var email: String = ""
        var next: String = "/account"
        var failed: Bool = false
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.login), section: nil, source: nil).render(
            .h1(.text(l(.login))),
            .p(.text(l(.loginIntro))),
            .if(model.failed, .p(.class("error"), .attribute(named: "role", value: "alert"), .text(l(.loginFailed)))),
            .form(.method(.post), .action(SiteURL.login.path), .class("stacked"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                .input(.type(.hidden), .name("next"), .value(model.next)),
                .label(.for("email"), .text(l(.email))),
                .input(.type(.email), .name("email"), .id("email"), .value(model.email), .required(true), .attribute(named: "autocomplete", value: "username")),
                .label(.for("password"), .text(l(.password))),
                .input(.type(.password), .name("password"), .id("password"), .required(true), .attribute(named: "autocomplete", value: "current-password")),
                .button(.type(.submit), .text(l(.loginButton)))
            )
        )
    }
}

/// One's own account: role, teams, API tokens.
enum AccountPage {
    struct Model: Equatable {
        var csrf: String
        var account: Account
        var teams: [TaskTeam]
        var tokens: [APITokenInfo]
        /// A token just made, shown this once.
        var newToken: String?
        /// What became of a password change or a token request, in words.
        var notice: String?
        var problem: String?
        /// To tell expired tokens, as an ISO 8601 instant.
        var now: String = ""
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.account), section: nil, source: nil).render(
            .h1(.text(l(.account))),
            .dl(.class("facts"),
                .dt(.text(l(.email))), .dd(.text(model.account.email)),
                .dt(.text(l(.roleLabel))), .dd(.text(l(.accountRole(model.account.role))))
            ),
            .if(!model.teams.isEmpty, .group(
                .h2(.text(l(.yourTeams))),
                .ul(.forEach(model.teams) { .li(.link(.team($0.id), $0.name)) })
            )),
            .form(.method(.post), .action(SiteURL.logout.path),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                .button(.type(.submit), .text(l(.logout)))
            ),
            .unwrap(model.notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .unwrap(model.problem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .h2(.text(l(.changePassword))),
            .form(.method(.post), .action(SiteURL.changePassword.path), .class("stacked"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                .label(.for("current-password"), .text(l(.currentPassword))),
                .input(.type(.password), .name("current"), .id("current-password"), .required(true), .attribute(named: "autocomplete", value: "current-password")),
                .label(.for("new-password"), .text(l(.newPassword))),
                .input(.type(.password), .name("new"), .id("new-password"), .required(true), .attribute(named: "autocomplete", value: "new-password")),
                .label(.for("repeat-password"), .text(l(.repeatPassword))),
                .input(.type(.password), .name("repeat"), .id("repeat-password"), .required(true), .attribute(named: "autocomplete", value: "new-password")),
                .button(.type(.submit), .text(l(.changePassword)))
            ),
            .h2(.text(l(.tokens))),
            .p(.text(l(.tokensIntro))),
            .unwrap(model.newToken) { token in
                .div(.class("target"), .attribute(named: "role", value: "status"),
                    .strong(.text(l(.tokenCreated) + ": ")), .code(.text(token)), .p(.text(l(.tokenShownOnce))))
            },
            .if(model.tokens.isEmpty, .p(.class("muted"), .text(l(.noTokens)))),
            .if(!model.tokens.isEmpty, .table(
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(l(.tokenName))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.createdAt))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.tokenExpires))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.tokenLastUsed))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.status)))
                )),
                .tbody(.forEach(model.tokens) { token in
                    .tr(
                        .td(.text(token.name)),
                        .td(.text(localTime(token.createdAt))),
                        .td(.text(token.expiresAt.map(localTime) ?? "—")),
                        .td(.text(token.lastUsedAt.map(localTime) ?? l(.never))),
                        .td(token.revokedAt != nil
                            ? .text(l(.revoked))
                            : token.expiresAt.map { $0 <= model.now } == true
                            ? .text(l(.tokenExpired))
                            : .form(.method(.post), .action(SiteURL.revokeToken(token.id).path),
                                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                                .button(.type(.submit), .text(l(.revokeToken)))))
                    )
                })
            )),
            .form(.method(.post), .action(SiteURL.tokens.path), .class("stacked"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                .label(.for("token-name"), .text(l(.tokenName))),
                .input(.type(.text), .name("name"), .id("token-name"), .required(true)),
                .label(.for("token-expires"), .text(l(.tokenExpires))),
                .input(.type(.date), .name("expires"), .id("token-expires")),
                .p(.class("hint"), .text(l(.tokenExpiresHint))),
                .button(.type(.submit), .text(l(.createToken)))
            )
        )
    }
}

/// Every account, for a beheerder.
enum AccountsPage {
    static func render(_ accounts: [Account], _ l: Localizer) -> String {
        Layout(l: l, title: l(.accounts), section: nil, source: nil).render(
            .h1(.text(l(.accounts))),
            .p(.text(l(.accountsIntro))),
            .table(
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(l(.email))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.roleLabel))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.teams)))
                )),
                .tbody(.forEach(accounts) { account in
                    .tr(.td(.text(account.email)), .td(.text(l(.accountRole(account.role)))), .td(.text(account.teams.joined(separator: ", "))))
                })
            )
        )
    }
}
