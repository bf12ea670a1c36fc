/// What happened when one rule of a conflict was changed on its own, on the
/// scenario as it is (every other rule, the other members of the conflict
/// included, left as they are): "s5's rent at 950: a match exists; g5 forms
/// with 7 households, 23 housed in all", or "c3 at a minimum of 0 clients per
/// site: still no match".
///
/// Every word of it comes from a solve of exactly the changed scenario, which
/// ``modify`` writes as a variant file's `modify` section, so that anyone can
/// solve it again.
public struct ConflictTrial: Sendable, Equatable, Hashable, Codable {
    /// A change that was solved, and what the solve said.
    public struct Attempt: Sendable, Equatable, Hashable, Codable {
        /// The change in words, to follow "with": "s5's rent at 950", "g5 not required to form".
        public var change: String
        /// The change as a variant file's `modify` section.
        public var modify: ScenarioModification
        /// The status the engine gave the changed scenario.
        public var status: MatchStatus

        public init(change: String, modify: ScenarioModification, status: MatchStatus) {
            self.change = change
            self.modify = modify
            self.status = status
        }
    }

    /// The change tried: for a number, the smallest change among the values that
    /// matter (the rents, sizes and shares in the scenario) that gave a match, or
    /// the rule loosened all the way when none did; otherwise the rule let go.
    public var change: String
    /// ``change`` as a variant file's `modify` section.
    public var modify: ScenarioModification
    /// What the engine said about the changed scenario.
    public var status: MatchStatus
    /// Households housed in the engine's match of the changed scenario; `nil` without a match.
    public var housed: Int?
    /// The result in words: "a match exists; g5 forms with 7 households, 23 housed in all", "still no match".
    public var outcome: String
    /// The next smaller change of the same kind, which gave no match (status
    /// `infeasible`): with ``change``, it shows where the line lies. `nil` when
    /// ``change`` was the smallest tried or gave no match itself.
    public var smallerChange: Attempt?

    public init(change: String, modify: ScenarioModification, status: MatchStatus, housed: Int?,
                outcome: String, smallerChange: Attempt? = nil) {
        self.change = change
        self.modify = modify
        self.status = status
        self.housed = housed
        self.outcome = outcome
        self.smallerChange = smallerChange
    }

    /// Whether the changed scenario has a match.
    public var givesMatch: Bool { status == .optimal || status == .feasible }
}
