import Core
import Foundation
import StipTestSupport
import Testing
import VaporTesting

/// What a person opening Stip in a browser sees: every page of the register renders the plan.
@Suite struct PageTests {
    let register = SeedPlan.register

    @Test func theHomePageShowsVisionValuesChallengesAndLines() async throws {
        try await withStip { app in
            let response = try await app.get("/")
            #expect(response.status == .ok)
            #expect(response.headers.contentType == .html)
            let body = response.body.string
            #expect(body.contains("<html lang=\"nl\">"))
            #expect(body.contains(register.plan.title))
            for point in register.vision.points { #expect(body.contains(escaped(point.text))) }
            for value in register.coreValues { #expect(body.contains(escaped(value))) }
            for challenge in register.challenges { #expect(body.contains(escaped(challenge.title))) }
            for line in register.actionLines { #expect(body.contains("href=\"/actielijnen/\(line.id)\"")) }
            for target in register.ambitions.flatMap(\.targets) { #expect(body.contains(escaped(target.text))) }
        }
    }

    @Test func anActionLinePageShowsEverythingThePlanSaysOfIt() async throws {
        try await withStip { app in
            for line in register.actionLines {
                let response = try await app.get("/actielijnen/\(line.id)")
                #expect(response.status == .ok)
                let body = response.body.string
                #expect(body.contains(escaped(line.title)))
                for item in line.buildsOn { #expect(body.contains(escaped(item.text))) }
                #expect(body.contains(escaped(line.stakeholders.text)))
                for action in register.actions where action.line == line.id {
                    #expect(body.contains("href=\"/acties/\(action.id)\""))
                }
                for point in line.addedValue { #expect(body.contains(escaped(point))) }
            }
        }
    }

    @Test func theKatalysatorteamIsFormedInNovemberDecember() async throws {
        try await withStip { app in
            let body = try await app.get("/actielijnen/samenwerking").body.string
            let item = try #require(body.range(of: "Bestuurlijk katalysatorteam formeren"))
            let before = body[..<item.lowerBound].suffix(200)
            #expect(before.contains("November-december 2020"))
        }
    }

    @Test func everyListPageAndItemPageAnswers() async throws {
        try await withStip { app in
            let paths = ["/opgaven", "/actielijnen", "/acties", "/programmas", "/organisaties", "/samenhang", "/tijdlijn"]
                + register.challenges.map { "/opgaven/\($0.id)" }
                + register.ambitions.map { "/ambities/\($0.id)" }
                + register.actions.map { "/acties/\($0.id)" }
                + register.programmes.map { "/programmas/\($0.id)" }
                + register.organisations.map { "/organisaties/\($0.id)" }
            for path in paths {
                let response = try await app.get(path)
                #expect(response.status == .ok, "\(path)")
                #expect(response.body.string.contains("<main id=\"inhoud\">"), "\(path)")
            }
        }
    }

    @Test func theListPagesCountWhatTheAPICounts() async throws {
        try await withStip { app in
            let pages: [(page: String, api: String)] = [
                ("/acties", "/api/v1/actions"), ("/programmas", "/api/v1/programmes"), ("/organisaties", "/api/v1/organisations"),
            ]
            for (page, api) in pages {
                let count = try JSONDecoder().decode(Count.self, from: Data(buffer: try await app.get(api).body)).count
                let body = try await app.get(page).body.string
                #expect(body.contains("<span class=\"count\"> (\(count))</span>"), "\(page)")
            }
            let lines = try await app.get("/actielijnen").body.string
            #expect(lines.components(separatedBy: "<tr>").count - 2 == register.actionLines.count)
        }
    }

    @Test func theTimelineDrawsEveryDatedActionAndMilestone() async throws {
        try await withStip { app in
            let body = try await app.get("/tijdlijn").body.string
            #expect(body.contains("<svg"))
            // A figure, not an image: its entries are links, and an image may hold none (axe's nested-interactive).
            #expect(body.contains("role=\"figure\"") && !body.contains("role=\"img\""))
            let shortTerm = register.actions.filter { $0.term == .short }.count
            let datedOutlook = register.actions.filter { $0.term == .outlook && $0.year != nil }
            // A target the plan also lists as an outlook action (Einstein's site choice in 2024) counts once.
            let datedTargets = register.ambitions.flatMap(\.targets).filter { target in
                target.year != nil && !datedOutlook.contains { $0.year == target.year && $0.title == target.text }
            }
            #expect(datedTargets.count < register.ambitions.flatMap(\.targets).filter { $0.year != nil }.count)
            let milestones = datedOutlook.count + datedTargets.count
            // Every item is a row of the table beneath the figure, and a linked row in the figure.
            #expect(body.components(separatedBy: "<tr><td>").count - 1 == shortTerm + milestones)
            #expect(body.components(separatedBy: "<a href=").count - 1 >= 2 * (shortTerm + milestones))
            let svg = try await app.get("/tijdlijn.svg")
            #expect(svg.headers.first(name: "Content-Type")?.hasPrefix("image/svg+xml") == true)
            #expect(svg.body.string.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        }
    }

    @Test func pagesLoadNothingFromOutside() async throws {
        try await withStip { app in
            for path in ["/", "/actielijnen/groene-long", "/tijdlijn", "/samenhang"] {
                let body = try await app.get(path).body.string
                #expect(!body.contains("src=\"http"), "\(path)")
                #expect(!body.contains("href=\"http"), "\(path)")
                #expect(!body.contains("<script"), "\(path)")
            }
            let response = try await app.get("/bestaat-niet")
            #expect(response.headers.first(name: "Content-Security-Policy")?.hasPrefix("default-src 'self'") == true)
        }
    }

    @Test func theStylesheetIsServedByStip() async throws {
        try await withStip { app in
            let response = try await app.get("/static/stip.css")
            #expect(response.status == .ok)
            #expect(response.headers.first(name: "Content-Type")?.hasPrefix("text/css") == true)
        }
    }

    @Test func aNewPlanShowsAtOnceOnPagesAndInTheAPI() async throws {
        try await withStipAndStore { app, store in
            #expect(try await app.get("/").body.string.contains("versie 1.0"))
            #expect(try await app.get("/api/v1/plan").body.string.contains("\"version\":\"1.0\""))
            var next = register
            next.plan.version = "2.0"
            try await store.load(next, replacing: true)
            #expect(try await app.get("/").body.string.contains("versie 2.0"))
            #expect(try await app.get("/api/v1/plan").body.string.contains("\"version\":\"2.0\""))
        }
    }

    private struct Count: Decodable { var count: Int }
}

/// Text as Plot writes it into HTML.
func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
}
