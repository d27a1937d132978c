/// How far the data of a fetch has come, after each page.
public struct CBSFetchProgress: Sendable, Equatable {
    public var rowsFetched: Int
    public var pagesFetched: Int

    public init(rowsFetched: Int, pagesFetched: Int) {
        self.rowsFetched = rowsFetched
        self.pagesFetched = pagesFetched
    }
}
