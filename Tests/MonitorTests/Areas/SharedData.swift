import Foundation

/// The shared data beside the repository (`<repo>/../shared/data/<name>`), read at test time
/// and never copied into the repository, whose sources forbid it.
enum SharedData {
    /// The folder `shared/data/<name>`, looked for upwards from this file, then at
    /// /work/shared/data; `nil` when it is not on this machine, so tests can skip and say so.
    static func folder(_ name: String) -> URL? {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/data").appendingPathComponent(name)
            if isFolder(candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        let fallback = URL(fileURLWithPath: "/work/shared/data").appendingPathComponent(name)
        return isFolder(fallback) ? fallback : nil
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
