import LinearProgramming
import Testing

/// `SolverParameters.knownObjective`: a solution found apart from the solve
/// lets a backend stop as soon as its bound shows that nothing is better,
/// and it must never stop so when something better exists.
@Suite("Known objective")
struct KnownObjectiveTests {
    /// Minimisation, so "better" is lower; objective values are whole numbers.
    static let model = HardInstance.generalizedAssignment(agents: 4, jobs: 20, seed: 3)

    @Test("knowing the optimum, the search ends proven that nothing beats it", arguments: BackendUnderTest.all)
    func knownOptimum(_ under: BackendUnderTest) throws {
        let plain = try under.backend.solve(Self.model, parameters: SolverParameters())
        let optimum = try #require(plain.objectiveValue)
        try #require(plain.termination == .optimal)

        let told = try under.backend.solve(Self.model, parameters: SolverParameters(objectiveStep: 1,
                                                                                      knownObjective: optimum))
        // Either the backend finished on its own first, or it stopped on the known value.
        #expect([.optimal, .noBetterThanKnown].contains(told.termination))
        if let own = told.objectiveValue { #expect(own >= optimum - 1e-6) }
        if let bound = told.bestBound { #expect(bound >= optimum - 1 - 1e-6) }
    }

    @Test("a known value worse than the optimum does not stop the search short of it",
          arguments: BackendUnderTest.all, [1.0, 5.0, 40.0])
    func knownWorse(_ under: BackendUnderTest, worseBy: Double) throws {
        let plain = try under.backend.solve(Self.model, parameters: SolverParameters())
        let optimum = try #require(plain.objectiveValue)

        let told = try under.backend.solve(Self.model, parameters: SolverParameters(objectiveStep: 1,
                                                                                      knownObjective: optimum + worseBy))
        #expect(told.termination == .optimal)
        #expect(told.objectiveValue == optimum)
    }

    @Test("a known value past any bound stops a hard search at its first bound", arguments: BackendUnderTest.all)
    func knownPastBound(_ under: BackendUnderTest) throws {
        let hard = HardInstance.generalizedAssignment()
        let told = try under.backend.solve(hard, parameters: SolverParameters(timeLimit: 30, objectiveStep: 1,
                                                                                knownObjective: -1e9))
        #expect(told.termination == .noBetterThanKnown)
    }
}
