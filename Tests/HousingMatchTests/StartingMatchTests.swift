import HousingMatch
import Testing

/// A match of an earlier version of a scenario speeds a re-solve up but never changes the answer.
@Suite("Starting from an earlier match")
struct StartingMatchTests {
    @Test("after a site is removed, starting from the earlier match gives the optimum of a cold solve",
          arguments: 0..<30)
    func sameOptimumAfterAChange(seed: Int) throws {
        let scenario = RandomScenarios.small(seed: UInt64(50_000 + seed), seekers: 8...16, groups: 2...3, sites: 2...4)
        let before = try MatchEngine().solve(scenario)
        guard before.status == .optimal, let used = before.match.groups.first?.site else { return }

        var changed = scenario
        changed.sites.removeAll { $0.id == used }
        let cold = try MatchEngine().solve(changed)
        let warm = try MatchEngine(options: MatchOptions(startingMatch: before.match)).solve(changed)
        #expect(warm.status == cold.status)
        #expect(warm.objective?.housed == cold.objective?.housed)
        if let a = warm.objective?.preference, let b = cold.objective?.preference { #expect(abs(a - b) < 1e-6) }
        #expect(MatchChecker(scenario: changed).violations(of: warm.match) == [])
    }

    @Test("starting from the optimum of the same scenario returns an optimum of equal value")
    func sameScenario() throws {
        let scenario = RandomScenarios.small(seed: 7, seekers: 12...12, groups: 3...3, sites: 3...3)
        let cold = try MatchEngine().solve(scenario)
        let warm = try MatchEngine(options: MatchOptions(startingMatch: cold.match)).solve(scenario)
        #expect(warm.status == cold.status)
        #expect(warm.objective == cold.objective)
    }
}
