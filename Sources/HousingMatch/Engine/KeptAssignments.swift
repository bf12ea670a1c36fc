/// How much of an earlier match a new match keeps: the measure of a stable
/// re-solve (see ``MatchOptions/keep``).
///
/// Counted from the two matches alone, apart from the formulation's stage-3
/// objective, so that each checks the other. A household counts as kept when
/// it is a member of the same group in both; a group when it forms at the same
/// site in both. Households and groups of the earlier match that the scenario
/// no longer has still count as "before": their change is real.
public struct KeptAssignments: Sendable, Equatable, Codable {
    /// Households that are members of the same group as before.
    public var membersKept: Int
    /// Households that were members of some group before.
    public var membersBefore: Int
    /// Groups that form at the same site as before.
    public var sitesKept: Int
    /// Groups that formed before.
    public var groupsBefore: Int
    /// Households that were housed before and are now in another group or in none, in the earlier match's order.
    public var membersMoved: [SeekerID]
    /// Groups that formed before and now form at another site or not at all, in the earlier match's order.
    public var groupsMoved: [GroupID]

    public init(membersKept: Int, membersBefore: Int, sitesKept: Int, groupsBefore: Int,
                membersMoved: [SeekerID], groupsMoved: [GroupID]) {
        self.membersKept = membersKept
        self.membersBefore = membersBefore
        self.sitesKept = sitesKept
        self.groupsBefore = groupsBefore
        self.membersMoved = membersMoved
        self.groupsMoved = groupsMoved
    }

    /// The assignments kept, as stage 3 counts them: households in their group plus groups at their site.
    public var total: Int { membersKept + sitesKept }

    /// Whether nothing of the earlier match changed.
    public var keepsEverything: Bool { membersKept == membersBefore && sitesKept == groupsBefore }
}

extension Match {
    /// What this match keeps of `earlier`.
    public func kept(from earlier: Match) -> KeptAssignments {
        let groupNow = groupOfSeeker
        let siteNow = Dictionary(groups.map { ($0.id, $0.site) }, uniquingKeysWith: { first, _ in first })
        var membersMoved: [SeekerID] = [], groupsMoved: [GroupID] = []
        var membersBefore = 0
        for group in earlier.groups {
            for member in group.members {
                membersBefore += 1
                if groupNow[member] != group.id { membersMoved.append(member) }
            }
            if siteNow[group.id] != group.site { groupsMoved.append(group.id) }
        }
        return KeptAssignments(
            membersKept: membersBefore - membersMoved.count, membersBefore: membersBefore,
            sitesKept: earlier.groups.count - groupsMoved.count, groupsBefore: earlier.groups.count,
            membersMoved: membersMoved, groupsMoved: groupsMoved)
    }
}
