/// The second objective's coefficient of one seeker joining one group (MODEL.md, "best").
struct FitScore: Sendable {
    let scenario: Scenario

    /// weights.preference × rank(p, g) + weights.values × overlap(p, g).
    func score(seeker p: Int, group g: Int) -> Double {
        let seeker = scenario.seekers[p]
        let group = scenario.groups[g]
        var rank = 0.0
        if let position = seeker.preferences.firstIndex(of: group.id) {
            let length = Double(seeker.preferences.count)
            rank = (length - Double(position)) / length  // (L − r + 1)/L with r = position + 1
        }
        var overlap = 0.0
        let values = Set(group.values)
        if !values.isEmpty {
            overlap = Double(values.intersection(seeker.tags).count) / Double(values.count)
        }
        return scenario.weights.preference * rank + scenario.weights.values * overlap
    }
}
