import Foundation

/// A phrase's id and values, read from the phrase itself: the case path is the id (a value that
/// is a case without values, such as `.participationChoice(.yes)`, joins it: `…participationChoice.yes`;
/// a value that is itself a phrase or a case with values continues the path), and the
/// remaining values are the placeholders' values in order.
struct PhraseKey: Equatable {
    var id: String
    var values: [PhraseValue]

    init(_ phrase: Any) {
        var path: [String] = []
        var values: [PhraseValue] = []
        Self.walk(phrase, path: &path, values: &values)
        id = path.joined(separator: ".")
        self.values = values
    }

    private static func walk(_ value: Any, path: inout [String], values: inout [PhraseValue]) {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .enum else {
            values.append(PhraseValue(value))
            return
        }
        guard let payload = mirror.children.first else {
            path.append(caseName(of: value))
            return
        }
        path.append(payload.label ?? caseName(of: value))
        let inner = Mirror(reflecting: payload.value)
        if inner.displayStyle == .tuple {
            for child in inner.children { walkValue(child.value, path: &path, values: &values) }
        } else {
            walkValue(payload.value, path: &path, values: &values)
        }
    }

    /// A value of a case: an enum continues the id, anything else is a placeholder's value.
    private static func walkValue(_ value: Any, path: inout [String], values: inout [PhraseValue]) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .enum {
            walk(value, path: &path, values: &values)
        } else if mirror.displayStyle == .optional {
            if let some = mirror.children.first { walkValue(some.value, path: &path, values: &values) } else { values.append(.text("")) }
        } else {
            values.append(PhraseValue(value))
        }
    }
}

/// A placeholder's value: a count is written in the language's way and picks a plural form; a
/// yes-or-no picks one of two texts; a figure is written with the language's decimal mark.
enum PhraseValue: Equatable {
    case text(String)
    case count(Int)
    case flag(Bool)
    case figure(Double)

    init(_ value: Any) {
        switch value {
        case let number as Int: self = .count(number)
        case let flag as Bool: self = .flag(flag)
        case let figure as Double: self = .figure(figure)
        default: self = .text(String(describing: value))
        }
    }
}

/// The Swift runtime's name for an enum value's case: what `String(describing:)` says for an
/// enum without a description of its own. Errors describe themselves for people; their ids
/// must still be their case names.
@_silgen_name("swift_EnumCaseName")
private func runtimeEnumCaseName<T>(_ value: T) -> UnsafePointer<CChar>?

private func caseName(of value: Any) -> String {
    func named<T>(_ value: T) -> String { runtimeEnumCaseName(value).map { String(cString: $0) } ?? String(describing: value) }
    return _openExistential(value, do: named)
}
