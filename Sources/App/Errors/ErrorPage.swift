import Plot
import Vapor

/// What a person sees for an error: the status in words, why, and the way back home.
enum ErrorPage {
    static func render(status: HTTPResponseStatus, reason: String, _ l: Localizer) -> String {
        let title = status == .forbidden ? l(.forbidden) : l(.errorTitle(status: Int(status.code)))
        return Layout(l: l, title: title, section: nil, source: nil).render(
            .h1(.text(title)),
            .p(.class("lead"), .text(reason)),
            .p(.a(.href(SiteURL.home.path), .text(l(.backHome))))
        )
    }
}
