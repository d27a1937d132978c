import Crypto
import Foundation

// SHA-256 is swift-crypto's (assembly where the processor has it); Stip stores and compares
// checksums as lower-case hex: an import's, a baseline's, a focus study's, the audit chain's.
extension SHA256 {
    /// The hex digest of some bytes in one go.
    public static func hex(of bytes: some DataProtocol) -> String {
        hash(data: bytes).hex
    }
}

extension SHA256Digest {
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(2 * Self.byteCount)
        for byte in self { text.append(digits[Int(byte >> 4)]); text.append(digits[Int(byte & 15)]) }
        return String(decoding: text, as: UTF8.self)
    }
}
