/// How an indicator is computed from the columns of a source file:
/// `COLUMN`, `A + B`, `NUM / DEN`, `(A + B) / DEN * 100`, `NUM / (C + D) * 1000`.
/// Kept this small on purpose: every value stays a ratio of sums, which is what makes the
/// regional recomputation from parts exact.
public struct IndicatorFormula: Sendable, Hashable, CustomStringConvertible {
    /// Columns summed into the numerator (a single column for most indicators).
    public var numerator: [String]
    /// Columns summed into the denominator, if the indicator is a ratio.
    public var denominator: [String]?
    /// The multiplier applied last (100 for a percentage, 1000 for a rate per thousand).
    public var factor: Double

    public init(numerator: [String], denominator: [String]? = nil, factor: Double = 1) {
        self.numerator = numerator
        self.denominator = denominator
        self.factor = factor
    }

    /// Every column the formula reads, numerator first.
    public var columns: [String] { numerator + (denominator ?? []) }

    /// The value for one row, or `nil` when a column is missing or the denominator is zero
    /// (a share of nothing is undefined, not zero).
    public func evaluate(_ value: (String) -> Double?) -> Double? {
        var top = 0.0
        for column in numerator {
            guard let v = value(column) else { return nil }
            top += v
        }
        guard let denominator else { return factor == 1 ? top : top * factor }
        var bottom = 0.0
        for column in denominator {
            guard let v = value(column) else { return nil }
            bottom += v
        }
        return bottom == 0 ? nil : top / bottom * factor
    }

    public var description: String {
        func sum(_ columns: [String], grouped: Bool) -> String {
            let text = columns.joined(separator: " + ")
            return grouped && columns.count > 1 ? "(\(text))" : text
        }
        var text = sum(numerator, grouped: denominator != nil || factor != 1)
        if let denominator { text += " / " + sum(denominator, grouped: true) }
        if factor != 1 { text += " * " + Self.format(factor) }
        return text
    }

    private static func format(_ factor: Double) -> String {
        factor == factor.rounded() && abs(factor) < 1e15 ? String(Int64(factor)) : String(factor)
    }

    /// Reads a formula; the error is a message for the person editing the catalogue.
    public init(parsing text: String) throws(FormulaError) {
        var tokens = try Self.tokens(of: text)[...]
        func sum() throws(FormulaError) -> (columns: [String], grouped: Bool) {
            if tokens.first == .open {
                tokens.removeFirst()
                var columns: [String] = []
                while true {
                    guard case .column(let name)? = tokens.popFirst() else { throw FormulaError("expected a column name inside the parentheses") }
                    columns.append(name)
                    switch tokens.popFirst() {
                    case .plus?: continue
                    case .close?: return (columns, true)
                    default: throw FormulaError("expected '+' or ')' after \(name)")
                    }
                }
            }
            var columns: [String] = []
            while true {
                guard case .column(let name)? = tokens.popFirst() else {
                    throw FormulaError(columns.isEmpty ? "expected a column name" : "expected a column name after '+'")
                }
                columns.append(name)
                guard tokens.first == .plus else { return (columns, false) }
                tokens.removeFirst()
            }
        }
        let top = try sum()
        var bottom: [String]?
        var factor = 1.0
        if tokens.first == .divide {
            if top.columns.count > 1 && !top.grouped { throw FormulaError("write a summed numerator in parentheses: (A + B) / C") }
            tokens.removeFirst()
            let parsed = try sum()
            if parsed.columns.count > 1 && !parsed.grouped { throw FormulaError("write a summed denominator in parentheses: A / (B + C)") }
            bottom = parsed.columns
        }
        if tokens.first == .times {
            if top.columns.count > 1 && !top.grouped && bottom == nil { throw FormulaError("write a sum in parentheses before '*': (A + B) * 100") }
            tokens.removeFirst()
            guard case .number(let value)? = tokens.popFirst() else { throw FormulaError("expected a number after '*'") }
            factor = value
        }
        if let extra = tokens.first { throw FormulaError("unexpected '\(extra)' (a formula is NUM, NUM / DEN or NUM / DEN * FACTOR)") }
        self.init(numerator: top.columns, denominator: bottom, factor: factor)
    }

    private enum Token: Equatable, CustomStringConvertible {
        case column(String), number(Double), plus, divide, times, open, close

        var description: String {
            switch self {
            case .column(let name): name
            case .number(let value): String(value)
            case .plus: "+"
            case .divide: "/"
            case .times: "*"
            case .open: "("
            case .close: ")"
            }
        }
    }

    private static func tokens(of text: String) throws(FormulaError) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            if let first = word.first, first.isNumber || first == ".", let number = Double(word) {
                tokens.append(.number(number))
            } else {
                tokens.append(.column(word))
            }
            word = ""
        }
        for character in text {
            switch character {
            case "+": flush(); tokens.append(.plus)
            case "/": flush(); tokens.append(.divide)
            case "*", "×": flush(); tokens.append(.times)
            case "(": flush(); tokens.append(.open)
            case ")": flush(); tokens.append(.close)
            case _ where character.isWhitespace: flush()
            default: word.append(character)
            }
        }
        flush()
        if tokens.isEmpty { throw FormulaError("is empty (name the source column, e.g. AANT_INW)") }
        return tokens
    }
}

/// Why a formula could not be read.
public struct FormulaError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
