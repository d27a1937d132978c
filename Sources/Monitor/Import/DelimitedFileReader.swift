import Foundation

/// Reads a delimited text file as CBS and others publish it, in chunks, byte by byte:
/// `;`, `,` or tab (detected from the header line), fields quoted RFC 4180-style (a quoted
/// field may hold the separator, `""` and line breaks), a UTF-8 byte-order mark, LF or CRLF.
/// It also feeds every chunk to SHA-256 (on another core), so the checksum costs no second pass.
struct DelimitedFileReader {
    let path: String
    let totalBytes: Int
    let chunkSize: Int

    init(path: String, chunkSize: Int = 1 << 18) throws(ImportFailure) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw ImportFailure(ImportProblem(.unreadable, file: path, message: "there is no such file, or it cannot be read"))
        }
        self.path = path
        self.totalBytes = (attributes[.size] as? NSNumber)?.intValue ?? 0
        self.chunkSize = max(64, chunkSize)
    }

    struct Summary {
        var separator: UInt8
        var bytesRead: Int
        var checksum: String
    }

    /// Calls `record` for every non-blank record, the header first, in file order; it returns
    /// false to stop early. `chunkRead` is told the bytes read so far after each chunk.
    func forEachRecord(chunkRead: (Int) -> Void = { _ in },
                       _ record: (inout DelimitedRecord) throws(ImportFailure) -> Bool) throws(ImportFailure) -> Summary {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportFailure(ImportProblem(.unreadable, file: path, message: "cannot be opened for reading"))
        }
        defer { try? handle.close() }

        let checksum = BackgroundChecksum()
        var scanner: DelimitedScanner?
        // Bytes not yet split (a record's beginning) stay at the front; new bytes go behind them.
        var storage = [UInt8](repeating: 0, count: chunkSize)
        var start = 0, filled = 0, bytesRead = 0
        var header = HeaderLineSearch()
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: chunkSize) ?? Data()
            } catch {
                throw ImportFailure(ImportProblem(.unreadable, file: path, message: "could not be read: \(error.localizedDescription)"))
            }
            let atEnd = chunk.isEmpty
            if !atEnd {
                if filled + chunk.count > storage.count { storage += repeatElement(0, count: filled + chunk.count - storage.count) }
                checksum.feed(chunk)
                storage.withUnsafeMutableBytes { target in
                    chunk.withUnsafeBytes { source in
                        target.baseAddress!.advanced(by: filled).copyMemory(from: source.baseAddress!, byteCount: source.count)
                    }
                }
                filled += chunk.count
                bytesRead += chunk.count
            }
            if scanner == nil {
                if atEnd, filled == 0 { throw ImportFailure(ImportProblem(.emptyFile, file: path, line: 1, message: "the file is empty")) }
                if header.checked == 0 {
                    let problem = storage.withUnsafeBufferPointer { Self.encodingProblem(atStartOf: UnsafeBufferPointer(rebasing: $0[0..<filled]), file: path) }
                    if let problem { throw ImportFailure(problem) }
                }
                // The separator is told from the whole header line, so a header longer than a chunk waits for the next.
                let complete = storage.withUnsafeBufferPointer { all in
                    header.lineEnds(in: UnsafeBufferPointer(rebasing: all[header.checked..<filled]))
                }
                header.checked = filled
                if !atEnd, !complete {
                    chunkRead(bytesRead)
                    continue
                }
                if filled >= 3, storage[0] == 0xEF, storage[1] == 0xBB, storage[2] == 0xBF { start = 3 }
                scanner = storage.withUnsafeBufferPointer { DelimitedScanner(separator: Self.separator(ofHeaderIn: UnsafeBufferPointer(rebasing: $0[start..<filled]))) }
            }
            // The buffer's closure only rethrows untyped errors, so the typed one is carried out by hand.
            var outcome = DelimitedScanner.Outcome.stopped
            var failure: DelimitedScanError?
            storage.withUnsafeMutableBufferPointer { all in
                do throws(DelimitedScanError) {
                    outcome = try scanner!.scan(UnsafeMutableBufferPointer(rebasing: all[start..<filled]), atEnd: atEnd, record)
                } catch {
                    failure = error
                }
            }
            switch failure {
            case .unclosedQuote(let line)?:
                throw ImportFailure(ImportProblem(.unclosedQuote, file: path, line: line,
                                                  message: "a quoted field opened on this line is not closed before the end of the file"))
            case .record(let inner)?: throw inner
            case nil: break
            }
            if !atEnd { chunkRead(bytesRead) }
            guard case .needMore(let consumed) = outcome, !atEnd else { break }
            let remaining = filled - (start + consumed)
            if remaining > 0, start + consumed > 0 {
                storage.withUnsafeMutableBytes { _ = memmove($0.baseAddress!, $0.baseAddress!.advanced(by: start + consumed), remaining) }
            }
            start = 0
            filled = remaining
        }
        return Summary(separator: scanner!.separator, bytesRead: bytesRead, checksum: checksum.finish())
    }

    /// The separator is the one of `;`, `,` and tab that the header line (outside quotes)
    /// holds most often; CBS uses `;` in its CSV downloads, most other tools `,`.
    static func separator(ofHeaderIn bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var semicolons = 0, commas = 0, tabs = 0, quoted = false
        for b in bytes {
            if b == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if quoted { continue }
            if b == UInt8(ascii: "\n") { break }
            if b == UInt8(ascii: ";") { semicolons += 1 } else if b == UInt8(ascii: ",") { commas += 1 } else if b == 0x09 { tabs += 1 }
        }
        if tabs > semicolons && tabs > commas { return 0x09 }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// Whether the header line is complete (a line break outside quotes), looked for chunk by
    /// chunk without going over the same bytes twice.
    struct HeaderLineSearch {
        var checked = 0
        var quoted = false

        mutating func lineEnds(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for b in bytes {
                if b == UInt8(ascii: "\"") { quoted.toggle() } else if b == UInt8(ascii: "\n"), !quoted { return true }
            }
            return false
        }
    }

    /// UTF-16 (with a byte-order mark, or betrayed by NUL bytes) is refused at once: read as
    /// bytes it would give nonsense rather than a clean error further on.
    static func encodingProblem(atStartOf bytes: UnsafeBufferPointer<UInt8>, file: String) -> ImportProblem? {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return ImportProblem(.encoding, file: file, line: 1, message: "the file is UTF-16; save it as UTF-8 (CSV UTF-8)")
        }
        if bytes.prefix(4096).contains(0) {
            return ImportProblem(.encoding, file: file, line: 1, message: "the file holds NUL bytes: it is binary or UTF-16, not UTF-8 text")
        }
        return nil
    }
}
