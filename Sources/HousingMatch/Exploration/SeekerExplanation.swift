import Wording

/// Why one household is or is not placed, and what would place it: the
/// household's own view of a match, for `explain --seeker`.
///
/// Built by ``WhatIf/explanation(of:maxChangeSolves:progress:)`` in three
/// layers, each exact: the hard filters per group and per site (which hold
/// whatever anyone else does); for the groups the filters leave open, what
/// placing the household there would cost the others; and the smallest
/// loosening of the household's own wishes that places it without
/// displacing anyone. Households are named by id, with at most a care type.
public struct SeekerExplanation: Sendable, Equatable, Codable {
    /// The household explained.
    public var seeker: SeekerID
    /// Its care type, if any; hours and other health details are left out on purpose.
    public var careType: CareType?
    /// The status of the scenario's own solve, which everything is measured against.
    public var status: MatchStatus
    /// Where the household is placed in the scenario's match, or `nil` when it is not.
    public var placement: Placement?
    /// The solve's reason for leaving the household out (the `unassigned` reason of MODEL.md).
    public var reason: String?
    /// Every group of the scenario, in scenario order, with what the hard filters say.
    public var groups: [GroupCheck]
    /// For a household left out: the search for a change to its own wishes that places it.
    public var changeSearch: ChangeSearch?
    /// Whether every question was asked (false after a stop, or when the change
    /// search ran out of solves).
    public var complete: Bool
    /// ``reason`` as a catalogue sentence, to say it in any language; `nil` when read from a file.
    public var reasonSentence: Sentence?

    private enum CodingKeys: String, CodingKey {
        case seeker, careType, status, placement, reason, groups, changeSearch, complete
    }

    /// The reason for leaving the household out, in `language`.
    public func reason(in language: Language) -> String? {
        reasonSentence?.text(in: language) ?? reason
    }

    /// Where a placed household lives and how well that group fits it.
    public struct Placement: Sendable, Equatable, Codable {
        public var group: GroupID
        public var site: SiteID
        public var fit: GroupFit
    }

    /// One group seen from the household.
    public struct GroupCheck: Sendable, Equatable, Codable {
        public var group: GroupID
        /// Whether the hard filters let the household join (the competition may still keep it out).
        public var open: Bool
        /// Whether the household is a member in the scenario's match.
        public var current: Bool
        /// Every filter that keeps the household out of the group as a whole; empty when open.
        public var ruledOutBy: [HardFilterReason]
        /// The group's possible sites (those it could take with its founders), each with
        /// what keeps the household from living there; empty for a group that cannot form.
        public var sites: [SiteCheck]
        /// How well the group would fit the household.
        public var fit: GroupFit
        /// For an open group of a household left out: what placing it there would cost.
        public var cost: PlacementCost?
    }

    /// One possible site of a group, seen from the household.
    public struct SiteCheck: Sendable, Equatable, Codable {
        public var site: SiteID
        public var municipality: Municipality
        public var rent: Double
        /// Every filter that keeps the household from living there; empty when it suits them.
        public var ruledOutBy: [HardFilterReason]
    }

    /// The search over loosenings of the household's own wishes.
    public struct ChangeSearch: Sendable, Equatable, Codable {
        /// Each change (or pair of changes) tried by solving again, in the order tried:
        /// smallest first within each kind, single changes before pairs.
        public var tried: [WishChangeTrial]
        /// Changes (single or paired) left untried because the hard filters show they open no new group or
        /// site to the household, so they cannot place it.
        public var screenedOut: Int
        /// Whether the search ran to its end (not stopped and within its number of solves).
        public var complete: Bool

        /// The changes that place the household without displacing anyone, smallest first.
        public var working: [WishChangeTrial] { tried.filter { $0.verdict == .works } }
    }
}

/// One change to a household's wishes (or two together), tried with a re-solve
/// that must house the household and everyone the scenario's match houses.
public struct WishChangeTrial: Sendable, Equatable, Codable {
    public enum Verdict: String, Sendable, Equatable, Codable {
        /// Some match houses the household and everyone housed before.
        case works
        /// No match does: proven.
        case doesNotWork
        /// The solve stopped before it could tell (time limit).
        case undecided
    }

    /// One change, or two for a pair.
    public var changes: [WishChange]
    public var verdict: Verdict
    /// The group the household would join, when the change works.
    public var group: GroupID?
    public var seconds: Double

    /// "with a rent limit of 850", "if Zeist were acceptable and with a rent limit of 900".
    public var description: String { sentence.text(in: .en) }

    /// The changes as one sentence: "met een huurgrens van € 900 en als Zeist ook goed is".
    public var sentence: Sentence {
        changes.dropFirst().reduce(changes.first?.sentence ?? Sentence(value: "")) { joined, next in
            Sentence(AnalysisWords.changesAnd, .sentence(joined), .sentence(next.sentence))
        }
    }
}
