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
    public var description: String {
        let choice = preferencePosition.map { "choice \($0) of \(preferenceCount)" } ?? "not among their choices"
        let shared = sharedValues.isEmpty ? "no shared values" : "shares " + HardFilters.andList(sharedValues)
        return "\(choice), \(shared) (fit \(Self.number(score)))"
    }

    static func number(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
