/// Where a report is in its review: *concept → ingediend → (terug met opmerkingen →) goedgekeurd*.
public enum ReportState: String, Codable, Sendable, CaseIterable {
    case draft
    case submitted
    case returned
    case approved

    /// The team may still change it.
    public var isOpenForWriting: Bool { self == .draft || self == .returned }
}

/// A step in a report's review, and who may take it from which state.
public enum ReportStep: String, Sendable, CaseIterable {
    /// The team saves its text (a draft, or a returned report being changed).
    case save
    /// The team hands it in.
    case submit
    /// The regiegroep sends it back, with a comment that says why.
    case sendBack
    /// The regiegroep approves it.
    case approve

    /// The state the step leaves the report in, or nil when it cannot be taken from `state`.
    public func next(from state: ReportState) -> ReportState? {
        switch (self, state) {
        case (.save, .draft), (.save, .returned): state
        case (.submit, .draft), (.submit, .returned): .submitted
        case (.sendBack, .submitted): .returned
        case (.approve, .submitted): .approved
        default: nil
        }
    }

    /// The team's steps; the others are the regiegroep's.
    public var isTeamStep: Bool { self == .save || self == .submit }
}
