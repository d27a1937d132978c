import Monitor
import Vapor

/// The focus page's criteria, read from its form (a GET, so a selection is a link one can send)
/// or from the hidden fields of the form that saves it. Every value that is out of range is
/// named with its field, and nothing is computed until all are right.
struct FocusQuery: Sendable, Hashable {
    var level: AreaLevel = .neighbourhood
    /// Nil is the latest year with values at the level.
    var year: Int?
    var region = MonitorQuery.defaultRegion
    var referenceIsRegion = false
    var percentile = 10.0
    var minimumPopulation: Double? = 100
    /// `K` of 'K indicators worse than NL by X%'; nil leaves the criterion out.
    var worseCount: Int?
    var worsePercent = 10.0
    /// Weight per theme id; a theme not named weighs 1.
    var themeWeights: [String: Double] = [:]
    var draws = 1000
    var alpha = 0.25
    var seed: UInt64 = 20_201_117
    /// Whether the person asked for the selection (the form alone computes nothing).
    var compute = false

    static let maximumDraws = 5000

    /// Field names, stable: links and saved bookmarks use them.
    enum Field: String, CaseIterable, Sendable {
        case level = "niveau", year = "jaar", region = "regio", reference = "referentie", percentile = "percentiel"
        case minimumPopulation = "min-inwoners", worseCount = "slechter-aantal", worsePercent = "slechter-procent"
        case draws = "trekkingen", alpha = "spreiding", seed = "zaad", compute = "bereken"
    }

    static func weightField(_ theme: String) -> String { "gewicht-\(theme)" }

    init() {}

    /// Reads `values` (query or form); the problems are per field name, in the person's language.
    init(_ values: [String: String], _ l: Localizer) throws(FocusQueryProblems) {
        var problems: [String: String] = [:]
        func text(_ field: Field) -> String? {
            guard let value = values[field.rawValue]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        func number(_ name: String, _ text: String?, in range: ClosedRange<Double>) -> Double? {
            guard let text else { return nil }
            guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite, range.contains(value) else {
                problems[name] = l(.focus(.outOfRange(l.number(range.lowerBound), l.number(range.upperBound))))
                return nil
            }
            return value
        }
        if let value = text(.level) {
            if let level = AreaLevel(rawValue: value), MonitorQuery.levels.contains(level) { self.level = level }
            else { problems[Field.level.rawValue] = l(.focus(.unknownChoice(value))) }
        }
        if let value = number(Field.year.rawValue, text(.year), in: 1900...2200) {
            if value.rounded() == value { year = Int(value) } else { problems[Field.year.rawValue] = l(.focus(.wholeNumber)) }
        }
        if let value = text(.region) {
            if value.count <= 60, value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) { region = value.lowercased() }
            else { problems[Field.region.rawValue] = l(.focus(.unknownChoice(String(value.prefix(60))))) }
        }
        if let value = text(.reference) {
            switch value {
            case "land": referenceIsRegion = false
            case "regio": referenceIsRegion = true
            default: problems[Field.reference.rawValue] = l(.focus(.unknownChoice(String(value.prefix(20)))))
            }
        }
        if let value = number(Field.percentile.rawValue, text(.percentile), in: 0...100) { percentile = value }
        // An emptied minimum means no minimum; the form starts at 100.
        if values[Field.minimumPopulation.rawValue] != nil {
            minimumPopulation = number(Field.minimumPopulation.rawValue, text(.minimumPopulation), in: 0...10_000_000)
        }
        if let value = number(Field.worseCount.rawValue, text(.worseCount), in: 1...100) {
            if value.rounded() == value { worseCount = Int(value) } else { problems[Field.worseCount.rawValue] = l(.focus(.wholeNumber)) }
        }
        if let value = number(Field.worsePercent.rawValue, text(.worsePercent), in: 0...1000) { worsePercent = value }
        for theme in Theme.allCases {
            let name = Self.weightField(theme.rawValue)
            if let value = number(name, values[name]?.trimmingCharacters(in: .whitespaces).nilIfEmpty, in: 0...100) { themeWeights[theme.rawValue] = value }
        }
        if Theme.allCases.allSatisfy({ (themeWeights[$0.rawValue] ?? 1) == 0 }) {
            problems[Self.weightField(Theme.allCases[0].rawValue)] = l(.focus(.allWeightsZero))
        }
        if let value = number(Field.draws.rawValue, text(.draws), in: 1...Double(Self.maximumDraws)) {
            if value.rounded() == value { draws = Int(value) } else { problems[Field.draws.rawValue] = l(.focus(.wholeNumber)) }
        }
        if let value = number(Field.alpha.rawValue, text(.alpha), in: 0...0.9) { alpha = value }
        if let value = text(.seed) {
            if let seed = UInt64(value) { self.seed = seed } else { problems[Field.seed.rawValue] = l(.focus(.wholeNumber)) }
        }
        compute = text(.compute) != nil
        guard problems.isEmpty else { throw FocusQueryProblems(query: self, values: values, problems: problems) }
    }

    /// Reads a request's query string.
    init(_ request: Request, _ l: Localizer) throws(FocusQueryProblems) {
        let values = (try? request.query.decode([String: String].self)) ?? [:]
        try self.init(values, l)
    }

    /// The weight a theme has here.
    func weight(_ theme: String) -> Double { themeWeights[theme] ?? 1 }

    /// The selection's parameters for a data year.
    func parameters(year: Int) -> FocusParameters {
        FocusParameters(
            level: level, year: year, region: region == MonitorQuery.country ? nil : region, referenceIsRegion: referenceIsRegion,
            themeWeights: themeWeights.filter { $0.value != 1 },
            criteria: FocusCriteria(
                indexPercentile: percentile, minimumPopulation: minimumPopulation,
                worseThanReference: worseCount.map { .init(minimumIndicatorCount: $0, minimumGapPercent: worsePercent) }),
            robustness: RobustnessSettings(drawCount: draws, alpha: alpha, seed: seed))
    }

    /// The query of a saved decision's parameters: to look again, or to start from them.
    init(_ parameters: FocusParameters) {
        level = parameters.level
        year = parameters.year
        region = parameters.region ?? MonitorQuery.country
        referenceIsRegion = parameters.referenceIsRegion
        percentile = parameters.criteria.indexPercentile
        minimumPopulation = parameters.criteria.minimumPopulation
        worseCount = parameters.criteria.worseThanReference?.minimumIndicatorCount
        worsePercent = parameters.criteria.worseThanReference?.minimumGapPercent ?? 10
        themeWeights = parameters.themeWeights
        draws = parameters.robustness.drawCount
        alpha = parameters.robustness.alpha
        seed = parameters.robustness.seed
        compute = true
    }

    /// Every field with its value, as the form and the links carry them; decimals with a dot.
    var fields: [(String, String)] {
        var pairs: [(String, String)] = [(Field.level.rawValue, level.rawValue)]
        if let year { pairs.append((Field.year.rawValue, String(year))) }
        pairs += [
            (Field.region.rawValue, region), (Field.reference.rawValue, referenceIsRegion ? "regio" : "land"),
            (Field.percentile.rawValue, Self.plain(percentile)), (Field.minimumPopulation.rawValue, minimumPopulation.map(Self.plain) ?? ""),
            (Field.worseCount.rawValue, worseCount.map(String.init) ?? ""), (Field.worsePercent.rawValue, Self.plain(worsePercent)),
        ]
        pairs += themeWeights.keys.sorted().map { (Self.weightField($0), Self.plain(themeWeights[$0]!)) }
        pairs += [(Field.draws.rawValue, String(draws)), (Field.alpha.rawValue, Self.plain(alpha)), (Field.seed.rawValue, String(seed))]
        if compute { pairs.append((Field.compute.rawValue, "1")) }
        return pairs
    }

    var queryString: String {
        "?" + fields.map { "\($0.0)=\(Escaped.queryValue($0.1))" }.joined(separator: "&")
    }

    /// 10 -> "10", 0.25 -> "0.25".
    static func plain(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// A focus form with values out of range: what was typed, and per field what is wrong.
struct FocusQueryProblems: Error, Sendable {
    var query: FocusQuery
    var values: [String: String]
    var problems: [String: String]
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
