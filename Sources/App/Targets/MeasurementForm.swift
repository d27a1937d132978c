import Core
import Foundation

/// The fields of a measurement for one target kind, and reading them back into a measurement
/// or per-field problems in the person's language.
enum MeasurementForm {
    typealias Field = FormInput

    static func fields(_ target: Target, _ l: Localizer) -> [Field] {
        var fields: [Field] = [.init(name: "datum", label: l(.targetsModule(.date)), kind: .date, required: true, hint: l(.targetsModule(.dateHint)))]
        switch target.kind {
        case .relativeGrowth:
            fields += [.init(name: "regio", label: l(.targetsModule(.regionIndex)), required: true, hint: l(.targetsModule(.indexHint))),
                       .init(name: "benchmark", label: l(.targetsModule(.benchmarkIndex)), required: true, hint: l(.targetsModule(.indexHint)))]
        case .gapClosure:
            fields += [.init(name: "indicator", label: l(.targetsModule(.indicator)), required: true, hint: l(.targetsModule(.indicatorHint))),
                       .init(name: "regio", label: l(.targetsModule(.regionValue)), required: true),
                       .init(name: "rest", label: l(.targetsModule(.restOfCountryValue)), required: true),
                       .init(name: "richting", label: l(.targetsModule(.direction)), kind: .select([
                           .init(value: "hoger", label: l(.targetsModule(.higherIsBetter))), .init(value: "lager", label: l(.targetsModule(.lowerIsBetter))),
                       ]), required: true)]
        case .count:
            fields.append(.init(name: "aantal", label: target.value == nil ? l(.targetsModule(.shareValue)) : l(.targetsModule(.countValue(unit: target.unit))),
                                required: true))
        case .milestone, .qualitative:
            fields.append(.init(name: "bereikt", label: l(.targetsModule(.reached)), kind: .select([
                .init(value: "ja", label: l(.targetsModule(.reachedYes))), .init(value: "nee", label: l(.targetsModule(.reachedNo))),
            ]), required: true))
        }
        fields += [.init(name: "bron", label: l(.targetsModule(.source)), required: true, hint: l(.targetsModule(.sourceHint))),
                   .init(name: "toelichting", label: l(.targetsModule(.note)))]
        return fields
    }

    /// A new measurement of `target` from what was typed, with `id` as its id.
    static func read(_ values: [String: String], target: Target, id: String, _ l: Localizer) -> FormOutcome<TargetMeasurement> {
        var problems = FormProblems()
        func required(_ name: String) -> String? {
            guard let text = FieldReading.optional(values[name]) else { problems[name] = l(.editing(.problem(.required))); return nil }
            return text
        }
        func number(_ name: String) -> Double? {
            guard let text = required(name) else { return nil }
            guard let value = Self.number(l.language.dutchNotation(text)) else { problems[name] = l(.targetsModule(.notANumber(text))); return nil }
            return value
        }
        let date = required("datum")
        if let date, DecimalYear.of(date) == nil { problems["datum"] = l(.targetsModule(.notADate(date))) }
        var reading: TargetMeasurement.Reading?
        switch target.kind {
        case .relativeGrowth:
            let region = number("regio"), benchmark = number("benchmark")
            for (name, value) in [("regio", region), ("benchmark", benchmark)] where (value ?? 1) <= 0 {
                problems[name] = l(.targetsModule(.indexNotPositive))
            }
            if let region, let benchmark { reading = .indexedGrowth(region: region, benchmark: benchmark) }
        case .gapClosure:
            let indicator = required("indicator"), region = number("regio"), rest = number("rest")
            let direction = FieldReading.choice(values["richting"], in: ["hoger", "lager"], field: "richting", into: &problems, l)
            if let indicator, let region, let rest, let direction {
                reading = .gap(indicator: indicator, region: region, restOfCountry: rest, higherIsBetter: direction == "hoger")
            }
        case .count:
            reading = number("aantal").map { .count($0) }
        case .milestone, .qualitative:
            reading = FieldReading.choice(values["bereikt"], in: ["ja", "nee"], field: "bereikt", into: &problems, l).map { .reached($0 == "ja") }
        }
        let source = required("bron")
        guard problems.isEmpty, let date, let reading, let source else { return .problems(problems) }
        return .value(TargetMeasurement(id: id, target: target.id, date: date, reading: reading, source: source,
                                        note: FieldReading.optional(values["toelichting"])))
    }

    /// A stored measurement as the form's fields show it, for editing: figures in full, in the
    /// person's notation (a decimal comma in Dutch), so saving unchanged keeps every digit.
    static func values(of measurement: TargetMeasurement, _ l: Localizer) -> [String: String] {
        let text = { (value: Double) in l.language.ownNotation(Self.text(value)) }
        var values = ["datum": measurement.date, "bron": measurement.source, "toelichting": measurement.note ?? ""]
        switch measurement.reading {
        case let .indexedGrowth(region, benchmark): (values["regio"], values["benchmark"]) = (text(region), text(benchmark))
        case let .gap(indicator, region, rest, higher):
            (values["indicator"], values["regio"], values["rest"], values["richting"]) = (indicator, text(region), text(rest), higher ? "hoger" : "lager")
        case let .count(value): values["aantal"] = text(value)
        case let .reached(done): values["bereikt"] = done ? "ja" : "nee"
        }
        return values
    }

    /// '103,5', '250.000', '3,1808623376': every digit, written so that `number` reads it back
    /// to the same value (whole numbers grouped by three, a decimal comma).
    static func text(_ value: Double) -> String {
        guard value == value.rounded(), abs(value) < 1e15 else { return String(value).replacingOccurrences(of: ".", with: ",") }
        let digits = String(Int(abs(value)))
        var groups: [String] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(String(digits[start..<end]), at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: ".")
    }

    /// A figure as a Dutch person types it: '103,5', '250.000', '1.234,5'; a plain '103.5' too.
    static func number(_ text: String) -> Double? {
        var digits = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        if digits.contains(",") {
            digits = digits.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        } else if digits.range(of: #"^-?\d{1,3}(\.\d{3})+$"#, options: .regularExpression) != nil {
            // Dots in groups of three are thousands: '250.000' is two hundred and fifty thousand.
            digits = digits.replacingOccurrences(of: ".", with: "")
        }
        guard let value = Double(digits), value.isFinite else { return nil }
        return value
    }
}
