import Monitor

/// The centre of the legend around the national value (`legenda=nl`): what "NL" is for the
/// layer on the map, and which of three things it is, so the legend can say so.
struct MapCentre: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// An indicator's value for the Netherlands as stored (the NL00 row).
        case nationalValue
        /// Reference normalisation scores every indicator of the Netherlands at exactly 100
        /// (`100 (x_ref / x_ref)^d`), so the country's theme scores and index are 100 too.
        case referenceScore
        /// The median over all areas of the level in the country. The index and theme scores
        /// have no national value under minmax, z-score or rank normalisation: the country is
        /// not one of the units they are computed over, and an aggregate's score is not the
        /// mean of its parts' scores. The median is what "around NL" means there: half of the
        /// country's areas score lower.
        case countryMedianOfScores
        /// The same median, for an indicator whose national value is not stored.
        case countryMedianWithoutNational
    }

    var value: Double
    var kind: Kind

    /// Nil when the layer has no value anywhere in the country.
    init?(layer: MonitorQuery.Layer, figures: MonitorFigures) {
        switch layer {
        case let .indicator(id):
            guard let column = figures.position(of: id) else { return nil }
            if let national = figures.national[column], national.isFinite {
                (value, kind) = (national, .nationalValue)
                return
            }
            guard let median = Self.median(figures.sortedValues[column]) else { return nil }
            (value, kind) = (median, .countryMedianWithoutNational)
        case .index, .theme:
            guard let index = figures.index, figures.result != nil else { return nil }
            if index.request.settings.normalisation == .reference {
                (value, kind) = (100, .referenceScore)
                return
            }
            let scores = figures.rows.keys.compactMap { figures.value($0, layer: layer) }.filter(\.isFinite).sorted()
            guard let median = Self.median(scores) else { return nil }
            (value, kind) = (median, .countryMedianOfScores)
        }
    }

    init(value: Double, kind: Kind) {
        self.value = value
        self.kind = kind
    }

    private static func median(_ sorted: [Double]) -> Double? {
        Percentile.type7(sortedAscending: sorted, probability: 0.5)
    }
}
