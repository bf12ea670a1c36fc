/// What placing a household in a group would cost the rest of the match:
/// a ``WhatIf`` outcome, cut down to what an explanation shows.
public struct PlacementCost: Sendable, Equatable, Codable {
    /// The re-solve's status: `infeasible` when no match places the household there at all.
    public var status: MatchStatus
    /// Whether some match places the household there.
    public var feasible: Bool
    /// Priority housed after minus before; `nil` without a match.
    public var housedChange: Double?
    /// Households housed before who would lose their place, in scenario order.
    public var displaced: [SeekerID]
    /// Households housed after and not before: the household itself, partners who come along,
    /// and any others the new match happens to take in.
    public var newlyHoused: [SeekerID]
    /// Whether the base and the re-solve are both proven optimal. When not,
    /// a better match might displace fewer: the displaced are then "at most".
    public var proven: Bool
    /// When impossible: a smallest set of rules that keep the household out of the group.
    public var conflict: [ConflictingRule]?
    public var seconds: Double

    init(_ outcome: WhatIf.Outcome) {
        status = outcome.status
        feasible = outcome.status == .optimal || outcome.status == .feasible
        housedChange = outcome.housedChange
        displaced = outcome.noLongerHoused
        newlyHoused = outcome.newlyHoused
        proven = outcome.proven
        conflict = outcome.conflict
        seconds = outcome.seconds
    }

    /// Whether the placement is known to cost nobody their place.
    public var isFree: Bool { feasible && displaced.isEmpty }
}

extension PlacementCost: CustomStringConvertible {
    /// "free, nobody loses their place", "h23 loses their place", "at most 2 lose their place: h23, h30",
    /// "impossible", "not settled in the time given".
    public var description: String {
        switch status {
        case .infeasible: return "impossible: no match meets every rule with it"
        case .noSolution: return "not settled in the time given"
        case .optimal, .feasible: break
        }
        if displaced.isEmpty { return "free, nobody loses their place" }
        // A long list is counted after eight: the JSON keeps every id.
        let who = displaced.prefix(8).map(\.rawValue).joined(separator: ", ")
            + (displaced.count > 8 ? " and \(displaced.count - 8) more" : "")
        let bound = proven ? "" : "at most "
        return displaced.count == 1 && proven
            ? "\(who) loses their place"
            : "\(bound)\(displaced.count) lose their place: \(who)"
    }
}
