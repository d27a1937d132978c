import Foundation

/// The fuzzer's bytes as a file, for readers that take a path: one file per process,
/// rewritten for every input (in /dev/shm when there is one, so no disk is touched).
public struct ScratchFile: Sendable {
    public let path: String

    public init(suffix: String) {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        path = "\(folder)/stip-fuzz-\(getpid())\(suffix)"
    }

    public func write(_ bytes: UnsafeRawBufferPointer) {
        guard let file = fopen(path, "wb") else { fatalError("cannot write the scratch file \(path)") }
        if let base = bytes.baseAddress, bytes.count > 0 { fwrite(base, 1, bytes.count, file) }
        fclose(file)
    }
}

/// The repository's folders, found from this source file (the fuzz binaries run on the machine that built them).
public enum RepositoryFolder {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
