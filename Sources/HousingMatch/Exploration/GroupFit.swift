import Wording

/// How well a household fits a group, by MODEL.md's second objective: the
/// group's place in the household's preferences and the values they share.
public struct GroupFit: Sendable, Equatable, Codable {
    /// The group's 1-based position in the household's `preferences`, or `nil` when not listed.
    public var preferencePosition: Int?
    /// How many groups the household lists in `preferences`.
    public var preferenceCount: Int
    /// rank(p, g) of MODEL.md: (L − r + 1) / L, or 0 when not listed.
    public var rank: Double
    /// The group's values that are also among the household's tags, sorted.
    public var sharedValues: [String]
    /// overlap(p, g) of MODEL.md: shared values over the group's values, or 0 without values.
    public var overlap: Double
    /// The household's term in the second objective: weights.preference × rank + weights.values × overlap.
    public var score: Double

    init(seeker p: Int, group g: Int, in scenario: Scenario) {
        let fit = FitScore(scenario: scenario)
        let seeker = scenario.seekers[p]
        let group = scenario.groups[g]
        preferencePosition = seeker.preferences.firstIndex(of: group.id).map { $0 + 1 }
        preferenceCount = seeker.preferences.count
        rank = fit.rank(seeker: p, group: g)
        sharedValues = Set(group.values).intersection(seeker.tags).sorted()
        overlap = fit.overlap(seeker: p, group: g)
        score = fit.score(seeker: p, group: g)
    }
}

extension GroupFit: CustomStringConvertible {
    /// "choice 1 of 2, shares green (fit 1.25)" or "not among their choices, no shared values (fit 0)".
    public var description: String { sentence.text(in: .en) }

    /// The fit as a catalogue sentence: "keuze 1 van 2, deelt green (passing 1,25)".
    public var sentence: Sentence {
        typealias W = ExplorationWords
        let choice = preferencePosition.map { Sentence(W.fitChoice, ExplorationNames.count($0), ExplorationNames.count(preferenceCount)) }
            ?? Sentence(W.fitNotChosen)
        let shared = sharedValues.isEmpty ? Sentence(W.fitSharesNothing)
            : Sentence(W.fitShares, .and(sharedValues.map { .plain($0) }))
        return Sentence(W.fit, .sentence(choice), .sentence(shared), ExplorationNames.amount(score))
    }

    /// The fit in `language`.
    public func text(in language: Language) -> String { sentence.text(in: language) }
}
