/// A later version of the plan (`2.0`), drafted as edits to the sections of the version it grows
/// from, until the regiegroep records that the BKO adopted it; from then on it is the current
/// plan and its edits never change.
public struct PlanVersion: Codable, Sendable, Equatable {
    public enum State: String, Codable, Sendable { case draft, adopted }

    public var version: String
    public var base: String
    public var state: State
    public var adoptedOn: String?
    public var decidedBy: String?

    public init(version: String, base: String, state: State = .draft, adoptedOn: String? = nil, decidedBy: String? = nil) {
        self.version = version
        self.base = base
        self.state = state
        self.adoptedOn = adoptedOn
        self.decidedBy = decidedBy
    }
}

/// One section as a version rewrites it: its title and its blocks in the plan file's format, and
/// the consultation answers that asked for it.
public struct SectionEdit: Codable, Sendable, Equatable {
    public var version: String
    public var section: String
    public var title: String
    /// The section's blocks as `PlanDocumentFile` reads them (without the heading).
    public var text: String
    public var answers: [String]
    public var editedBy: String
    public var editedAt: String
    /// Goes up with every save; a save from an older one is refused.
    public var revision: Int

    public init(version: String, section: String, title: String, text: String, answers: [String], editedBy: String, editedAt: String, revision: Int = 1) {
        self.version = version
        self.section = section
        self.title = title
        self.text = text
        self.answers = answers
        self.editedBy = editedBy
        self.editedAt = editedAt
        self.revision = revision
    }
}

extension PlanDocument {
    /// The document with these sections rewritten, as `version`. An edit's text is checked as the
    /// file is; its problem names the section and the line in the edit.
    public func applying(_ edits: [SectionEdit], as version: String) throws(PlanDocumentFileError) -> PlanDocument {
        var document = self
        document.version = version
        for edit in edits {
            guard let index = document.sections.firstIndex(where: { $0.id == edit.section }) else {
                throw PlanDocumentFileError(file: "section \(edit.section)", line: 1, problem: .badID(edit.section))
            }
            let level = document.sections[index].level
            let heading = String(repeating: "#", count: level) + " \(edit.section) | \(edit.title)"
            let parsed: PlanDocument
            do {
                parsed = try PlanDocumentFile.parse(heading + "\n\n" + edit.text, version: version, file: "section \(edit.section)")
            } catch {
                // Lines in the edit, not in the text with its heading in front.
                throw PlanDocumentFileError(file: error.file, line: max(1, error.line - 2), problem: error.problem)
            }
            document.sections[index] = parsed.sections[0]
        }
        return document
    }

    /// A section's blocks as the file writes them, to start an edit from.
    public func fileText(of section: DocumentSection) -> String {
        section.blocks.map { block in
            switch block.content {
            case let .paragraph(text): text
            case let .subheading(text): "### " + text
            case let .list(items): items.map { String(repeating: "  ", count: $0.depth) + "- " + $0.text }.joined(separator: "\n")
            case let .table(rows): rows.map { "| " + $0.joined(separator: " | ") }.joined(separator: "\n")
            }
        }.joined(separator: "\n\n")
    }
}

/// What changed in a section between two versions, word by word: runs of words kept, removed
/// and added, with the blocks' boundaries kept as `¶`.
public struct SectionDifference: Sendable, Equatable {
    public enum Run: Sendable, Equatable {
        case same(String), removed(String), added(String)
    }

    public var section: String
    public var before: DocumentSection?
    public var after: DocumentSection
    public var runs: [Run]

    public static func between(_ old: PlanDocument, _ new: PlanDocument) -> [SectionDifference] {
        new.sections.compactMap { section in
            let before = old.section(section.id)
            guard before != section else { return nil }
            let was = words(before), now = words(section)
            let difference = now.difference(from: was)
            var removed = Set<Int>(), inserted = Set<Int>()
            for change in difference {
                switch change {
                case let .remove(offset, _, _): removed.insert(offset)
                case let .insert(offset, _, _): inserted.insert(offset)
                }
            }
            var runs: [Run] = []
            func add(_ run: Run) {
                switch (runs.last, run) {
                case let (.same(a)?, .same(b)): runs[runs.count - 1] = .same(a + " " + b)
                case let (.removed(a)?, .removed(b)): runs[runs.count - 1] = .removed(a + " " + b)
                case let (.added(a)?, .added(b)): runs[runs.count - 1] = .added(a + " " + b)
                default: runs.append(run)
                }
            }
            var i = 0, j = 0
            while i < was.count || j < now.count {
                if i < was.count, removed.contains(i) { add(.removed(was[i])); i += 1 }
                else if j < now.count, inserted.contains(j) { add(.added(now[j])); j += 1 }
                else if i < was.count, j < now.count { add(.same(now[j])); i += 1; j += 1 }
                else if j < now.count { add(.added(now[j])); j += 1 }
                else { add(.removed(was[i])); i += 1 }
            }
            return SectionDifference(section: section.id, before: before, after: section, runs: runs)
        }
    }

    private static func words(_ section: DocumentSection?) -> [String] {
        guard let section else { return [] }
        return ([section.title] + section.blocks.map(\.text)).joined(separator: " ¶ ").split(whereSeparator: \.isWhitespace).map(String.init)
    }
}
