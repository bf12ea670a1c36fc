import HousingMatch
import Testing

/// Random scenarios solved and re-checked by the independent checker.
@Suite("Random scenarios")
struct PropertyTests {
    @Test("every match satisfies every rule, and its objective is what the checker computes",
          arguments: 0..<200)
    func solutionsPassTheChecker(seed: Int) throws {
        let scenario = RandomScenarios.small(seed: UInt64(seed))
        let result = try MatchEngine().solve(scenario)
        #expect(result.status != .noSolution)
        guard result.hasMatch else { return }
        #expect(result.status == .optimal)
        let checker = MatchChecker(scenario: scenario)
        #expect(checker.violations(of: result.match) == [])
        let objective = checker.objective(of: result.match)
        let reported = try #require(result.objective)
        #expect(abs(objective.housed - reported.housed) < 1e-6)
        #expect(abs(objective.preference - reported.preference) < 1e-6)
        // Every seeker is either housed or listed with a reason, never both.
        let housed = Set(result.match.groups.flatMap(\.members))
        #expect(housed.count + result.unassigned.count == scenario.seekers.count)
        #expect(result.unassigned.allSatisfy { !housed.contains($0.seeker) && !$0.reason.isEmpty })
    }

    @Test("the optimum equals that of trying every match", arguments: 0..<60)
    func optimumMatchesBruteForce(seed: Int) throws {
        let scenario = RandomScenarios.small(seed: UInt64(10_000 + seed), seekers: 3...6, groups: 1...2,
                                             sites: 1...3, providers: 0...2)
        let result = try MatchEngine().solve(scenario)
        let expected = BruteForce(scenario).optimum()
        if let expected {
            #expect(result.status == .optimal)
            let objective = try #require(result.objective)
            #expect(abs(objective.housed - expected.housed) < 1e-6)
            #expect(abs(objective.preference - expected.preference) < 1e-6)
        } else {
            #expect(result.status == .infeasible)
        }
    }

    @Test("the generator gives the same scenario for the same seed, and another for another")
    func generatorIsDeterministic() {
        let size = ScenarioGenerator.Size(seekers: 120, groups: 8, sites: 10, providers: 3)
        #expect(ScenarioGenerator(size: size, seed: 5).generate() == ScenarioGenerator(size: size, seed: 5).generate())
        #expect(ScenarioGenerator(size: size, seed: 5).generate() != ScenarioGenerator(size: size, seed: 6).generate())
        #expect(ScenarioGenerator(size: size, seed: 5).generate().validationIssues() == [])
    }
}
