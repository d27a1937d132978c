import FluentKit

final class BodyModel: Model, @unchecked Sendable {
    static let schema = "bodies"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "position") var position: Int
    @Field(key: "name") var name: String
    @OptionalField(key: "abbreviation") var abbreviation: String?
    @Field(key: "kind") var kind: String
    @OptionalField(key: "description") var description: String?
    init() {}
}

final class TeamModel: Model, @unchecked Sendable {
    static let schema = "teams"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "position") var position: Int
    @Field(key: "name") var name: String
    @OptionalField(key: "parent_id") var parentID: String?
    @OptionalField(key: "action_line_id") var actionLineID: String?
    @OptionalField(key: "government_role") var governmentRole: String?
    @OptionalField(key: "description") var description: String?
    init() {}
}

final class PersonModel: Model, @unchecked Sendable {
    static let schema = "people"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "position") var position: Int
    @Field(key: "name") var name: String
    @OptionalField(key: "organisation_id") var organisationID: String?
    init() {}
}

final class MembershipModel: Model, @unchecked Sendable {
    static let schema = "memberships"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "position") var position: Int
    @Field(key: "person_id") var personID: String
    @OptionalField(key: "team_id") var teamID: String?
    @OptionalField(key: "body_id") var bodyID: String?
    @Field(key: "role") var role: String
    @Field(key: "from") var from: String
    @OptionalField(key: "until") var until: String?
    init() {}
}
