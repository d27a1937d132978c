import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches a table of the CBS OData v3 API (`https://opendata.cbs.nl/ODataApi/odata/<TABLE>/`)
/// as an import: `TableInfos` for the title and year, `DataProperties` for the schema, the area
/// dimension for the names, and `TypedDataSet` with only the columns the catalogue reads.
/// Everything is read before anything is returned, so a failure on any page leaves nothing
/// half-done. Besides PDOK's boundaries these are the only outbound calls Stip makes, and
/// only when a person asks for them.
public struct CBSODataClient: Sendable {
    public static let defaultBaseURL = URL(string: "https://opendata.cbs.nl/ODataApi/odata/")!

    /// The API root that table ids are appended to; tests point it at a local server.
    public var baseURL: URL
    /// Seconds one request may take.
    public var timeout: TimeInterval

    public init(baseURL: URL = Self.defaultBaseURL, timeout: TimeInterval = 120) {
        self.baseURL = baseURL
        self.timeout = timeout
    }

    /// The catalogue's source id for a table: `85984NED` → `cbs-85984ned`.
    public static func source(table: String) -> String { "cbs-" + table.lowercased() }

    /// Fetches one table. `level` limits the rows to one level of the area division
    /// (`startswith(WijkenEnBuurten,'GM')`): the buurten of a KWB table are most of its rows.
    public func fetch(
        table: String, level: AreaLevel? = nil, catalogue: IndicatorCatalogue,
        progress: (@Sendable (CBSFetchProgress) -> Void)? = nil
    ) async throws(CBSFetchError) -> CBSFetchedTable {
        guard !table.isEmpty, table.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { throw .badTableID(table) }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        var conversation = ODataConversation(session: session, host: baseURL.host)
        let source = Self.source(table: table)

        let infosURL = url(table, "TableInfos")
        let infos = try conversation.decode(ODataPage<CBSTableInfo>.self, from: try await conversation.get(infosURL), url: infosURL).value
        guard let info = infos.first else {
            throw .malformedAnswer(url: infosURL.absoluteString, place: "value", problem: "TableInfos lists no table")
        }
        var properties: [CBSDataProperty] = []
        try await conversation.pages(from: url(table, "DataProperties")) { (page: [CBSDataProperty], _) in properties += page }
        let columns = try CBSTableColumns(table: table, source: source, properties: properties, catalogue: catalogue)
        var year: Int?
        if columns.periodKey == nil {
            guard info.years.count == 1 else { throw .unclearPeriod(table: table, period: info.period) }
            year = info.years[0]
        }

        var names: [AreaCode: String] = [:]
        var nameQuery = [("$select", "Key,Title")]
        if let level { nameQuery.append(("$filter", "startswith(Key,'\(level.prefix)')")) }
        try await conversation.pages(from: url(table, columns.areaKey, nameQuery)) { (page: [CBSDimensionEntry], _) in
            for entry in page {
                let name = entry.title.trimmingBlanks()
                if let code = AreaCodeCell.read(entry.key), !name.isEmpty { names[code] = name }
            }
        }

        var dataQuery = [("$select", columns.select.joined(separator: ","))]
        if let level { dataQuery.append(("$filter", "startswith(\(columns.areaKey),'\(level.prefix)')")) }
        let dataURL = url(table, "TypedDataSet", dataQuery)
        var rows = CBSTableRows(table: table, columns: columns, level: level, year: year, names: names)
        var pages = 0
        try await conversation.pages(from: dataURL) { (page: [[String: ODataValue]], pageURL) throws(CBSFetchError) in
            try rows.take(page, url: pageURL)
            pages += 1
            progress?(CBSFetchProgress(rowsFetched: rows.rowsRead, pagesFetched: pages))
        }

        guard rows.rowsRead > rows.rowsSkipped else { throw .noRows(url: dataURL.absoluteString) }
        let result = ImportResult(
            file: dataURL.absoluteString, observations: rows.observations, rowsRead: rows.rowsRead, rowsSkipped: rows.rowsSkipped,
            bytesRead: conversation.bytesRead, checksum: conversation.checksum(), years: rows.years.sorted(),
            indicators: columns.entries.map { ImportedIndicator(id: $0.indicator.id, source: source) }, absentIndicators: [],
            areas: rows.areas)
        return CBSFetchedTable(info: info, source: source, areaKey: columns.areaKey, selectedColumns: columns.select,
                               dataPages: pages, result: result)
    }

    /// `<base>/<table>/<resource>?$format=json&...`.
    func url(_ table: String, _ resource: String, _ query: [(String, String)] = []) -> URL {
        var components = URLComponents(url: baseURL.appendingPathComponent(table).appendingPathComponent(resource), resolvingAgainstBaseURL: false)!
        components.queryItems = [URLQueryItem(name: "$format", value: "json")] + query.map { URLQueryItem(name: $0.0, value: $0.1) }
        return components.url!
    }
}
