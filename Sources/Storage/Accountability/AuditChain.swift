import Crypto
import Foundation
import Monitor

/// How each audit record is tied to the one before it: SHA-256 over its place, its fields and the
/// previous record's hash, so changing, removing or reordering any record breaks every hash after
/// it. `stip audit verify` walks the chain.
enum AuditChain {
    /// The "previous hash" of the first record.
    static let genesis = String(repeating: "0", count: 64)

    static func hash(
        position: Int64, at: String, accountID: String?, accountEmail: String, entity: String, entityID: String,
        operation: String, before: String?, after: String?, previous: String
    ) -> String {
        // A JSON array: every field delimited and escaped, nil distinct from "".
        let fields: [String?] = [String(position), at, accountID, accountEmail, entity, entityID, operation, before, after, previous]
        let canonical = (try? JSONEncoder().encode(fields)) ?? Data()
        return SHA256.hex(of: canonical)
    }
}

/// What a walk over the audit chain found.
public struct AuditVerification: Sendable, Equatable, CustomStringConvertible {
    public var records: Int
    /// The first record that does not fit, and why; nil when the chain is whole.
    public var broken: (position: Int64, id: String, reason: String)?

    public var isWhole: Bool { broken == nil }

    public init(records: Int, broken: (position: Int64, id: String, reason: String)?) {
        self.records = records
        self.broken = broken
    }

    public var description: String {
        guard let broken else { return "audit trail: \(records) records, chain unbroken" }
        return "audit trail: chain broken at record \(broken.position) (\(broken.id)): \(broken.reason)"
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.records == rhs.records && lhs.broken?.position == rhs.broken?.position && lhs.broken?.id == rhs.broken?.id
            && lhs.broken?.reason == rhs.broken?.reason
    }
}
