import Core
import Foundation

/// The plan file the repository ships, read once per test process.
public enum SeedPlan {
    public static let path: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Seeds/zuid-limburg-pva-1.0.yaml").path

    /// The plan's whole text as a document (`Seeds/zuid-limburg-pva-1.0-document.txt`).
    public static let documentPath: String = URL(fileURLWithPath: path).deletingLastPathComponent()
        .appendingPathComponent("zuid-limburg-pva-1.0-document.txt").path

    public static let document: PlanDocument = {
        do {
            return try PlanDocumentFile.parse(try String(contentsOfFile: documentPath, encoding: .utf8), version: "1.0", file: "zuid-limburg-pva-1.0-document.txt")
        } catch {
            fatalError("The shipped plan text does not load:\n\(error)")
        }
    }()

    /// The plan's text as extracted from the PDF (`shared/seed/...txt`, beside the repository or
    /// under /work/shared), never copied into the repository; nil when it is not on this machine.
    public static let extractedText: String? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        var candidates: [String] = []
        while folder.path != "/" {
            folder.deleteLastPathComponent()
            candidates.append(folder.appendingPathComponent("shared/seed/plan-van-aanpak-novi-zuid-limburg-2020.txt").path)
        }
        candidates.append("/work/shared/seed/plan-van-aanpak-novi-zuid-limburg-2020.txt")
        return candidates.lazy.compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }.first
    }()

    public static let register: Register = {
        do {
            return try PlanFile.load(path: path)
        } catch {
            fatalError("The shipped plan file does not load:\n\(error)")
        }
    }()

    /// The plan as a store gives it back after loading it into an empty database: every record
    /// at the version of that first write.
    public static let stored: Register = {
        var stored = register
        stored.stampVersions(1)
        return stored
    }()
}
