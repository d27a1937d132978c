/// Where in the plan's text each register entry comes from: the block of the document that holds
/// its words, looked for where the plan puts such entries (a challenge in 2.1, an action on its
/// line's page in chapter 5, a dependency in 2.2, ...). The match is by words: made from the plan
/// as shipped, the places stay put when an entry is edited later (Stip does so); the test on the
/// shipped plan requires every entry to find one.
public struct DocumentSources: Sendable, Equatable {
    public struct Source: Sendable, Equatable {
        public var section: String
        public var block: String
        /// The share of the entry's words that the block holds, 0…1.
        public var overlap: Double
    }

    public var sources: [EntityReference: Source]

    /// A source counts from this share of the entry's words.
    public static let minimumOverlap = 0.6

    public subscript(_ reference: EntityReference) -> Source? { sources[reference] }

    /// The entries whose source is this block, in the register's order.
    public func entries(in block: String) -> [EntityReference] {
        sources.filter { $0.value.block == block }.map(\.key).sorted { ($0.kind.rawValue, $0.id) < ($1.kind.rawValue, $1.id) }
    }

    public init(sources: [EntityReference: Source]) {
        self.sources = sources
    }

    public init(register: Register, document: PlanDocument) {
        let index = WordIndex(document)
        var sources: [EntityReference: Source] = [:]
        func place(_ kind: EntityKind, _ id: String, _ text: String, in sections: (DocumentSection) -> Bool) {
            if let found = index.best(for: text, in: sections) { sources[EntityReference(kind, id)] = found }
        }
        for challenge in register.challenges {
            place(.challenges, challenge.id, challenge.title) { $0.id == "2.1" }
        }
        for ambition in register.ambitions {
            place(.ambitions, ambition.id, ambition.text) { $0.id.hasPrefix("5-") || $0.id.hasPrefix("3.") }
        }
        for line in register.actionLines {
            let page = "5-\(line.id)"
            if let section = document.section(page), let first = section.blocks.first {
                sources[EntityReference(.actionLines, line.id)] = Source(section: page, block: first.id, overlap: 1)
            }
        }
        for action in register.actions {
            place(.actions, action.id, action.title) { $0.id == "5-\(action.line)" }
        }
        for programme in register.programmes {
            place(.programmes, programme.id, programme.name) { $0.id.hasPrefix("5-") }
        }
        for dependency in register.dependencies {
            // The source names a section (`2.2`), or a chapter with a note (`5 (Ontwikkelagenda …)`).
            let named = dependency.source?.split(separator: " ").first.map(String.init) ?? "2.2"
            place(.dependencies, dependency.id, dependency.text) { $0.id == named || $0.id.hasPrefix(named + ".") || $0.id.hasPrefix(named + "-") }
        }
        self.sources = sources
    }

    /// The words of every block, to find the block that holds most of an entry's words.
    private struct WordIndex {
        struct Entry { var section: DocumentSection; var block: DocumentBlock; var words: Set<String> }
        var entries: [Entry] = []

        init(_ document: PlanDocument) {
            for section in document.sections {
                for block in section.blocks { entries.append(Entry(section: section, block: block, words: Set(Self.words(block.text)))) }
            }
        }

        /// The block holding the largest share of the text's words (the first of equals, in the
        /// document's order), if it holds at least `minimumOverlap` of them.
        func best(for text: String, in sections: (DocumentSection) -> Bool) -> Source? {
            let wanted = Self.words(text)
            guard !wanted.isEmpty else { return nil }
            var best: Source?
            for entry in entries where sections(entry.section) {
                let overlap = Double(wanted.filter(entry.words.contains).count) / Double(wanted.count)
                if overlap > (best?.overlap ?? 0) { best = Source(section: entry.section.id, block: entry.block.id, overlap: overlap) }
            }
            guard let best, best.overlap >= DocumentSources.minimumOverlap else { return nil }
            return best
        }

        static func words(_ text: String) -> [String] {
            text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        }
    }
}
