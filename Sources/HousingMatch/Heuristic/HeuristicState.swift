/// The heuristic's current match, by group position: each group's entry
/// when it forms, `nil` when it does not.
///
/// Neighbourhoods replace the entries of the groups they free; everything
/// else a neighbourhood needs (who is housed, which sites are taken, how
/// much of each provider is used) is read from the entries of the rest.
struct HeuristicState: Sendable {
    let scenario: Scenario
    let positions: ScenarioPositions
    private(set) var formed: [FormedGroup?]

    init(scenario: Scenario, positions: ScenarioPositions) {
        self.scenario = scenario
        self.positions = positions
        self.formed = Array(repeating: nil, count: scenario.groups.count)
    }

    /// The match, groups in scenario order.
    var match: Match { Match(groups: formed.compactMap { $0 }) }

    /// Replaces the entries of `groups` by the groups `match` forms among them.
    mutating func replace(_ groups: [Int], with match: Match) {
        for g in groups { formed[g] = nil }
        for entry in match.groups {
            guard let g = positions.groups[entry.id], groups.contains(g) else { continue }
            formed[g] = entry
        }
    }

    /// Households housed by priority, and the fit, of the members of `groups`.
    func value(of groups: [Int], fit: FitScore) -> (housed: Double, fit: Double) {
        var housed = 0.0, fitValue = 0.0
        for g in groups {
            for member in formed[g]?.members ?? [] {
                guard let p = positions.seekers[member] else { continue }
                housed += scenario.seekers[p].priority
                fitValue += fit.score(seeker: p, group: g)
            }
        }
        return (housed, fitValue)
    }
}
