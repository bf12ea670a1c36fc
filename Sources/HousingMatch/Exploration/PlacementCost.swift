import Wording

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
    /// Both sides of the placement, read from the re-solve's match against the
    /// base match: who gains and who loses a place, who moves, groups that move
    /// site or start or stop forming, and members who leave the group. `nil` without a match.
    public var effects: TrialEffects?
    /// When impossible: a smallest set of rules that keep the household out of the group.
    public var conflict: [ConflictingRule]?
    public var seconds: Double

    /// The cost of placing a household in `group`, as the what-if `outcome` answered it.
    ///
    /// - Parameters:
    ///   - scenario: the base scenario, to tell whether the group was full.
    ///   - base: the base match the outcome is measured against.
    init(_ outcome: WhatIf.Outcome, group: GroupID? = nil, scenario: Scenario? = nil, base: Match = Match()) {
        status = outcome.status
        feasible = outcome.status == .optimal || outcome.status == .feasible
        housedChange = outcome.housedChange
        displaced = outcome.noLongerHoused
        newlyHoused = outcome.newlyHoused
        proven = outcome.proven
        effects = outcome.differences.map {
            TrialEffects($0, group: group, scenario: scenario, baseMatch: base, proven: outcome.proven)
        }
        conflict = outcome.conflict
        seconds = outcome.seconds
    }

    /// Whether the placement is known to cost nobody their place.
    public var isFree: Bool { feasible && displaced.isEmpty }
}

extension PlacementCost: CustomStringConvertible {
    /// Both sides in one line: "free: nobody loses their place; h41 gains one",
    /// "h29 loses their place; h41 and h12 gain one; g5 moves to s2",
    /// "at most 4 lose their place: h23, h30, h31 and h40", "impossible", "not settled in the time given".
    /// The rest (names, groups that move or stop forming) is in ``TrialEffects/sentences(in:)``.
    public var description: String { sentence.text(in: .en) }

    /// Both sides in one line, as a catalogue sentence to say in any language.
    public var sentence: Sentence {
        typealias W = ExplorationWords
        switch status {
        case .infeasible: return Sentence(W.costImpossible)
        case .noSolution: return Sentence(W.costUnsettled)
        case .optimal, .feasible: break
        }
        if let effects { return isFree ? Sentence(W.costFree, .sentence(effects.summarySentence)) : effects.summarySentence }
        // Built without the two matches (as in older files): only who loses a place is known.
        if displaced.isEmpty { return Sentence(W.costFree, .sentence(Sentence(W.nobodyLoses))) }
        let who = ExplorationNames.households(displaced)
        if displaced.count == 1 && proven { return Sentence(W.losesOne, who) }
        return Sentence(proven ? W.loseCount : W.loseAtMost, ExplorationNames.count(displaced.count), who)
    }

    /// Both sides in one line, in `language`.
    public func text(in language: Language) -> String { sentence.text(in: language) }
}
