import Wording

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
        /// ``change`` as a catalogue sentence, to say it in any language; `nil` when read from a file.
        public var changeSentence: Sentence?

        public init(change: String, modify: ScenarioModification, status: MatchStatus) {
            self.change = change
            self.modify = modify
            self.status = status
        }

        /// A change worded from the catalogue; its English is ``change``.
        public init(sentence: Sentence, modify: ScenarioModification, status: MatchStatus) {
            self.init(change: sentence.text(in: .en), modify: modify, status: status)
            changeSentence = sentence
        }

        /// The change in `language`, to follow "with" ("met").
        public func changeText(in language: Language) -> String {
            changeSentence?.text(in: language) ?? change
        }

        private enum CodingKeys: String, CodingKey { case change, modify, status }

        public static func == (left: Attempt, right: Attempt) -> Bool {
            left.change == right.change && left.modify == right.modify && left.status == right.status
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(change)
            hasher.combine(modify)
            hasher.combine(status)
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

    /// ``change`` as a catalogue sentence, to say it in any language; `nil` when read from a file.
    public var changeSentence: Sentence?
    /// ``outcome`` as a catalogue sentence; `nil` when read from a file.
    public var outcomeSentence: Sentence?

    public init(change: String, modify: ScenarioModification, status: MatchStatus, housed: Int?,
                outcome: String, smallerChange: Attempt? = nil) {
        self.change = change
        self.modify = modify
        self.status = status
        self.housed = housed
        self.outcome = outcome
        self.smallerChange = smallerChange
    }

    /// A trial worded from the catalogue; its English is ``change`` and ``outcome``.
    public init(sentence: Sentence, modify: ScenarioModification, status: MatchStatus, housed: Int?,
                outcome: Sentence, smallerChange: Attempt? = nil) {
        self.init(change: sentence.text(in: .en), modify: modify, status: status, housed: housed,
                  outcome: outcome.text(in: .en), smallerChange: smallerChange)
        changeSentence = sentence
        outcomeSentence = outcome
    }

    /// The change in `language`, to follow "with" ("met"): "een huur van € 950 op s5".
    public func changeText(in language: Language) -> String {
        changeSentence?.text(in: language) ?? change
    }

    /// The result in `language`: "er is een match; g5 ontstaat met 7 huishoudens, 23 met een plek in totaal".
    public func outcomeText(in language: Language) -> String {
        outcomeSentence?.text(in: language) ?? outcome
    }

    private enum CodingKeys: String, CodingKey { case change, modify, status, housed, outcome, smallerChange }

    public static func == (left: ConflictTrial, right: ConflictTrial) -> Bool {
        left.change == right.change && left.modify == right.modify && left.status == right.status
            && left.housed == right.housed && left.outcome == right.outcome && left.smallerChange == right.smallerChange
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(change)
        hasher.combine(modify)
        hasher.combine(status)
        hasher.combine(housed)
        hasher.combine(outcome)
        hasher.combine(smallerChange)
    }

    /// Whether the changed scenario has a match.
    public var givesMatch: Bool { status == .optimal || status == .feasible }
}
