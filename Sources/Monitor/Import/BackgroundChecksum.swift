import Crypto
import Dispatch
import Foundation

/// SHA-256 of a file computed on a serial queue beside the parse, so a second core does it at no
/// cost in waiting time (with swift-crypto about 1.5 ms for a 2.4 MB file, docs/performance.md).
/// Chunks are `Data` (immutable), fed in order; `finish` waits for the last.
final class BackgroundChecksum: @unchecked Sendable {
    // Touched only on `queue`, which is what makes the unchecked Sendable safe.
    private var hash = SHA256()
    private let queue = DispatchQueue(label: "stip.import.checksum")

    func feed(_ chunk: Data) {
        queue.async {
            self.hash.update(data: chunk)
        }
    }

    func finish() -> String {
        queue.sync { hash.finalize().hex }
    }
}
