import Core
import Foundation

/// The plan file the repository ships, read once per test process.
public enum SeedPlan {
    public static let path: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Seeds/zuid-limburg-pva-1.0.yaml").path

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
