import GLPKBackend
import HousingMatch
import LinearProgramming
import Testing

/// The plain programme (the peers' model in benchmarks) and the engine's own
/// must have the same optimum: if the engine's preprocessing dropped a
/// feasible pair, or the plain model missed a rule, these disagree.
@Suite("Plain and engine programmes agree")
struct PlainFormulationTests {
    @Test("both stages have the same optimum", arguments: 0..<80)
    func sameOptimum(seed: Int) throws {
        let scenario = RandomScenarios.small(seed: UInt64(20_000 + seed))
        let engine = MatchEngine()
        let result = try engine.solve(scenario)
        let backend = GLPKBackend()

        let plainStageOne = try backend.solve(engine.programme(for: scenario, stage: .housed, formulation: .plain),
                                              parameters: SolverParameters())
        guard result.hasMatch, let objective = result.objective else {
            #expect(result.status == .infeasible)
            #expect(plainStageOne.termination == .infeasible)
            return
        }
        #expect(plainStageOne.termination == .optimal)
        #expect(abs((plainStageOne.objectiveValue ?? .nan) - objective.housed) < 1e-6)

        let plainStageTwo = try backend.solve(engine.programme(for: scenario, stage: .preference, formulation: .plain),
                                              parameters: SolverParameters())
        #expect(plainStageTwo.termination == .optimal)
        #expect(abs((plainStageTwo.objectiveValue ?? .nan) - objective.preference) < 1e-6)
    }

    @Test("the exported engine programme of stage 2 keeps stage 1's value")
    func stageTwoKeepsStageOne() throws {
        let scenario = RandomScenarios.small(seed: 3)
        let model = try MatchEngine().programme(for: scenario, stage: .preference)
        #expect(model.constraints.contains { $0.name == "keepHoused" })
        #expect(model.sense == .maximize)
    }
}
