/// One record of a delimited file, valid while the reader hands it over: its fields are
/// ranges of the reader's buffer (quoted fields already unescaped in place), so a row costs
/// no allocation and no `String` per field.
struct DelimitedRecord {
    var buffer = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// Where the fields start and end; only the first `fieldCount` entries count. The arrays
    /// keep their length (their capacity), so the scanner writes into them without appending.
    var starts: [Int]
    var ends: [Int]
    private(set) var fieldCount = 0
    /// 1-based line where the record starts, as an editor shows it.
    var line = 1
    /// Some byte is 0x80 or above, so UTF-8 must be checked (ASCII needs no check).
    var hasHighBytes = false

    init() {
        starts = Array(repeating: 0, count: 128)
        ends = Array(repeating: 0, count: 128)
    }

    var isBlank: Bool { fieldCount == 1 && starts[0] == ends[0] }

    mutating func removeAllFields() { fieldCount = 0 }

    /// Room for at least `count` fields.
    mutating func reserveFields(_ count: Int) {
        guard count > starts.count else { return }
        let more = max(count, 2 * starts.count) - starts.count
        starts += repeatElement(0, count: more)
        ends += repeatElement(0, count: more)
    }

    mutating func appendField(start: Int, end: Int) {
        reserveFields(fieldCount + 1)
        starts[fieldCount] = start
        ends[fieldCount] = end
        fieldCount += 1
    }

    /// For the scanner, which has filled `starts` and `ends` itself.
    mutating func setFieldCount(_ count: Int) { fieldCount = count }

    func range(of field: Int) -> Range<Int> { starts[field]..<ends[field] }

    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: buffer[starts[index]..<ends[index]])
    }

    /// A field as text, spaces around it trimmed (CBS pads codes and names).
    func text(_ index: Int) -> String {
        String(decoding: trimmedField(index), as: UTF8.self)
    }

    /// A field's bytes without the spaces around it: what `text` holds, without making a `String`.
    func trimmedField(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        var lower = starts[index], upper = ends[index]
        while lower < upper, buffer[lower].isBlank { lower += 1 }
        while upper > lower, buffer[upper - 1].isBlank { upper -= 1 }
        return UnsafeBufferPointer(rebasing: buffer[lower..<upper])
    }

    /// The field that is not valid UTF-8, if any, with the offset of the first bad byte.
    func invalidUTF8() -> (field: Int, offset: Int, byte: UInt8)? {
        guard hasHighBytes else { return nil }
        for index in 0..<fieldCount {
            let bytes = field(index)
            var iterator = bytes.makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            var offset = 0
            parsing: while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let scalar): offset += scalar.count
                case .emptyInput: break parsing
                case .error: return (index, offset, bytes[offset])
                }
            }
        }
        return nil
    }
}

extension UInt8 {
    /// A space or tab: what CBS pads fixed-width codes with.
    var isBlank: Bool { self == 0x20 || self == 0x09 }
}
