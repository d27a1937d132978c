import Foundation
import Yams

/// Reads a plan file (see docs/plan-file.md) into a `Register`, refusing it whole when
/// anything is wrong and naming the line and field of every problem.
public enum PlanFile {
    public static let format = "stip-plan/1"

    public static func load(path: String) throws(PlanFileError) -> Register {
        try parse(text(ofFile: path), file: path)
    }

    /// A YAML file's text, or the place of its first byte that is not UTF-8 (both YAML readers).
    static func text(ofFile path: String) throws(PlanFileError) -> String {
        guard FileManager.default.fileExists(atPath: path) else {
            throw PlanFileError(file: path, problems: [.init(line: nil, column: nil, field: "", message: "there is no such file")])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PlanFileError(file: path, problems: [.init(line: nil, column: nil, field: "", message: "cannot be read")])
        }
        if let text = String(data: data, encoding: .utf8) { return text }
        var iterator = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1, column = 1, offset = 0
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) {
            if scalar.count == 1, scalar.first == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
            offset += scalar.count
        }
        let byte = offset < data.count ? "byte 0x\(String(data[data.startIndex + offset], radix: 16, uppercase: true))" : "the last character"
        throw PlanFileError(file: path, problems: [
            .init(line: line, column: column, field: "", message: "\(byte) is not UTF-8; save the file as UTF-8"),
        ])
    }

    public static func parse(_ yaml: String, file: String) throws(PlanFileError) -> Register {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw PlanFileError(file: file, problems: [.init(line: 1, column: 1, field: "", message: "the file is empty")])
            }
            root = node
        } catch let error as PlanFileError {
            throw error
        } catch let error as YamlError {
            throw PlanFileError(file: file, problems: [problem(for: error)])
        } catch {
            throw PlanFileError(file: file, problems: [.init(line: 1, column: 1, field: "", message: "not valid YAML: \(error)")])
        }

        if let tooLarge = YAMLTreeSize.problem(in: root, textBytes: yaml.utf8.count) {
            throw PlanFileError(file: file, problems: [tooLarge])
        }

        let unknown = PlanFileShape.file.unknownFields(in: root)
        if !unknown.isEmpty { throw PlanFileError(file: file, problems: unknown) }

        let document: Document
        do {
            document = try YAMLDecoder().decode(Document.self, from: root)
        } catch let error as DecodingError {
            throw PlanFileError(file: file, problems: [problem(for: error, in: root)])
        } catch {
            throw PlanFileError(file: file, problems: [.init(line: nil, column: nil, field: "", message: "\(error)")])
        }

        var validator = Validator(root: root)
        let register = validator.register(from: document)
        if !validator.problems.isEmpty {
            throw PlanFileError(file: file, problems: validator.problems)
        }
        return register
    }

    // MARK: Error places

    /// Where libyaml stopped, for both YAML readers; an error without a place is put at the start.
    static func problem(for error: YamlError) -> PlanFileError.Problem {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .init(line: mark.line, column: mark.column, field: "", message: "not valid YAML: \(problem)")
        case let .reader(problem, offset, _, yaml):
            var line = 1, column = 1
            for character in yaml.prefix(offset ?? 0) {
                if character.isNewline { line += 1; column = 1 } else { column += 1 }
            }
            return .init(line: line, column: column, field: "", message: "not valid YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .init(line: context.mark.line, column: context.mark.column, field: "",
                         message: "not valid YAML: a key is given twice in one mapping (\(duplicates.sorted().joined(separator: ", ")))")
        default:
            return .init(line: 1, column: 1, field: "", message: "not valid YAML: \(error)")
        }
    }

    private static func problem(for error: DecodingError, in root: Node) -> PlanFileError.Problem {
        let path: [CodingKey], message: String
        switch error {
        case let .keyNotFound(key, context):
            path = context.codingPath + [key]
            message = "is required but missing"
        case let .typeMismatch(type, context):
            path = context.codingPath
            message = "should be \(describe(type))"
        case let .valueNotFound(type, context):
            path = context.codingPath
            message = "should be \(describe(type)), found nothing"
        case let .dataCorrupted(context):
            path = context.codingPath
            message = context.debugDescription
        @unknown default:
            path = []
            message = "\(error)"
        }
        let components = path.map { key in key.intValue.map(PathComponent.index) ?? .key(key.stringValue) }
        let mark = locate(components, in: root)
        return .init(line: mark?.line, column: mark?.column, field: fieldName(components), message: message)
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: String(describing: type).hasPrefix("Array") ? "a list" : "a mapping of fields"
        }
    }
}

enum PathComponent: Equatable {
    case key(String)
    case index(Int)
}

func fieldName(_ path: [PathComponent]) -> String {
    var name = ""
    for component in path {
        switch component {
        case let .key(key): name += name.isEmpty ? key : ".\(key)"
        case let .index(index): name += "[\(index)]"
        }
    }
    return name
}

/// The place in the file of the deepest node along the path that exists.
func locate(_ path: [PathComponent], in root: Node) -> Mark? {
    var node = root
    for component in path {
        let next: Node? = switch component {
        case let .key(key): node.mapping?[key]
        case let .index(index): node.sequence.flatMap { index < $0.count ? $0[index] : nil }
        }
        guard let next else { break }
        node = next
    }
    return node.mark
}

// MARK: - The file's shape

extension PlanFile {
    struct Document: Decodable {
        var format: String
        var plan: PlanInfo
        var vision: Vision
        var coreValues: [String]
        var addedValue: AddedValue
        var themes: [Theme]?
        var periods: [Period]?
        var challenges: [Challenge]
        var ambitions: [Ambition]
        var programmes: [Programme]
        var organisations: [Organisation]
        var actionLines: [LineEntry]
        var dependencies: [DependencyEntry]?
        var bodies: [Body]?
        var teams: [TaskTeam]?
        var people: [Person]?
        var memberships: [Membership]?
    }

    struct LineEntry: Decodable {
        var line: ActionLine
        var actions: [ActionEntry]

        enum CodingKeys: String, CodingKey {
            case id, number, title, ambition, ambitionText, buildsOn, stakeholders, shortTermNote, outlookNote, addedValue, actions
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            line = ActionLine(
                id: try c.decode(String.self, forKey: .id),
                number: try c.decode(Int.self, forKey: .number),
                title: try c.decode(String.self, forKey: .title),
                ambition: try c.decode(String.self, forKey: .ambition),
                ambitionText: try c.decodeIfPresent(String.self, forKey: .ambitionText),
                buildsOn: try c.decodeIfPresent([ActionLine.BuildsOn].self, forKey: .buildsOn) ?? [],
                stakeholders: try c.decodeIfPresent(ActionLine.Stakeholders.self, forKey: .stakeholders)
                    ?? .init(text: "", organisations: []),
                shortTermNote: try c.decodeIfPresent(String.self, forKey: .shortTermNote),
                outlookNote: try c.decodeIfPresent(String.self, forKey: .outlookNote),
                addedValue: try c.decodeIfPresent([String].self, forKey: .addedValue) ?? [])
            actions = try c.decodeIfPresent([ActionEntry].self, forKey: .actions) ?? []
        }
    }

    struct ActionEntry: Decodable {
        var id: String?
        var title: String
        var term: Action.Term
        var section: Action.Section?
        var period: String?
        var year: Int?
        var approximate: Bool?
        var details: [String]?
        var status: Action.Status?
        var ownerTeam: String?
        var ownerOrganisation: String?
    }

    struct DependencyEntry: Decodable {
        var id: String?
        var from: String
        var to: String
        var theme: String?
        var text: String
        var source: String?
    }
}

// MARK: - Checks beyond the shape

/// Checks ids and references and turns the file into a register, collecting every problem.
private struct Validator {
    let root: Node
    var problems: [PlanFileError.Problem] = []

    init(root: Node) { self.root = root }

    mutating func report(_ path: [PathComponent], _ message: String) {
        let mark = locate(path, in: root)
        problems.append(.init(line: mark?.line, column: mark?.column, field: fieldName(path), message: message))
    }

    mutating func checkIDs(_ ids: [String], in collection: String) -> Set<String> {
        var seen = Set<String>()
        for (index, id) in ids.enumerated() {
            let path: [PathComponent] = [.key(collection), .index(index), .key("id")]
            if !Slug.isValid(id) {
                report(path, "'\(id)' is not a valid id (lower-case letters, digits and hyphens, at most \(Slug.maximumLength))")
            }
            if !seen.insert(id).inserted {
                report(path, "'\(id)' is used twice in \(collection)")
            }
        }
        return seen
    }

    mutating func checkReference(_ id: String, to known: Set<String>, kind: String, at path: [PathComponent]) {
        if !known.contains(id) {
            report(path, "refers to \(kind) '\(id)', which the file does not define")
        }
    }

    mutating func register(from document: PlanFile.Document) -> Register {
        if document.format != PlanFile.format {
            report([.key("format")], "is '\(document.format)'; this version of Stip reads '\(PlanFile.format)'")
        }
        if !ISODate.isValid(document.plan.date) {
            report([.key("plan"), .key("date")], "'\(document.plan.date)' is not a date (yyyy-mm-dd)")
        }
        let themes = document.themes ?? [], periods = document.periods ?? []
        let themeIDs = checkIDs(themes.map(\.id), in: "themes")
        let periodIDs = checkIDs(periods.map(\.id), in: "periods")
        let challengeIDs = checkIDs(document.challenges.map(\.id), in: "challenges")
        let ambitionIDs = checkIDs(document.ambitions.map(\.id), in: "ambitions")
        let programmeIDs = checkIDs(document.programmes.map(\.id), in: "programmes")
        let organisationIDs = checkIDs(document.organisations.map(\.id), in: "organisations")
        let lineIDs = checkIDs(document.actionLines.map(\.line.id), in: "actionLines")

        for (index, period) in periods.enumerated() where period.end < period.start {
            report([.key("periods"), .index(index), .key("end")], "ends (\(period.end)) before it starts (\(period.start))")
        }
        for (index, challenge) in document.challenges.enumerated() {
            for (t, theme) in challenge.themes.enumerated() {
                checkReference(theme, to: themeIDs, kind: "theme", at: [.key("challenges"), .index(index), .key("themes"), .index(t)])
            }
        }
        var targetIDs = Set<String>()
        for (index, ambition) in document.ambitions.enumerated() {
            let path: [PathComponent] = [.key("ambitions"), .index(index)]
            if let challenge = ambition.challenge {
                checkReference(challenge, to: challengeIDs, kind: "challenge", at: path + [.key("challenge")])
            }
            for (t, target) in ambition.targets.enumerated() {
                let targetPath = path + [.key("targets"), .index(t), .key("id")]
                if !Slug.isValid(target.id) { report(targetPath, "'\(target.id)' is not a valid id") }
                if !targetIDs.insert(target.id).inserted { report(targetPath, "'\(target.id)' is used twice among the targets") }
            }
        }
        for (index, programme) in document.programmes.enumerated() {
            for (o, organisation) in programme.organisations.enumerated() {
                checkReference(organisation, to: organisationIDs, kind: "organisation",
                               at: [.key("programmes"), .index(index), .key("organisations"), .index(o)])
            }
        }

        var actions: [Action] = []
        var actionIDs = Set<String>()
        for (index, entry) in document.actionLines.enumerated() {
            let path: [PathComponent] = [.key("actionLines"), .index(index)]
            let line = entry.line
            checkReference(line.ambition, to: ambitionIDs, kind: "ambition", at: path + [.key("ambition")])
            for (b, item) in line.buildsOn.enumerated() {
                checkReference(item.programme, to: programmeIDs, kind: "programme", at: path + [.key("buildsOn"), .index(b), .key("programme")])
            }
            for (o, organisation) in line.stakeholders.organisations.enumerated() {
                checkReference(organisation, to: organisationIDs, kind: "organisation",
                               at: path + [.key("stakeholders"), .key("organisations"), .index(o)])
            }
            var counts: [Action.Term: Int] = [:]
            for (a, item) in entry.actions.enumerated() {
                let actionPath = path + [.key("actions"), .index(a)]
                let number = (counts[item.term] ?? 0) + 1
                counts[item.term] = number
                let id = item.id ?? Self.actionID(line: line.id, term: item.term, number: number)
                if !Slug.isValid(id) { report(actionPath + [.key("id")], "'\(id)' is not a valid id") }
                if !actionIDs.insert(id).inserted { report(actionPath + [.key("id")], "'\(id)' is used twice among the actions") }
                if let period = item.period {
                    checkReference(period, to: periodIDs, kind: "period", at: actionPath + [.key("period")])
                }
                if let year = item.year, !(1900...2200).contains(year) {
                    report(actionPath + [.key("year")], "\(year) is not a plausible year")
                }
                actions.append(Action(
                    id: id, line: line.id, position: a + 1, title: item.title, term: item.term,
                    section: item.section ?? .main, period: item.period, year: item.year,
                    approximate: item.approximate ?? false, details: item.details ?? [],
                    status: item.status ?? .planned, ownerTeam: item.ownerTeam, ownerOrganisation: item.ownerOrganisation))
                if let owner = item.ownerOrganisation {
                    checkReference(owner, to: organisationIDs, kind: "organisation", at: actionPath + [.key("ownerOrganisation")])
                }
            }
        }

        var dependencies: [Dependency] = []
        var dependencyIDs = Set<String>()
        for (index, entry) in (document.dependencies ?? []).enumerated() {
            let path: [PathComponent] = [.key("dependencies"), .index(index)]
            checkReference(entry.from, to: lineIDs, kind: "action line", at: path + [.key("from")])
            checkReference(entry.to, to: lineIDs, kind: "action line", at: path + [.key("to")])
            if let theme = entry.theme { checkReference(theme, to: themeIDs, kind: "theme", at: path + [.key("theme")]) }
            let id = entry.id ?? "samenhang-\(index + 1)"
            if !Slug.isValid(id) { report(path + [.key("id")], "'\(id)' is not a valid id") }
            if !dependencyIDs.insert(id).inserted { report(path + [.key("id")], "'\(id)' is used twice among the dependencies") }
            dependencies.append(Dependency(id: id, from: entry.from, to: entry.to, theme: entry.theme, text: entry.text, source: entry.source))
        }

        let (bodies, teams, people, memberships) = structure(from: document, lines: lineIDs, organisations: organisationIDs)
        let teamIDs = Set(teams.map(\.id))
        for (index, entry) in document.actionLines.enumerated() {
            for (a, item) in entry.actions.enumerated() {
                if let owner = item.ownerTeam {
                    checkReference(owner, to: teamIDs, kind: "team", at: [.key("actionLines"), .index(index), .key("actions"), .index(a), .key("ownerTeam")])
                }
            }
        }

        return Register(
            plan: document.plan, vision: document.vision, coreValues: document.coreValues,
            addedValue: document.addedValue, themes: themes, periods: periods,
            challenges: document.challenges, ambitions: document.ambitions,
            actionLines: document.actionLines.map(\.line), actions: actions,
            programmes: document.programmes, organisations: document.organisations,
            dependencies: dependencies, bodies: bodies, teams: teams, people: people, memberships: memberships)
    }

    /// The collaboration structure: bodies, teams and sub-teams, people and their memberships.
    mutating func structure(
        from document: PlanFile.Document, lines: Set<String>, organisations: Set<String>
    ) -> ([Body], [TaskTeam], [Person], [Membership]) {
        let bodies = document.bodies ?? [], teams = document.teams ?? []
        let people = document.people ?? [], memberships = document.memberships ?? []
        let bodyIDs = checkIDs(bodies.map(\.id), in: "bodies")
        let teamIDs = checkIDs(teams.map(\.id), in: "teams")
        let personIDs = checkIDs(people.map(\.id), in: "people")
        _ = checkIDs(memberships.map(\.id), in: "memberships")
        for (index, team) in teams.enumerated() {
            let path: [PathComponent] = [.key("teams"), .index(index)]
            if let parent = team.parent {
                checkReference(parent, to: teamIDs, kind: "team", at: path + [.key("parent")])
                if parent == team.id { report(path + [.key("parent")], "a team cannot be its own sub-team") }
            }
            if let line = team.actionLine { checkReference(line, to: lines, kind: "action line", at: path + [.key("actionLine")]) }
        }
        for (index, person) in people.enumerated() {
            if let organisation = person.organisation {
                checkReference(organisation, to: organisations, kind: "organisation", at: [.key("people"), .index(index), .key("organisation")])
            }
        }
        for (index, membership) in memberships.enumerated() {
            let path: [PathComponent] = [.key("memberships"), .index(index)]
            checkReference(membership.person, to: personIDs, kind: "person", at: path + [.key("person")])
            switch (membership.team, membership.body) {
            case let (team?, nil): checkReference(team, to: teamIDs, kind: "team", at: path + [.key("team")])
            case let (nil, body?): checkReference(body, to: bodyIDs, kind: "body", at: path + [.key("body")])
            default: report(path, "names both a team and a body, or neither: give exactly one")
            }
            if !ISODate.isValid(membership.from) { report(path + [.key("from")], "'\(membership.from)' is not a date (yyyy-mm-dd)") }
            if let until = membership.until {
                if !ISODate.isValid(until) { report(path + [.key("until")], "'\(until)' is not a date (yyyy-mm-dd)") }
                else if until < membership.from { report(path + [.key("until")], "ends (\(until)) before it starts (\(membership.from))") }
            }
        }
        return (bodies, teams, people, memberships)
    }

    static func actionID(line: String, term: Action.Term, number: Int) -> String {
        "\(line)-\(term == .short ? "k" : "d")\(number < 10 ? "0" : "")\(number)"
    }
}
