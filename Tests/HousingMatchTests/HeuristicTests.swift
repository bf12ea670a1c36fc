@testable import HousingMatch
import LinearProgramming
import Testing

/// The primal heuristic: every match it returns meets every rule (the
/// independent checker judges), it finds one whenever the scenario has any,
/// and under a time limit the engine answers with it when the solver alone
/// would find nothing. Its quality is measured (Benchmarks/README.md), not tested.
@Suite("Primal heuristic")
struct HeuristicTests {
    /// Runs the heuristic and checks its match, before and after improvement,
    /// with the independent checker.
    private func checkedRun(_ scenario: Scenario, timeLimit: Double = 0.3) throws -> PrimalHeuristic.Outcome? {
        let outcome = try PrimalHeuristic(timeLimit: timeLimit).run(scenario)
        if let outcome {
            #expect(!outcome.improvedMatchRejected, "the checker rejected an improved match")
            let checker = MatchChecker(scenario: scenario)
            #expect(checker.violations(of: outcome.match).isEmpty)
            #expect(abs(checker.objective(of: outcome.match).housed - outcome.objective.housed) < 1e-9)
            #expect(outcome.objective.housed >= outcome.firstObjective.housed - 1e-9)
        }
        return outcome
    }

    @Test("small generated scenarios: a match that meets every rule", arguments: 1...30)
    func smallTier(seed: UInt64) throws {
        let scenario = ScenarioGenerator(size: .init(seekers: 60, groups: 6, sites: 8, providers: 3), seed: seed)
            .generate()
        let outcome = try checkedRun(scenario)
        #expect(outcome != nil)
    }

    @Test("small care-heavy scenarios: a match that meets every rule", arguments: 1...20)
    func smallCareHeavy(seed: UInt64) throws {
        let scenario = ScenarioGenerator(size: .init(seekers: 60, groups: 6, sites: 8, providers: 3), seed: seed,
                                         family: .careHeavy).generate()
        #expect(try checkedRun(scenario) != nil)
    }

    @Test("interactive scenarios of both families: a match that meets every rule",
          arguments: [ScenarioGenerator.Family.spread, .careHeavy], [3] as [UInt64])
    func interactiveFamilies(family: ScenarioGenerator.Family, seed: UInt64) throws {
        let scenario = ScenarioGenerator(size: .init(seekers: 300, groups: 25, sites: 30, providers: 6), seed: seed,
                                         family: family).generate()
        let outcome = try #require(try checkedRun(scenario, timeLimit: 0.5))
        #expect(outcome.objective.housed > 0)
    }

    /// Groups held at their sites keep them: only who joins them changes.
    /// The heuristic's re-solve of all members relies on it.
    @Test("a neighbourhood holding groups at their sites keeps the sites", arguments: [1, 2, 3] as [UInt64])
    func heldSites(seed: UInt64) throws {
        let scenario = ScenarioGenerator(size: .init(seekers: 60, groups: 6, sites: 8, providers: 3), seed: seed,
                                         family: .careHeavy).generate()
        let eligibility = Eligibility(scenario)
        let positions = ScenarioPositions(scenario)
        let components = Eligibility.togetherComponents(scenario, seekerIndex: positions.seekers)
        let solver = NeighbourhoodSolver(backend: MatchEngine.defaultBackend, shouldStop: nil)
        var state = HeuristicState(scenario: scenario, positions: positions)
        let built = try ConstructiveStart(eligibility: eligibility, solver: solver, components: components)
            .build(into: &state, deadline: .now + .seconds(5))
        #expect(built)
        let formed = scenario.groups.indices.filter { state.formed[$0] != nil }
        try #require(!formed.isEmpty)
        let before = Dictionary(uniqueKeysWithValues: formed.map { (scenario.groups[$0].id, state.formed[$0]!.site) })
        let neighbourhood = Neighbourhood(freeing: [], holdingSitesOf: formed, from: state, eligibility: eligibility,
                                          components: components)
        #expect(neighbourhood.heldSites.count == formed.count)
        // Any match, not only a better one: the held groups must all form, each at its own site.
        let answer = try solver.solve(neighbourhood, goal: .housed(above: -1), timeLimit: 5)
        let match = try #require(answer.match)
        #expect(Dictionary(uniqueKeysWithValues: match.groups.map { ($0.id, $0.site) }) == before)
        state.replace(formed, with: match)
        #expect(MatchChecker(scenario: scenario).violations(of: state.match).isEmpty)
    }

    /// Random small scenarios with together pairs, founders, declines and
    /// groups that must form: the heuristic finds a match exactly when the
    /// engine does (its groups that must form are solved together, first).
    @Test("random small scenarios: a match exactly when one exists", arguments: 1...60)
    func randomSmall(seed: UInt64) throws {
        var scenario = RandomScenarios.small(seed: seed)
        if scenario.seekers.count >= 6 {
            // Households kept apart, and a decline, in every other scenario.
            scenario.seekers[0].apart.append(scenario.seekers[2].id)
            if seed % 2 == 0, !scenario.groups.isEmpty {
                scenario.groups[0].declines.append(scenario.seekers[4].id)
            }
        }
        let outcome = try checkedRun(scenario)
        let exact = try MatchEngine(options: MatchOptions(threads: 1)).solve(scenario)
        #expect((outcome != nil) == exact.hasMatch, "status \(exact.status)")
        if let outcome, let optimum = exact.objective {
            #expect(outcome.objective.housed <= optimum.housed + 1e-9)
        }
    }

    /// Interactive scenarios with many together pairs, apart pairs and declines added.
    @Test("interactive scenarios with together, apart and declines", arguments: [1, 2] as [UInt64])
    func interactiveWithRelations(seed: UInt64) throws {
        var scenario = ScenarioGenerator(size: .init(seekers: 300, groups: 25, sites: 30, providers: 6), seed: seed)
            .generate()
        var random = SeededRandomNumberGenerator(seed: seed)
        for _ in 0..<30 {
            let a = random.int(in: 0...scenario.seekers.count - 1), b = random.int(in: 0...scenario.seekers.count - 1)
            guard a != b, !scenario.seekers[b].apart.contains(scenario.seekers[a].id),
                  !scenario.seekers[a].apart.contains(scenario.seekers[b].id) else { continue }
            if random.chance(0.5) {
                scenario.seekers[a].together.append(scenario.seekers[b].id)
            } else {
                scenario.seekers[a].apart.append(scenario.seekers[b].id)
            }
        }
        for g in scenario.groups.indices where g % 3 == 0 {
            scenario.groups[g].declines.append(scenario.seekers[random.int(in: 0...scenario.seekers.count - 1)].id)
        }
        scenario.groups[0].founders = scenario.groups[0].founders.filter { !scenario.groups[0].declines.contains($0) }
        try scenario.validate()
        let outcome = try checkedRun(scenario, timeLimit: 1)
        #expect(outcome != nil)
        #expect((outcome?.objective.housed ?? 0) > 0)
    }

    @Test("a group that must form but cannot: no match")
    func mustFormImpossible() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("a"), Build.seeker("b")],
            groups: [Build.group("g", min: 3, max: 5, mustForm: true)],
            sites: [Build.site("s", units: 5)])
        #expect(try PrimalHeuristic(timeLimit: 1).run(scenario) == nil)
    }

    @Test("founders join only their own group, which forms with them")
    func founders() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("f"), Build.seeker("a"), Build.seeker("b", together: ["f"])],
            groups: [Build.group("g", min: 2, max: 3, founders: ["f"]), Build.group("h", min: 1, max: 3)],
            sites: [Build.site("s", units: 2), Build.site("t", units: 3)])
        let outcome = try #require(try checkedRun(scenario))
        #expect(outcome.objective.housed == 3)
        let g = try #require(outcome.match.groups.first { $0.id == "g" })
        // f founds g; b must live with f; a may go either way.
        #expect(Set<SeekerID>(["f", "b"]).isSubset(of: Set(g.members)))
    }

    @Test("under a time limit the engine answers with the heuristic's match where the solver alone finds none")
    func engineAnswersWithTheHeuristic() throws {
        let scenario = ScenarioGenerator(size: .init(seekers: 60, groups: 6, sites: 8, providers: 3), seed: 2)
            .generate()
        let backend = WholeProgrammeFindsNothing(groups: Eligibility(scenario).sitesOfGroup.filter { !$0.isEmpty }.count)
        var engine = MatchEngine(backend: backend, options: MatchOptions(timeLimit: 10, threads: 1))
        engine.partBundleSize = Int.max
        engine.runsHeuristic = false
        #expect(try engine.solve(scenario).status == .noSolution)

        engine.runsHeuristic = true
        // A programme this small is left to the stages' own steps, unless told otherwise.
        #expect(try engine.solve(scenario).statistics.heuristicSeconds == nil)
        engine.heuristicMinimumVariables = 0
        let result = try engine.solve(scenario)
        #expect(result.status == .feasible)
        #expect(result.hasMatch)
        #expect(MatchChecker(scenario: scenario).violations(of: result.match).isEmpty)
        let heuristic = try #require(result.statistics.heuristicObjective)
        #expect(result.objective?.housed ?? 0 >= heuristic.housed - 1e-9)
    }

    @Test("a solver failing on the whole programme leaves the heuristic's match, unproven, on either search",
          arguments: [true, false])
    func solverFailureLeavesTheHeuristicsMatch(guided: Bool) throws {
        let scenario = ScenarioGenerator(size: .init(seekers: 60, groups: 6, sites: 8, providers: 3), seed: 2)
            .generate()
        var backend = WholeProgrammeFindsNothing(groups: Eligibility(scenario).sitesOfGroup.filter { !$0.isEmpty }.count)
        backend.fails = true
        backend.guided = guided
        var engine = MatchEngine(backend: backend, options: MatchOptions(timeLimit: 10, threads: 1))
        engine.partBundleSize = Int.max
        engine.heuristicMinimumVariables = 0
        let result = try engine.solve(scenario)
        #expect(result.status == .feasible)
        #expect(MatchChecker(scenario: scenario).violations(of: result.match).isEmpty)
        #expect(result.statistics.settledBy.first?.contains("failed") == true)

        // Without a match in hand the failure is the answer.
        engine.runsHeuristic = false
        #expect(throws: SolverError.self) { try engine.solve(scenario) }
    }

    @Test("a stage whose solver fails is taken over by GLPK when the engine picked that solver")
    func failingSolverHandsOverToGLPK() throws {
        let scenario = ScenarioGenerator(size: .init(seekers: 60, groups: 6, sites: 8, providers: 3), seed: 2)
            .generate()
        let cold = try MatchEngine(options: MatchOptions(threads: 1)).solve(scenario)
        var backend = WholeProgrammeFindsNothing(groups: Eligibility(scenario).sitesOfGroup.filter { !$0.isEmpty }.count)
        backend.fails = true
        backend.guided = false
        var engine = MatchEngine(backend: backend, options: MatchOptions(threads: 1))
        engine.partBundleSize = Int.max
        engine.failover = MatchEngine.defaultBackend
        let result = try engine.solve(scenario)
        #expect(result.status == .optimal)
        #expect(result.objective == cold.objective)
        #expect(result.statistics.settledBy.allSatisfy { $0.contains("on GLPK after") }, "\(result.statistics.settledBy)")
    }

    @Test("the heuristic alone, as the CLI's --heuristic-only reports it")
    func heuristicOnly() throws {
        let scenario = ScenarioGenerator(size: .init(seekers: 60, groups: 6, sites: 8, providers: 3), seed: 1)
            .generate()
        let result = try MatchEngine(options: MatchOptions(timeLimit: 0.5)).solveHeuristically(scenario)
        #expect(result.status == .feasible)
        #expect(result.statistics.settledBy.count == 2)
        #expect(result.statistics.settledBy.allSatisfy { $0.hasPrefix("heuristic") })
        #expect(MatchChecker(scenario: scenario).violations(of: result.match).isEmpty)
        #expect(result.unassigned.count + result.match.groups.reduce(0) { $0 + $1.members.count }
                == scenario.seekers.count)
    }
}

/// GLPK, except that a programme deciding every group at once (the engine's
/// own) ends at its time limit with nothing found, as a large one does; or,
/// with `fails`, makes the solver fail, as CBC's child process has crashed.
private struct WholeProgrammeFindsNothing: SolverBackend {
    let groups: Int
    var fails = false
    var guided = true
    let glpk = MatchEngine.defaultBackend
    var name: String { "GLPK, never finishing the whole programme" }
    var searchNeedsGuidance: Bool { guided }

    func solve(_ model: LinearModel, parameters: SolverParameters) throws(SolverError) -> SolverResult {
        let groupsDecided = Set(model.variables.compactMap { variable -> Substring? in
            guard variable.name.hasPrefix("take[") else { return nil }
            return variable.name.dropFirst(5).split(separator: ",").first
        })
        if groupsDecided.count == groups {
            if fails { throw SolverError(backend: name, code: nil, message: "ended abnormally (signal 11)") }
            return SolverResult(termination: .timeLimit, values: [], objectiveValue: nil, bestBound: nil,
                                solveSeconds: 0)
        }
        return try glpk.solve(model, parameters: parameters)
    }
}
