import FluentKit

// The people-and-money tables (migration 0006). Ids of parties, activities, budget lines,
// reviews and investments are the file's slugs; rows without a slug of their own use UUIDs.

final class MoneyOrganisationModel: Model, @unchecked Sendable {
    static let schema = "money_organisations"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "position") var position: Int
    @Field(key: "name") var name: String
    @Field(key: "aliases") var aliases: [String]
    @Field(key: "kind") var kind: String
    @Field(key: "country") var country: String
    @Field(key: "mentions") var mentions: [String]
    init() {}
}

final class MoneyPartyModel: Model, @unchecked Sendable {
    static let schema = "money_parties"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "position") var position: Int
    @Field(key: "label") var label: String
    init() {}
}

final class CapacityActivityModel: Model, @unchecked Sendable {
    static let schema = "capacity_activities"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "position") var position: Int
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "part_of") var partOf: String?
    @OptionalField(key: "body_id") var bodyID: String?
    @OptionalField(key: "team_id") var teamID: String?
    init() {}
}

final class CapacityYearModel: Model, @unchecked Sendable {
    static let schema = "capacity_years"
    @ID(custom: "id", generatedBy: .user) var id: Int?
    @OptionalField(key: "note") var note: String?
    @OptionalField(key: "rate_cents") var rateCents: Int?
    @OptionalField(key: "rate_note") var rateNote: String?
    @OptionalField(key: "stated_label") var statedLabel: String?
    @OptionalField(key: "stated_overall") var statedOverall: String?
    @Field(key: "version") var version: Int
    init() {}
}

final class CapacityRowModel: Model, @unchecked Sendable {
    static let schema = "capacity_rows"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "year") var year: Int
    @Field(key: "position") var position: Int
    @Field(key: "activity_id") var activityID: String
    @OptionalField(key: "note") var note: String?
    init() {}
}

final class CapacityStatedAmountModel: Model, @unchecked Sendable {
    static let schema = "capacity_stated_amounts"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "year") var year: Int
    @Field(key: "position") var position: Int
    /// Nil for the year's totals row.
    @OptionalField(key: "activity_id") var activityID: String?
    @Field(key: "party_id") var partyID: String
    @Field(key: "amount") var amount: String
    init() {}
}

final class CapacityCommitmentModel: Model, @unchecked Sendable {
    static let schema = "capacity_commitments"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "year") var year: Int
    @Field(key: "position") var position: Int
    @Field(key: "activity_id") var activityID: String
    @Field(key: "party_id") var partyID: String
    /// `CapacityAmount.description`, which `CapacityAmount(parsing:)` reads back to the same amount.
    @Field(key: "amount") var amount: String
    @OptionalField(key: "note") var note: String?
    @Field(key: "version") var version: Int
    init() {}
}

final class BudgetNoteModel: Model, @unchecked Sendable {
    static let schema = "budget_notes"
    @ID(custom: "id", generatedBy: .user) var id: Int?
    @Field(key: "note") var note: String
    init() {}
}

final class BudgetLineModel: Model, @unchecked Sendable {
    static let schema = "budget_lines"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "year") var year: Int
    @Field(key: "position") var position: Int
    @Field(key: "name") var name: String
    @Field(key: "budgeted_cents") var budgetedCents: Int
    @OptionalField(key: "note") var note: String?
    @Field(key: "version") var version: Int
    init() {}
}

final class FundingModel: Model, @unchecked Sendable {
    static let schema = "fundings"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "year") var year: Int
    @Field(key: "position") var position: Int
    @Field(key: "financier_id") var financierID: String
    @OptionalField(key: "line_id") var lineID: String?
    @Field(key: "amount_cents") var amountCents: Int
    @OptionalField(key: "note") var note: String?
    init() {}
}

final class SpendingModel: Model, @unchecked Sendable {
    static let schema = "spendings"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "position") var position: Int
    @Field(key: "line_id") var lineID: String
    @Field(key: "from") var from: String
    @Field(key: "until") var until: String
    @Field(key: "amount_cents") var amountCents: Int
    @OptionalField(key: "note") var note: String?
    init() {}
}

final class CapacityReviewModel: Model, @unchecked Sendable {
    static let schema = "capacity_reviews"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "position") var position: Int
    @Field(key: "date") var date: String
    @Field(key: "body_id") var bodyID: String
    @OptionalField(key: "note") var note: String?
    init() {}
}

final class CapacityReviewDecisionModel: Model, @unchecked Sendable {
    static let schema = "capacity_review_decisions"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "review_id") var reviewID: String
    @Field(key: "position") var position: Int
    @Field(key: "activity_id") var activityID: String
    @Field(key: "verdict") var verdict: String
    @Field(key: "reason") var reason: String
    init() {}
}

final class InvestmentModel: Model, @unchecked Sendable {
    static let schema = "investments"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "position") var position: Int
    @Field(key: "action_line_id") var actionLineID: String
    @Field(key: "source") var source: String
    @Field(key: "status") var status: String
    @Field(key: "amount_cents") var amountCents: Int
    @Field(key: "description") var description: String
    @Field(key: "version") var version: Int
    init() {}
}
