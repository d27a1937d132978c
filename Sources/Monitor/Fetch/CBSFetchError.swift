import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why a fetch from the CBS OData API was refused. Nothing of a refused fetch is stored:
/// the fetch reads every page before anything is handed on.
public enum CBSFetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No connection at all: no network, no DNS, the host refused or timed out.
    case unreachable(host: String, reason: String)
    /// The request could not be made for another reason (a URL Stip cannot use, a TLS failure).
    case requestFailed(url: String, reason: String)
    /// Not a CBS table id (letters and digits, such as 85984NED).
    case badTableID(String)
    /// The server answered, but not with success.
    case httpStatus(url: String, status: Int, excerpt: String)
    /// The answer is not JSON, or not JSON of the shape OData gives; `place` says where.
    case malformedAnswer(url: String, place: String, problem: String)
    /// A `odata.nextLink` that leads to another host, or back to a page already read.
    case badNextLink(url: String, link: String, problem: String)
    /// `DataProperties` names no area dimension (`GeoDetail`): not a table by area.
    case noAreaDimension(table: String)
    /// The catalogue has no formula for this table's source.
    case noIndicators(table: String, source: String, catalogue: String)
    /// Columns the catalogue's formulas read that the table's `DataProperties` does not list.
    case missingColumns(table: String, source: String, catalogue: String, columns: [MissingColumn])
    /// A column the catalogue computes with that the table types as text.
    case notNumericColumn(table: String, column: String, datatype: String)
    /// `TableInfos` gives no single year and the table has no period dimension, or a row's
    /// period is not one year.
    case unclearPeriod(table: String, period: String)
    /// The data request gave no rows at all (a level the table does not have, a filter too narrow).
    case noRows(url: String)
    case badAreaCode(url: String, row: Int, text: String)
    case duplicateArea(url: String, row: Int, area: String, year: Int)
    case notANumber(url: String, row: Int, column: String, text: String)

    /// A column a formula needs, with the catalogue line and indicator that need it.
    public struct MissingColumn: Sendable, Equatable {
        public var column: String
        public var indicator: String
        public var line: Int
    }

    public var description: String {
        switch self {
        case let .unreachable(host, reason):
            "Stip cannot reach \(host); this machine may have no internet. Download the CSV from CBS StatLine and use stip monitor import instead. (\(reason))"
        case let .requestFailed(url, reason):
            "\(url): the request failed: \(reason)"
        case let .badTableID(text):
            "'\(text)' is not a CBS table id (letters and digits, such as 85984NED)"
        case let .httpStatus(url, status, excerpt):
            "\(url): the server answered HTTP \(status) (\(HTTPURLResponse.localizedString(forStatusCode: status)))\(status == 404 ? " (is the table id right? CBS ids look like 85984NED)" : "")"
                + (excerpt.isEmpty ? "" : ": \(excerpt)")
        case let .malformedAnswer(url, place, problem):
            "\(url): the answer is not what the CBS OData API sends, at \(place): \(problem)"
        case let .badNextLink(url, link, problem):
            "\(url): the next page's link \(link) \(problem); stopped"
        case let .noAreaDimension(table):
            "table \(table) has no area dimension (no GeoDetail in its DataProperties); Stip fetches tables by area, such as 85984NED"
        case let .noIndicators(table, source, catalogue):
            "the catalogue \(catalogue) has no indicator from source \(source): add rows with source \(source) whose formulas use the keys of table \(table)'s DataProperties (such as AantalInwoners_5)"
        case let .missingColumns(table, source, catalogue, columns):
            "table \(table) has no column " + columns.map { "\($0.column) (\(catalogue) line \($0.line), indicator \($0.indicator))" }.joined(separator: ", ")
                + " that the catalogue needs for source \(source): its DataProperties do not list \(columns.count == 1 ? "it" : "them"); correct the formula to a key the table has"
        case let .notNumericColumn(table, column, datatype):
            "column \(column) of table \(table) holds \(datatype), not numbers: a formula cannot compute with it"
        case let .unclearPeriod(table, period):
            "table \(table): Stip cannot tell one year from the period '\(period)' (it reads years such as 2024 or 2024JJ00)"
        case let .noRows(url):
            "\(url): the table sent no rows; nothing to store (does it have areas of this level?)"
        case let .badAreaCode(url, row, text):
            "\(url), row \(row): '\(text)' is not a CBS area code (such as GM0935, WK093501, BU09350101)"
        case let .duplicateArea(url, row, area, year):
            "\(url), row \(row): \(area) in \(year) came before; a table has one row per area and year"
        case let .notANumber(url, row, column, text):
            "\(url), row \(row), column \(column): \(text) is not a number"
        }
    }
}
