import Foundation
import Testing

/// Plot writes attribute values as given. Stip's `PlotAttributes.swift` repeats every Plot helper
/// that takes text, so that the App module's calls reach the escaping copy; these tests fail when
/// that stops being true (Plot gains a helper, a copy is removed) or a view makes an attribute by
/// hand.
@Suite struct PlotAttributeShadowTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyPlotHelperThatTakesTextHasAnEscapingCopyInStip() throws {
        let plotAPI = Self.root.appendingPathComponent(".build/checkouts/Plot/Sources/Plot/API")
        var plot: Set<String> = []
        for file in ["Attribute.swift", "Node.swift", "HTMLAttributes.swift", "HTMLComponents.swift"] {
            let text = try String(contentsOf: plotAPI.appendingPathComponent(file), encoding: .utf8)
            plot.formUnion(Self.signatures(in: text).filter { signature in
                let parameters = signature.drop(while: { $0 != "(" })
                let takesText = parameters.contains("String") || parameters.contains("URLRepresentable")
                // Elements and raw text are not attributes; `raw` is raw by definition.
                let onNodeOrAttribute = signature.hasPrefix("extension Node") || signature.hasPrefix("extension Attribute")
                return takesText && onNodeOrAttribute && !signature.contains("func element") && !signature.contains("func raw(")
                    && !signature.contains("func selfClosedElement")
            })
        }
        #expect(plot.count > 40, "Plot's API was not read: \(plot.count) helpers")
        let stip = Self.signatures(in: try String(contentsOf: Self.root.appendingPathComponent("Sources/App/Encoding/PlotAttributes.swift"), encoding: .utf8))
        let missing = plot.subtracting(stip).sorted()
        #expect(missing.isEmpty, "Plot helpers that write text unescaped, with no escaping copy in PlotAttributes.swift:\n\(missing.joined(separator: "\n"))")
    }

    @Test func noViewMakesAnAttributeOrRawMarkupFromTextByHand() throws {
        let sources = Self.root.appendingPathComponent("Sources/App")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var offences: [String] = []
        for case let file as URL in files where file.pathExtension == "swift" && !file.path.contains("/Encoding/") {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (number, line) in lines.enumerated() {
                let byHand = line.contains("Attribute(name:") || line.contains("Attribute<") && line.contains("(name:")
                let rawText = line.range(of: #"\.raw\("[^"]*\\\("#, options: .regularExpression) != nil
                if byHand || rawText { offences.append("\(file.lastPathComponent):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))") }
            }
        }
        #expect(offences.isEmpty, "Attributes or markup built around Escaped:\n\(offences.joined(separator: "\n"))")
    }

    /// `extension HEADER | static func NAME(PARAMETERS) -> RESULT`, whitespace collapsed, `public` dropped.
    static func signatures(in source: String) -> Set<String> {
        var found: Set<String> = []
        var header = ""
        var pending: String?
        for line in source.components(separatedBy: "\n") {
            if line.hasPrefix("public extension ") || line.hasPrefix("extension ") || line.hasPrefix("internal extension ") {
                header = line.hasPrefix("public ") ? String(line.dropFirst(7)) : line.hasPrefix("internal ") ? "internal" : line
                header = header.replacingOccurrences(of: " {", with: "")
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if pending == nil, trimmed.hasPrefix("static func ") || trimmed.hasPrefix("public static func ") { pending = "" }
            guard var text = pending else { continue }
            text += " " + trimmed
            if let brace = text.range(of: " {", options: .backwards), text[..<brace.lowerBound].contains(")") {
                let signature = String(text[..<brace.lowerBound])
                    .replacingOccurrences(of: "public ", with: "")
                    .replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
                    .replacingOccurrences(of: "( ", with: "(").replacingOccurrences(of: " )", with: ")")
                    .trimmingCharacters(in: .whitespaces)
                if header != "internal" { found.insert("\(header) | \(signature)") }
                pending = nil
            } else {
                pending = text
            }
        }
        return found
    }
}
