import Core
import Monitor
import Plot
import Seeds
import Storage

/// The small form on a gap-closure target's page that takes a measurement from the monitor: an
/// indicator and a data year. Stip computes Zuid-Limburg's value from its municipalities and the
/// country's, and records them as an ordinary measurement.
enum MonitorMeasurementForm {
    static let region = "zuid-limburg"

    struct Model: Equatable {
        /// The indicators with a better side and an aggregation rule, in catalogue order.
        var indicators: [FormChoice]
        /// The data years the monitor has values for, newest first.
        var years: [Int]
        var values: [String: String] = [:]
        /// Per field, already in the person's language.
        var problems: [String: String] = [:]

        /// The choices as the monitor holds them now.
        static func choices(_ monitor: MonitorStore, _ l: Localizer) async throws -> Model {
            let catalogue = try SeedFile.indicatorCatalogue()
            let indicators = catalogue.indicators.filter { $0.direction != nil && $0.aggregation != .none }
                .map { FormChoice(value: $0.id, label: "\(l.indicatorName($0)) (\(l.unitName($0.unit)))") }
            return Model(indicators: indicators, years: Array(try await monitor.years().reversed()))
        }
    }

    static func fields(_ model: Model, _ l: Localizer) -> [FormInput] {
        [.init(name: "monitor-indicator", label: l(.targetsModule(.monitorIndicator)), kind: .select(model.indicators), required: true),
         .init(name: "monitor-jaar", label: l(.targetsModule(.monitorYear)), kind: .select(model.years.map { .init(value: String($0), label: String($0)) }),
               required: true, hint: l(.targetsModule(.monitorYearHint)))]
    }

    static func render(_ model: Model, target: String, csrf: String, _ l: Localizer) -> Node<HTML.BodyContext> {
        .section(.class("monitor-measurement"), .id("uit-monitor"),
            .h2(.text(l(.targetsModule(.monitorTitle)))),
            .if(model.years.isEmpty,
                .p(.class("muted"), .text(l(.targetsModule(.monitorEmpty)))),
                else: .group(
                    .p(.text(l(.targetsModule(.monitorIntro)))),
                    .if(!model.problems.isEmpty, .p(.class("error"), .attribute(named: "role", value: "alert"), .text(l(.fixFields)))),
                    .form(.method(.post), .action(SiteURL.targets(.monitorMeasurement(target)).path), .class("stacked"),
                        .input(.type(.hidden), .name(CSRFMiddleware.field), .value(csrf)),
                        FormFieldRenderer(l: l).nodes(fields(model, l).map { $0.filled(model.values, problems: model.problems) }),
                        .button(.type(.submit), .text(l(.targetsModule(.monitorSubmit)))))
                )))
    }

    /// A refusal on the field a person changes: the indicator, or the year.
    static func problem(_ error: MonitorGapError, _ l: Localizer) -> (field: String, message: String) {
        let message = l(.targetsModule(.monitorProblem(error)))
        return (error.field == .indicator ? "monitor-indicator" : "monitor-jaar", message)
    }
}
