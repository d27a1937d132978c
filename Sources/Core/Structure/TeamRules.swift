/// The plan's own rules for a task team (ch. 4.4), checked against who is in it on a day.
///
/// The plan asks teams to be small ('bijvoorbeeld elftallen'), to name one *aanvoerder*, and to be
/// adopted by at least two regional administrators and a delegate of the Rijk; a sub-team hangs
/// under a team; members of the regiegroep preferably also play in a team.
public enum TeamRule: String, Sendable, CaseIterable {
    case atMostElevenMembers
    case exactlyOneCaptain
    case twoRegionalAdopters
    case oneRijkDelegate
    case subTeamHasParent

    public static let maximumMembers = 11
    public static let minimumRegionalAdopters = 2
    public static let minimumRijkDelegates = 1
}

/// The outcome of one rule for one team.
public struct TeamRuleCheck: Sendable, Equatable {
    public var rule: TeamRule
    public var met: Bool
    /// The figure the rule looks at (members, captains, adopters), for the message.
    public var count: Int

    public init(rule: TeamRule, met: Bool, count: Int) {
        self.rule = rule
        self.met = met
        self.count = count
    }
}

extension Register {
    public func memberships(of team: TaskTeam, on day: String) -> [Membership] {
        memberships.filter { $0.team == team.id && $0.isActive(on: day) }
    }

    public func memberships(of body: Body, on day: String) -> [Membership] {
        memberships.filter { $0.body == body.id && $0.isActive(on: day) }
    }

    public func subTeams(of team: TaskTeam) -> [TaskTeam] {
        teams.filter { $0.parent == team.id }
    }

    /// Every rule for the team on the day; a sub-team is not held to the adoption rules, which
    /// the plan sets for the task teams themselves.
    public func checks(for team: TaskTeam, on day: String) -> [TeamRuleCheck] {
        let current = memberships(of: team, on: day)
        func people(_ roles: Set<Membership.Role>) -> Int {
            Set(current.filter { roles.contains($0.role) }.map(\.person)).count
        }
        let players = people([.member, .captain, .secretary, .chair])
        let captains = people([.captain])
        var checks = [
            TeamRuleCheck(rule: .atMostElevenMembers, met: players <= TeamRule.maximumMembers, count: players),
            TeamRuleCheck(rule: .exactlyOneCaptain, met: captains == 1, count: captains),
        ]
        if let parent = team.parent {
            checks.append(TeamRuleCheck(rule: .subTeamHasParent, met: teams.contains { $0.id == parent }, count: 1))
        } else {
            let adopters = people([.adoptingAdministrator]), delegates = people([.rijkDelegate])
            checks.append(TeamRuleCheck(rule: .twoRegionalAdopters, met: adopters >= TeamRule.minimumRegionalAdopters, count: adopters))
            checks.append(TeamRuleCheck(rule: .oneRijkDelegate, met: delegates >= TeamRule.minimumRijkDelegates, count: delegates))
        }
        return checks
    }

    /// Members of the regiegroep who play in no task team on the day: the plan's preference, a hint rather than an error.
    public func steeringGroupMembersOutsideTeams(on day: String) -> [Person] {
        let inTeams = Set(memberships.filter { $0.team != nil && $0.isActive(on: day) }.map(\.person))
        let steering = Set(bodies.filter { $0.kind == .steeringGroup }.map(\.id))
        let ids = Set(memberships.filter { $0.body.map(steering.contains) == true && $0.isActive(on: day) }.map(\.person))
        return people.filter { ids.contains($0.id) && !inTeams.contains($0.id) }
    }
}
