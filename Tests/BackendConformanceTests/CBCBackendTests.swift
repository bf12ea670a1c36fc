import CBCBackend
import Foundation
import LinearProgramming
import Testing

@Suite("CBC: child process, descriptors, output and threads")
struct CBCBackendTests {
    @Test("an abort inside the CBC process becomes a SolverError, and CBC works afterwards")
    func abortBecomesError() throws {
        let error = #expect(throws: SolverError.self) {
            try CBCBackend.provokeChildAbortForTesting()
        }
        #expect(error?.backend == "CBC")
        #expect(error?.message.contains("signal 6") == true)
        let result = try CBCBackend().solve(GLPKBackendTests.smallModel(), parameters: SolverParameters())
        #expect(result.termination == .optimal)
        #expect(agrees(result.objectiveValue, 11, relative: 1e-9))
    }

    @Test("a thousand solves leave no descriptor open")
    func nothingLeaks() throws {
        let backend = CBCBackend()
        let model = GLPKBackendTests.smallModel()
        _ = try backend.solve(model, parameters: SolverParameters())
        let before = CBCBackend.openDescriptorCount()
        for _ in 0..<1000 {
            let result = try backend.solve(model, parameters: SolverParameters())
            #expect(result.termination == .optimal)
        }
        // Other tests open and close descriptors meanwhile; a leak per solve would show as a thousand.
        let after = CBCBackend.openDescriptorCount()
        #expect(after < before + 50, "before: \(before), after: \(after)")
    }

    @Test("verbose output goes to the sink, and nothing is written when quiet")
    func outputRouting() throws {
        let model = HardInstance.generalizedAssignment(agents: 4, jobs: 20, seed: 3)
        let lines = Recorder<String>()
        _ = try CBCBackend().solve(model, parameters: SolverParameters(verbose: true, outputSink: { lines.append($0) }))
        #expect(lines.values.joined().contains("Cbc0"))
        let quiet = Recorder<String>()
        _ = try CBCBackend().solve(model, parameters: SolverParameters(outputSink: { quiet.append($0) }))
        #expect(quiet.values.isEmpty)
    }

    @Test("threads reach CBC: its log names the thread count, and the optimum is the same")
    func threads() throws {
        let model = HardInstance.generalizedAssignment(agents: 4, jobs: 20, seed: 3)
        let one = try CBCBackend().solve(model, parameters: SolverParameters())
        let lines = Recorder<String>()
        var parameters = SolverParameters(verbose: true, outputSink: { lines.append($0) })
        parameters.threads = 2
        let two = try CBCBackend().solve(model, parameters: parameters)
        #expect(lines.values.joined().contains("threads was changed from 0 to 2"))
        #expect(one.termination == .optimal && two.termination == .optimal)
        #expect(one.objectiveValue == two.objectiveValue)
    }

    @Test("zero threads is unfit input")
    func zeroThreads() {
        var parameters = SolverParameters()
        parameters.threads = 0
        #expect(throws: SolverError.self) {
            _ = try CBCBackend().solve(GLPKBackendTests.smallModel(), parameters: parameters)
        }
    }
}

@Suite("CBC: a stop hands back the incumbent")
struct CBCStopTests {
    @Test("a stop requested once an incumbent is seen ends interrupted with it")
    func stopKeepsIncumbent() throws {
        let model = HardInstance.generalizedAssignment()
        let seen = Recorder<Double>()
        var parameters = SolverParameters(timeLimit: 60, progress: { report in
            if let value = report.bestObjective { seen.append(value) }
        })
        parameters.shouldStop = { !seen.values.isEmpty }
        let result = try CBCBackend().solve(model, parameters: parameters)
        #expect(result.termination == .interrupted)
        #expect(result.hasSolution)
        #expect(result.solveSeconds < 30)
        if result.hasSolution { SolutionCheck.expectFeasible(result, in: model) }
    }
}
