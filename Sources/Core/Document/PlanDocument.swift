/// The plan as a document: its whole text in chapters and sections, each block with an id that
/// stays the same for good (`1.2-3`: the third block of section 1.2), so a register entry, an
/// answer in a consultation or a later version can point at it.
public struct PlanDocument: Sendable, Equatable {
    /// `1.0`, `2.0`.
    public var version: String
    public var sections: [DocumentSection]

    public init(version: String, sections: [DocumentSection]) {
        self.version = version
        self.sections = sections
    }

    public func section(_ id: String) -> DocumentSection? { sections.first { $0.id == id } }

    /// The block with this id, and the section that holds it.
    public func block(_ id: String) -> (section: DocumentSection, block: DocumentBlock)? {
        for section in sections {
            if let block = section.blocks.first(where: { $0.id == id }) { return (section, block) }
        }
        return nil
    }

    /// Every word of the document in reading order, headings included: what the check against the seed text compares.
    public var text: String {
        sections.map { section in
            ([section.title] + section.blocks.map(\.text)).joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

/// A chapter (level 1: the foreword, the summary, chapters 1 to 8) or a section of one (level 2:
/// `1.2`, an action line's page in chapter 5).
public struct DocumentSection: Sendable, Equatable, Identifiable {
    public var id: String
    public var level: Int
    public var title: String
    public var blocks: [DocumentBlock]

    public init(id: String, level: Int, title: String, blocks: [DocumentBlock]) {
        self.id = id
        self.level = level
        self.title = title
        self.blocks = blocks
    }

    /// `1.2 Waarom Zuid-Limburg?`; unnumbered sections by their title alone.
    public var numberedTitle: String {
        id.first?.isNumber == true && !id.contains("-") ? "\(id) \(title)" : title
    }
}

/// One block of a section: a paragraph, a sub-heading, a list or a table.
public struct DocumentBlock: Sendable, Equatable, Identifiable {
    public enum Content: Sendable, Equatable {
        case paragraph(String)
        case subheading(String)
        /// Items with their depth (0 at the top).
        case list([ListItem])
        /// The first row is the header.
        case table([[String]])
    }

    public struct ListItem: Sendable, Equatable {
        public var depth: Int
        public var text: String

        public init(depth: Int, text: String) {
            self.depth = depth
            self.text = text
        }
    }

    public var id: String
    public var content: Content

    public init(id: String, content: Content) {
        self.id = id
        self.content = content
    }

    public var text: String {
        switch content {
        case let .paragraph(text), let .subheading(text): text
        case let .list(items): items.map(\.text).joined(separator: "\n")
        case let .table(rows): rows.map { $0.joined(separator: " ") }.joined(separator: "\n")
        }
    }
}
