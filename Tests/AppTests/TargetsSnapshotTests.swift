@testable import App
import Core
import Seeds
import SnapshotTesting
import StipTestSupport
@testable import Storage
import Testing

/// The targets dashboard and the measurement forms, rendered from the seed plan with four
/// invented measurements on a fixed day, and compared whole with the copies in __Snapshots__.
@Suite struct TargetsSnapshotTests {
    let register = SeedPlan.register
    let l = Localizer()
    static let csrf = "csrf-token-snapshot"
    static let today = "2026-11-20"

    static let measurements: [StoredMeasurement] = [
        .init(measurement: TargetMeasurement(id: "meting-brp-2021", target: "brp-5-procent", date: "2021-12-31",
                                             reading: .indexedGrowth(region: 103.1, benchmark: 102.0), source: "CBS StatLine, regionale rekeningen"),
              version: 1, recordedAt: "2026-11-02T10:00:00Z"),
        .init(measurement: TargetMeasurement(id: "meting-woningen-2022", target: "chemelot-250000-woningen", date: "2022-06-30",
                                             reading: .count(12_500), source: "Provincie Limburg", note: "Eerste wijken aangesloten"),
              version: 2, recordedAt: "2026-11-03T10:00:00Z"),
        .init(measurement: TargetMeasurement(id: "meting-jeugd-2021", target: "jeugd-even-gezond-2050", date: "2021-06-30",
                                             reading: .gap(indicator: "ervaren-gezondheid", region: 72.4, restOfCountry: 76.1, higherIsBetter: true),
                                             source: "Gezondheidsmonitor GGD"),
              version: 1, recordedAt: "2026-11-04T10:00:00Z"),
        .init(measurement: TargetMeasurement(id: "meting-esfri-2021", target: "esfri-roadmap-2021", date: "2021-06-30",
                                             reading: .reached(true), source: "ESFRI-roadmap 2021"),
              version: 1, recordedAt: "2026-11-05T10:00:00Z"),
    ]

    func line(_ target: String) throws -> TargetLine {
        try #require(TargetLine.all(register, measurements: Self.measurements, today: Self.today).first { $0.target.id == target })
    }

    @Test func dashboard() {
        let lines = TargetLine.all(register, measurements: Self.measurements, today: Self.today)
        let model = TargetsPage.Model(plan: register.plan, lines: lines, saved: "brp-5-procent", deleted: nil,
                                      editable: Set(Self.measurements.map(\.measurement.target)))
        assertSnapshot(of: TargetsPage.render(model, l), as: .html, named: "doelen")
    }

    /// A gap, with the form that takes the measurement from the monitor under it.
    @Test func measurementFormForAGap() throws {
        let line = try line("jeugd-even-gezond-2050")
        let indicators = try SeedFile.indicatorCatalogue().indicators.filter { $0.direction != nil && $0.aggregation != .none }
            .map { FormChoice(value: $0.id, label: "\($0.nameNL) (\($0.unit))") }
        let model = MeasurementFormPage.Model(
            plan: register.plan, line: line, csrf: Self.csrf, fields: MeasurementForm.fields(line.target, l), values: ["datum": Self.today],
            monitor: MonitorMeasurementForm.Model(indicators: indicators, years: [2016, 2015]))
        assertSnapshot(of: MeasurementFormPage.render(model, l), as: .html, named: "meting-kloof")
    }

    @Test func measurementFormWithProblems() throws {
        let line = try line("chemelot-250000-woningen")
        let values = ["datum": "31-12-2022", "aantal": "veel", "bron": ""]
        guard case let .problems(problems) = MeasurementForm.read(values, target: line.target, id: "meting-nieuw", l) else {
            Issue.record("the form took 'veel' as a number")
            return
        }
        let model = MeasurementFormPage.Model(plan: register.plan, line: line, csrf: Self.csrf, fields: MeasurementForm.fields(line.target, l),
                                              values: values, problems: problems)
        assertSnapshot(of: MeasurementFormPage.render(model, l), as: .html, named: "meting-met-fouten")
    }

    @Test func measurementEdit() throws {
        let line = try line("brp-5-procent"), stored = Self.measurements[0]
        let model = MeasurementEditPage.Model(line: line, measurement: stored.measurement.id, csrf: Self.csrf,
                                              fields: MeasurementForm.fields(line.target, l), values: MeasurementForm.values(of: stored.measurement, l),
                                              version: stored.version)
        assertSnapshot(of: MeasurementEditPage.render(model, l), as: .html, named: "meting-bewerken")
    }

    /// Someone saved the measurement since this edit began: the saved values beside the typed ones.
    @Test func measurementEditInConflict() throws {
        let line = try line("brp-5-procent"), stored = Self.measurements[0]
        var typed = MeasurementForm.values(of: stored.measurement, l)
        typed["regio"] = "104,2"
        typed["toelichting"] = "Herziene cijfers"
        var model = MeasurementEditPage.Model(line: line, measurement: stored.measurement.id, csrf: Self.csrf,
                                              fields: MeasurementForm.fields(line.target, l), values: typed, version: stored.version + 1)
        model.saved = MeasurementForm.values(of: stored.measurement, l)
        assertSnapshot(of: MeasurementEditPage.render(model, l), as: .html, named: "meting-conflict")
    }

    @Test func measurementDelete() throws {
        let model = MeasurementDeletePage.Model(line: try line("chemelot-250000-woningen"), stored: Self.measurements[1], csrf: Self.csrf)
        assertSnapshot(of: MeasurementDeletePage.render(model, l), as: .html, named: "meting-verwijderen")
    }

    @Test func measurementDeleteChangedMeanwhile() throws {
        let model = MeasurementDeletePage.Model(line: try line("chemelot-250000-woningen"), stored: Self.measurements[1], csrf: Self.csrf,
                                                changedMeanwhile: true)
        assertSnapshot(of: MeasurementDeletePage.render(model, l), as: .html, named: "meting-verwijderen-gewijzigd")
    }
}
