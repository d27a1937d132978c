import Foundation
import StipTestSupport
import Testing
import VaporTesting

/// The collaboration structure as a board member reads it: bodies, teams, and what is still open.
@Suite struct StructurePageTests {
    @Test func theOverviewShowsTheOrganogramAndEveryTeamsOpenRules() async throws {
        try await withStip { app in
            let response = try await app.get("/structuur")
            #expect(response.status == .ok)
            let body = response.body.string
            #expect(body.contains("<svg"))
            for team in SeedPlan.register.teams { #expect(body.contains("href=\"/structuur/teams/\(team.id)\"")) }
            for organ in SeedPlan.register.bodies { #expect(body.contains(escaped(organ.name))) }
            // No members yet: no captain, no adopting administrators, no delegate of the Rijk.
            #expect(body.components(separatedBy: "3 regels open").count - 1 == SeedPlan.register.teams.count)
        }
    }

    @Test func aTeamPageSaysWhichRuleIsOpenAndWhy() async throws {
        try await withStip { app in
            let body = try await app.get("/structuur/teams/team-groene-long").body.string
            #expect(body.contains("Open: het team heeft nog geen aanvoerder."))
            #expect(body.contains("Open: 0 van de 2 bestuurders uit de regio die het team adopteren."))
            #expect(body.contains("In orde: 0 leden."))
            #expect(body.contains("href=\"/actielijnen/groene-long\""))
        }
    }

    @Test func teamsComeWithTheirChecksInTheAPI() async throws {
        try await withStip { app in
            struct Team: Decodable {
                struct Check: Decodable { var rule: String; var met: Bool; var count: Int }
                var id: String
                var checks: [Check]
            }
            struct List: Decodable { var count: Int; var items: [Team] }
            let list = try JSONDecoder().decode(List.self, from: Data(buffer: try await app.get("/api/v1/teams").body))
            #expect(list.count == 4)
            let groeneLong = try #require(list.items.first { $0.id == "team-groene-long" })
            #expect(groeneLong.checks.map(\.rule) == ["atMostElevenMembers", "exactlyOneCaptain", "twoRegionalAdopters", "oneRijkDelegate"])
            #expect(groeneLong.checks.map(\.met) == [true, false, false, false])
            #expect(try await app.get("/api/v1/bodies").status == .ok)
            #expect(try await app.get("/api/v1/people").status == .ok)
            #expect(try await app.get("/structuur/gremia/katalysatorteam").status == .ok)
            #expect(try await app.get("/structuur/teams/bestaat-niet").status == .notFound)
        }
    }
}
