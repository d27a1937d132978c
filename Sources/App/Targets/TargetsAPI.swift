import Core
import Foundation
import Storage
import Vapor

/// `/api/v1/targets` and `/api/v1/targets/<id>`: every target with its status, and one target
/// with its measurements and path. Values are plain JSON numbers in the trajectory's measure.
struct TargetsAPI: Sendable {
    let lines: @Sendable () async throws -> (Register, [TargetLine])
    let l: Localizer

    func register(on api: any RoutesBuilder) {
        api.get(.targets(.apiList)) { _ in
            let (register, all) = try await lines()
            let items = all.map { APITarget($0, l, withMeasurements: false, version: register.version(of: EntityReference(.targets, $0.target.id))) }
            return try Response.json(APITargetList(count: items.count, items: items))
        }
        api.get(.targets(.apiItem(":id"))) { request in
            let id = try RegisterRoutes.id(request)
            let (register, all) = try await lines()
            guard let line = all.first(where: { $0.target.id == id }) else {
                throw AppError.notFound(kind: l(.target).lowercased(), id: id)
            }
            let version = register.version(of: EntityReference(.targets, id))
            let response = try Response.json(APITarget(line, l, withMeasurements: true, version: version))
            response.headers.replaceOrAdd(name: .eTag, value: APIVersionTag.value(version))
            return response
        }
    }
}

struct APITargetList: Encodable {
    var count: Int
    var items: [APITarget]
}

struct APITarget: Encodable {
    struct Status: Encodable {
        /// onTrack, offTrack, noData, reached.
        var state: String
        var label: String
        var reason: String
    }

    struct Path: Encodable {
        var startYear: Double
        var startValue: Double
        var endYear: Double
        var endValue: Double
    }

    struct Point: Encodable {
        var date: String
        var value: Double
    }

    var id: String
    var text: String
    var kind: String
    var year: Int?
    var approximate: Bool
    var value: Double?
    var unit: String?
    var ambition: String
    var challenge: String?
    /// leadOverBenchmark (percent), gapToClose, count, share (percent), reached.
    var measure: String
    var indicator: String?
    var status: Status
    var latest: APIMeasurement?
    var measurementCount: Int
    var level: Double?
    var path: Path?
    var points: [Point]?
    var measurements: [APIMeasurement]?
    var links: [String: String]
    /// The target's version, for a PUT or DELETE of it.
    var version: Int

    init(_ line: TargetLine, _ l: Localizer, withMeasurements: Bool, version: Int) {
        self.version = version
        let target = line.target, trajectory = line.trajectory
        id = target.id
        text = target.text
        kind = target.kind.rawValue
        year = target.year
        approximate = target.approximate
        value = target.value
        unit = target.unit
        ambition = line.ambition.id
        challenge = line.challenge?.id
        switch trajectory.measure {
        case .leadOverBenchmark: measure = "leadOverBenchmark"
        case let .gapToClose(name): measure = "gapToClose"; indicator = name.isEmpty ? nil : name
        case let .count(_, share): measure = share ? "share" : "count"
        case .reached: measure = "reached"
        }
        status = Status(state: trajectory.status.state.rawValue, label: l(.targetsModule(.state(trajectory.status.state))),
                        reason: l.reason(trajectory.status, in: trajectory.measure))
        latest = line.latest.map(APIMeasurement.init)
        measurementCount = line.measurements.count
        level = trajectory.level
        path = trajectory.path.map { Path(startYear: $0.startYear, startValue: $0.startValue, endYear: $0.endYear, endValue: $0.endValue) }
        if withMeasurements {
            points = trajectory.points.map { Point(date: $0.date, value: $0.value) }
            measurements = line.measurements.map(APIMeasurement.init)
        }
        links = ["self": TargetsPath.apiItem(target.id).path, "ambition": APIPath.item(.ambitions, line.ambition.id).path,
                 "page": TargetsPath.target(target.id).path]
    }
}

struct APIMeasurement: Encodable {
    var id: String
    var date: String
    /// indexedGrowth, gap, count, reached: which of the values below are set.
    var reading: String
    var region: Double?
    var benchmark: Double?
    var indicator: String?
    var restOfCountry: Double?
    var higherIsBetter: Bool?
    var count: Double?
    var reached: Bool?
    var source: String
    var note: String?
    var version: Int
    var recordedAt: String

    init(_ stored: StoredMeasurement) {
        let measurement = stored.measurement
        id = measurement.id
        date = measurement.date
        switch measurement.reading {
        case let .indexedGrowth(r, b): (reading, region, benchmark) = ("indexedGrowth", r, b)
        case let .gap(name, r, rest, higher): (reading, indicator, region, restOfCountry, higherIsBetter) = ("gap", name, r, rest, higher)
        case let .count(value): (reading, count) = ("count", value)
        case let .reached(done): (reading, reached) = ("reached", done)
        }
        source = measurement.source
        note = measurement.note
        version = stored.version
        recordedAt = stored.recordedAt
    }
}
