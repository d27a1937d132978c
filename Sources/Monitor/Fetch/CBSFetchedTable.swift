/// A fetched table: what CBS says about it, and its values as an import, ready to store.
public struct CBSFetchedTable: Sendable {
    public var info: CBSTableInfo
    /// The source id the catalogue knows the table by: `cbs-85984ned`.
    public var source: String
    /// The area dimension's key, e.g. `WijkenEnBuurten`.
    public var areaKey: String
    /// The keys asked for with `$select`, the area key first.
    public var selectedColumns: [String]
    /// Pages of data rows read (the API sends at most 10,000 rows per page).
    public var dataPages: Int
    /// `file` is the URL of the first data request; `checksum` is over every byte read, in order.
    public var result: ImportResult
}
