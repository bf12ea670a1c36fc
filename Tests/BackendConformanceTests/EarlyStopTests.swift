import LinearProgramming
import Testing

@Suite("Conformance: time limit, gap, progress and stopping")
struct EarlyStopTests {
    let model = HardInstance.generalizedAssignment()

    // GLPK finds no solution of the hard instance within 0.2 s and a first one within 1 s.
    @Test("a time limit stops a hard MIP, keeping any incumbent feasible",
          arguments: BackendUnderTest.all, [0.2, 1.0])
    func timeLimit(_ under: BackendUnderTest, seconds: Double) throws {
        let result = try under.backend.solve(model, parameters: SolverParameters(timeLimit: seconds))
        #expect(result.termination == .timeLimit)
        #expect(result.solveSeconds < seconds + 2, "stopped after \(result.solveSeconds) s")
        if result.hasSolution {
            SolutionCheck.expectFeasible(result, in: model)
            if let bound = result.bestBound, let objective = result.objectiveValue {
                #expect(bound <= objective + 1e-6)
            }
        } else {
            #expect(result.objectiveValue == nil)
        }
    }

    @Test("a time limit stops an LP too", arguments: BackendUnderTest.all)
    func linearTimeLimit(_ under: BackendUnderTest) throws {
        var relaxation = LinearModel()
        // The hard instance's relaxation, solved with no time at all.
        for variable in model.variables { relaxation.addVariable(upperBound: variable.upperBound) }
        for row in model.constraints {
            relaxation.addConstraint(LinearExpression(row.terms), lowerBound: row.lowerBound, upperBound: row.upperBound)
        }
        relaxation.setObjective(LinearExpression(model.objective), sense: .minimize)
        let result = try under.backend.solve(relaxation, parameters: SolverParameters(timeLimit: 0))
        #expect([.timeLimit, .optimal].contains(result.termination))
        if result.hasSolution { SolutionCheck.expectFeasible(result, in: relaxation) }
    }

    @Test("a loose gap tolerance stops the search early with a solution", arguments: BackendUnderTest.all)
    func gapLimit(_ under: BackendUnderTest) throws {
        let result = try under.backend.solve(model, parameters: SolverParameters(timeLimit: 20, relativeGap: 0.2))
        #expect([.gapLimit, .optimal].contains(result.termination))
        #expect(result.hasSolution)
        SolutionCheck.expectFeasible(result, in: model)
        if result.termination == .gapLimit, let bound = result.bestBound, let objective = result.objectiveValue {
            #expect(bound <= objective + 1e-6)
        }
    }

    @Test("progress is reported during a search", arguments: BackendUnderTest.all)
    func progress(_ under: BackendUnderTest) throws {
        let reports = Recorder<SolveProgress>()
        let parameters = SolverParameters(timeLimit: 1, progress: { reports.append($0) })
        let result = try under.backend.solve(model, parameters: parameters)
        let seen = reports.values
        #expect(!seen.isEmpty)
        #expect(seen.allSatisfy { $0.elapsedSeconds >= 0 && $0.elapsedSeconds <= result.solveSeconds + 0.01 })
        #expect(seen.allSatisfy { $0.openNodes >= 0 })
        #expect(seen.contains { $0.bestBound != nil })
        for report in seen {
            if let bound = report.bestBound, let objective = report.bestObjective {
                #expect(bound <= objective + 1e-6, "bound \(bound) above incumbent \(objective)")
            }
        }
        // Throttled: a one-second search is reported a handful of times, not per node.
        #expect(seen.count <= 20)
    }

    @Test("shouldStop interrupts the search", arguments: BackendUnderTest.all)
    func shouldStop(_ under: BackendUnderTest) throws {
        let asked = Recorder<Bool>()
        let parameters = SolverParameters(timeLimit: 20, shouldStop: {
            asked.append(true)
            return true
        })
        let result = try under.backend.solve(model, parameters: parameters)
        #expect(result.termination == .interrupted)
        #expect(!asked.values.isEmpty)
        #expect(result.solveSeconds < 5)
        if result.hasSolution { SolutionCheck.expectFeasible(result, in: model) }
    }
}
