import Yams

/// One value of a YAML file as decoded, with its place. Decoding it never fails, whatever the
/// file holds, so the checks after decoding report every problem rather than the first.
struct YAMLField: Decodable {
    var place: [PathComponent]
    /// As written, untrimmed, also for a null (`~`); nil when missing or a list or a mapping.
    var scalar: String?
    var isMissing = false
    var isNull = false

    init(place: [PathComponent], isMissing: Bool) {
        self.place = place
        self.isMissing = isMissing
    }

    init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer()
        place = Self.place(decoder.codingPath)
        scalar = try? value.decode(String.self)
        isNull = value.decodeNil()
    }

    /// Where a stand-in for a mapping is decoded (see `decodeGroup`), which starts at no place of its own.
    @TaskLocal static var placeOfStandIn: [PathComponent] = []

    static func place(_ codingPath: [any CodingKey]) -> [PathComponent] {
        placeOfStandIn + codingPath.map { $0.intValue.map(PathComponent.index) ?? .key($0.stringValue) }
    }
}

/// A list of a YAML file: missing or null reads as empty, and a value that is no list is kept
/// (`isList` false) to be reported where the checks read it.
struct YAMLList<Element: Decodable>: Decodable {
    var place: [PathComponent]
    var items: [Element] = []
    var isList = true
}

extension YAMLList {
    init(from decoder: any Decoder) throws {
        place = YAMLField.place(decoder.codingPath)
        if var list = try? decoder.unkeyedContainer() {
            while !list.isAtEnd { items.append(try list.superDecoder().decodeGroup(Element.self)) }
        } else {
            isList = try decoder.singleValueContainer().decodeNil()
        }
    }
}

/// A mapping of fields in a YAML file, decoded with `decodeGroup` wherever it stands.
protocol YAMLFieldGroup: Decodable {}

extension Decoder {
    /// A scalar or a list where a mapping belongs reads as an empty mapping at its place, so
    /// each of its required fields is reported missing there.
    func decodeGroup<Value: Decodable>(_: Value.Type) throws -> Value {
        do {
            return try Value(from: self)
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.count == codingPath.count {
            return try YAMLField.$placeOfStandIn.withValue(YAMLField.place(codingPath)) {
                try YAMLDecoder().decode(Value.self, from: [:] as Node)
            }
        }
    }
}

// Synthesized decoding picks these over the general methods, so a missing key is a value too.
extension KeyedDecodingContainer {
    func decode(_: YAMLField.Type, forKey key: Key) throws -> YAMLField {
        guard contains(key) else { return YAMLField(place: YAMLField.place(codingPath + [key]), isMissing: true) }
        return try YAMLField(from: superDecoder(forKey: key))
    }

    func decode<Element>(_: YAMLList<Element>.Type, forKey key: Key) throws -> YAMLList<Element> {
        guard contains(key) else { return YAMLList(place: YAMLField.place(codingPath + [key])) }
        return try YAMLList(from: superDecoder(forKey: key))
    }

    func decodeIfPresent<Group: YAMLFieldGroup>(_: Group.Type, forKey key: Key) throws -> Group? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try superDecoder(forKey: key).decodeGroup(Group.self)
    }
}
