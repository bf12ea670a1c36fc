import LinearProgramming
import Testing

/// `SolverParameters.objectiveStep`: a backend may stop once no better value
/// fits between its best solution and its bound, and must then say optimal
/// with the same optimum as a solve without the step.
@Suite("Objective step")
struct ObjectiveStepTests {
    @Test("with and without a step the optimum is the same", arguments: BackendUnderTest.all)
    func sameOptimum(_ under: BackendUnderTest) throws {
        let model = HardInstance.generalizedAssignment(agents: 4, jobs: 20, seed: 3)
        let plain = try under.backend.solve(model, parameters: SolverParameters())
        let stepped = try under.backend.solve(model, parameters: SolverParameters(objectiveStep: 1))
        #expect(plain.termination == .optimal)
        #expect(stepped.termination == .optimal)
        #expect(stepped.objectiveValue == plain.objectiveValue)
        #expect(stepped.bestBound == stepped.objectiveValue)
    }

    @Test("a solve stopped by the step returns a feasible solution",
          arguments: BackendUnderTest.all)
    func solutionStaysFeasible(_ under: BackendUnderTest) throws {
        let model = HardInstance.generalizedAssignment(agents: 4, jobs: 20, seed: 4)
        let result = try under.backend.solve(model, parameters: SolverParameters(objectiveStep: 1))
        let values = try #require(result.hasSolution ? result.values : nil)
        for row in model.constraints {
            let activity = row.terms.reduce(0) { $0 + $1.coefficient * values[$1.variable.index] }
            #expect(activity >= row.lowerBound - 1e-6 && activity <= row.upperBound + 1e-6)
        }
    }
}
