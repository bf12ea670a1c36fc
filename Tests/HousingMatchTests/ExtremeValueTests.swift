import HousingMatch
import ScenarioIO
import Testing

/// Values at the edges of MODEL.md's ranges (v1.1): answers known by hand,
/// each checked for optimality, against the hand optimum and by the
/// independent checker. The engine itself throws ``InconsistentSolutionError``
/// when the checker rejects its match, so each solve also shows that it never does.
@Suite("Values at the edges of the ranges")
struct ExtremeValueTests {
    /// Solves, and expects an optimal answer of the given value that the checker accepts with the same objective.
    @discardableResult
    private func expectOptimal(_ scenario: Scenario, housed: Double, preference: Double,
                               sourceLocation: SourceLocation = #_sourceLocation) throws -> MatchResult {
        let result = try MatchEngine().solve(scenario)
        #expect(result.status == .optimal, "\(result.statistics)", sourceLocation: sourceLocation)
        let objective = try #require(result.objective, sourceLocation: sourceLocation)
        #expect(close(objective.housed, housed), "housed \(objective.housed), by hand \(housed)",
                sourceLocation: sourceLocation)
        #expect(close(objective.preference, preference), "fit \(objective.preference), by hand \(preference)",
                sourceLocation: sourceLocation)
        let checker = MatchChecker(scenario: scenario)
        #expect(checker.violations(of: result.match).isEmpty, sourceLocation: sourceLocation)
        let checked = checker.objective(of: result.match)
        #expect(close(checked.housed, objective.housed) && close(checked.preference, objective.preference),
                "checker says \(checked)", sourceLocation: sourceLocation)
        return result
    }

    private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-6 * max(1, abs(b)) }

    // MARK: priorities

    @Test("priorities 1,000, 1, 0.001 and 0 mixed: stage 2 never gives up the 0.001")
    func mixedPriorities() throws {
        // Three places: g1 two, g2 one. b (0.001) can only live in g2; a (1,000)
        // would fit g2 best (weight 1,000). Housing a, d and b (1,001.001) beats
        // a in g2 with d and c (1,001): stage 2 must keep b, and a goes to g1 with fit 0.
        let scenario = Scenario(
            weights: ObjectiveWeights(preference: 1_000, values: 0),
            seekers: [Build.seeker("a", preferences: ["g2"], priority: 1_000),
                      Build.seeker("b", excludes: ["g1"], priority: 0.001),
                      Build.seeker("c", priority: 0),
                      Build.seeker("d", priority: 1)],
            groups: [Build.group("g1", max: 2), Build.group("g2", max: 1)],
            sites: [Build.site("s1"), Build.site("s2")])
        let result = try expectOptimal(scenario, housed: 1_001.001, preference: 0)
        #expect(result.members(of: "g2") == ["b"])
        #expect(result.members(of: "g1") == ["a", "d"])
    }

    @Test("many households at priority 1,000 and one at 0.001: the 0.001 is still kept", arguments: [300, 10_000])
    func manyAtTopPriority(count: Int) throws {
        // `count` households at 1,000 fill g0; the rest is the case above. At
        // 10,000 (housed 1e7, g0 and its site at the top of their ranges) a
        // relative 1e-6 is 10: the grid of 0.001 must decide.
        let many = (0..<count).map { Build.seeker("m\($0)", excludes: ["g1", "g2"], priority: 1_000) }
        let scenario = Scenario(
            weights: ObjectiveWeights(preference: 1_000, values: 1_000),
            seekers: many + [Build.seeker("a", preferences: ["g2"], priority: 1_000),
                             Build.seeker("b", excludes: ["g0", "g1"], priority: 0.001),
                             Build.seeker("c", excludes: ["g0"], priority: 0),
                             Build.seeker("d", excludes: ["g0"], priority: 1)],
            groups: [Build.group("g0", max: count), Build.group("g1", max: 2), Build.group("g2", max: 1)],
            sites: [Build.site("s0", units: count), Build.site("s1"), Build.site("s2")])
        // a joins g1 (no preference for it, no values): fit 0 for everyone.
        let result = try expectOptimal(scenario, housed: Double(count) * 1_000 + 1_001.001, preference: 0)
        #expect(result.members(of: "g2") == ["b"])
    }

    @Test("a priority next to nothing (1e-15, 5e-324) beside priorities of 1: both stages proven",
          arguments: [1e-15, 1e-19, 5e-324])
    func priorityNextToNothing(priority: Double) throws {
        // The example houses 39.5 with h01 (priority 1) among them; at a priority of
        // next to nothing, h01 no longer counts and 38.5 is the best, with the same fit.
        var scenario = try ScenarioLoader.load(
            path: ExampleScenarioTests.folder.appendingPathComponent("utrecht-oost.yaml").path)
        let h01 = try #require(scenario.seekers.firstIndex { $0.id == "h01" })
        scenario.seekers[h01].priority = priority
        try expectOptimal(scenario, housed: 38.5, preference: 13.916666666666668)
    }

    @Test("one household at priority 1,000 against a thousand at 1")
    func oneAgainstAThousand() throws {
        // 1,000 places, 1,001 households: housing the 1,000 leaves one at 1 out
        // (1,999); leaving the 1,000 out gives 1,000. The priority-1 households
        // share g1's one value (overlap 1, weight 1,000); h0 shares none.
        let ones = (0..<1_000).map { Build.seeker("p\($0)", tags: ["green"]) }
        let scenario = Scenario(
            weights: ObjectiveWeights(preference: 0, values: 1_000),
            seekers: [Build.seeker("h0", priority: 1_000)] + ones,
            groups: [Build.group("g1", max: 1_000, values: ["green"])],
            sites: [Build.site("s1", units: 1_000)])
        let result = try expectOptimal(scenario, housed: 1_999, preference: 999 * 1_000)
        #expect(result.members(of: "g1")?.contains("h0") == true)
    }

    // MARK: weights

    @Test("weights 1,000 with fractional ranks and overlaps", arguments: [(1_000.0, 1_000.0), (0.0, 1_000.0), (1_000.0, 0.0), (0.0, 0.0)])
    func extremeWeights(preference: Double, values: Double) throws {
        // a ranks [g1, g2, g3] (1, 2/3, 1/3); b ranks [g3, g1] (1, 1/2). g1
        // values {x, y, z}, g2 {x}, g3 none; a's tags {x}, b's {x, y}. One place each.
        let scenario = Scenario(
            weights: ObjectiveWeights(preference: preference, values: values),
            seekers: [Build.seeker("a", preferences: ["g1", "g2", "g3"], tags: ["x"]),
                      Build.seeker("b", preferences: ["g3", "g1"], tags: ["x", "y"])],
            groups: [Build.group("g1", max: 1, values: ["x", "y", "z"]), Build.group("g2", max: 1, values: ["x"]),
                     Build.group("g3", max: 1)],
            sites: [Build.site("s1"), Build.site("s2"), Build.site("s3")])
        // fit(seeker, group) = preference * rank + values * overlap
        func fit(_ rank: Double, _ overlap: Double) -> Double { preference * rank + values * overlap }
        let a = ["g1": fit(1, 1.0 / 3), "g2": fit(2.0 / 3, 1), "g3": fit(1.0 / 3, 0)]
        let b = ["g1": fit(0.5, 2.0 / 3), "g2": fit(0, 1), "g3": fit(1, 0)]
        let best = a.flatMap { ga, fa in b.filter { $0.key != ga }.map { fa + $0.value } }.max()!
        try expectOptimal(scenario, housed: 2, preference: best)
    }

    // MARK: the other ranges

    @Test("care and support hours at 168 with support ratio 168: the row binds at exactly 168 supporters",
          arguments: [168, 167])
    func supportAtTheTop(supporters: Int) throws {
        // One member with 168 care hours needs 168 x 168 = 28,224 support hours:
        // exactly 168 members giving 168 each.
        let helpers = (0..<supporters).map { Build.seeker("s\($0)", support: 168) }
        let scenario = Scenario(
            seekers: [Build.seeker("c", care: "VG", hours: 168)] + helpers,
            groups: [Build.group("g1", max: 10_000, supportRatio: 168)],
            sites: [Build.site("s1", units: 10_000)],
            providers: [Build.provider("p1", types: ["VG"], capacity: 10_000, minClients: 1, maxClients: 10_000)])
        let housed = Double(supporters) + (supporters == 168 ? 1 : 0)
        let result = try expectOptimal(scenario, housed: housed, preference: 0)
        #expect((result.members(of: "g1")?.contains("c") ?? false) == (supporters == 168))
    }

    @Test("sizes, units, capacities and generations at 10,000")
    func countsAtTheTop() throws {
        // g1 needs 10,000 generations: never forms. g2 takes anyone (sizes up
        // to 10,000, on 10,000 units); the provider serves up to 10,000 but at
        // least 10,000 per site, so the care seeker is never served: 3 housed.
        let scenario = Scenario(
            seekers: [Build.seeker("a", preferences: ["g1"]), Build.seeker("b", ["senior"]), Build.seeker("c"),
                      Build.seeker("k", care: "VG", hours: 168)],
            groups: [Build.group("g1", min: 1, max: 10_000, minGenerations: 10_000),
                     Build.group("g2", min: 3, max: 10_000)],
            sites: [Build.site("s1", units: 10_000, accessible: 10_000), Build.site("s2", units: 10_000)],
            providers: [Build.provider("p1", types: ["VG"], capacity: 10_000, minClients: 10_000, maxClients: 10_000)])
        let result = try expectOptimal(scenario, housed: 3, preference: 0)
        #expect(result.members(of: "g1") == nil)
        #expect(result.members(of: "g2") == ["a", "b", "c"])
    }

    @Test("ids of 64 four-byte characters solve: programme names of over 255 bytes never reach GLPK")
    func longestIds() throws {
        // A column is named join[seeker,group]: here 2 + 2 × 256 bytes and more.
        let seeker = String(repeating: "🏠", count: 64), other = String(repeating: "𝔥", count: 64)
        let group = String(repeating: "👪", count: 64), generation = String(repeating: "🧓", count: 200)
        let scenario = Scenario(
            seekers: [Build.seeker(seeker, [generation], preferences: [group]), Build.seeker(other)],
            groups: [Build.group(group, min: 2, max: 2, founders: [seeker], minGenerations: 2)],
            sites: [Build.site(String(repeating: "🏢", count: 64))])
        #expect(scenario.validationIssues().isEmpty)
        let result = try expectOptimal(scenario, housed: 2, preference: 1)
        #expect(Set(result.members(of: group) ?? []) == [seeker, other])
    }

    @Test("generations, sizes and clients at the boundary where they bind", arguments: [true, false])
    func countsAtTheBoundary(reachable: Bool) throws {
        // g1 needs 3 generations and at least 3 members; the provider serves
        // at least 2 clients per site. With both care seekers (and a third
        // generation) everyone is housed; without the third generation nobody.
        let generations = reachable ? ["adult", "senior", "child"] : ["adult", "senior", "senior"]
        let scenario = Scenario(
            seekers: [Build.seeker("a", [generations[0]], care: "VG"), Build.seeker("b", [generations[1]], care: "VG"),
                      Build.seeker("c", [generations[2]])],
            groups: [Build.group("g1", min: 3, max: 3, minGenerations: 3)],
            sites: [Build.site("s1", units: 3)],
            providers: [Build.provider("p1", types: ["VG"], capacity: 2, minClients: 2, maxClients: 2)])
        try expectOptimal(scenario, housed: reachable ? 3 : 0, preference: 0)
    }
}

@Suite("Time limit values")
struct TimeLimitValueTests {
    static let tiny = Scenario(
        seekers: [Build.seeker("a"), Build.seeker("b", preferences: ["g1"])],
        groups: [Build.group("g1", max: 2)],
        sites: [Build.site("s1")])

    @Test("no time limit value traps; those meaning no limit give the optimum",
          arguments: [Double.infinity, 1e19, Double.greatestFiniteMagnitude, Double.nan, -Double.infinity,
                      -1, -0.0, 0, 1e-300])
    func timeLimit(_ limit: Double) throws {
        let result = try MatchEngine(options: MatchOptions(timeLimit: limit)).solve(Self.tiny)
        if limit.isNaN || limit == .infinity || limit > MatchOptions.longestTimeLimit {
            #expect(result.status == .optimal)
            #expect(result.objective?.housed == 2)
        }
        if result.hasMatch {
            #expect(MatchChecker(scenario: Self.tiny).violations(of: result.match).isEmpty)
        }
    }
}
