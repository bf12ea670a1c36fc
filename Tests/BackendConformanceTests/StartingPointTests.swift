import LinearProgramming
import Testing

/// `SolverParameters.startingPoint`: a solution the search may start from.
@Suite("Starting point")
struct StartingPointTests {
    static let model = HardInstance.generalizedAssignment(agents: 4, jobs: 20, seed: 3)

    @Test("a start that breaks the rules is ignored: the optimum is the same", arguments: BackendUnderTest.all)
    func infeasibleStartIgnored(_ under: BackendUnderTest) throws {
        let plain = try under.backend.solve(Self.model, parameters: SolverParameters())
        var parameters = SolverParameters()
        // Nobody assigned: every assignment row is broken.
        parameters.startingPoint = Array(repeating: 0, count: Self.model.variables.count)
        let started = try under.backend.solve(Self.model, parameters: parameters)
        #expect(started.termination == .optimal)
        #expect(started.objectiveValue == plain.objectiveValue)
        // A start of the wrong length, or with a fractional value, is ignored too.
        parameters.startingPoint = [1, 0.5]
        #expect(try under.backend.solve(Self.model, parameters: parameters).objectiveValue == plain.objectiveValue)
    }

    @Test("a good start is the first incumbent: a short search ends at least as good", arguments: BackendUnderTest.all)
    func goodStartUsed(_ under: BackendUnderTest) throws {
        let hard = HardInstance.generalizedAssignment()
        let first = try under.backend.solve(hard, parameters: SolverParameters(timeLimit: 3))
        let value = try #require(first.objectiveValue)
        var parameters = SolverParameters(timeLimit: 1)
        parameters.startingPoint = first.values
        let started = try under.backend.solve(hard, parameters: parameters)
        let found = try #require(started.objectiveValue, "no solution although the start was one")
        #expect(found <= value + 1e-6)
        SolutionCheck.expectFeasible(started, in: hard)
    }

    @Test("the optimum as a start changes nothing but the path", arguments: BackendUnderTest.all)
    func optimalStart(_ under: BackendUnderTest) throws {
        let plain = try under.backend.solve(Self.model, parameters: SolverParameters())
        var parameters = SolverParameters()
        parameters.startingPoint = plain.values
        let started = try under.backend.solve(Self.model, parameters: parameters)
        #expect(started.termination == .optimal)
        #expect(started.objectiveValue == plain.objectiveValue)
    }
}
