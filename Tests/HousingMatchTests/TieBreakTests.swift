@testable import HousingMatch
import LinearProgramming
import Testing

/// Among equally good matches the engine returns the one its last step picks
/// (``MatchStage/tieBreak``): the same match for the same scenario, whatever
/// the solver, the starting match or the order of entries in the file.
@Suite("One match among equally good ones")
struct TieBreakTests {
    /// Four households alike in every way, two groups alike, two sites alike:
    /// dozens of matches house all four with the same fit.
    private var manyTies: Scenario {
        Scenario(
            name: "ties",
            seekers: ["h1", "h2", "h3", "h4"].map { Build.seeker($0) },
            groups: [Build.group("g1", max: 2), Build.group("g2", max: 2)],
            sites: [Build.site("s1", units: 2), Build.site("s2", units: 2)])
    }

    private func solve(_ scenario: Scenario, solver: MatchSolver = .glpk, startingMatch: Match? = nil) throws -> MatchResult {
        var options = MatchOptions(startingMatch: startingMatch)
        options.solver = solver
        return try MatchEngine(options: options).solve(scenario)
    }

    @Test("GLPK and CBC, and a start from another equally good match, give the same match")
    func sameMatchWhateverTheSolverOrStart() throws {
        let glpk = try solve(manyTies)
        #expect(glpk.status == .optimal)
        #expect(glpk.housedCount == 4)
        #expect(glpk.statistics.tieBreakSettled == true)
        let cbc = try solve(manyTies, solver: .cbc)
        #expect(cbc.match == glpk.match)
        // Every other arrangement of the same four: each is a match as good, and each start leads back.
        let arrangements: [Match] = [
            Match(groups: [FormedGroup(id: "g1", site: "s2", members: ["h1", "h2"]),
                           FormedGroup(id: "g2", site: "s1", members: ["h3", "h4"])]),
            Match(groups: [FormedGroup(id: "g1", site: "s1", members: ["h1", "h3"]),
                           FormedGroup(id: "g2", site: "s2", members: ["h2", "h4"])]),
            Match(groups: [FormedGroup(id: "g1", site: "s2", members: ["h2", "h4"]),
                           FormedGroup(id: "g2", site: "s1", members: ["h1", "h3"])]),
        ]
        for start in arrangements {
            #expect(MatchChecker(scenario: manyTies).violations(of: start).isEmpty)
            #expect(try solve(manyTies, startingMatch: start).match == glpk.match)
        }
    }

    @Test("the order of entries in the file does not change the match")
    func orderOfEntriesDoesNotMatter() throws {
        let first = try solve(manyTies)
        var reordered = manyTies
        reordered.seekers.reverse()
        reordered.groups.reverse()
        reordered.sites.reverse()
        let second = try solve(reordered)
        #expect(Self.normalised(second.match) == Self.normalised(first.match))
    }

    @Test("the match is the one first in the fixed order among every equally good match",
          arguments: 0..<40)
    func pickedMatchIsFirstInTheOrder(seed: Int) throws {
        let scenario = RandomScenarios.small(seed: UInt64(20_000 + seed), seekers: 3...6, groups: 1...2,
                                             sites: 1...3, providers: 0...2)
        let result = try solve(scenario)
        let best = EveryMatch(scenario).best()
        guard let best else {
            #expect(result.status == .infeasible)
            return
        }
        #expect(result.status == .optimal)
        #expect(result.statistics.tieBreakSettled == true)
        // Two matches with the same order value are a coincidence of weights: then either may come.
        if best.runnerUpOrder != best.order {
            #expect(Self.normalised(result.match) == Self.normalised(best.match))
        }
        #expect(Self.order(of: result.match) == best.order)
    }

    @Test("on CBC too, the same match as on GLPK", arguments: 0..<8)
    func cbcAgrees(seed: Int) throws {
        let scenario = RandomScenarios.small(seed: UInt64(20_000 + seed), seekers: 5...9, groups: 2...3,
                                             sites: 2...4, providers: 1...2)
        let glpk = try solve(scenario)
        let cbc = try solve(scenario, solver: .cbc)
        #expect(glpk.status == cbc.status)
        #expect(Self.normalised(glpk.match) == Self.normalised(cbc.match))
    }

    /// The rule, summed over a match's own groups (not over the programme's variables).
    static func order(of match: Match) -> Double {
        var order = 0.0
        for group in match.groups {
            order += TieBreakWeight.of("site", group.id.rawValue, group.site.rawValue)
            for member in group.members { order += TieBreakWeight.of("member", member.rawValue, group.id.rawValue) }
            for care in group.care {
                order += Double(care.clients)
                    * TieBreakWeight.of("care", care.provider.rawValue, group.id.rawValue, care.careType)
            }
        }
        return order
    }

    /// Groups by id, members and care sorted: the same match whatever order it lists them in.
    static func normalised(_ match: Match) -> Match {
        Match(groups: match.groups.map { group in
            FormedGroup(id: group.id, site: group.site, members: group.members.sorted(),
                        care: group.care.sorted { ($0.provider, $0.careType) < ($1.provider, $1.careType) })
        }.sorted { $0.id < $1.id })
    }
}

/// Every match of a tiny scenario, care arrangements included, judged by the
/// checker alone: the best by MODEL.md's two stages, and among those the
/// first in the tie-break order.
private struct EveryMatch {
    let scenario: Scenario
    let checker: MatchChecker

    init(_ scenario: Scenario) {
        self.scenario = scenario
        checker = MatchChecker(scenario: scenario)
    }

    struct Best {
        var match: Match
        var objective: MatchObjective
        var order: Double
        /// The second-highest order among the matches as good (equal to `order` on a tie), or `nil` for none.
        var runnerUpOrder: Double?
    }

    func best() -> Best? {
        var best: Best?
        var choice = [Int](repeating: scenario.groups.count, count: scenario.seekers.count)
        func visit(_ p: Int) {
            guard p < choice.count else { consider(choice, into: &best); return }
            for g in 0...scenario.groups.count {
                choice[p] = g
                visit(p + 1)
            }
        }
        visit(0)
        return best
    }

    private func consider(_ choice: [Int], into best: inout Best?) {
        let forming = scenario.groups.indices.filter { choice.contains($0) }
        for sites in BruteForce.injectiveMaps(count: forming.count, into: scenario.sites.count) {
            let groups = forming.enumerated().map { position, g in
                FormedGroup(id: scenario.groups[g].id, site: scenario.sites[sites[position]].id,
                            members: scenario.seekers.indices.filter { choice[$0] == g }.map { scenario.seekers[$0].id })
            }
            let plain = Match(groups: groups)
            guard checker.violations(of: plain).allSatisfy({ $0.rule == .care }) else { continue }
            for match in BruteForce.careArrangements(of: plain, in: scenario) where checker.violations(of: match).isEmpty {
                let objective = checker.objective(of: match)
                let order = TieBreakTests.order(of: match)
                guard let current = best else {
                    best = Best(match: match, objective: objective, order: order)
                    continue
                }
                let housed = objective.housed - current.objective.housed
                let fit = objective.preference - current.objective.preference
                if housed > 1e-9 || (abs(housed) <= 1e-9 && fit > 1e-9) {
                    best = Best(match: match, objective: objective, order: order)
                } else if abs(housed) <= 1e-9 && abs(fit) <= 1e-9 {
                    if order > current.order {
                        best = Best(match: match, objective: objective, order: order, runnerUpOrder: current.order)
                    } else if current.runnerUpOrder.map({ order > $0 }) ?? true {
                        best?.runnerUpOrder = order
                    }
                }
            }
        }
    }
}
