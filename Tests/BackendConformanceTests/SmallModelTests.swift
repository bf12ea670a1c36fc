import LinearProgramming
import Testing

@Suite("Conformance: small models with known optima")
struct SmallModelTests {
    @Test("solves to the hand-computed optimum", arguments: BackendUnderTest.all, SmallCase.all)
    func solvesToOptimum(_ under: BackendUnderTest, _ example: SmallCase) throws {
        let result = try under.backend.solve(example.model, parameters: SolverParameters())
        #expect(result.termination == .optimal)
        #expect(agrees(result.objectiveValue, example.objective, relative: 1e-9),
                "objective \(String(describing: result.objectiveValue)), expected \(example.objective)")
        #expect(agrees(result.bestBound, example.objective, relative: 1e-9), "bound of a proven optimum")
        if let values = example.values {
            #expect(result.values.count == values.count)
            for (found, expected) in zip(result.values, values) {
                #expect(abs(found - expected) <= 1e-9, "values \(result.values), expected \(values)")
            }
        }
        SolutionCheck.expectFeasible(result, in: example.model)
    }
}
