import Foundation
import GLPKBackend
import LinearProgramming
import Testing

@Suite("Conformance: a linear solve stops on request")
struct WatchedSimplexTests {
    @Test("a stop request ends a long LP solve early, interrupted", arguments: BackendUnderTest.all)
    func stopsLongLinearSolve(_ under: BackendUnderTest) throws {
        let model = SlowLinearInstance.packing()
        let whole = try under.backend.solve(model, parameters: SolverParameters())
        try #require(whole.termination == .optimal)

        // The request turns true a short while after it is first asked.
        let asked = Recorder<Date>()
        let parameters = SolverParameters(shouldStop: {
            asked.append(Date())
            return Date().timeIntervalSince(asked.values[0]) >= 0.3
        })
        let stopped = try under.backend.solve(model, parameters: parameters)
        #expect(stopped.termination == .interrupted)
        #expect(asked.values.count >= 2, "the request was asked \(asked.values.count) times")
        #expect(stopped.solveSeconds < whole.solveSeconds / 2,
                "stopped after \(stopped.solveSeconds) s; the whole solve took \(whole.solveSeconds) s")
        if stopped.hasSolution { SolutionCheck.expectFeasible(stopped, in: model) }

        // The stop freed this thread's GLPK environment; the next solve starts a new one.
        let next = try under.backend.solve(SlowLinearInstance.packing(rows: 40, columns: 80),
                                           parameters: SolverParameters(shouldStop: { false }))
        #expect(next.termination == .optimal)
    }

    @Test("a watched solve reaches the same optimum as an unwatched one", arguments: BackendUnderTest.all)
    func watchedOptimumIsTheSame(_ under: BackendUnderTest) throws {
        let model = SlowLinearInstance.packing(rows: 400, columns: 800)
        let whole = try under.backend.solve(model, parameters: SolverParameters())
        // GLPK is watched at its progress lines, set here to come often; CBC's parent asks every 50 ms.
        var watched: any SolverBackend = under.backend
        if var glpk = under.backend as? GLPKBackend {
            glpk.options.stopCheckSeconds = 0.01
            watched = glpk
        }
        let asked = Recorder<Bool>()
        let result = try watched.solve(model, parameters: SolverParameters(shouldStop: {
            asked.append(true)
            return false
        }))
        #expect(result.termination == .optimal)
        #expect(asked.values.count > 1, "asked \(asked.values.count) times")
        let expected = try #require(whole.objectiveValue), found = try #require(result.objectiveValue)
        #expect(abs(found - expected) <= 1e-6 * max(1, abs(expected)))
        SolutionCheck.expectFeasible(result, in: model)
    }

    @Test("a stop request before the start leaves no solution", arguments: BackendUnderTest.all)
    func stopsAtOnce(_ under: BackendUnderTest) throws {
        let model = SlowLinearInstance.packing(rows: 40, columns: 80)
        let result = try under.backend.solve(model, parameters: SolverParameters(shouldStop: { true }))
        #expect(result.termination == .interrupted)
        #expect(!result.hasSolution)
    }
}
