/// The second objective's coefficient of one seeker joining one group (MODEL.md, "best").
struct FitScore: Sendable {
    let scenario: Scenario

    /// weights.preference × rank(p, g) + weights.values × overlap(p, g).
    func score(seeker p: Int, group g: Int) -> Double {
        scenario.weights.preference * rank(seeker: p, group: g) + scenario.weights.values * overlap(seeker: p, group: g)
    }

    /// (L − r + 1) / L when g is at 1-based position r of the seeker's L preferences, else 0.
    func rank(seeker p: Int, group g: Int) -> Double {
        let seeker = scenario.seekers[p]
        guard let position = seeker.preferences.firstIndex(of: scenario.groups[g].id) else { return 0 }
        let length = Double(seeker.preferences.count)
        return (length - Double(position)) / length  // (L − r + 1)/L with r = position + 1
    }

    /// |tags of p ∩ values of g| / |values of g|, as sets; 0 when g has no values.
    func overlap(seeker p: Int, group g: Int) -> Double {
        let values = Set(scenario.groups[g].values)
        guard !values.isEmpty else { return 0 }
        return Double(values.intersection(scenario.seekers[p].tags).count) / Double(values.count)
    }
}
