import Foundation
import Testing

/// Compares a rendered page with the copy kept beside the tests, so a change in what a page
/// shows appears as a readable diff in review. `STIP_RECORD_SNAPSHOTS=1` writes new copies.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["STIP_RECORD_SNAPSHOTS"] == "1"
    guard !record, let stored = try? String(contentsOf: file, encoding: .utf8) else {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Recorded snapshot \(name); check it and run again.", sourceLocation: sourceLocation)
        return
    }
    guard stored != text else { return }
    let ours = text.components(separatedBy: "\n"), theirs = stored.components(separatedBy: "\n")
    let first = zip(ours, theirs).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(ours.count, theirs.count)
    Issue.record("""
        \(name) differs from its snapshot from line \(first + 1):
        - \(first < theirs.count ? theirs[first] : "(end)")
        + \(first < ours.count ? ours[first] : "(end)")
        """, sourceLocation: sourceLocation)
}
