import Foundation
import Monitor
import Testing

@Suite struct AreaHierarchyTests {
    static func code(_ text: String) -> AreaCode { AreaCode(text)! }

    static let heerlen: [Area] = [
        Area(code: code("NL00"), name: "Nederland", year: 2025),
        Area(code: code("PV31"), name: "Limburg", year: 2025, parent: code("NL00")),
        Area(code: code("GM0917"), name: "Heerlen", year: 2025, parent: code("PV31")),
        Area(code: code("WK091710"), name: "Heerlerheide", year: 2025, parent: code("GM0917")),
        Area(code: code("BU09171000"), name: "Maria Gewanden", year: 2025, parent: code("WK091710")),
        Area(code: code("BU09171001"), name: "Terschuren", year: 2025, parent: code("WK091710")),
        Area(code: code("GM0935"), name: "Maastricht", year: 2025, parent: code("PV31")),
    ]

    @Test func answersLookUpChildrenLevelsAndAncestors() throws {
        let hierarchy = try AreaHierarchy(year: 2025, areas: Self.heerlen)
        #expect(hierarchy.count == 7)
        #expect(hierarchy[Self.code("GM0917")]?.name == "Heerlen")
        #expect(hierarchy.children(of: Self.code("WK091710")).map(\.name) == ["Maria Gewanden", "Terschuren"])
        #expect(hierarchy.areas(at: .municipality).map(\.name) == ["Heerlen", "Maastricht"])
        #expect(hierarchy.ancestors(of: Self.code("BU09171001")).map(\.code.description) == ["WK091710", "GM0917", "PV31", "NL00"])
        #expect(hierarchy.ancestor(of: Self.code("BU09171000"), at: .municipality)?.name == "Heerlen")
        #expect(hierarchy.descendants(of: Self.code("PV31"), at: .neighbourhood).count == 2)
    }

    @Test func refusesACodeGivenTwice() {
        let rows = Self.heerlen + [Area(code: Self.code("GM0935"), name: "Maastricht again", year: 2025, parent: Self.code("PV31"))]
        #expect(throws: AreaError.duplicateCode(Self.code("GM0935"), year: 2025)) { try AreaHierarchy(year: 2025, areas: rows) }
    }

    @Test func refusesAParentThatIsNotLoaded() throws {
        let rows = [Area(code: Self.code("WK091710"), name: "Heerlerheide", year: 2025, parent: Self.code("GM0917"))]
        let error = #expect(throws: AreaError.self) { try AreaHierarchy(year: 2025, areas: rows) }
        #expect(error?.description == "The area WK091710 lies in GM0917, which is not among the areas of 2025.")
    }

    @Test func refusesAParentAtTheWrongLevel() {
        let rows = Self.heerlen + [Area(code: Self.code("GM0882"), name: "Landgraaf", year: 2025, parent: Self.code("BU09171000"))]
        #expect(throws: AreaError.parentAtWrongLevel(child: Self.code("GM0882"), parent: Self.code("BU09171000"))) {
            try AreaHierarchy(year: 2025, areas: rows)
        }
    }

    @Test func refusesAParentTheCodeContradicts() throws {
        let rows = Self.heerlen + [Area(code: Self.code("BU09350101"), name: "Statenkwartier", year: 2025, parent: Self.code("WK091710"))]
        let error = #expect(throws: AreaError.self) { try AreaHierarchy(year: 2025, areas: rows) }
        #expect(error == .parentDisagreesWithCode(child: Self.code("BU09350101"), parent: Self.code("WK091710")))
        #expect(error?.description.contains("its code says it lies in WK093501") == true)
    }

    @Test func refusesAnAreaOfAnotherYear() {
        let rows = [Area(code: Self.code("GM0951"), name: "Nuth", year: 2018)]
        #expect(throws: AreaError.wrongYear(Self.code("GM0951"), expected: 2025, found: 2018)) { try AreaHierarchy(year: 2025, areas: rows) }
    }
}
