/// A table of numbers, one row per unit, kept in one flat array so that the engine can run
/// over it without chasing pointers. Missing is NaN, never 0.
public struct ValueMatrix: Sendable {
    public let rowCount: Int
    public let columnCount: Int
    /// Row-major: `storage[row * columnCount + column]`; NaN is missing.
    public let storage: [Double]

    /// Refuses infinities: a value is either a finite number or missing.
    public init(rowCount: Int, columnCount: Int, storage: [Double]) throws {
        guard storage.count == rowCount * columnCount else {
            throw MethodError.shapeMismatch(what: "values (\(rowCount) rows × \(columnCount) columns)", expected: rowCount * columnCount, found: storage.count)
        }
        if let bad = storage.firstIndex(where: { $0.isInfinite }) {
            throw MethodError.nonFiniteValue(place: "row \(bad / max(columnCount, 1)), column \(bad % max(columnCount, 1))", value: storage[bad])
        }
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.storage = storage
    }

    public init(columnCount: Int, rows: [[Double?]]) throws {
        var storage: [Double] = []
        storage.reserveCapacity(rows.count * columnCount)
        for row in rows {
            guard row.count == columnCount else {
                throw MethodError.shapeMismatch(what: "values in a row", expected: columnCount, found: row.count)
            }
            storage.append(contentsOf: row.map { $0 ?? .nan })
        }
        try self.init(rowCount: rows.count, columnCount: columnCount, storage: storage)
    }

    /// For results the engine made itself, already checked.
    init(uncheckedRowCount rowCount: Int, columnCount: Int, storage: [Double]) {
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.storage = storage
    }

    public subscript(row: Int, column: Int) -> Double? {
        let value = storage[row * columnCount + column]
        return value.isNaN ? nil : value
    }

    public func row(_ row: Int) -> [Double?] {
        (0..<columnCount).map { self[row, $0] }
    }

    public func column(_ column: Int) -> [Double?] {
        (0..<rowCount).map { self[$0, column] }
    }
}
