import App
import ArgumentParser
import Core
import Foundation
import Logging
import Seeds
import Services
import Storage

@main
struct StipCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stip",
        abstract: "Stip: the working system of a NOVI-gebied.",
        discussion: "Data lives in ./stip.sqlite unless DATABASE_URL says otherwise (sqlite:PATH or postgres://…).",
        subcommands: [Serve.self, Migrate.self, Seed.self, User.self, MonitorCommand.self, TargetsCommand.self, AuditCommand.self, ReportCommand.self, ConsultationCommand.self],
        defaultSubcommand: Serve.self)
}

/// Whether a seed file is a people-and-money file rather than a plan: its `format:` line says so.
func isPeopleAndMoneyFile(_ path: String) -> Bool {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
    return text.split(separator: "\n").contains { line in
        line.hasPrefix("format:") && line.dropFirst("format:".count).trimmingCharacters(in: .whitespaces).hasPrefix(PeopleAndMoneyFile.format)
    }
}

extension StipDatabase {
    /// The database `DATABASE_URL` names, migrated.
    /// Commands other than `serve` print what they did, not each migration step.
    static func open(quiet: Bool = true) async throws -> StipDatabase {
        var logger = Logger(label: "stip.storage")
        logger.logLevel = quiet ? .warning : .info
        let database = try await StipDatabase(location: try DatabaseLocation.from(environment: ProcessInfo.processInfo.environment), logger: logger)
        do {
            try await database.migrate()
        } catch {
            await database.shutdown()
            throw error
        }
        return database
    }
}

extension StipDatabase {
    /// Opens the database for one command's work and closes it however the work ends; a
    /// failure is printed for people rather than dumped, a wrong option keeps its usage hint.
    static func using<T>(_ work: (StipDatabase) async throws -> T) async throws -> T {
        let database: StipDatabase
        do { database = try await open() } catch { throw fail("\(error)") }
        do {
            let result = try await work(database)
            await database.shutdown()
            return result
        } catch let error as ValidationError {
            await database.shutdown()
            throw error
        } catch {
            await database.shutdown()
            throw fail("\(error)")
        }
    }
}

/// Prints a person-readable reason and exits non-zero, instead of a Swift dump.
func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("stip: \(message)\n".utf8))
    return ExitCode.failure
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve Stip over HTTP (migrating and loading the plan on a first start).")

    @Option(help: "The address to listen on.") var hostname = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080
    @Option(help: "The plan file to load when the database holds none (default: the Zuid-Limburg plan built into stip, or STIP_DATA_DIR's).")
    var plan: String?
    @Flag(help: "Stip is reached over HTTPS (through a proxy that ends TLS): browsers are told to use nothing else (HSTS).")
    var behindTLS = false

    func run() async throws {
        let database: StipDatabase
        do { database = try await .open(quiet: false) } catch { throw fail("\(error)") }
        let store = RegisterStore(database: database)
        do {
            // People and money on a first start too, checked against the plan as stored; only with the default plan.
            let seeding = Seeding(register: store), path = SeedFile.peopleAndMoney.source()
            let loaded = try await seeding.firstStart(
                plan: { try plan.map { try PlanFile.load(path: $0) } ?? SeedFile.plan() },
                peopleAndMoney: plan == nil ? { try SeedFile.peopleAndMoney(plan: $0) } : nil)
            if let info = loaded.plan { print("Loaded \(info.title) \(info.version) from \(plan ?? SeedFile.plan.source()) into \(database.location).") }
            if loaded.peopleAndMoney { print("Loaded people and money from \(path) into \(database.location).") }
            if let refused = loaded.peopleAndMoneyRefused { print("Did not load people and money from \(path): \(refused)") }
        } catch {
            await database.shutdown()
            throw fail("\(error)")
        }

        do {
            try await App.serve(
                store: store, accounts: AccountStore(database: database), audit: AuditTrail(database: database), hostname: hostname, port: port,
                secureCookies: ProcessInfo.processInfo.environment["STIP_INSECURE_COOKIES"] != "1",
                behindTLS: behindTLS || ProcessInfo.processInfo.environment["STIP_BEHIND_TLS"] == "1",
                sessionIdle: 60 * (ProcessInfo.processInfo.environment["STIP_SESSION_IDLE_MINUTES"].flatMap(Double.init) ?? 30),
                languages: ScreenLanguage.offered(ProcessInfo.processInfo.environment["STIP_LANGUAGES"]))
        } catch {
            await database.shutdown()
            throw error
        }
        await database.shutdown()
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Bring the database's tables up to date.")

    func run() async throws {
        do {
            let database = try await StipDatabase.open()
            print("Migrated \(database.location).")
            await database.shutdown()
        } catch {
            throw fail("\(error)")
        }
    }
}

struct Seed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load a plan file, or a people-and-money file, into the database: all of it or nothing.",
        discussion: "A file whose format line says stip-people-and-money/1 (docs/people-and-money-file.md) is checked against the plan in the database and loaded as its people and money.")

    @Argument(help: "The plan file (YAML, see docs/plan-file.md) or a people-and-money file (docs/people-and-money-file.md).") var path: String
    @Flag(help: "Replace the plan (or the people and money) the database already holds.") var replace = false

    func run() async throws {
        if isPeopleAndMoneyFile(path) { return try await loadPeopleAndMoney() }
        let register: Register
        do {
            register = try PlanFile.load(path: path)
        } catch {
            throw fail("\(error)")
        }
        let database: StipDatabase
        do { database = try await .open() } catch { throw fail("\(error)") }
        do {
            try await Seeding(register: RegisterStore(database: database)).plan(register, replacing: replace)
            await database.shutdown()
        } catch {
            await database.shutdown()
            throw fail("\(error)")
        }
        print("""
        Loaded \(register.plan.title) \(register.plan.version) into \(database.location): \
        \(register.challenges.count) challenges, \(register.ambitions.count) ambitions, \(register.actionLines.count) action lines, \
        \(register.actions.count) actions, \(register.programmes.count) programmes, \(register.organisations.count) organisations, \
        \(register.dependencies.count) dependencies.
        """)
    }

    private func loadPeopleAndMoney() async throws {
        let database: StipDatabase
        do { database = try await .open() } catch { throw fail("\(error)") }
        do {
            let data = try await Seeding(register: RegisterStore(database: database)).peopleAndMoney(replacing: replace) {
                try PeopleAndMoneyFile.load(path: path, plan: $0)
            }
            await database.shutdown()
            print("""
            Loaded people and money into \(database.location): capacity for \(data.capacityYears.map { String($0.year) }.joined(separator: ", ")) \
            (\(data.commitments.count) commitments), \(data.budgetLines.count) budget lines, \(data.reviews.count) reviews, \
            \(data.investments.count) investments.
            """)
        } catch {
            await database.shutdown()
            throw fail("\(error)")
        }
    }
}

struct User: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage accounts.", subcommands: [Add.self, UserResetPassword.self, UserDisable.self, UserEndSessions.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account (the first administrator among them).",
            discussion: "Without --password-stdin a password is generated and printed once.")

        @Option(help: "The e-mail address to log in with.") var email: String
        @Option(help: "beheerder, regiegroep, aanvoerder or partner.") var role: String
        @Option(help: "A team an aanvoerder leads (repeat for more).") var team: [String] = []
        @Option(help: "The name others see on public pages (without it: the role); the e-mail address is never shown there.")
        var name: String?
        @Flag(help: "Read the password from standard input.") var passwordStdin = false

        func run() async throws {
            guard let accountRole = AccountRole(rawValue: role) else {
                throw fail("--role '\(role)' is not one of \(AccountRole.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let password: String
            if passwordStdin {
                password = (readLine(strippingNewline: true) ?? "")
            } else {
                password = Self.generatedPassword()
            }
            let database: StipDatabase
            do { database = try await .open() } catch { throw fail("\(error)") }
            do {
                if let register = try await RegisterStore(database: database).current() {
                    for id in team where register.team(id) == nil {
                        throw ValidationError("--team '\(id)' is not a team of the plan (\(register.teams.map(\.id).joined(separator: ", ")))")
                    }
                }
                let account = try await AccountCreation.create(
                    email: email, role: accountRole, teams: team, password: password, name: name, in: AccountStore(database: database))
                await database.shutdown()
                print("Created \(account.email) (\(account.role.rawValue)\(team.isEmpty ? "" : ": " + team.joined(separator: ", "))).")
                if !passwordStdin { print("Password, shown this once: \(password)") }
            } catch {
                await database.shutdown()
                throw fail("\(error)")
            }
        }

        /// 20 characters from an alphabet without look-alikes.
        static func generatedPassword() -> String {
            let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
            var generator = SystemRandomNumberGenerator()
            return String((0..<20).map { _ in alphabet.randomElement(using: &generator)! })
        }
    }
}
