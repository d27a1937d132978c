/// Splits the bytes of a buffer into records. A record is only split once it is complete (up
/// to a line break outside quotes), so a record cut off at the end of a chunk is left for
/// the next round, untouched. The plain case (no quotes) is one pass over the bytes; a record
/// with quotes is unescaped in place. This loop is where an import spends its time.
struct DelimitedScanner {
    let separator: UInt8
    private(set) var line = 1
    private var record = DelimitedRecord()

    init(separator: UInt8) { self.separator = separator }

    enum Outcome {
        /// Every complete record was handed over; the bytes from `consumed` on are a record's beginning.
        case needMore(consumed: Int)
        case stopped
    }

    private static let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    /// Hands over the complete records in `buffer`; at the end of the file (`atEnd`) a last
    /// record without a line break is complete too. Throws `unclosedQuote` (as the line
    /// where the field opened) only at the end of the file.
    mutating func scan(_ buffer: UnsafeMutableBufferPointer<UInt8>, atEnd: Bool,
                       _ body: (inout DelimitedRecord) throws(ImportFailure) -> Bool) throws(DelimitedScanError) -> Outcome {
        let sep = separator, quote = Self.quote, lf = Self.lf
        let count = buffer.count
        record.buffer = UnsafeBufferPointer(buffer)
        var position = 0
        // The field bounds are written through pointers, not appended: an append per field
        // (with its uniqueness check) cost as much as looking at the bytes.
        var starts: [Int] = [], ends: [Int] = []
        while position < count {
            record.line = line
            var high: UInt8 = 0
            var i = position
            var fieldStart = position
            var sawQuote = false
            var fields = 0
            swap(&starts, &record.starts)
            swap(&ends, &record.ends)
            while true {
                var full = false
                starts.withUnsafeMutableBufferPointer { starts in
                    ends.withUnsafeMutableBufferPointer { ends in
                        let capacity = ends.count
                        while i < count {
                            let c = buffer[i]
                            if c == sep {
                                if fields == capacity { full = true; return }
                                starts[fields] = fieldStart
                                ends[fields] = i
                                fields += 1
                                fieldStart = i + 1
                            } else if c == lf {
                                break
                            } else if c == quote {
                                sawQuote = true
                                break
                            }
                            high |= c
                            i += 1
                        }
                    }
                }
                guard full else { break }
                starts += repeatElement(0, count: starts.count)
                ends += repeatElement(0, count: ends.count)
            }
            swap(&starts, &record.starts)
            swap(&ends, &record.ends)
            record.setFieldCount(fields)
            var end: Int
            var linesInside = 0
            if sawQuote {
                if let found = Self.recordEnd(buffer, from: position, quote: quote, lf: lf) {
                    end = found
                } else if !atEnd {
                    return .needMore(consumed: position)
                } else if Self.quoteIsOpen(buffer, from: position, to: count) {
                    throw .unclosedQuote(line: line)
                } else {
                    end = count
                }
                linesInside = split(buffer, from: position, to: end)
                high = 0x80 // checked field by field later; cheap, since quoted records are rare
            } else {
                if i == count, !atEnd { return .needMore(consumed: position) }
                end = i
                record.appendField(start: fieldStart, end: i)
            }
            let outcome = try deliver(body, high: high, end: end, linesInside: linesInside)
            if case .stopped = outcome { return .stopped }
            position = end + 1
        }
        return .needMore(consumed: count)
    }

    private mutating func deliver(_ body: (inout DelimitedRecord) throws(ImportFailure) -> Bool, high: UInt8, end: Int,
                                  linesInside: Int) throws(DelimitedScanError) -> Outcome {
        // A CR before the line break (CRLF) belongs to no field.
        let last = record.fieldCount - 1
        if record.ends[last] > record.starts[last], record.buffer[record.ends[last] - 1] == Self.cr { record.ends[last] -= 1 }
        record.hasHighBytes = high >= 0x80
        line += 1 + linesInside
        if record.isBlank { return .needMore(consumed: end) }
        do {
            if try !body(&record) { return .stopped }
        } catch {
            throw .record(error)
        }
        return .needMore(consumed: end)
    }

    /// The line break that ends the record starting at `from`: the first one with an even
    /// number of quotes before it (an escaped `""` counts twice, so parity is enough).
    private static func recordEnd(_ buffer: UnsafeMutableBufferPointer<UInt8>, from: Int, quote: UInt8, lf: UInt8) -> Int? {
        var open = false
        for i in from..<buffer.count {
            let c = buffer[i]
            if c == quote { open.toggle() } else if c == lf, !open { return i }
        }
        return nil
    }

    private static func quoteIsOpen(_ buffer: UnsafeMutableBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        var open = false
        for i in from..<to where buffer[i] == quote { open.toggle() }
        return open
    }

    /// Splits a complete record with quotes, unescaping quoted fields in place (the text only
    /// gets shorter, so writing behind the reading position is safe). Returns the line
    /// breaks inside quoted fields.
    private mutating func split(_ buffer: UnsafeMutableBufferPointer<UInt8>, from: Int, to end: Int) -> Int {
        record.removeAllFields()
        let sep = separator, quote = Self.quote, lf = Self.lf
        var lines = 0
        var i = from
        while true {
            let start = i
            var write = i
            var quoted = false
            while i < end {
                let c = buffer[i]
                if quoted {
                    if c == quote {
                        if i + 1 < end, buffer[i + 1] == quote { buffer[write] = quote; write += 1; i += 2; continue }
                        quoted = false
                        i += 1
                        continue
                    }
                    if c == lf { lines += 1 }
                } else if c == quote, write == start {
                    quoted = true
                    i += 1
                    continue
                } else if c == sep {
                    break
                }
                buffer[write] = c
                write += 1
                i += 1
            }
            record.appendField(start: start, end: write)
            if i >= end { break }
            i += 1 // the separator
        }
        return lines
    }
}

enum DelimitedScanError: Error {
    case unclosedQuote(line: Int)
    case record(ImportFailure)
}
