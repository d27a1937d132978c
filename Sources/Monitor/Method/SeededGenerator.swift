/// A small, fast, seeded generator (xoshiro256**, seeded through SplitMix64) whose sequence
/// is fixed by this code alone, so a robustness run can be repeated to the bit on any
/// machine and Swift version — the standard library's generators promise neither.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// `stream` gives independent sequences from one seed: the robustness analysis uses the
    /// draw number, so a draw's numbers do not depend on how draws are split over tasks.
    public init(seed: UInt64, stream: UInt64 = 0) {
        var mixer = SplitMix64(state: seed ^ SplitMix64.mix(stream &+ 0x5DEE_CE66_D1CE_4E5B))
        state = (mixer.next(), mixer.next(), mixer.next(), mixer.next())
        if state == (0, 0, 0, 0) { state.0 = 0x9E37_79B9_7F4A_7C15 }  // the one state xoshiro cannot leave
    }

    public mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    /// Uniform on [0, 1), 53 random bits.
    public mutating func nextUnitInterval() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform on [-alpha, alpha]: the multiplier of a weight is `1 + e`.
    public mutating func nextSymmetric(_ alpha: Double) -> Double {
        alpha * (2 * nextUnitInterval() - 1)
    }

    /// Uniform in 0..<count.
    public mutating func nextIndex(below count: Int) -> Int {
        min(Int(nextUnitInterval() * Double(count)), count - 1)
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

/// Turns one 64-bit seed into well-spread starting states.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
