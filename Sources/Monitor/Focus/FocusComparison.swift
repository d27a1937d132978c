/// What a saved selection would become on the current data: the areas that would join, leave or
/// stay, and how their selection shares moved. Nothing is saved by comparing.
public struct FocusComparison: Sendable, Hashable {
    public struct Change: Sendable, Hashable {
        public var code: String
        /// Nil when the area was not listed then (or is not now).
        public var then: FocusAreaOutcome?
        public var now: FocusAreaOutcome?

        public var shareChange: Double? {
            guard let then, let now else { return nil }
            return now.selectionShare - then.selectionShare
        }
    }

    public var sameData: Bool
    /// Selected now, not then.
    public var joining: [Change]
    /// Selected then, not now.
    public var leaving: [Change]
    /// Selected then and now.
    public var staying: [Change]

    public init(saved: FocusStudy, current: FocusStudy) {
        sameData = saved.dataFingerprint == current.dataFingerprint
        let codes = Set(saved.areas.map(\.code)).union(current.areas.map(\.code)).sorted()
        var joining: [Change] = [], leaving: [Change] = [], staying: [Change] = []
        for code in codes {
            let change = Change(code: code, then: saved.area(code), now: current.area(code))
            switch (change.then?.isSelected ?? false, change.now?.isSelected ?? false) {
            case (false, true): joining.append(change)
            case (true, false): leaving.append(change)
            case (true, true): staying.append(change)
            case (false, false): break
            }
        }
        self.joining = joining
        self.leaving = leaving
        self.staying = staying
    }

    public var isUnchanged: Bool { joining.isEmpty && leaving.isEmpty }
}
