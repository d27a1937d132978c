/// Reads an area code as CBS files write it: padded with spaces (`"GM0935    "`), with its
/// prefix, or as the bare digits of CBS code lists (`0935`, `093501`, `09350101`, read by
/// their length).
enum AreaCodeCell {
    static func read(_ text: String) -> AreaCode? {
        var text = text
        return text.withUTF8 { read($0) }
    }

    /// The same from a field's bytes, without making a `String` of the field first.
    static func read(_ field: UnsafeBufferPointer<UInt8>) -> AreaCode? {
        var lower = 0, upper = field.count
        while lower < upper, field[lower].isBlank { lower += 1 }
        while upper > lower, field[upper - 1].isBlank { upper -= 1 }
        guard lower < upper else { return nil }
        let trimmed = UnsafeBufferPointer(rebasing: field[lower..<upper])
        if trimmed[0] &- UInt8(ascii: "0") < 10 {
            let level: AreaLevel? = switch trimmed.count {
            case 4: .municipality
            case 6: .district
            case 8: .neighbourhood
            default: nil
            }
            return level.flatMap { AreaCode(level: $0, utf8: trimmed) }
        }
        guard let code = AreaCode(utf8: trimmed) else { return nil }
        // StatLine tables call the Netherlands NL01, the KWB NL00: one country, one code.
        return code.level == .country ? .netherlands : code
    }
}

extension String {
    /// Without the spaces and tabs around it; cheaper than Foundation's trimming.
    func trimmingBlanks() -> String {
        let utf8 = self.utf8
        guard let first = utf8.first, let last = utf8.last, first.isBlank || last.isBlank else { return self }
        var lower = utf8.startIndex, upper = utf8.endIndex
        while lower < upper, utf8[lower].isBlank { lower = utf8.index(after: lower) }
        while upper > lower, utf8[utf8.index(before: upper)].isBlank { upper = utf8.index(before: upper) }
        return String(self[lower..<upper])
    }
}
