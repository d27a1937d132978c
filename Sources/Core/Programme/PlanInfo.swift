/// What the plan says about itself, its vision and what it adds: the register's front page.
public struct PlanInfo: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    /// The plan's own version: a growth document goes from 1.0 to 2.0.
    public var version: String
    /// ISO date (yyyy-mm-dd) of the version.
    public var date: String
    public var region: String
    public var summary: String?

    public init(id: String, title: String, version: String, date: String, region: String, summary: String? = nil) {
        self.id = id
        self.title = title
        self.version = version
        self.date = date
        self.region = region
        self.summary = summary
    }
}

/// The shared *stip op de horizon*.
public struct Vision: Codable, Sendable, Equatable {
    public struct Point: Codable, Sendable, Equatable {
        public var text: String
        public var details: [String]?

        public init(text: String, details: [String]? = nil) {
            self.text = text
            self.details = details
        }
    }

    public var intro: String
    public var points: [Point]

    public init(intro: String, points: [Point]) {
        self.intro = intro
        self.points = points
    }
}

/// The plan's *toegevoegde waarde NOVI-gebied*: the points a NOVI status adds to what already runs.
public struct AddedValue: Codable, Sendable, Equatable {
    public var intro: String?
    public var points: [String]
    public var keywords: [String]

    public init(intro: String? = nil, points: [String], keywords: [String]) {
        self.intro = intro
        self.points = points
        self.keywords = keywords
    }
}

/// A theme that runs through every challenge (cross-border cooperation, energy transition).
public struct Theme: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var description: String?

    public init(id: String, name: String, description: String? = nil) {
        self.id = id
        self.name = name
        self.description = description
    }
}
