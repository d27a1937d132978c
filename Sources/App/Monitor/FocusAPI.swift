import Monitor

/// The focus decision's JSON: a selection as computed now, the saved decisions, and a saved
/// decision compared with the current data.
enum FocusAPI {
    struct Selection: Encodable {
        var study: FocusStudy
        var files: [FocusDecision.DataFile]
    }

    struct DecisionSummary: Encodable {
        var id: String
        var name: String
        var decidedOn: String
        var proposedBy: String
        var savedAt: String
        var level: AreaLevel
        var year: Int
        var region: String?
        var selected: [String]
        var dataFingerprint: String
        var links: [String: String]

        init(_ decision: FocusDecision) {
            id = decision.id
            name = decision.name
            decidedOn = decision.decidedOn
            proposedBy = decision.proposedBy
            savedAt = decision.savedAt
            level = decision.study.parameters.level
            year = decision.study.parameters.year
            region = decision.study.parameters.region
            selected = decision.study.selected.map(\.code)
            dataFingerprint = decision.study.dataFingerprint
            links = ["self": MonitorPath.apiFocusDecision(decision.id).path, "comparison": MonitorPath.apiFocusComparison(decision.id).path,
                     "page": MonitorPath.focusDecision(decision.id).path]
        }
    }

    struct Comparison: Encodable {
        struct Change: Encodable {
            var code: String
            var indexThen: Double?
            var indexNow: Double?
            var selectionShareThen: Double?
            var selectionShareNow: Double?
        }

        var decision: String
        var sameData: Bool
        var dataFingerprintThen: String
        var dataFingerprintNow: String
        var joining: [Change]
        var leaving: [Change]
        var staying: [Change]

        init(decision: FocusDecision, current: FocusStudy) {
            let comparison = FocusComparison(saved: decision.study, current: current)
            func changes(_ list: [FocusComparison.Change]) -> [Change] {
                list.map { Change(code: $0.code, indexThen: $0.then?.index, indexNow: $0.now?.index,
                                  selectionShareThen: $0.then?.selectionShare, selectionShareNow: $0.now?.selectionShare) }
            }
            self.decision = decision.id
            sameData = comparison.sameData
            dataFingerprintThen = decision.study.dataFingerprint
            dataFingerprintNow = current.dataFingerprint
            joining = changes(comparison.joining)
            leaving = changes(comparison.leaving)
            staying = changes(comparison.staying)
        }
    }
}
