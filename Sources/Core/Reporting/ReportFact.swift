/// One figure or text of a progress report, flattened: what the comparison with now, the CSV
/// and the check against the API work on. `value` is locale-free (a count, cents, thousandths of
/// an FTE, a state's name, a text); `source` says where in Stip it comes from.
public struct ReportFact: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case done, counted, late, dropped, actionStatus, actionTitle, actionLate, targetState, reportState, summary, wentWell, stuck
        case budgeted, coverage, spent, capacityStated, capacityComputed, review, escalation, answer, monitorBaseline, monitorCurrent
    }

    public enum Source: Codable, Sendable, Equatable {
        case challenge(String), ambition(String), actionLine(String), action(String), target(String), report(round: String, line: String)
        case budget(Int), capacity(Int), reviews
        /// A monitor indicator for the report's region in a data year.
        case monitor(indicator: String, year: Int)
    }

    /// Stable across regenerations: `line.groene-long.done`, `action.groene-long-k01.status`.
    public var id: String
    public var kind: Kind
    /// What the figure is about, in the plan's words: a line's title, an action's, a year.
    public var subject: String
    public var value: String
    public var source: Source
}

extension ProgressReport {
    public var facts: [ReportFact] {
        var facts: [ReportFact] = []
        func progress(_ prefix: String, _ subject: String, _ progress: Progress, _ source: ReportFact.Source) {
            for (kind, value) in [(ReportFact.Kind.done, progress.done), (.counted, progress.counted), (.late, progress.late), (.dropped, progress.dropped)] {
                facts.append(.init(id: "\(prefix).\(kind.rawValue)", kind: kind, subject: subject, value: String(value), source: source))
            }
        }
        for challenge in challenges {
            if let id = challenge.id { progress("challenge.\(id)", challenge.title, challenge.progress, .challenge(id)) }
            for ambition in challenge.ambitions {
                progress("ambition.\(ambition.id)", ambition.title, ambition.progress, .ambition(ambition.id))
                for target in ambition.targets {
                    facts.append(.init(id: "target.\(target.id).state", kind: .targetState, subject: target.text, value: target.state.rawValue, source: .target(target.id)))
                }
                for line in ambition.lines {
                    progress("line.\(line.id)", line.title, line.progress, .actionLine(line.id))
                    for action in line.actions {
                        facts.append(.init(id: "action.\(action.id).title", kind: .actionTitle, subject: action.title, value: action.title, source: .action(action.id)))
                        facts.append(.init(id: "action.\(action.id).status", kind: .actionStatus, subject: action.title, value: action.status.rawValue, source: .action(action.id)))
                        facts.append(.init(id: "action.\(action.id).late", kind: .actionLate, subject: action.title, value: action.late ? "true" : "false", source: .action(action.id)))
                    }
                    let report = ReportFact.Source.report(round: round.id, line: line.id)
                    facts.append(.init(id: "report.\(line.id).state", kind: .reportState, subject: line.title, value: line.report?.state.rawValue ?? "", source: report))
                    for (kind, text) in [(ReportFact.Kind.summary, line.report?.summary), (.wentWell, line.report?.wentWell), (.stuck, line.report?.stuck)] {
                        facts.append(.init(id: "report.\(line.id).\(kind.rawValue)", kind: kind, subject: line.title, value: text ?? "", source: report))
                    }
                }
            }
        }
        for year in money {
            for (kind, cents) in [(ReportFact.Kind.budgeted, year.budgetedCents), (.coverage, year.coverageCents), (.spent, year.spentCents)] {
                facts.append(.init(id: "money.\(year.year).\(kind.rawValue)", kind: kind, subject: String(year.year), value: String(cents), source: .budget(year.year)))
            }
        }
        for year in capacity {
            facts.append(.init(id: "capacity.\(year.year).stated", kind: .capacityStated, subject: String(year.year),
                               value: year.statedThousandths.map(String.init) ?? "", source: .capacity(year.year)))
            facts.append(.init(id: "capacity.\(year.year).computed", kind: .capacityComputed, subject: String(year.year),
                               value: String(year.computedThousandths), source: .capacity(year.year)))
        }
        for review in reviews {
            let decided = review.decisions.map { "\($0.activity): \($0.verdict.rawValue)" }.joined(separator: "; ")
            facts.append(.init(id: "review.\(review.id)", kind: .review, subject: review.date, value: decided, source: .reviews))
        }
        for escalation in escalations {
            facts.append(.init(id: "escalation.\(escalation.line).ask", kind: .escalation, subject: escalation.line, value: escalation.ask,
                               source: .report(round: round.id, line: escalation.line)))
            facts.append(.init(id: "escalation.\(escalation.line).answer", kind: .answer, subject: escalation.line, value: escalation.answer?.text ?? "",
                               source: .report(round: round.id, line: escalation.line)))
        }
        if let monitor {
            for indicator in monitor.indicators {
                // Doubles as Swift writes them: the shortest text that reads back to the same value.
                facts.append(.init(id: "monitor.\(indicator.id).baseline", kind: .monitorBaseline, subject: indicator.id,
                                   value: indicator.baseline.map { "\($0)" } ?? "", source: .monitor(indicator: indicator.id, year: monitor.baselineYear)))
                facts.append(.init(id: "monitor.\(indicator.id).current", kind: .monitorCurrent, subject: indicator.id,
                                   value: indicator.current.map { "\($0)" } ?? "", source: .monitor(indicator: indicator.id, year: monitor.year)))
            }
        }
        return facts
    }

    /// What differs between an adopted report and the same report composed now: each fact whose
    /// value changed, that is new, or that is gone.
    public static func differences(adopted: ProgressReport, now: ProgressReport) -> [ReportDifference] {
        let before = Dictionary(adopted.facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(now.facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var differences: [ReportDifference] = []
        for fact in now.facts {
            if let old = before[fact.id] {
                if old.value != fact.value { differences.append(ReportDifference(fact: fact, before: old.value, after: fact.value)) }
            } else {
                differences.append(ReportDifference(fact: fact, before: nil, after: fact.value))
            }
        }
        for fact in adopted.facts where after[fact.id] == nil {
            differences.append(ReportDifference(fact: fact, before: fact.value, after: nil))
        }
        return differences
    }
}

/// A fact of an adopted report that is different now: nil before means new, nil after means gone.
public struct ReportDifference: Sendable, Equatable {
    public var fact: ReportFact
    public var before: String?
    public var after: String?
}
