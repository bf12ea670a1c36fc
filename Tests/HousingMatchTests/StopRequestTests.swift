import Foundation
import HousingMatch
import LinearProgramming
import Synchronization
import Testing

/// A stop request during a stage's relaxation ends the solve there: GLPK's
/// branch-and-cut would solve the same relaxation again before its callback
/// could see the request.
@Suite("Stopping during a relaxation")
struct StopRequestTests {
    @Test("a relaxation stopped on request is the last call of the solve")
    func stoppedRelaxationEndsTheSolve() throws {
        let backend = StoppingRelaxation()
        let stop = Mutex(false)
        backend.onRelaxation = { stop.withLock { $0 = true } }
        var options = MatchOptions(threads: 1)
        options.shouldStop = { stop.withLock { $0 } }
        let result = try MatchEngine(backend: backend, options: options).solve(StatusTests.hard)

        #expect(result.status == .noSolution)
        #expect(backend.calls.withLock { $0 } == 1, "solver calls: \(backend.calls.withLock { $0 })")
    }
}

/// GLPK, except that the first linear programme is "interrupted", as a
/// watched simplex solve is when the stop request turns true.
final class StoppingRelaxation: SolverBackend, @unchecked Sendable {
    let calls = Mutex(0)
    var onRelaxation: @Sendable () -> Void = {}
    private let glpk = MatchEngine.defaultBackend

    var name: String { "GLPK, stopped in the relaxation" }
    var searchNeedsGuidance: Bool { glpk.searchNeedsGuidance }

    func solve(_ model: LinearModel, parameters: SolverParameters) throws(SolverError) -> SolverResult {
        let first = calls.withLock { count in
            count += 1
            return count == 1
        }
        if first, !model.isMixedInteger {
            onRelaxation()
            return SolverResult(termination: .interrupted, values: [], objectiveValue: nil, bestBound: nil,
                                solveSeconds: 0)
        }
        return try glpk.solve(model, parameters: parameters)
    }
}
