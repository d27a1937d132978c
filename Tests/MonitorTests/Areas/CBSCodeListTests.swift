import Foundation
import Monitor
import Testing

@Suite struct CBSCodeListTests {
    @Test func readsTheCBSDialect() throws {
        let text = "\u{FEFF}Wijk2025;wijknaam2025\r\n091710;Heerlerheide\r\n093501;Binnenstad\r\n"
        let areas = try CBSCodeList.parse(Data(text.utf8), file: "CBS_WIJK2025.csv")
        #expect(areas.map(\.code.description) == ["WK091710", "WK093501"])
        #expect(areas.map(\.name) == ["Heerlerheide", "Binnenstad"])
        #expect(areas.allSatisfy { $0.year == 2025 })
        #expect(areas.map(\.parent?.description) == ["GM0917", "GM0935"])
    }

    @Test func namesTheLineAndColumnOfABadCode() {
        let text = "\u{FEFF}Gemeente2025;Gemeentenaam2025\r\n0917;Heerlen\r\n935;Maastricht\r\n"
        let error = #expect(throws: MonitorFileError.self) { try CBSCodeList.parse(Data(text.utf8), file: "CBS_GEM2025.csv") }
        #expect(error?.description == "CBS_GEM2025.csv:3: Gemeente2025: '935' is not a gemeente code (4 digits, leading zeros kept)")
    }

    @Test func refusesAHeaderWithoutLevelAndYear() {
        let error = #expect(throws: MonitorFileError.self) { try CBSCodeList.parse(Data("code;naam\r\n0917;Heerlen\r\n".utf8), file: "list.csv") }
        #expect(error?.line == 1)
        #expect(error?.column == "code")
    }

    @Test(.enabled(if: SharedData.folder("cbs-gebiedsnamen-2025") != nil, "shared/data/cbs-gebiedsnamen-2025 is not on this machine"))
    func theLists2025BuildTheDivisionOfTheNetherlands() throws {
        let folder = try #require(SharedData.folder("cbs-gebiedsnamen-2025"))
        let areas = try ["CBS_GEM2025.csv", "CBS_WIJK2025.csv", "CBS_BUURT2025.csv"].flatMap {
            try CBSCodeList.read(folder.appendingPathComponent($0))
        }
        let division = try AreaHierarchy(year: 2025, areas: areas)
        #expect(division.areas(at: .municipality).count == 343)
        #expect(division.areas(at: .district).count == 3_505)
        #expect(division.areas(at: .neighbourhood).count == 14_823)
        let heerlen = try #require(AreaCode("GM0917"))
        #expect(division[heerlen]?.name == "Heerlen")
        #expect(division.ancestors(of: AreaCode("BU09171000")!).map(\.name) == [division[AreaCode("WK091710")!]!.name, "Heerlen"])
        #expect(division.descendants(of: AreaCode("GM1954")!, at: .neighbourhood).count == 29)
        // Amsterdam numbers its districts with letters since 2022.
        #expect(division[try #require(AreaCode("WK0363AA"))]?.name == "Haarlemmerbuurt")
    }
}
