/// A map bounded in bytes that forgets the least recently used entries first, in two segments
/// (a segmented LRU): a new entry starts on probation and moves to the protected segment when
/// it is asked for again. Room is made from probation's oldest entries first, so a stream of
/// keys each asked for once (junk query strings, one-off seeds) pushes out only its own kind,
/// never the entries people come back to. A value larger than the whole budget is not kept.
struct BoundedCache<Key: Hashable, Value> {
    private struct Entry {
        var value: Value
        var bytes: Int
        var isProtected: Bool
        var lastUse: UInt64
    }

    let byteLimit: Int
    /// The protected segment's share of the budget; the rest is probation's at the least.
    let protectedLimit: Int
    private var entries: [Key: Entry] = [:]
    private var clock: UInt64 = 0
    private(set) var bytes = 0
    private var protectedBytes = 0

    init(byteLimit: Int) {
        self.byteLimit = byteLimit
        protectedLimit = byteLimit / 5 * 4
    }

    var count: Int { entries.count }

    /// The value, marked as used; a second use promotes it.
    mutating func value(_ key: Key) -> Value? {
        guard var entry = entries[key] else { return nil }
        clock += 1
        entry.lastUse = clock
        if !entry.isProtected {
            entry.isProtected = true
            protectedBytes += entry.bytes
        }
        entries[key] = entry
        if protectedBytes > protectedLimit { demoteOldestProtected(except: key) }
        return entry.value
    }

    func contains(_ key: Key) -> Bool { entries[key] != nil }

    mutating func insert(_ value: Value, bytes: Int, for key: Key) {
        remove(key)
        guard bytes <= byteLimit else { return }
        clock += 1
        entries[key] = Entry(value: value, bytes: bytes, isProtected: false, lastUse: clock)
        self.bytes += bytes
        while self.bytes > byteLimit, let victim = oldest(protected: false, except: key) ?? oldest(protected: true, except: key) {
            remove(victim)
        }
    }

    mutating func removeAll() {
        entries = [:]
        bytes = 0
        protectedBytes = 0
    }

    private mutating func remove(_ key: Key) {
        guard let entry = entries.removeValue(forKey: key) else { return }
        bytes -= entry.bytes
        if entry.isProtected { protectedBytes -= entry.bytes }
    }

    /// Protected entries beyond their share go back on probation, the least recently used first.
    private mutating func demoteOldestProtected(except key: Key) {
        while protectedBytes > protectedLimit, let oldest = oldest(protected: true, except: key) {
            entries[oldest]!.isProtected = false
            protectedBytes -= entries[oldest]!.bytes
        }
    }

    /// A linear scan: the caches hold hundreds to a few thousand entries, and an eviction costs
    /// microseconds beside the rendering or computing that fills an entry.
    private func oldest(protected: Bool, except key: Key) -> Key? {
        var found: (key: Key, use: UInt64)?
        for (candidate, entry) in entries where entry.isProtected == protected && candidate != key {
            if found.map({ entry.lastUse < $0.use }) ?? true { found = (candidate, entry.lastUse) }
        }
        return found?.key
    }
}
