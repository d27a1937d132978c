import Foundation
import Monitor
import Testing

@Suite struct RegionTests {
    static func code(_ text: String) -> AreaCode { AreaCode(text)! }

    static func zuidLimburg() throws -> RegionDefinition {
        try RegionCatalogue.read(SeedFile.url("monitor/regions.csv")).definition("zuid-limburg")
    }

    @Test func zuidLimburgHad18MunicipalitiesUntilBeekdaelenAnd16Since() throws {
        let region = try Self.zuidLimburg()
        #expect(region.nameNL == "Zuid-Limburg")
        #expect(region.municipalities(in: 2015)?.count == 18)
        #expect(region.municipalities(in: 2018)?.contains(Self.code("GM0951")) == true)
        #expect(region.municipalities(in: 2019)?.count == 16)
        #expect(region.municipalities(in: 2025)?.count == 16)
        #expect(region.municipalities(in: 2025)?.contains(Self.code("GM1954")) == true)
        #expect(region.municipalities(in: 2025)?.contains(Self.code("GM0951")) == false)
    }

    @Test func aYearOutsideTheFileIsRefusedWithThePeriodsThereAre() throws {
        let error = #expect(throws: AreaError.self) { try Self.zuidLimburg().region(year: 2005) }
        #expect(error?.description == "The region 'zuid-limburg' has no municipalities for 2005; it is defined for 2011–2018, 2019–.")
    }

    @Test func anUnknownRegionNamesTheKnownOnes() throws {
        let catalogue = try RegionCatalogue.read(SeedFile.url("monitor/regions.csv"))
        #expect(throws: AreaError.unknownRegion(id: "twente", known: ["zuid-limburg"])) { try catalogue.definition("twente") }
    }

    @Test func lowerAreasBelongThroughTheirMunicipality() throws {
        let region = try Self.zuidLimburg().region(year: 2015)
        #expect(region.contains(Self.code("BU09171000")))   // Maria Gewanden, Heerlen
        #expect(region.contains(Self.code("WK095100")))     // Nuth, before Beekdaelen
        #expect(!region.contains(Self.code("BU17110419")))  // Roosteren, Echt-Susteren: Midden-Limburg
        #expect(!region.contains(Self.code("PV31")))
    }

    @Test func theComplementIsEveryOtherMunicipalityOfTheDivision() throws {
        let division = try AreaHierarchy(year: 2025, areas: [
            Area(code: Self.code("GM0917"), name: "Heerlen", year: 2025),
            Area(code: Self.code("GM0363"), name: "Amsterdam", year: 2025),
            Area(code: Self.code("BU03630000"), name: "Kop Zeedijk", year: 2025),
        ])
        let region = Region(id: "heerlen", nameNL: "Heerlen", nameEN: "Heerlen", year: 2025, municipalities: [Self.code("GM0917")])
        let rest = region.complement(in: division)
        #expect(rest.municipalities == [Self.code("GM0363")])
        #expect(rest.nameEN == "Rest of the Netherlands")
        #expect(rest.contains(Self.code("BU03630000")))
        #expect(rest.areas(at: .neighbourhood, in: division).map(\.name) == ["Kop Zeedijk"])
    }

    @Test(.enabled(if: SharedData.folder("cbs-gebiedsnamen-2025") != nil, "shared/data/cbs-gebiedsnamen-2025 is not on this machine"))
    func zuidLimburg2025AndTheRestOfTheNetherlands() throws {
        let folder = try #require(SharedData.folder("cbs-gebiedsnamen-2025"))
        let areas = try ["CBS_GEM2025.csv", "CBS_WIJK2025.csv", "CBS_BUURT2025.csv"].flatMap {
            try CBSCodeList.read(folder.appendingPathComponent($0))
        }
        let division = try AreaHierarchy(year: 2025, areas: areas)
        let region = try Self.zuidLimburg().region(in: division)
        let rest = region.complement(in: division)
        #expect(region.areas(at: .municipality, in: division).count == 16)
        #expect(rest.municipalities.count == 343 - 16)
        #expect(region.contains(Self.code("BU09171000")))
        #expect(rest.contains(Self.code("BU03630000")))
        #expect(!rest.contains(Self.code("BU09171000")))
        let buurten = division.areas(at: .neighbourhood).count
        #expect(region.areas(at: .neighbourhood, in: division).count + rest.areas(at: .neighbourhood, in: division).count == buurten)
    }

    @Test(.enabled(if: SharedData.folder("cbs-wijkbuurtkaart-2015-tno-vr") != nil, "shared/data/cbs-wijkbuurtkaart-2015-tno-vr is not on this machine"))
    func theBuurtMapOf2015HoldsTwoBuurtenOutsideZuidLimburg() throws {
        let folder = try #require(SharedData.folder("cbs-wijkbuurtkaart-2015-tno-vr"))
        let municipalities = try BoundaryFile.read(folder.appendingPathComponent("zuid-limburg_gemeente_2015.geojson")).areas(year: 2015)
        let districts = try BoundaryFile.read(folder.appendingPathComponent("zuid-limburg_wijk_2015.geojson")).areas(year: 2015)
        let neighbourhoods = try BoundaryFile.read(folder.appendingPathComponent("zuid-limburg_buurt_2015.geojson")).areas(year: 2015)
        // The map was clipped to the region: two buurten of Echt-Susteren came along without their wijk.
        let error = #expect(throws: AreaError.self) { try AreaHierarchy(year: 2015, areas: municipalities + districts + neighbourhoods) }
        #expect(error == .unknownParent(child: Self.code("BU17110419"), parent: Self.code("WK171104"), year: 2015))

        let region = try Self.zuidLimburg().region(year: 2015)
        let division = try AreaHierarchy(year: 2015, areas: municipalities + districts + neighbourhoods.filter { region.contains($0.code) })
        #expect(try Self.zuidLimburg().region(in: division).municipalities.count == 18)
        #expect(region.areas(at: .neighbourhood, in: division).count == 406)
        #expect(division.ancestor(of: Self.code("BU09171000"), at: .municipality)?.name == "Heerlen")
    }

    @Test func aRegionListingAMunicipalityTheDivisionLacksIsRefused() throws {
        let division = try AreaHierarchy(year: 2025, areas: [Area(code: Self.code("GM0917"), name: "Heerlen", year: 2025)])
        let error = #expect(throws: AreaError.self) { try Self.zuidLimburg().region(in: division) }
        #expect(error?.description.hasPrefix("The region 'zuid-limburg' lists GM") == true)
    }

    @Test(arguments: [
        ("region,name_nl,name_en,year_from,year_to,municipality_code\nzl,Zuid-Limburg,South Limburg,2019,,GM917\n",
         "regions.csv:2: municipality_code: 'GM917' is not a municipality code such as GM0935"),
        ("region,name_nl,name_en,year_from,year_to,municipality_code\nzl,Zuid-Limburg,South Limburg,2019,,GM0917\nzl,Zuid-Limburg,South Limburg,2019,,GM0917\n",
         "regions.csv:3: municipality_code: GM0917 is already listed for this period of 'zl' on line 2"),
        ("region,name_nl,name_en,year_from,year_to,municipality_code\nzl,Zuid-Limburg,South Limburg,2011,2018,GM0951\nzl,Zuid-Limburg,South Limburg,2018,,GM1954\n",
         "regions.csv:3: year_from: the period 2018– of 'zl' overlaps the period starting on line 2"),
        ("region,name_nl,name_en,year_from,year_to,municipality_code\nzl,Zuid-Limburg,South Limburg,2019,,GM0917\nzl,Zuid Limburg,South Limburg,2019,,GM0935\n",
         "regions.csv:3: name_nl: differs from the name of 'zl' on line 2"),
        ("region,name_nl,name_en,year_from,municipality_code\nzl,Zuid-Limburg,South Limburg,2019,GM0917\n",
         "regions.csv:1: year_to: is missing (the header has region, name_nl, name_en, year_from, municipality_code)"),
    ])
    func aMalformedRegionsFileIsRefusedWithThePlace(text: String, message: String) {
        let error = #expect(throws: MonitorFileError.self) { try RegionCatalogue.parse(text, file: "regions.csv") }
        #expect(error?.description == message)
    }
}
