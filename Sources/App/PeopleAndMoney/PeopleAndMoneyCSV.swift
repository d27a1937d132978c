import Core
import Monitor

/// Every table of *Mensen en middelen* as CSV for machines: plain dot decimals ('10.9', '1.2'),
/// money in euros as plain dot decimals ('125000', '12500.5'), ids beside names, and flags
/// as `true`/`false`. Screens write the Dutch way; these files never do.
enum PeopleAndMoneyCSV {
    static func capacity(_ table: CapacityTable) -> String {
        var csv = CSVWriter(header: ["year", "row", "activity_id", "activity", "party_id", "party", "amount", "fte", "pm", "approximate", "eur", "note"],
                            lineEnd: .crlf)
        let year = String(table.year.year)
        func label(_ party: String) -> String { table.parties.first { $0.id == party }?.label ?? party }
        func euros(_ fte: FTE?) -> String { fte.flatMap { fte in table.rate.map { $0.cost(of: fte).description } } ?? "" }
        func sum(_ kind: String, _ activity: CapacityActivity?, _ party: String, _ sum: CapacitySum) -> [String] {
            [year, kind, activity?.id ?? "", activity?.name ?? "", party, party.isEmpty ? "" : label(party), sum.description,
             sum.isPMOnly ? "" : sum.fte.description, String(sum.hasPM), String(sum.isApproximate), euros(sum.isPMOnly ? nil : sum.fte), ""]
        }
        for activity in table.rows {
            for party in table.parties {
                guard let commitment = table.commitment(activity: activity.id, party: party.id) else { continue }
                let amount = commitment.amount
                csv.row([year, "commitment", activity.id, activity.name, party.id, party.label, amount.description,
                           amount.fte?.description ?? "", String(amount.isPM), String(amount.isApproximate), euros(amount.fte), commitment.note ?? ""])
            }
            guard table.hasParts(activity.id) else { continue }
            for party in table.parties {
                csv.row(sum("subtotal", activity, party.id, table.subtotal(activity: activity.id, party: party.id)))
                if let stated = table.statedSubtotal(activity: activity.id, party: party.id) {
                    csv.row(sum("stated_subtotal", activity, party.id, stated.sum))
                }
            }
        }
        // Totals: computed from the commitments, then the plan's own; euros at the year's rate.
        for party in table.parties {
            csv.row(sum("total", nil, party.id, table.total(party: party.id)))
            if let stated = table.stated(party: party.id) { csv.row(sum("stated_total", nil, party.id, stated.sum)) }
        }
        csv.row(sum("total", nil, "", table.overall))
        if let stated = table.statedOverall { csv.row(sum("stated_total", nil, "", stated.sum)) }
        if let rate = table.rate {
            csv.row([year, "rate_per_fte", "", "", "", "", "", "1", "false", "false", rate.perFTEPerYear.description, ""])
        }
        return csv.text
    }

    static func budget(_ budget: BudgetYear, parties: [Party]) -> String {
        var csv = CSVWriter(header: ["year", "row", "line_id", "line", "budgeted_eur", "coverage_eur"] + parties.map { "coverage_\($0.id)_eur" }
                            + ["spent_eur", "remaining_eur", "period", "note"], lineEnd: .crlf)
        let year = String(budget.year)
        for line in budget.lines {
            csv.row([year, "line", line.id, line.name, line.budgeted.description, budget.coverage(line: line.id).description]
                      + parties.map { budget.coverage(line: line.id, financier: $0.id).description }
                      + [budget.spent(line: line.id).description, budget.remaining(line: line.id).description, "", line.note ?? ""])
        }
        if budget.yearCoverage != .zero {
            csv.row([year, "year_coverage", "", "", "", budget.yearCoverage.description]
                      + parties.map { budget.yearCoverage(financier: $0.id).description } + ["", "", "", ""])
        }
        csv.row([year, "total", "", "", budget.budgeted.description, budget.coverage.description]
                  + parties.map { budget.coverage(financier: $0.id).description } + [budget.spent.description, budget.remaining.description, "", ""])
        let balance: String
        switch budget.balance {
        case .balanced: balance = "balanced"
        case .surplus: balance = "surplus"
        case .shortfall: balance = "shortfall"
        }
        csv.row([year, "balance_\(balance)", "", "", "", budget.difference.description] + parties.map { _ in "" } + ["", "", "", ""])
        for spending in budget.spendings {
            csv.row([year, "spending", spending.line, budget.lines.first { $0.id == spending.line }?.name ?? "", "", ""]
                      + parties.map { _ in "" } + [spending.amount.description, "", "\(spending.from)/\(spending.until)", spending.note ?? ""])
        }
        return csv.text
    }

    static func reviews(_ data: PeopleAndMoney) -> String {
        var csv = CSVWriter(header: ["review_id", "date", "body", "activity_id", "activity", "verdict", "reason"], lineEnd: .crlf)
        for review in data.reviewHistory.reviews {
            for decision in review.decisions {
                csv.row([review.id, review.date, review.body, decision.activity,
                           data.activities.first { $0.id == decision.activity }?.name ?? "", decision.verdict.rawValue, decision.reason])
            }
        }
        return csv.text
    }

    static func investments(_ data: PeopleAndMoney) -> String {
        var csv = CSVWriter(header: ["id", "action_line", "source", "status", "amount_eur", "description"], lineEnd: .crlf)
        for investment in data.investments {
            csv.row([investment.id, investment.actionLine, investment.source.rawValue, investment.status.rawValue,
                       investment.amount.description, investment.description])
        }
        return csv.text
    }
}
