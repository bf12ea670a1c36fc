@testable import HousingMatch
import Testing

/// `MatchFormulation.values(of:)` turns a match back into the programme's
/// point, so that an earlier match can start a re-solve. It must agree with
/// the independent checker on which matches meet every rule.
@Suite("A match as the programme's point")
struct MatchPointTests {
    @Test("a solved match turns into a point of the programme that decodes to the same match, with the same objective",
          arguments: 0..<40)
    func roundTrip(seed: Int) throws {
        let scenario = RandomScenarios.small(seed: UInt64(70_000 + seed))
        let result = try MatchEngine().solve(scenario)
        guard result.hasMatch else { return }
        let formulation = MatchFormulation(scenario: scenario)
        let values = try #require(formulation.values(of: result.match))
        #expect(formulation.decode(values) == result.match)
        let objective = formulation.objective(at: values)
        let reported = try #require(result.objective)
        #expect(abs(objective.housed - reported.housed) < 1e-6)
        #expect(abs(objective.preference - reported.preference) < 1e-6)
    }

    @Test("a match gives a point exactly when the checker finds it meets every rule")
    func agreesWithTheChecker() throws {
        var meeting = 0, breaking = 0
        for seed in 0..<40 {
            let scenario = RandomScenarios.small(seed: UInt64(71_000 + seed))
            let result = try MatchEngine().solve(scenario)
            guard result.hasMatch else { continue }
            let formulation = MatchFormulation(scenario: scenario)
            let checker = MatchChecker(scenario: scenario)
            // The match itself; and each formed group in turn left out, losing
            // a member, or gaining every household not housed.
            let housed = Set(result.match.groups.flatMap(\.members))
            let unhoused = scenario.seekers.map(\.id).filter { !housed.contains($0) }
            var changed = [result.match]
            for index in result.match.groups.indices {
                var without = result.match
                without.groups.remove(at: index)
                changed.append(without)
                var fewer = result.match
                fewer.groups[index].members.removeFirst()
                changed.append(fewer)
                var more = result.match
                more.groups[index].members += unhoused
                changed.append(more)
            }
            for match in changed {
                let meetsRules = checker.violations(of: match).isEmpty
                if meetsRules { meeting += 1 } else { breaking += 1 }
                #expect((formulation.values(of: match) != nil) == meetsRules, "seed \(seed): \(match)")
            }
        }
        // Both answers were asked for, or the agreement says little.
        #expect(meeting > 0)
        #expect(breaking > 0)
    }

    @Test("a group at a site the scenario does not have gives no point")
    func unknownSite() throws {
        let solved = try (0..<20).lazy.map { RandomScenarios.small(seed: 70_000 + $0) }
            .map { ($0, try MatchEngine().solve($0)) }.first { !$0.1.match.groups.isEmpty }
        let (scenario, result) = try #require(solved)
        var match = result.match
        match.groups[0].site = "no-such-site"
        #expect(MatchFormulation(scenario: scenario).values(of: match) == nil)
    }
}
