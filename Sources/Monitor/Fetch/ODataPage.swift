/// One answer of the OData v3 API: `{"odata.metadata": ..., "value": [...], "odata.nextLink": ...}`.
/// CBS sends at most 10,000 rows per answer; `nextLink` is the next page's URL, absent on the last.
struct ODataPage<Row: Decodable & Sendable>: Decodable, Sendable {
    var value: [Row]
    var nextLink: String?

    enum CodingKeys: String, CodingKey {
        case value
        case nextLink = "odata.nextLink"
    }
}
