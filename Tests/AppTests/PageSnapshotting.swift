import SnapshotTesting

extension Snapshotting where Value == String, Format == String {
    /// A page's HTML with a newline after each tag (Plot writes a page on one line), compared
    /// line by line and kept as .html, so a change in a page shows as a readable diff in review.
    static var html: Self {
        var strategy = lines.pullback { (html: String) in html.replacingOccurrences(of: "><", with: ">\n<") + "\n" }
        strategy.pathExtension = "html"
        return strategy
    }

    /// A chart, which writes its own line breaks.
    static var svg: Self {
        var strategy = lines
        strategy.pathExtension = "svg"
        return strategy
    }
}
