import Foundation
import Monitor
import Testing

@Suite struct CodeCrosswalkTests {
    static func code(_ text: String) -> AreaCode { AreaCode(text)! }
    static func codes(_ texts: String...) -> [AreaCode] { texts.map(code) }

    static func crosswalk() throws -> CodeCrosswalk {
        try CodeCrosswalk.read(SeedFile.url("monitor/area-crosswalk.csv"))
    }

    @Test func onderbankenNuthAndSchinnenMergeIntoBeekdaelen() throws {
        let translation = try Self.crosswalk().translate(Self.codes("GM0881", "GM0951", "GM0962", "GM0917"), from: 2018, to: 2019)
        #expect(translation.mapping[Self.code("GM0951")] == Self.code("GM1954"))
        #expect(translation.mapping[Self.code("GM0917")] == Self.code("GM0917"))
        #expect(translation.merged == [Self.code("GM1954"): Self.codes("GM0881", "GM0951", "GM0962")])
        #expect(translation.missingParts.isEmpty)
        #expect(translation.unmatched.isEmpty)
        #expect(translation.renamed.isEmpty)
        #expect(translation.summary == ["GM0881, GM0951, GM0962 (2018) merged into GM1954 (2019)"])
    }

    @Test func theMergerCarriesAcrossLongerSpans() throws {
        let translation = try Self.crosswalk().translate(Self.codes("GM0881", "GM0951", "GM0962"), from: 2015, to: 2025)
        #expect(Set(translation.mapping.values) == [Self.code("GM1954")])
        let same = try Self.crosswalk().translate(Self.codes("GM0881"), from: 2011, to: 2018)
        #expect(same.mapping == [Self.code("GM0881"): Self.code("GM0881")])
        #expect(same.merged.isEmpty)
    }

    @Test func aPartGivenAloneIsFlaggedAsIncomplete() throws {
        let translation = try Self.crosswalk().translate(Self.codes("GM0881"), from: 2018, to: 2019)
        #expect(translation.merged == [Self.code("GM1954"): Self.codes("GM0881")])
        #expect(translation.missingParts == [Self.code("GM1954"): Self.codes("GM0951", "GM0962")])
    }

    @Test func neighbourhoodsOfAMergedMunicipalityAreUnmatchedNotGuessed() throws {
        let translation = try Self.crosswalk().translate(Self.codes("BU09510000", "BU09171000"), from: 2018, to: 2019)
        #expect(translation.unmatched == [Self.code("BU09510000"): .municipalityChanged(municipality: Self.code("GM0951"), to: Self.code("GM1954"), year: 2019)])
        #expect(translation.mapping == [Self.code("BU09171000"): Self.code("BU09171000")])
    }

    @Test func goingBackAMergedAreaCannotBeSplit() throws {
        let translation = try Self.crosswalk().translate(Self.codes("GM1954", "GM0917"), from: 2019, to: 2018)
        #expect(translation.unmatched[Self.code("GM1954")] == .split(into: Self.codes("GM0881", "GM0951", "GM0962"), year: 2019))
        #expect(translation.mapping == [Self.code("GM0917"): Self.code("GM0917")])
    }

    @Test func aMergerIntoAMunicipalityThatKeepsItsCodeListsItToo() throws {
        // Weesp joined Amsterdam in 2022; Amsterdam kept GM0363.
        let crosswalk = try CodeCrosswalk(changes: [
            CodeChange(year: 2022, from: Self.code("GM0457"), to: Self.code("GM0363")),
            CodeChange(year: 2022, from: Self.code("GM0363"), to: Self.code("GM0363")),
        ])
        let forward = crosswalk.translate(Self.codes("GM0363"), from: 2021, to: 2022)
        #expect(forward.missingParts == [Self.code("GM0363"): Self.codes("GM0457")])
        let back = crosswalk.translate(Self.codes("GM0363"), from: 2022, to: 2021)
        #expect(back.unmatched[Self.code("GM0363")] == .split(into: Self.codes("GM0363", "GM0457"), year: 2022))
    }

    @Test func observationsOfOneYearAreTranslatedAndOfSeveralRefused() throws {
        let crosswalk = try Self.crosswalk()
        let observations = [
            Observation(area: Self.code("GM0951"), year: 2018, indicator: "inhabitants", value: 15_000),
            Observation(area: Self.code("GM0962"), year: 2018, indicator: "inhabitants", value: 12_900),
        ]
        let translation = try crosswalk.translate(observations, to: 2019)
        #expect(translation.merged[Self.code("GM1954")] == Self.codes("GM0951", "GM0962"))
        #expect(translation.missingParts[Self.code("GM1954")] == Self.codes("GM0881"))
        let mixed = observations + [Observation(area: Self.code("GM0917"), year: 2019, indicator: "inhabitants", value: 86_000)]
        #expect(throws: AreaError.mixedYears([2018, 2019])) { try crosswalk.translate(mixed, to: 2019) }
    }

    @Test func aCodeMissingFromTheTargetDivisionIsUnmatched() throws {
        let division = try AreaHierarchy(year: 2019, areas: [Area(code: Self.code("GM1954"), name: "Beekdaelen", year: 2019)])
        let translation = try Self.crosswalk().translate(Self.codes("GM0881", "GM0999"), from: 2018, to: 2019, checkedAgainst: division)
        #expect(translation.mapping == [Self.code("GM0881"): Self.code("GM1954")])
        #expect(translation.unmatched == [Self.code("GM0999"): .notInDivision(Self.code("GM0999"), year: 2019)])
    }

    @Test(arguments: [
        ("year,from_code,to_code\n2019,GM0881,GM1954\n2019,GM0881,GM0917\n",
         "area-crosswalk.csv:2: The crosswalk of 2019 maps GM0881 to more than one code (GM0917, GM1954); a split cannot be translated code by code."),
        ("year,from_code,to_code\n2019,GM0881,WK195400\n",
         "area-crosswalk.csv:2: The crosswalk of 2019 maps GM0881 to WK195400: both codes must be at the same level."),
        ("year,from_code,to_code\n2019,GM881,GM1954\n",
         "area-crosswalk.csv:2: from_code: 'GM881' is not a CBS area code such as GM1954"),
        ("year,from_code,to_code\n19,GM0881,GM1954\n",
         "area-crosswalk.csv:2: year: '19' is not a year"),
    ])
    func aMalformedCrosswalkIsRefusedWithThePlace(text: String, message: String) {
        let error = #expect(throws: MonitorFileError.self) { try CodeCrosswalk.parse(text, file: "area-crosswalk.csv") }
        #expect(error?.description == message)
    }

    /// The crosswalk file is checked against the data it was written from: each 2018 code that
    /// is gone in 2019 lies inside the 2019 area the file sends it to.
    @Test(.enabled(if: SharedData.folder("cbs-gemeenten-geoinzicht-2012-2024") != nil, "shared/data/cbs-gemeenten-geoinzicht-2012-2024 is not on this machine"))
    func theCrosswalkFileAgreesWithTheBoundariesOf2018And2019() throws {
        let folder = try #require(SharedData.folder("cbs-gemeenten-geoinzicht-2012-2024"))
        let before = try BoundaryFile.read(folder.appendingPathComponent("gemeenten_2018.geojson"))
        let after = try BoundaryFile.read(folder.appendingPathComponent("gemeenten_2019.geojson"))
        let region = try RegionCatalogue.read(SeedFile.url("monitor/regions.csv")).definition("zuid-limburg")
        let gone = before.boundaries.map(\.code).filter { after[$0] == nil && region.municipalities(in: 2018)!.contains($0) }
        #expect(gone == Self.codes("GM0881", "GM0951", "GM0962"))
        let translation = try Self.crosswalk().translate(gone, from: 2018, to: 2019)
        for code in gone {
            let inside = try #require(before[code]?.interiorPoint)
            let target = after.boundaries.first { $0.contains(inside) }?.code
            #expect(target == translation.mapping[code], "\(code)")
        }
        #expect(Set(translation.mapping.values).isSubset(of: region.municipalities(in: 2019)!))
    }
}
