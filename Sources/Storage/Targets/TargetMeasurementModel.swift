import Core
import FluentKit

/// A row of `target_measurements` (migration 0008).
final class TargetMeasurementModel: Model, @unchecked Sendable {
    static let schema = "target_measurements"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "target_id") var targetID: String
    @Field(key: "date") var date: String
    @Field(key: "reading") var reading: String
    @OptionalField(key: "value") var value: Double?
    @OptionalField(key: "reference_value") var referenceValue: Double?
    @OptionalField(key: "indicator") var indicator: String?
    @OptionalField(key: "higher_is_better") var higherIsBetter: Bool?
    @OptionalField(key: "reached") var reached: Bool?
    @Field(key: "source") var source: String
    @OptionalField(key: "note") var note: String?
    @Field(key: "version") var version: Int
    @Field(key: "recorded_at") var recordedAt: String
    init() {}

    /// Sets every column from the measurement; the version and time are the store's.
    func set(_ measurement: TargetMeasurement) {
        id = measurement.id
        targetID = measurement.target
        date = measurement.date
        source = measurement.source
        note = measurement.note
        (value, referenceValue, indicator, higherIsBetter, reached) = (nil, nil, nil, nil, nil)
        switch measurement.reading {
        case let .indexedGrowth(region, benchmark):
            reading = "indexedGrowth"
            (value, referenceValue) = (region, benchmark)
        case let .gap(name, region, rest, higher):
            reading = "gap"
            (indicator, value, referenceValue, higherIsBetter) = (name, region, rest, higher)
        case let .count(count):
            reading = "count"
            value = count
        case let .reached(done):
            reading = "reached"
            reached = done
        }
    }

    func measurement() throws -> TargetMeasurement {
        let reading: TargetMeasurement.Reading
        switch (self.reading, value, referenceValue, indicator, higherIsBetter, reached) {
        case let ("indexedGrowth", region?, benchmark?, _, _, _): reading = .indexedGrowth(region: region, benchmark: benchmark)
        case let ("gap", region?, rest?, name?, higher?, _): reading = .gap(indicator: name, region: region, restOfCountry: rest, higherIsBetter: higher)
        case let ("count", count?, _, _, _, _): reading = .count(count)
        case let ("reached", _, _, _, _, done?): reading = .reached(done)
        default: throw StorageError.corrupt("measurement \(id ?? "?") has reading '\(self.reading)' without its values")
        }
        return TargetMeasurement(id: id ?? "", target: targetID, date: date, reading: reading, source: source, note: note)
    }

    /// The measurement as the audit trail keeps it: field names and texts.
    static func fields(_ measurement: TargetMeasurement) -> [String: String] {
        var fields = ["target": measurement.target, "date": measurement.date, "source": measurement.source, "note": measurement.note ?? ""]
        switch measurement.reading {
        case let .indexedGrowth(region, benchmark):
            fields["region"] = String(region)
            fields["benchmark"] = String(benchmark)
        case let .gap(name, region, rest, higher):
            fields["indicator"] = name
            fields["region"] = String(region)
            fields["restOfCountry"] = String(rest)
            fields["higherIsBetter"] = String(higher)
        case let .count(count): fields["count"] = String(count)
        case let .reached(done): fields["reached"] = String(done)
        }
        return fields
    }
}
