import FluentKit
import Foundation

// The programme register's tables. Ids are the plan file's slugs, so a URL names a record
// the way the plan file does; the join tables use UUIDs.

final class PlanModel: Model, @unchecked Sendable {
    static let schema = "plans"

    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "title") var title: String
    @Field(key: "version") var version: String
    @Field(key: "date") var date: String
    @Field(key: "region") var region: String
    @OptionalField(key: "summary") var summary: String?
    @Field(key: "vision") var vision: VisionColumn
    @Field(key: "core_values") var coreValues: [String]
    @Field(key: "added_value") var addedValue: AddedValueColumn

    init() {}
}

/// The vision as stored: JSON in one column, since it is read and written whole.
struct VisionColumn: Codable, Sendable {
    var intro: String
    var points: [Point]
    struct Point: Codable, Sendable { var text: String; var details: [String] }
}

struct AddedValueColumn: Codable, Sendable {
    var intro: String?
    var points: [String]
    var keywords: [String]
}

final class ThemeModel: Model, @unchecked Sendable {
    static let schema = "themes"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "position") var position: Int
    @Field(key: "name") var name: String
    @OptionalField(key: "description") var description: String?
    init() {}
}

final class PeriodModel: Model, @unchecked Sendable {
    static let schema = "periods"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "position") var position: Int
    @Field(key: "label") var label: String
    @Field(key: "start") var start: String
    @Field(key: "end") var end: String
    init() {}
}

final class ChallengeModel: Model, @unchecked Sendable {
    static let schema = "challenges"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "number") var number: Int
    @Field(key: "title") var title: String
    @OptionalField(key: "focus") var focus: String?
    @Field(key: "added_value") var addedValue: [String]
    @Field(key: "themes") var themes: [String]
    init() {}
}

final class AmbitionModel: Model, @unchecked Sendable {
    static let schema = "ambitions"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "position") var position: Int
    @OptionalField(key: "challenge_id") var challengeID: String?
    @OptionalField(key: "number") var number: Int?
    @Field(key: "title") var title: String
    @Field(key: "text") var text: String
    @OptionalField(key: "note") var note: String?
    init() {}
}

final class TargetModel: Model, @unchecked Sendable {
    static let schema = "targets"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "ambition_id") var ambitionID: String
    @Field(key: "position") var position: Int
    @Field(key: "text") var text: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "year") var year: Int?
    @Field(key: "approximate") var approximate: Bool
    @OptionalField(key: "value") var value: Double?
    @OptionalField(key: "unit") var unit: String?
    init() {}
}

final class ActionLineModel: Model, @unchecked Sendable {
    static let schema = "action_lines"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "number") var number: Int
    @Field(key: "title") var title: String
    @Field(key: "ambition_id") var ambitionID: String
    @OptionalField(key: "ambition_text") var ambitionText: String?
    @Field(key: "stakeholders_text") var stakeholdersText: String
    @OptionalField(key: "short_term_note") var shortTermNote: String?
    @OptionalField(key: "outlook_note") var outlookNote: String?
    @Field(key: "added_value") var addedValue: [String]
    init() {}
}

/// One item of a line's *Voortbouwen op*: the programme and the words the plan uses for it there.
final class ActionLineProgrammeModel: Model, @unchecked Sendable {
    static let schema = "action_line_programmes"
    @ID(key: .id) var id: UUID?
    @Field(key: "action_line_id") var actionLineID: String
    @Field(key: "programme_id") var programmeID: String
    @Field(key: "position") var position: Int
    @Field(key: "text") var text: String
    init() {}
}

final class ActionLineOrganisationModel: Model, @unchecked Sendable {
    static let schema = "action_line_organisations"
    @ID(key: .id) var id: UUID?
    @Field(key: "action_line_id") var actionLineID: String
    @Field(key: "organisation_id") var organisationID: String
    @Field(key: "position") var position: Int
    init() {}
}

final class ActionModel: Model, @unchecked Sendable {
    static let schema = "actions"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "action_line_id") var actionLineID: String
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    @Field(key: "term") var term: String
    @Field(key: "section") var section: String
    @OptionalField(key: "period_id") var periodID: String?
    @OptionalField(key: "year") var year: Int?
    @Field(key: "approximate") var approximate: Bool
    @Field(key: "details") var details: [String]
    @Field(key: "status") var status: String
    @OptionalField(key: "owner_team_id") var ownerTeamID: String?
    @OptionalField(key: "owner_organisation_id") var ownerOrganisationID: String?
    @Field(key: "version") var version: Int
    init() {}
}

final class ProgrammeModel: Model, @unchecked Sendable {
    static let schema = "programmes"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "position") var position: Int
    @Field(key: "name") var name: String
    @OptionalField(key: "description") var description: String?
    init() {}
}

final class ProgrammeOrganisationModel: Model, @unchecked Sendable {
    static let schema = "programme_organisations"
    @ID(key: .id) var id: UUID?
    @Field(key: "programme_id") var programmeID: String
    @Field(key: "organisation_id") var organisationID: String
    @Field(key: "position") var position: Int
    init() {}
}

final class OrganisationModel: Model, @unchecked Sendable {
    static let schema = "organisations"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "position") var position: Int
    @Field(key: "name") var name: String
    @Field(key: "aliases") var aliases: [String]
    @Field(key: "kind") var kind: String
    @Field(key: "country") var country: String
    @Field(key: "mentions") var mentions: [String]
    init() {}
}

final class DependencyModel: Model, @unchecked Sendable {
    static let schema = "dependencies"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "position") var position: Int
    @Field(key: "from_line_id") var fromLineID: String
    @Field(key: "to_line_id") var toLineID: String
    @OptionalField(key: "theme_id") var themeID: String?
    @Field(key: "text") var text: String
    @OptionalField(key: "source") var source: String?
    init() {}
}

/// One row counting changes to the register, so a reader can tell cheaply whether what it
/// holds in memory is still current.
final class RegisterRevisionModel: Model, @unchecked Sendable {
    static let schema = "register_revisions"
    @ID(custom: "id", generatedBy: .user) var id: Int?
    @Field(key: "revision") var revision: Int
    init() {}
}

/// The version of one record other than an action; absent means version 1.
final class RecordVersionModel: Model, @unchecked Sendable {
    static let schema = "record_versions"
    /// `entity/id`, so each record has one row.
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "entity") var entity: String
    @Field(key: "entity_id") var entityID: String
    @Field(key: "version") var version: Int
    init() {}
}
