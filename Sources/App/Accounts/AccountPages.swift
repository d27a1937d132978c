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
                FormFieldRenderer(l: l).nodes(fields(l, email: model.email)),
                .button(.type(.submit), .text(l(.loginButton)))
            )
        )
    }

    /// The same fields whatever went wrong: which of the two was wrong is not said.
    static func fields(_ l: Localizer, email: String = "") -> [FormInput] {
        [FormInput(name: "email", label: l(.email), kind: .email, required: true, autocomplete: "username", value: email),
         FormInput(name: "password", label: l(.password), kind: .password, required: true, autocomplete: "current-password")]
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
        /// The problem's field, where it has one: the password change's or the token's.
        var problems: FormProblems = [:]
        /// To tell expired tokens, as an ISO 8601 instant.
        var now: String = ""
        /// Open work in the reporting rounds; nil for a partner, who has none.
        var todo: [ReportingTodo.Item]?
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.account), section: nil, source: nil).render(
            .h1(.text(l(.account))),
            .dl(.class("facts"),
                .dt(.text(l(.email))), .dd(.text(model.account.email)),
                .dt(.text(l(.roleLabel))), .dd(.text(l(.accountRole(model.account.role))))
            ),
            .unwrap(model.todo) { todo in
                .section(.class("todo"),
                    .h2(.text(l(.reporting(.todoTitle)))),
                    .if(todo.isEmpty, .p(.class("muted"), .text(l(.reporting(.nothingToDo))))),
                    .ul(.forEach(todo) { item in
                        .li(.a(.href(item.url.path), .text(item.text)), .if(item.overdue, .span(.class("flag late"), .text(" " + l(.reporting(.overdue))))))
                    }),
                    .p(.a(.href(SiteURL.reporting(.rounds).path), .text(l(.reporting(.title)))), .text(" · "),
                       .a(.href(SiteURL.evaluation(.evaluations).path), .text(l(.evaluation(.title))))))
            },
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
                FormFieldRenderer(l: l, idPrefix: "password-").nodes(passwordFields(l).map { $0.filled([:], problems: model.problems) }),
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
                FormFieldRenderer(l: l, idPrefix: "token-").nodes(tokenFields(l).map { $0.filled([:], problems: model.problems) }),
                .button(.type(.submit), .text(l(.createToken)))
            )
        )
    }

    static func passwordFields(_ l: Localizer) -> [FormInput] {
        [FormInput(name: "current", label: l(.currentPassword), kind: .password, required: true, autocomplete: "current-password"),
         FormInput(name: "new", label: l(.newPassword), kind: .password, required: true, autocomplete: "new-password"),
         FormInput(name: "repeat", label: l(.repeatPassword), kind: .password, required: true, autocomplete: "new-password")]
    }

    static func tokenFields(_ l: Localizer) -> [FormInput] {
        [FormInput(name: "name", label: l(.tokenName), required: true),
         FormInput(name: "expires", label: l(.tokenExpires), kind: .date, hint: l(.tokenExpiresHint))]
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
