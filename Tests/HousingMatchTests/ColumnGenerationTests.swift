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
