import Core
import Services
import Storage

/// A round's Voortgangsrapportage as one HTML file that needs nothing else (the stylesheet
/// inside it), for `stip report pdf` to hand to headless Chromium: the adopted report when there
/// is one, otherwise the report composed now.
public enum ReportPrinting {
    public static func html(round: String, store: RegisterStore) async throws -> String {
        let reporting = Reporting(store: ReportStore(beside: store), register: store, headline: ReportHeadline.beside(store))
        let (report, adopted) = try await reporting.progressReport(round: round)
        let page = ProgressReportPage.render(.init(report: report, adopted: adopted, unapproved: report.unapproved, forms: nil), Localizer())
        return Stylesheet.inlined(into: page)
    }
}
