import Foundation

/// A data file of the repository's `Seeds/` folder, found upwards from this file.
enum SeedFile {
    static func url(_ path: String) -> URL {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("Seeds").appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        fatalError("Seeds/\(path) is not in the repository")
    }
}
