@testable import HousingMatch
import LinearProgramming
import Testing

/// The column-generation engine for stage 1: a true bound, exact columns, checked matches.
@Suite("Column generation")
struct ColumnGenerationTests {
    /// The compact programme's stage-1 relaxation value.
    static func compactRelaxation(_ scenario: Scenario) throws -> Double? {
        let model = MatchFormulation(scenario: scenario).model.relaxed()
        let result = try MatchEngine.defaultBackend.solve(model, parameters: SolverParameters())
        return result.termination == .optimal ? result.objectiveValue : nil
    }

    /// Between the proven optimum and the compact relaxation, on random small scenarios.
    @Test(arguments: 1...24)
    func boundLiesBetweenOptimumAndCompactRelaxation(seed: UInt64) throws {
        let scenario = RandomScenarios.small(seed: seed, seekers: 6...16, groups: 1...4, sites: 1...5)
        let engine = try MatchEngine().solve(scenario)
        let generation = ColumnGeneration(scenario: scenario)
        var state = ColumnGeneration.State()
        let ending = try generation.generate(&state, deadline: nil)
        guard engine.status != .infeasible else {
            // No match: only a group that must form and cannot can cause that.
            #expect(ending == .infeasible || (state.masterValue ?? 0) < 0 || state.bound < 0)
            return
        }
        #expect(ending == .converged)
        #expect(state.converged)
        let optimum = try #require(engine.objective?.housed)
        let tolerance = 1e-6 * max(1, optimum)
        #expect(state.bound >= optimum - tolerance, "bound \(state.bound) below the optimum \(optimum)")
        if let compact = try Self.compactRelaxation(scenario) {
            #expect(state.bound <= compact + tolerance, "bound \(state.bound) above the compact relaxation \(compact)")
        }
        if let master = state.masterValue { #expect(abs(master - state.bound) <= 1e-5 * max(1, optimum)) }
    }

    /// The same on the harness's small tier (60 households, 6 groups, 8 sites, 3 providers),
    /// where groups compete for sites and the compact relaxation is not always exact.
    @Test(arguments: 1...4)
    func boundOnTheSmallTier(seed: UInt64) throws {
        let size = ScenarioGenerator.Size(seekers: 60, groups: 6, sites: 8, providers: 3)
        let scenario = ScenarioGenerator(size: size, seed: seed).generate()
        let optimum = try #require(try MatchEngine().solve(scenario).objective?.housed)
        let generation = ColumnGeneration(scenario: scenario)
        var state = ColumnGeneration.State()
        #expect(try generation.generate(&state, deadline: nil) == .converged)
        #expect(state.bound >= optimum - 1e-6 && optimum > 0)
        let compact = try #require(try Self.compactRelaxation(scenario))
        #expect(state.bound <= compact + 1e-6)
        var diving = state
        let sited = try #require(try generation.siteDive(&diving, deadline: nil))
        #expect(sited.violations.isEmpty)
        #expect(sited.housed <= optimum + 1e-6)
    }

    /// Both ways to a match give matches the independent checker accepts, never above the optimum.
    @Test(arguments: 1...24)
    func matchesPassTheChecker(seed: UInt64) throws {
        let scenario = RandomScenarios.small(seed: seed, seekers: 6...16, groups: 1...4, sites: 1...5)
        let engine = try MatchEngine().solve(scenario)
        guard let optimum = engine.objective?.housed else { return }
        let generation = ColumnGeneration(scenario: scenario)
        var state = ColumnGeneration.State()
        _ = try generation.generate(&state, deadline: nil)
        let integer = try #require(try generation.priceAndBranch(state, timeLimit: nil))
        #expect(integer.violations.isEmpty, "\(integer.violations)")
        #expect(integer.housed <= optimum + 1e-6)
        if let dived = try generation.dive(&state, deadline: nil) {
            let mustForm = scenario.groups.contains(where: \.mustForm)
            if !mustForm { #expect(dived.violations.isEmpty, "\(dived.violations)") }
            #expect(dived.housed <= optimum + 1e-6)
        }
        #expect(abs(MatchChecker(scenario: scenario).objective(of: integer.match).housed - integer.housed) < 1e-9)
        var fresh = ColumnGeneration.State()
        if let sited = try generation.siteDive(&fresh, deadline: nil) {
            #expect(sited.violations.isEmpty, "\(sited.violations)")
            #expect(sited.housed <= optimum + 1e-6)
            #expect(abs(MatchChecker(scenario: scenario).objective(of: sited.match).housed - sited.housed) < 1e-6)
        } else {
            // Only a group that must form can leave the dive without a match.
            let mustForm = scenario.groups.contains { $0.mustForm }
            #expect(mustForm)
        }
    }

    /// The entry point's match is checked, never above its own bound, and its bound never below the optimum.
    @Test(arguments: 1...3)
    func entryPointOnTheSmallTier(seed: UInt64) throws {
        let size = ScenarioGenerator.Size(seekers: 60, groups: 6, sites: 8, providers: 3)
        let scenario = ScenarioGenerator(size: size, seed: seed).generate()
        let optimum = try #require(try MatchEngine().solve(scenario).objective?.housed)
        let outcome = try ColumnGeneration(scenario: scenario).solveStageOne(timeLimit: nil)
        #expect(outcome.converged)
        #expect(outcome.bound >= optimum - 1e-6)
        let match = try #require(outcome.match)
        #expect(match.violations.isEmpty)
        #expect(match.housed <= optimum + 1e-6)
    }

    /// Holding a group to a site keeps its columns elsewhere, and other groups' columns there, at 0.
    @Test func restrictionHoldsAGroupToItsSite() {
        var restriction = MasterRestriction()
        restriction.siteOfGroup[0] = 2
        #expect(restriction.allows(group: 0, site: 2))
        #expect(!restriction.allows(group: 0, site: 1))
        #expect(!restriction.allows(group: 1, site: 2))
        #expect(restriction.allows(group: 1, site: 1))
        restriction.forbiddenPairs.insert([1, 1])
        #expect(!restriction.allows(group: 1, site: 1))
        restriction.fixedColumns.insert(7)
        #expect(restriction.allows(column: 7, group: 1, site: 1))
    }

    /// A column from pricing meets every rule at its site, and its value is the
    /// pricing programme's: priorities less the prices of what it uses.
    @Test(arguments: 1...12)
    func pricedColumnsAreFeasibleConfigurations(seed: UInt64) throws {
        let scenario = RandomScenarios.small(seed: seed, seekers: 6...16, groups: 1...4, sites: 1...5)
        let generation = ColumnGeneration(scenario: scenario)
        var random = SeededRandomNumberGenerator(seed: seed)
        var duals = MasterDuals.zero(scenario)
        for p in duals.seeker.indices { duals.seeker[p] = Double(random.int(in: 0...4)) / 4 }
        for c in duals.capacity.indices { duals.capacity[c] = Double(random.int(in: 0...2)) / 4 }
        let excluded = [Bool](repeating: false, count: scenario.seekers.count)
        let checker = MatchChecker(scenario: scenario)
        for pair in generation.pairs {
            let outcome = try pair.price(duals, excluding: excluded, backend: generation.backend, timeLimit: nil)
            #expect(outcome.bound <= pair.upperBound(duals, excluding: excluded) + 1e-9)
            guard let column = outcome.column else { continue }
            let match = Match(groups: [column.formedGroup(in: scenario)])
            // Other groups that must form do not, in a match of one group: not this column's fault.
            let id = scenario.groups[column.group].id
            let broken = checker.violations(of: match).filter { $0.group == nil || $0.group == id }
            #expect(broken.isEmpty, "\(broken)")
            #expect(abs(outcome.bound - duals.valueWithoutGroupPrice(of: column)) < 1e-6)
        }
    }
}
