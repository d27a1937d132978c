/// A progress report as the BKO adopted it (*vastgesteld*): frozen with its fingerprint, the
/// SHA-256 of its document, so anyone can check later that it is the report that was adopted.
public struct AdoptedReport: Codable, Sendable, Equatable {
    public var report: ProgressReport
    /// The day of the decision, `yyyy-mm-dd`.
    public var decidedOn: String
    /// Who decided: the body (*Bestuurlijk Kernoverleg*).
    public var decidedBy: String
    /// Who recorded it in Stip, by the name others see.
    public var recordedBy: String
    public var recordedAt: String
    /// Hex SHA-256 of the report's canonical JSON.
    public var fingerprint: String

    public init(report: ProgressReport, decidedOn: String, decidedBy: String, recordedBy: String, recordedAt: String, fingerprint: String) {
        self.report = report
        self.decidedOn = decidedOn
        self.decidedBy = decidedBy
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.fingerprint = fingerprint
    }
}
