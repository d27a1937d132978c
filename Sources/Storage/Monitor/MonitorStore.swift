import Core
import FluentKit
import Foundation
import Monitor
import SQLKit

/// The monitor's data in the database: values per area, year and indicator, the areas and
/// their boundaries, the files they came from, and the adopted baseline.
///
/// Values are written with multi-row upserts rather than one model per row: a year of all
/// Dutch neighbourhoods is a few hundred thousand values.
public final class MonitorStore: Sendable {
    private let database: StipDatabase

    public init(database: StipDatabase) {
        self.database = database
    }

    /// On the database the register is kept in.
    public convenience init(beside register: RegisterStore) {
        self.init(database: register.database)
    }

    private var sql: any SQLDatabase { database.sql(database.database) }

    /// Rows per INSERT: well under SQLite's limit of bound variables, large enough to be fast.
    static let batch = 400

    // MARK: Imports

    public enum ImportOutcome: Sendable, Equatable {
        case imported(observations: Int, areas: Int)
        /// The same file (by checksum) was imported before; nothing changed.
        case alreadyImported(at: String, by: String)
    }

    /// Stores what a file held, all of it or nothing. A value for an area, year and indicator
    /// that is already there is replaced by the file's; the same file a second time changes nothing.
    public func importFile(
        _ result: ImportResult, areas: [Area] = [], by actor: String,
        progress: (@Sendable (_ written: Int, _ total: Int) -> Void)? = nil
    ) async throws -> ImportOutcome {
        try await database.transaction { db in
            let sql = self.database.sql(db)
            struct Previous: Decodable { var imported_at: String; var imported_by: String }
            if let previous = try await sql.select().columns("imported_at", "imported_by").from("monitor_imports")
                .where("checksum", .equal, result.checksum).first(decoding: Previous.self) {
                return .alreadyImported(at: previous.imported_at, by: previous.imported_by)
            }
            let total = result.observations.count
            var written = 0
            for start in stride(from: 0, to: total, by: Self.batch) {
                let slice = result.observations[start..<min(start + Self.batch, total)]
                try await sql.insert(into: "monitor_observations")
                    .columns("area_code", "year", "indicator", "value")
                    .rows(slice.map { [SQLBind($0.area.description), SQLBind($0.year), SQLBind($0.indicator), SQLBind($0.value)] })
                    .onConflict(with: ["area_code", "year", "indicator"]) { $0.set(excludedValueOf: "value") }
                    .run()
                written += slice.count
                progress?(written, total)
            }
            try await Self.upsert(areas, on: sql)
            try await DataRevisions.raise(.monitor, on: sql)
            let now = Self.now()
            try await sql.insert(into: "monitor_imports")
                .columns("id", "file", "checksum", "years", "rows", "observations", "imported_at", "imported_by")
                .values(SQLBind(UUID().uuidString.lowercased()), SQLBind(result.file), SQLBind(result.checksum),
                        SQLBind(result.years.map(String.init).joined(separator: ",")), SQLBind(result.rowsRead),
                        SQLBind(total), SQLBind(now), SQLBind(actor))
                .run()
            try await Self.audit("monitor-imports", String(result.checksum.prefix(16)), by: actor, after: [
                "file": result.file, "checksum": result.checksum, "years": result.years.map(String.init).joined(separator: ","),
                "rows": String(result.rowsRead), "observations": String(total), "areas": String(areas.count),
            ], on: db)
            return .imported(observations: total, areas: areas.count)
        }
    }

    public struct ImportRecord: Sendable, Equatable, Decodable {
        public var file: String
        public var checksum: String
        public var years: String
        public var rows: Int
        public var observations: Int
        public var importedAt: String
        public var importedBy: String

        enum CodingKeys: String, CodingKey {
            case file, checksum, years, rows, observations, importedAt = "imported_at", importedBy = "imported_by"
        }
    }

    /// Go up with every import and baseline, and every boundary file, on every instance alike: one query.
    public func revisions() async throws -> (data: Int, boundaries: Int) {
        let revisions = try await DataRevisions(database: database).current([.monitor, .boundaries])
        return (revisions[.monitor] ?? 0, revisions[.boundaries] ?? 0)
    }

    public func imports() async throws -> [ImportRecord] {
        try await sql.select().column("*").from("monitor_imports").orderBy("imported_at").all(decoding: ImportRecord.self)
    }

    // MARK: Values

    /// The values of a year, optionally of one level and some indicators only.
    public func observations(year: Int, level: AreaLevel? = nil, indicators: [String]? = nil) async throws -> [Observation] {
        struct Row: Decodable { var area_code: String; var indicator: String; var value: Double? }
        var query = sql.select().columns("area_code", "indicator", "value").from("monitor_observations").where("year", .equal, year)
        if let level { query = query.where("area_code", .like, "\(level.prefix)%") }
        if let indicators { query = query.where("indicator", .in, indicators) }
        return try await query.all(decoding: Row.self).compactMap { row in
            AreaCode(row.area_code).map { Observation(area: $0, year: year, indicator: row.indicator, value: row.value) }
        }
    }

    /// What an index reads: the values of one level and the country's own row, over some years.
    public func indexObservations(years: ClosedRange<Int>, level: AreaLevel) async throws -> [Observation] {
        var observations: [Observation] = []
        for year in years {
            observations += try await self.observations(year: year, level: level) + self.observations(year: year, level: .country)
        }
        return observations
    }

    /// The years that have values, oldest first.
    public func years() async throws -> [Int] {
        struct Row: Decodable { var year: Int }
        return try await sql.select().distinct().column("year").from("monitor_observations").orderBy("year").all(decoding: Row.self).map(\.year)
    }

    // MARK: Areas and boundaries

    public func areas(year: Int) async throws -> [Area] {
        struct Row: Decodable { var code: String; var name: String; var parent_code: String? }
        return try await sql.select().columns("code", "name", "parent_code").from("monitor_areas").where("year", .equal, year)
            .all(decoding: Row.self).compactMap { row in
                AreaCode(row.code).map { Area(code: $0, name: row.name, year: year, parent: row.parent_code.flatMap { AreaCode($0) }) }
            }
    }

    /// A name for every code any year names, the year asked for first, then the nearest years:
    /// a health table that names only municipalities still lists its neighbourhoods by name.
    public func areaNames(preferring year: Int) async throws -> [AreaCode: String] {
        struct Row: Decodable { var year: Int; var code: String; var name: String }
        let rows = try await sql.select().columns("year", "code", "name").from("monitor_areas").all(decoding: Row.self)
        var names: [AreaCode: (distance: Int, name: String)] = [:]
        for row in rows {
            guard let code = AreaCode(row.code) else { continue }
            let distance = abs(row.year - year)
            if let known = names[code], known.distance <= distance { continue }
            names[code] = (distance, row.name)
        }
        return names.mapValues(\.name)
    }

    private static func upsert(_ areas: [Area], on sql: any SQLDatabase) async throws {
        for start in stride(from: 0, to: areas.count, by: batch) {
            try await sql.insert(into: "monitor_areas")
                .columns("year", "code", "name", "parent_code")
                .rows(areas[start..<min(start + batch, areas.count)].map {
                    [SQLBind($0.year), SQLBind($0.code.description), SQLBind($0.name), SQLBind($0.parent?.description)]
                })
                .onConflict(with: ["year", "code"]) { $0.set(excludedValueOf: "name").set(excludedValueOf: "parent_code") }
                .run()
        }
    }

    /// Stores boundaries for a year, all or nothing, replacing those of the same codes.
    public func storeBoundaries(_ boundaries: [Boundary], year: Int, file: String = "", by actor: String = "stip monitor import") async throws {
        try await database.transaction { db in
            let sql = self.database.sql(db)
            for start in stride(from: 0, to: boundaries.count, by: 100) {
                try await sql.insert(into: "monitor_boundaries")
                    .columns("year", "code", "rings")
                    .rows(try boundaries[start..<min(start + 100, boundaries.count)].map {
                        [SQLBind(year), SQLBind($0.code.description), SQLBind(try Self.encode(rings: $0.rings))]
                    })
                    .onConflict(with: ["year", "code"]) { $0.set(excludedValueOf: "rings") }
                    .run()
            }
            let named = boundaries.compactMap { boundary in boundary.name.map { Area(code: boundary.code, name: $0, year: year) } }
            // Names from a boundary file fill in areas no data file named; they never overwrite a name.
            for start in stride(from: 0, to: named.count, by: Self.batch) {
                try await sql.insert(into: "monitor_areas")
                    .columns("year", "code", "name", "parent_code")
                    .rows(named[start..<min(start + Self.batch, named.count)].map {
                        [SQLBind($0.year), SQLBind($0.code.description), SQLBind($0.name), SQLBind($0.code.parent?.description)]
                    })
                    .ignoringConflicts(with: ["year", "code"])
                    .run()
            }
            try await DataRevisions.raise(.boundaries, on: sql)
            let levels = Dictionary(grouping: boundaries, by: { $0.code.level }).map { "\($0.key.prefix): \($0.value.count)" }.sorted()
            try await Self.audit("monitor-boundaries", "\(year)", by: actor, after: [
                "file": file, "year": String(year), "boundaries": String(boundaries.count), "levels": levels.joined(separator: ", "),
            ], on: db)
        }
    }

    /// Monitor data changes go into the audit trail like every other change.
    private static func audit(_ entity: String, _ id: String, by actor: String, after: [String: String], on db: any Database) async throws {
        try await AuditTrail.write(AuditRecord(
            id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: nil, accountEmail: actor, entity: entity,
            entityID: id, operation: .create, before: nil, after: RegisterStore.json(after)), on: db)
    }

    public func boundaries(year: Int, level: AreaLevel) async throws -> [Boundary] {
        struct Row: Decodable { var code: String; var rings: String }
        return try await sql.select().columns("code", "rings").from("monitor_boundaries")
            .where("year", .equal, year).where("code", .like, "\(level.prefix)%").orderBy("code")
            .all(decoding: Row.self).compactMap { row in
                guard let code = AreaCode(row.code), let rings = Self.decode(rings: row.rings) else { return nil }
                return Boundary(code: code, rings: rings)
            }
    }

    /// The years that have boundaries of a level.
    public func boundaryYears(level: AreaLevel) async throws -> [Int] {
        struct Row: Decodable { var year: Int }
        return try await sql.select().distinct().column("year").from("monitor_boundaries").where("code", .like, "\(level.prefix)%")
            .orderBy("year").all(decoding: Row.self).map(\.year)
    }

    /// Rings as `[[[lon, lat], ...], ...]`, GeoJSON's own nesting.
    static func encode(rings: [[Coordinate]]) throws -> String {
        String(decoding: try JSONEncoder().encode(rings.map { $0.map { [$0.longitude, $0.latitude] } }), as: UTF8.self)
    }

    static func decode(rings text: String) -> [[Coordinate]]? {
        (try? JSONDecoder().decode([[[Double]]].self, from: Data(text.utf8)))?.map { ring in
            ring.compactMap { $0.count == 2 ? Coordinate(longitude: $0[0], latitude: $0[1]) : nil }
        }
    }

    // MARK: Baseline

    public struct BaselineRecord: Sendable, Equatable, Decodable {
        public var id: String
        public var year: Int
        public var adoptedAt: String
        public var adoptedBy: String
        /// What was frozen with it, as JSON: indicator definitions, method settings, source checksums.
        public var definition: String

        enum CodingKeys: String, CodingKey { case id, year, adoptedAt = "adopted_at", adoptedBy = "adopted_by", definition }
    }

    public enum BaselineError: Error, Sendable, Equatable, CustomStringConvertible {
        case alreadyAdopted(year: Int, at: String)
        case noValues(year: Int)

        public var description: String {
            switch self {
            case let .alreadyAdopted(year, at): "A baseline was adopted on \(at) (data year \(year)); a baseline is adopted once and never changed."
            case let .noValues(year): "There are no values for \(year); import the data of that year first."
            }
        }
    }

    /// Adopts the nulmeting: a copy of the year's values, with the definition it was made
    /// under, that later imports do not touch.
    public func adoptBaseline(year: Int, definition: String, by actor: String) async throws -> BaselineRecord {
        try await database.transaction { db in
            let sql = self.database.sql(db)
            if let existing = try await Self.baseline(on: sql) { throw BaselineError.alreadyAdopted(year: existing.year, at: existing.adoptedAt) }
            let id = UUID().uuidString.lowercased(), now = Self.now()
            try await sql.insert(into: "monitor_baselines").columns("id", "year", "adopted_at", "adopted_by", "definition")
                .values(SQLBind(id), SQLBind(year), SQLBind(now), SQLBind(actor), SQLBind(definition)).run()
            try await sql.raw("""
                INSERT INTO monitor_baseline_values (baseline_id, area_code, indicator, value)
                SELECT \(bind: id), area_code, indicator, value FROM monitor_observations WHERE year = \(bind: year)
                """).run()
            struct Count: Decodable { var n: Int }
            let copied = try await sql.raw("SELECT COUNT(*) AS n FROM monitor_baseline_values WHERE baseline_id = \(bind: id)").first(decoding: Count.self)?.n ?? 0
            guard copied > 0 else { throw BaselineError.noValues(year: year) }
            try await DataRevisions.raise(.monitor, on: sql)
            try await Self.audit("monitor-baselines", id, by: actor, after: [
                "year": String(year), "definition": definition, "values": String(copied),
            ], on: db)
            return BaselineRecord(id: id, year: year, adoptedAt: now, adoptedBy: actor, definition: definition)
        }
    }

    public func baseline() async throws -> BaselineRecord? {
        try await Self.baseline(on: sql)
    }

    private static func baseline(on sql: any SQLDatabase) async throws -> BaselineRecord? {
        try await sql.select().column("*").from("monitor_baselines").orderBy("adopted_at").first(decoding: BaselineRecord.self)
    }

    /// The values frozen with the baseline, as they were when it was adopted.
    public func baselineValues(level: AreaLevel? = nil) async throws -> [Observation] {
        guard let baseline = try await baseline() else { return [] }
        struct Row: Decodable { var area_code: String; var indicator: String; var value: Double? }
        var query = sql.select().columns("area_code", "indicator", "value").from("monitor_baseline_values").where("baseline_id", .equal, baseline.id)
        if let level { query = query.where("area_code", .like, "\(level.prefix)%") }
        return try await query.all(decoding: Row.self).compactMap { row in
            AreaCode(row.area_code).map { Observation(area: $0, year: baseline.year, indicator: row.indicator, value: row.value) }
        }
    }

    static func now() -> String {
        StoredTime.preciseText(Date())
    }
}
