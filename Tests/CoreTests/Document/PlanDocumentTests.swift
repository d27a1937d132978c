import Core
import Foundation
import StipTestSupport
import Testing

/// The plan's whole text, transcribed from the PDF's extraction into sections and blocks.
@Suite struct PlanDocumentTests {
    /// The extraction's words without its page furniture: page-number footers, the banner above an
    /// action-line page, and page titles (a line with one leading space: a numbered title,
    /// `Voorwoord`, `Samenvatting`, `Communicatie`, or a `(vervolg)`), which the document has as
    /// headings before their text rather than where the extraction prints them, often after it.
    /// A word broken at a line's end before a lower-case letter is joined.
    static func extractedWords(_ text: String) -> (words: [String], pageTitles: [String]) {
        var body: [String] = [], titles: [String] = []
        for line in text.components(separatedBy: "\n") {
            if line.range(of: #"^\d+ Plan van Aanpak NOVI Gebied Zuid-Limburg\s*$"#, options: .regularExpression) != nil { continue }
            if line.trimmingCharacters(in: .whitespaces) == "NOVI gebied Zuid-Limburg" { continue }
            if line.contains("(vervolg)") { continue }
            // (A numbered list item, ` 1. Het katalysatorteam …`, has one space after its number.)
            if line.range(of: #"^ (\d+\.\d+\s+\S.*|\d+\.\s{2,}\S.*|Voorwoord|Samenvatting|Communicatie)\s*$"#, options: .regularExpression) != nil {
                titles.append(line.trimmingCharacters(in: .whitespaces))
                continue
            }
            body.append(line)
        }
        let joined = body.joined(separator: "\n")
            .replacingOccurrences(of: #"(\w)-[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=\p{Ll})"#, with: "$1", options: .regularExpression)
        return (words(joined), titles)
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    @Test func theFileReadsIntoChaptersSectionsAndBlocksWithStableIDs() {
        let document = SeedPlan.document
        #expect(document.sections.filter { $0.level == 1 }.map(\.id) == ["voorwoord", "samenvatting", "1", "2", "3", "4", "5", "6", "7", "8"])
        #expect(document.sections.map(\.id).contains("4.5") && document.sections.map(\.id).contains("5-groene-long"))
        #expect(document.section("8")?.title == "Nawoord")
        // 4.5's first sub-heading is the four Rs; the block after it says what rekenschap asks.
        let rs = try! #require(document.section("4.5")?.blocks.first { $0.content == .subheading("Richting, ruimte, rugdekking…en rekenschap?") })
        #expect(rs.id.hasPrefix("4.5-"))
        let next = document.block("4.5-\(Int(rs.id.split(separator: "-").last!)! + 1)")
        #expect(next?.block.text.contains("Hoe leggen we rekenschap af aan elkaar?") == true)
        #expect(document.sections.allSatisfy { section in section.blocks.enumerated().allSatisfy { $1.id == "\(section.id)-\($0 + 1)" } })
    }

    /// The document holds the extraction's words in their order: the share is reported, and what is
    /// missing is listed when it falls below 99 %.
    @Test(.enabled(if: SeedPlan.extractedText != nil, "shared/seed/plan-van-aanpak-novi-zuid-limburg-2020.txt is not on this machine"))
    func atLeast99PercentOfTheExtractedWordsAppearInOrder() throws {
        let (seed, titles) = Self.extractedWords(try #require(SeedPlan.extractedText))
        let document = Self.words(SeedPlan.document.text)
        let difference = document.difference(from: seed)
        let missing = difference.removals.count
        let share = Double(seed.count - missing) / Double(seed.count)
        let missingWords = difference.removals.compactMap { if case let .remove(offset, word, _) = $0 { "\(offset):\(word)" } else { nil } }
        print("plan text: \(seed.count - missing) of \(seed.count) extracted words in order (\(String(format: "%.2f", share * 100)) %); missing: \(missingWords.joined(separator: " "))")
        #expect(share >= 0.99, "missing: \(missingWords.joined(separator: " "))")
        // Every page title is a section's title (numbered titles by their number and words).
        let sectionTitles = Set(SeedPlan.document.sections.flatMap { [Self.words($0.numberedTitle).joined(separator: " "), Self.words($0.title).joined(separator: " ")] })
        for title in Set(titles) {
            #expect(sectionTitles.contains(Self.words(title).joined(separator: " ")), "page title ‘\(title)’ is no section's title")
        }
    }

    @Test func everyRegisterEntryPointsToTheBlockItComesFrom() {
        let register = SeedPlan.register, document = SeedPlan.document
        let sources = DocumentSources(register: register, document: document)
        var entries: [EntityReference] = register.challenges.map { EntityReference(.challenges, $0.id) }
        entries += register.ambitions.map { EntityReference(.ambitions, $0.id) }
        entries += register.actionLines.map { EntityReference(.actionLines, $0.id) }
        entries += register.actions.map { EntityReference(.actions, $0.id) }
        entries += register.programmes.map { EntityReference(.programmes, $0.id) }
        entries += register.dependencies.map { EntityReference(.dependencies, $0.id) }
        #expect(entries.count == 140)
        for entry in entries {
            let source = sources[entry]
            #expect(source != nil, "\(entry.kind.rawValue) \(entry.id) has no source in the document")
            if let source { #expect(document.block(source.block)?.section.id == source.section) }
        }
        let overlaps = entries.compactMap { sources[$0]?.overlap }
        let partial = entries.filter { (sources[$0]?.overlap ?? 0) < 1 }.map { "\($0.id) → \(sources[$0]!.block) (\(sources[$0]!.overlap))" }
        print("plan sources: \(overlaps.count) of \(entries.count) entries placed, \(overlaps.filter { $0 == 1 }.count) with all their words; the others: \(partial.joined(separator: "; "))")
        // The first action of Groene Long is on its line's page, in the short-term list.
        let first = try! #require(register.actions.first { $0.line == "groene-long" })
        #expect(sources[EntityReference(.actions, first.id)]?.section == "5-groene-long")
    }

    @Test func aBrokenFileNamesItsLineAndChangesNothing() {
        func problem(_ text: String) -> PlanDocumentFileError? {
            do { _ = try PlanDocumentFile.parse(text, version: "x", file: "plan.txt"); return nil } catch { return error }
        }
        #expect(problem("Tekst zonder kop") == .init(file: "plan.txt", line: 1, problem: .textBeforeFirstHeading))
        #expect(problem("# a | A\n\n## a | B") == .init(file: "plan.txt", line: 3, problem: .duplicateID("a")))
        #expect(problem("# a | A\n\nEen\ntwee") == .init(file: "plan.txt", line: 4, problem: .paragraphOnOneLine))
        #expect(problem("# a | A\n\n- een\ngeen lijst") == .init(file: "plan.txt", line: 4, problem: .mixedBlock))
        #expect(problem("# zonder titel") == .init(file: "plan.txt", line: 1, problem: .headingWithoutIDAndTitle))
        #expect("\(problem("# a b | A")!)" == "plan.txt:1: 'a b' is not an id (letters, digits, '-' and '.')")
    }
}
