import Foundation

/// COINr's ASEM example, read at test time from `shared/data/coinr-asem` beside the
/// repository (never copied into it).
enum ASEMData {
    /// The folder, looked for upwards from this file (`<repo>/../shared/...`), then at /work/shared.
    static let directory: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/data/coinr-asem")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("asem_treated.csv").path) { return candidate }
            folder.deleteLastPathComponent()
        }
        let fallback = URL(fileURLWithPath: "/work/shared/data/coinr-asem")
        return FileManager.default.fileExists(atPath: fallback.appendingPathComponent("asem_treated.csv").path) ? fallback : nil
    }()

    static var isPresent: Bool { directory != nil }

    /// A CSV file as header and rows of fields (quoted fields may hold commas).
    static func table(_ name: String) throws -> CSVTable {
        let text = try String(contentsOf: directory!.appendingPathComponent(name), encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline).map { fields(of: String($0)) }
        let header = lines.removeFirst()
        return CSVTable(header: header, rows: lines)
    }

    private static func fields(of line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        for character in line {
            switch character {
            case "\"": quoted.toggle()
            case "," where !quoted:
                fields.append(field)
                field = ""
            default: field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}

struct CSVTable {
    let header: [String]
    let rows: [[String]]

    func column(_ name: String) -> Int {
        guard let index = header.firstIndex(of: name) else { fatalError("no column \(name)") }
        return index
    }

    func strings(_ name: String) -> [String] {
        let index = column(name)
        return rows.map { $0[index] }
    }

    /// `NA` is missing.
    func numbers(_ name: String) -> [Double?] {
        strings(name).map { $0 == "NA" ? nil : Double($0)! }
    }
}
