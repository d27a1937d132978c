/// A people-and-money file as decoded, before any check: every value a `YAMLField` and every
/// list a `YAMLList`, so that the reader can name each problem at its place.
extension PeopleAndMoneyReader {
    struct Document: YAMLFieldGroup {
        var format, plan: YAMLField
        var organisations: YAMLList<OrganisationEntry>
        var parties: YAMLList<PartyEntry>
        var activities: YAMLList<ActivityEntry>
        var capacity: YAMLList<CapacityEntry>
        var budget: YAMLList<BudgetEntry>
        var reviews: YAMLList<ReviewEntry>
        var investments: YAMLList<InvestmentEntry>
    }

    struct OrganisationEntry: YAMLFieldGroup {
        var id, name, kind, country: YAMLField
        var aliases, mentions: YAMLList<YAMLField>
    }

    struct PartyEntry: YAMLFieldGroup { var id, label: YAMLField }

    struct ActivityEntry: YAMLFieldGroup { var id, name, kind, partOf, body, team: YAMLField }

    struct CapacityEntry: YAMLFieldGroup {
        var year, note: YAMLField
        var rate: RateEntry?
        var rows: YAMLList<RowEntry>
        var stated: StatedEntry?
    }

    struct RateEntry: YAMLFieldGroup { var perFTE, note: YAMLField }

    struct RowEntry: YAMLFieldGroup {
        var activity, note: YAMLField
        var commitments: YAMLList<CommitmentEntry>
        var stated: YAMLList<PartyAmount>
    }

    struct CommitmentEntry: YAMLFieldGroup { var party, amount, note: YAMLField }

    struct PartyAmount: YAMLFieldGroup { var party, amount: YAMLField }

    struct StatedEntry: YAMLFieldGroup {
        var label, overall: YAMLField
        var totals: YAMLList<PartyAmount>
    }

    struct BudgetEntry: YAMLFieldGroup {
        var year, note: YAMLField
        var lines: YAMLList<LineEntry>
        var funding: YAMLList<FundingEntry>
    }

    struct LineEntry: YAMLFieldGroup {
        var id, name, budgeted, note: YAMLField
        var funding: YAMLList<FundingEntry>
        var spending: YAMLList<SpendingEntry>
    }

    struct FundingEntry: YAMLFieldGroup { var financier, amount, note: YAMLField }

    struct SpendingEntry: YAMLFieldGroup { var from, until, amount, note: YAMLField }

    struct ReviewEntry: YAMLFieldGroup {
        var id, date, body, note: YAMLField
        var decisions: YAMLList<DecisionEntry>
    }

    struct DecisionEntry: YAMLFieldGroup { var activity, verdict, reason: YAMLField }

    struct InvestmentEntry: YAMLFieldGroup { var id, actionLine, source, status, amount, description: YAMLField }
}
