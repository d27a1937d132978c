/// The areas of one year's division, validated and indexed: look-up by code, the children
/// of an area, the areas of a level, the ancestors. Codes are only unique within a year, so
/// a hierarchy holds one year; comparing years goes through a `CodeCrosswalk`.
public struct AreaHierarchy: Sendable {
    public let year: Int
    private let areasByCode: [AreaCode: Area]
    private let childrenByCode: [AreaCode: [AreaCode]]
    private let codesByLevel: [AreaLevel: [AreaCode]]

    /// Builds the division from rows in any order. Refused: a code twice, an area of another
    /// year, a parent that is not among the rows, a parent at the same or a lower level, and a
    /// parent that contradicts the code (a neighbourhood's digits name its district and municipality).
    public init(year: Int, areas: some Sequence<Area>) throws(AreaError) {
        var byCode: [AreaCode: Area] = [:]
        let areas = Array(areas)
        for area in areas {
            guard area.year == year else { throw .wrongYear(area.code, expected: year, found: area.year) }
            guard byCode.updateValue(area, forKey: area.code) == nil else { throw .duplicateCode(area.code, year: year) }
        }
        var children: [AreaCode: [AreaCode]] = [:]
        var byLevel: [AreaLevel: [AreaCode]] = [:]
        // In the given order, so the first problem reported is the first in the file.
        for area in areas {
            byLevel[area.level, default: []].append(area.code)
            guard let parent = area.parent else { continue }
            guard parent.level < area.level else { throw .parentAtWrongLevel(child: area.code, parent: parent) }
            let implied: AreaCode? = switch parent.level {
            case .district: area.code.district
            case .municipality: area.code.municipality
            case .country, .province, .neighbourhood: parent
            }
            guard implied == parent else { throw .parentDisagreesWithCode(child: area.code, parent: parent) }
            guard byCode[parent] != nil else { throw .unknownParent(child: area.code, parent: parent, year: year) }
            children[parent, default: []].append(area.code)
        }
        self.year = year
        areasByCode = byCode
        childrenByCode = children.mapValues { $0.sorted() }
        codesByLevel = byLevel.mapValues { $0.sorted() }
    }

    public var count: Int { areasByCode.count }

    /// Every area, ordered by level and code.
    public var areas: [Area] { AreaLevel.allCases.flatMap { areas(at: $0) } }

    public subscript(code: AreaCode) -> Area? { areasByCode[code] }

    public func contains(_ code: AreaCode) -> Bool { areasByCode[code] != nil }

    /// The areas directly inside `code`, ordered by code.
    public func children(of code: AreaCode) -> [Area] {
        (childrenByCode[code] ?? []).compactMap { areasByCode[$0] }
    }

    /// The areas of one level, ordered by code.
    public func areas(at level: AreaLevel) -> [Area] {
        (codesByLevel[level] ?? []).compactMap { areasByCode[$0] }
    }

    /// The areas `code` lies in, nearest first (for a neighbourhood: its district, its
    /// municipality, then whatever lies above that was loaded).
    public func ancestors(of code: AreaCode) -> [Area] {
        var result: [Area] = []
        var next = areasByCode[code]?.parent
        while let parent = next, let area = areasByCode[parent] {
            result.append(area)
            next = area.parent
        }
        return result
    }

    /// The area at `level` that `code` lies in, or the area itself when it is at that level.
    public func ancestor(of code: AreaCode, at level: AreaLevel) -> Area? {
        if code.level == level { return areasByCode[code] }
        return ancestors(of: code).first { $0.level == level }
    }

    /// The areas at `level` inside `code`, at any depth, ordered by code.
    public func descendants(of code: AreaCode, at level: AreaLevel) -> [Area] {
        guard level > code.level else { return [] }
        var result: [Area] = []
        var frontier = [code]
        while let next = frontier.popLast() {
            for child in childrenByCode[next] ?? [] {
                if child.level == level { result.append(areasByCode[child]!) } else if child.level < level { frontier.append(child) }
            }
        }
        return result.sorted { $0.code < $1.code }
    }
}
