import Core
import Plot
import Vapor

/// Puts the status of an ambition's targets into its page. The page itself is rendered once
/// per register revision and kept; measurements do not move that revision, so their status is
/// added to each answer here, where the page marks its place.
struct AmbitionTargetsMiddleware: AsyncMiddleware {
    /// Where `AmbitionPage` wants the status; an HTML comment, so without this middleware nothing shows.
    static let marker = "<!--stip:doelen-stand-->"

    let lines: @Sendable () async throws -> (Register, [TargetLine])
    let l: Localizer

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let parts = request.url.path.split(separator: "/")
        guard request.method == .GET, response.status == .ok, parts.count == 2, parts[0] == "ambities",
              let buffer = response.body.buffer, let html = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes),
              let range = html.range(of: Self.marker) else { return response }
        let mine = try await lines().1.filter { $0.ambition.id == parts[1] }
        response.body = .init(string: html.replacingCharacters(in: range, with: Self.section(mine, l)))
        return response
    }

    static func section(_ lines: [TargetLine], _ l: Localizer) -> String {
        guard !lines.isEmpty else { return "" }
        let node: Node<HTML.BodyContext> = .section(
            .class("ambition-targets"),
            .h2(.text(l(.targetsModule(.statusOnAmbition)))),
            .p(.class("muted"), .text(l(.targetsModule(.statusOnAmbitionIntro))), .text(" "),
               .a(.href(SiteURL.targets(.dashboard).path), .text(l(.targetsModule(.allTargets))))),
            .ul(.class("target-states"), .forEach(lines) { line in
                .li(TargetStatusBadge.node(line.trajectory.status.state, l), .text(" "),
                    .a(.href(SiteURL.targets(.target(line.target.id)).path), .text(line.target.text)),
                    .span(.class("reason"), .text(" — " + l.reason(line.trajectory.status, in: line.trajectory.measure))))
            })
        )
        return node.render()
    }
}
