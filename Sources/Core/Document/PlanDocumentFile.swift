import Foundation

/// Reads the plan's text file (`Seeds/zuid-limburg-pva-1.0-document.txt`): `# id | title` for a
/// chapter, `## id | title` for a section, `### text` for a sub-heading, lines of `- ` for a list
/// (two spaces deeper per level), lines of `| ` for a table, and any other line a paragraph;
/// blocks are separated by an empty line. Block ids are the section's id and the block's place in
/// it, so the file of a version, once adopted, fixes them.
public enum PlanDocumentFile {
    public static func parse(_ text: String, version: String, file: String) throws(PlanDocumentFileError) -> PlanDocument {
        var sections: [DocumentSection] = []
        var seen: Set<String> = []
        var pending: [(line: Int, text: String)] = []

        func flush() throws(PlanDocumentFileError) {
            defer { pending = [] }
            guard let first = pending.first else { return }
            guard !sections.isEmpty else { throw .init(file: file, line: first.line, problem: .textBeforeFirstHeading) }
            let content: DocumentBlock.Content
            if first.text.hasPrefix("### ") {
                guard pending.count == 1 else { throw .init(file: file, line: pending[1].line, problem: .subheadingOnOneLine) }
                content = .subheading(String(first.text.dropFirst(4)))
            } else if first.text.trimmingLeadingSpaces.hasPrefix("- ") {
                var items: [DocumentBlock.ListItem] = []
                for line in pending {
                    let indent = line.text.prefix { $0 == " " }.count
                    let rest = line.text.dropFirst(indent)
                    guard rest.hasPrefix("- "), indent % 2 == 0 else { throw .init(file: file, line: line.line, problem: .mixedBlock) }
                    items.append(.init(depth: indent / 2, text: String(rest.dropFirst(2))))
                }
                content = .list(items)
            } else if first.text.hasPrefix("| ") {
                var rows: [[String]] = []
                for line in pending {
                    guard line.text.hasPrefix("| ") else { throw .init(file: file, line: line.line, problem: .mixedBlock) }
                    var cells = line.text.dropFirst(2).components(separatedBy: " | ")
                    if let last = cells.last, last.hasSuffix(" |") { cells[cells.count - 1] = String(last.dropLast(2)) }
                    rows.append(cells.map { $0 == "|" ? "" : $0 })
                }
                content = .table(rows)
            } else {
                guard pending.count == 1 else { throw .init(file: file, line: pending[1].line, problem: .paragraphOnOneLine) }
                content = .paragraph(first.text)
            }
            let index = sections.count - 1
            sections[index].blocks.append(DocumentBlock(id: "\(sections[index].id)-\(sections[index].blocks.count + 1)", content: content))
        }

        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let text = String(raw)
            if text.trimmingCharacters(in: .whitespaces).isEmpty { try flush(); continue }
            let level = text.hasPrefix("## ") ? 2 : text.hasPrefix("# ") ? 1 : 0
            guard level > 0 else { pending.append((line, text)); continue }
            try flush()
            let parts = text.dropFirst(level + 1).split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw .init(file: file, line: line, problem: .headingWithoutIDAndTitle) }
            guard parts[0].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }), parts[0].allSatisfy(\.isASCII) else {
                throw .init(file: file, line: line, problem: .badID(parts[0]))
            }
            guard seen.insert(parts[0]).inserted else { throw .init(file: file, line: line, problem: .duplicateID(parts[0])) }
            sections.append(DocumentSection(id: parts[0], level: level, title: parts[1], blocks: []))
        }
        try flush()
        guard !sections.isEmpty else { throw .init(file: file, line: 1, problem: .empty) }
        return PlanDocument(version: version, sections: sections)
    }
}

/// What is wrong with a plan text file, and where.
public struct PlanDocumentFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        case empty, textBeforeFirstHeading, headingWithoutIDAndTitle, badID(String), duplicateID(String)
        case paragraphOnOneLine, subheadingOnOneLine, mixedBlock
    }

    public var file: String
    public var line: Int
    public var problem: Problem

    public init(file: String, line: Int, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        let what = switch problem {
        case .empty: "the file has no heading"
        case .textBeforeFirstHeading: "text before the first heading (`# id | title`)"
        case .headingWithoutIDAndTitle: "a heading needs an id and a title: `# id | title`"
        case let .badID(id): "'\(id)' is not an id (letters, digits, '-' and '.')"
        case let .duplicateID(id): "'\(id)' is already the id of a section"
        case .paragraphOnOneLine: "a paragraph is one line; an empty line ends it"
        case .subheadingOnOneLine: "a sub-heading (`### `) is one line"
        case .mixedBlock: "a list (`- `) or table (`| `) has only such lines; an empty line ends it"
        }
        return "\(file):\(line): \(what)"
    }
}

private extension String {
    var trimmingLeadingSpaces: Substring { drop { $0 == " " } }
}
