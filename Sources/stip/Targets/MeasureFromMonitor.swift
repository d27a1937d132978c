import ArgumentParser
import Core
import Foundation
import Monitor
import Seeds
import Services
import Storage

/// `stip targets measure-from-monitor`: a gap-closure target's measurement computed from the
/// monitor's values, recorded with a source that names the indicator, year, region and files.
struct MeasureFromMonitor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure-from-monitor",
        abstract: "Record a gap-closure target's measurement from the monitor: the region's value beside the country's.",
        discussion: """
        The region's value is recomputed from all its municipalities by the indicator's aggregation rule; the country's is \
        the stored NL00 row, or else the same rule over every municipality with a value. The measurement is dated 31 December \
        of the data year. The same target, region, indicator and year twice is refused: delete the old measurement first.
        """)

    @Option(help: "The id of a gap-closure target (e.g. jeugd-even-gezond-2050).") var target: String
    @Option(help: "An indicator id from the catalogue (e.g. ervaren-gezondheid).") var indicator: String
    @Option(help: "The data year.") var year: Int
    @Option(help: "A region from Seeds/monitor/regions.csv.") var region = "zuid-limburg"
    @Option(help: "The e-mail of the account to record it under; by default the command itself.") var by: String?
    @Option(help: "The indicator catalogue (default: Seeds/monitor/indicators.csv).") var catalogue: String?

    static let actor = "stip targets measure-from-monitor"

    func run() async throws {
        try await StipDatabase.using { database in
            let register = RegisterStore(database: database)
            guard let plan = try await register.current() else { throw ValidationError("the database holds no plan yet: seed the plan file first") }
            guard let ambition = plan.ambitions.first(where: { $0.targets.contains { $0.id == target } }),
                  let found = ambition.targets.first(where: { $0.id == target }) else {
                throw ValidationError("--target: \(MonitorGapError.unknownTarget(target))")
            }
            var account: Account?
            if let by {
                guard let known = try await AccountStore(database: database).credentials(email: by)?.account else {
                    throw ValidationError("--by: there is no account '\(by)'")
                }
                account = known
            }
            let measuring = TargetMeasuring(store: TargetMeasurementStore(database: database), register: register)
            let measurement: TargetMeasurement, gap: MonitorGap
            do {
                (measurement, gap) = try await MonitorGapMeasurement.make(
                    target: found, indicator: indicator, year: year, region: region, catalogue: try SeedFile.indicatorCatalogue(file: catalogue),
                    regions: try SeedFile.regionCatalogue(), from: MonitorStore(database: database))
                try await measuring.add(measurement, of: found, ambition: ambition, by: account.map { .person($0) } ?? .command(Self.actor))
            } catch let error as MonitorGapError {
                throw ValidationError("--\(error.field.rawValue): \(error)")
            } catch TargetMeasurementRefusal.idTaken(let id) {
                throw ValidationError("--year: \(indicator) for \(year) is already recorded for \(target) (measurement \(id)); delete it first to take it again")
            }
            print(Self.report(measurement, gap, by: account?.email ?? Self.actor))
        }
    }

    /// What was recorded, for the person at the terminal.
    static func report(_ measurement: TargetMeasurement, _ gap: MonitorGap, by actor: String) -> String {
        let national = switch gap.national {
        case .stored: "NL00 as stored"
        case let .fromMunicipalities(count): "from \(count) municipalities, no NL00 row"
        }
        let behind = gap.higherIsBetter ? gap.nationalValue - gap.regionValue : gap.regionValue - gap.nationalValue
        return """
        Recorded measurement \(measurement.id) of \(measurement.target), dated \(measurement.date), by \(actor):
          \(gap.indicator.id) (\(gap.indicator.unit), \(gap.higherIsBetter ? "higher" : "lower") is better) in \(gap.year)
          \(gap.region.nameNL) (\(gap.region.municipalities.count) municipalities): \(gap.regionValue)
          Nederland (\(national)): \(gap.nationalValue)
          gap to close: \(behind)
          source: \(measurement.source)
        """
    }
}
