import Foundation

/// The id of a row that has no name of its own (a programme's partner, a line's *Voortbouwen
/// op* item): made from its table, its parent and its place, so the same row gets the same id
/// each time the register is turned into rows, and an edit can tell which rows changed.
enum StableRowID {
    static func make(_ table: String, _ parent: String, _ position: Int) -> UUID {
        let key = Array("\(table)/\(parent)/\(position)".utf8)
        // Two 64-bit FNV-1a hashes with different starting points: 128 bits, no collision within a table in practice.
        let high = fnv(key, basis: 0xcbf2_9ce4_8422_2325), low = fnv(key, basis: 0x6c62_272e_07bb_0142)
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: high >> (8 * index))
            bytes[8 + index] = UInt8(truncatingIfNeeded: low >> (8 * index))
        }
        // Marked as a version 8 (custom) UUID of the RFC 4122 variant.
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    private static func fnv(_ bytes: [UInt8], basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
