import HousingMatch
import LinearProgramming
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
        try expectColdOptimum(of: changed, startingFrom: before.match)
    }

    @Test("after a site is added, starting from the earlier match (still a match) gives the optimum of a cold solve",
          arguments: 0..<30)
    func sameOptimumAfterASiteIsAdded(seed: Int) throws {
        let scenario = RandomScenarios.small(seed: UInt64(60_000 + seed), seekers: 8...16, groups: 2...3, sites: 2...4)
        let before = try MatchEngine().solve(scenario)
        guard before.status == .optimal, let first = scenario.sites.first else { return }

        var changed = scenario
        var copy = first
        copy.id = "s-added"
        changed.sites.append(copy)
        #expect(MatchChecker(scenario: changed).violations(of: before.match) == [])
        try expectColdOptimum(of: changed, startingFrom: before.match)
    }

    @Test("an earlier match that still meets every rule is the first match: a re-solve whose searches find nothing keeps it")
    func earlierMatchIsTheFirstMatch() throws {
        let scenario = StatusTests.hard
        let earlier = try MatchEngine(options: MatchOptions(timeLimit: 3, threads: 1)).solve(scenario)
        try #require(earlier.hasMatch)
        let fruitless = MatchEngine(backend: FruitlessSearch(), options: MatchOptions(threads: 1))

        // Without it, nothing the backend finds is a match.
        #expect(try !fruitless.solve(scenario).hasMatch)

        var options = fruitless.options
        options.startingMatch = earlier.match
        let started = try MatchEngine(backend: FruitlessSearch(), options: options).solve(scenario)
        #expect(started.hasMatch)
        #expect(started.objective?.housed == earlier.objective?.housed)
        #expect(MatchChecker(scenario: scenario).violations(of: started.match) == [])
    }

    /// Solves `changed` cold and from `earlier`: the same status and optimum, and a match that meets every rule.
    private func expectColdOptimum(of changed: Scenario, startingFrom earlier: Match) throws {
        let cold = try MatchEngine().solve(changed)
        let warm = try MatchEngine(options: MatchOptions(startingMatch: earlier)).solve(changed)
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

/// GLPK for linear programmes; every mixed-integer search ends at once
/// without a solution, as one out of time would.
private struct FruitlessSearch: SolverBackend {
    private let glpk = MatchEngine.defaultBackend
    var name: String { "GLPK without integer solutions" }
    var searchNeedsGuidance: Bool { glpk.searchNeedsGuidance }

    func solve(_ model: LinearModel, parameters: SolverParameters) throws(SolverError) -> SolverResult {
        guard model.isMixedInteger else { return try glpk.solve(model, parameters: parameters) }
        return SolverResult(termination: .timeLimit, values: [], objectiveValue: nil, bestBound: nil, solveSeconds: 0)
    }
}
