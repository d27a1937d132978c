import Core
import Foundation
import Vapor

/// `/api/v1/capacity`, `/api/v1/budget`, `/api/v1/investments`: the tables as plain numbers.
/// Money is integer cents (`…Cents`); FTE is a JSON number with at most three decimals (`fte`)
/// and the same in thousandths (`fteThousandths`). Every total is computed from its lines.
struct PeopleAndMoneyAPI: Sendable {
    let load: @Sendable () async throws -> (PeopleAndMoney, Register)

    func register(on api: any RoutesBuilder) {
        api.get(.money(.apiCapacity)) { request in
            let (data, _) = try await load()
            let years = try Self.years(request, all: data.capacityYears.map(\.year))
            return try Response.json(APICapacity(years: years.compactMap { year in data.capacityTable(year: year).map(APICapacity.Year.init) }))
        }
        api.get(.money(.apiBudget)) { request in
            let (data, _) = try await load()
            let years = try Self.years(request, all: data.budgetYears)
            return try Response.json(APIBudget(years: years.map { APIBudget.Year(data.budgetYear($0), parties: data.parties) }))
        }
        api.get(.money(.apiInvestments)) { _ in
            try Response.json(APIInvestments(try await load().0.investmentAgenda))
        }
    }

    static let yearParameter = APIQueryParameter(name: "year", description: "Eén jaar; zonder: alle jaren", rule: .integer(1900...2200))

    /// `?year=2021` picks one year; without it, every year.
    private static func years(_ request: Request, all: [Int]) throws -> [Int] {
        try APIQueryParameter.check(request, [yearParameter])
        guard let text = request.query[String.self, at: "year"], let year = Int(text) else { return all }
        guard all.contains(year) else { throw AppError.notFound(kind: "jaar", id: text) }
        return [year]
    }
}

/// A capacity figure for machines.
struct APICapacitySum: Encodable {
    /// Null when the figure is PM only.
    var fte: Decimal?
    var fteThousandths: Int?
    var pm: Bool
    var approximate: Bool
    var text: String

    init(_ sum: CapacitySum) {
        let quantified = !sum.isPMOnly && !sum.isEmpty
        fte = quantified ? Decimal(sum.fte.thousandths) / Decimal(FTE.scale) : nil
        fteThousandths = quantified ? sum.fte.thousandths : nil
        pm = sum.hasPM
        approximate = sum.isApproximate
        text = sum.description
    }
}

struct APICapacity: Encodable {
    struct Cell: Encodable {
        var party: String
        /// As stored, readable back by Stip's parser: 'ca 1.5 d/w x 4', 'PM'.
        var amount: String
        var value: APICapacitySum
        var note: String?
    }

    struct Row: Encodable {
        var activity: String
        var name: String
        var partOf: String?
        var note: String?
        var cells: [Cell]
    }

    struct Total: Encodable {
        /// Nil for the overall total.
        var party: String?
        var computed: APICapacitySum
        var stated: APICapacitySum?
        var differenceThousandths: Int?
        var costComputedCents: Int?
        var costStatedCents: Int?
    }

    struct Year: Encodable {
        var year: Int
        var ratePerFTECents: Int?
        var parties: [Party]
        var rows: [Row]
        var totals: [Total]
        var overall: Total

        init(_ table: CapacityTable) {
            year = table.year.year
            ratePerFTECents = table.rate?.perFTEPerYear.cents
            parties = table.parties
            rows = table.rows.map { activity in
                Row(activity: activity.id, name: activity.name, partOf: activity.partOf,
                    note: table.year.rows.first { $0.activity == activity.id }?.note,
                    cells: table.parties.compactMap { party in
                        table.commitment(activity: activity.id, party: party.id).map {
                            Cell(party: party.id, amount: $0.amount.description, value: APICapacitySum($0.amount.sum), note: $0.note)
                        }
                    })
            }
            func cents(_ cost: CapacityCost?) -> Int? { cost.flatMap { $0.isPMOnly || $0.isEmpty ? nil : $0.amount.cents } }
            totals = table.parties.map { party in
                let difference = table.difference(party: party.id)
                return Total(party: party.id, computed: APICapacitySum(table.total(party: party.id)),
                             stated: table.stated(party: party.id).map { APICapacitySum($0.sum) },
                             differenceThousandths: difference?.difference?.thousandths,
                             costComputedCents: cents(table.cost(party: party.id, basis: .computed)),
                             costStatedCents: cents(table.cost(party: party.id, basis: .stated)))
            }
            overall = Total(party: nil, computed: APICapacitySum(table.overall), stated: table.statedOverall.map { APICapacitySum($0.sum) },
                            differenceThousandths: table.overallDifference?.difference?.thousandths,
                            costComputedCents: cents(table.overallCost(basis: .computed)), costStatedCents: cents(table.overallCost(basis: .stated)))
        }
    }

    var years: [Year]
}

struct APIBudget: Encodable {
    struct Amount: Encodable {
        var financier: String
        var amountCents: Int
    }

    struct Line: Encodable {
        var id: String
        var name: String
        var budgetedCents: Int
        var coverageCents: Int
        var coverage: [Amount]
        var spentCents: Int
        var remainingCents: Int
        var note: String?
    }

    struct Spending: Encodable {
        var line: String
        var from: String
        var until: String
        var amountCents: Int
        var note: String?
    }

    struct Year: Encodable {
        var year: Int
        var note: String?
        var lines: [Line]
        /// Coverage of the year as a whole, not tied to a line.
        var yearCoverage: [Amount]
        var budgetedCents: Int
        var coverageCents: Int
        var coverageByFinancier: [Amount]
        var spentCents: Int
        var remainingCents: Int
        /// Coverage minus budget.
        var differenceCents: Int
        /// `balanced`, `surplus` or `shortfall`.
        var balance: String
        var spendings: [Spending]

        init(_ budget: BudgetYear, parties: [Party]) {
            year = budget.year
            note = budget.note
            let financiers = parties.map(\.id).filter { budget.financiers.contains($0) } + budget.financiers.filter { id in !parties.contains { $0.id == id } }
            lines = budget.lines.map { line in
                Line(id: line.id, name: line.name, budgetedCents: line.budgeted.cents, coverageCents: budget.coverage(line: line.id).cents,
                     coverage: financiers.map { Amount(financier: $0, amountCents: budget.coverage(line: line.id, financier: $0).cents) }.filter { $0.amountCents != 0 },
                     spentCents: budget.spent(line: line.id).cents, remainingCents: budget.remaining(line: line.id).cents, note: line.note)
            }
            yearCoverage = financiers.map { Amount(financier: $0, amountCents: budget.yearCoverage(financier: $0).cents) }.filter { $0.amountCents != 0 }
            budgetedCents = budget.budgeted.cents
            coverageCents = budget.coverage.cents
            coverageByFinancier = financiers.map { Amount(financier: $0, amountCents: budget.coverage(financier: $0).cents) }
            spentCents = budget.spent.cents
            remainingCents = budget.remaining.cents
            differenceCents = budget.difference.cents
            switch budget.balance {
            case .balanced: balance = "balanced"
            case .surplus: balance = "surplus"
            case .shortfall: balance = "shortfall"
            }
            spendings = budget.spendings.map {
                Spending(line: $0.line, from: $0.from.description, until: $0.until.description, amountCents: $0.amount.cents, note: $0.note)
            }
        }
    }

    var years: [Year]
}

struct APIInvestments: Encodable {
    struct Item: Encodable {
        var id: String
        var actionLine: String
        var source: String
        var status: String
        var amountCents: Int
        var description: String
    }

    struct Total: Encodable {
        var key: String
        var amountCents: Int
    }

    var count: Int
    var items: [Item]
    var totalCents: Int
    var byActionLine: [Total]
    var bySource: [Total]
    var byStatus: [Total]

    init(_ agenda: InvestmentAgenda) {
        count = agenda.investments.count
        items = agenda.investments.map {
            Item(id: $0.id, actionLine: $0.actionLine, source: $0.source.rawValue, status: $0.status.rawValue, amountCents: $0.amount.cents,
                 description: $0.description)
        }
        totalCents = agenda.total.cents
        byActionLine = agenda.actionLines.map { Total(key: $0, amountCents: agenda.total(actionLine: $0).cents) }
        bySource = Investment.Source.allCases.map { Total(key: $0.rawValue, amountCents: agenda.total(source: $0).cents) }
        byStatus = Investment.Status.allCases.map { Total(key: $0.rawValue, amountCents: agenda.total(status: $0).cents) }
    }
}
