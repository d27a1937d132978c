import Dispatch
import Foundation

/// SHA-256 of a file computed on a serial queue beside the parse: a quarter of an import's
/// work, which a second core does at no cost in waiting time. Chunks are `Data` (immutable),
/// fed in order; `finish` waits for the last.
final class BackgroundChecksum: @unchecked Sendable {
    // Touched only on `queue`, which is what makes the unchecked Sendable safe.
    private var hash = SHA256()
    private let queue = DispatchQueue(label: "stip.import.checksum")

    func feed(_ chunk: Data) {
        queue.async {
            chunk.withUnsafeBytes { self.hash.update($0.bindMemory(to: UInt8.self)) }
        }
    }

    func finish() -> String {
        queue.sync { hash.finalize().hex }
    }
}
