import GLPKBackend
import LinearProgramming
import Testing

@Suite("GLPK: error guard, memory, output and threads")
struct GLPKBackendTests {
    /// max 3x + 2y, x + y <= 4, x + 3y <= 6, x <= 3, x integer: optimum 11.
    static func smallModel() -> LinearModel {
        var model = LinearModel()
        let x = model.addVariable(upperBound: 3, kind: .integer), y = model.addVariable()
        model.addConstraint(.sum([x, y]), upperBound: 4)
        model.addConstraint(LinearExpression([.init(x, 1), .init(y, 3)]), upperBound: 6)
        model.setObjective(LinearExpression([.init(x, 3), .init(y, 2)]), sense: .maximize)
        return model
    }

    @Test("a GLPK fatal error becomes a SolverError, and GLPK works afterwards")
    func guardCatchesFatalError() throws {
        let error = #expect(throws: SolverError.self) {
            try GLPKBackend.provokeGuardedErrorForTesting()
        }
        #expect(error?.backend == "GLPK")
        // GLPK's own words travel with the error.
        #expect(error?.message.contains("glp_add_cols") == true)
        for _ in 0..<3 {
            let result = try GLPKBackend().solve(Self.smallModel(), parameters: SolverParameters())
            #expect(result.termination == .optimal)
            #expect(agrees(result.objectiveValue, 11, relative: 1e-9))
        }
    }

    @Test("a thousand solves leave GLPK's memory where it was")
    func memoryDoesNotGrow() throws {
        let backend = GLPKBackend()
        let model = Self.smallModel()
        var linear = model
        linear.setBounds(of: VariableID(index: 0), lower: 0, upper: 3)
        _ = try backend.solve(model, parameters: SolverParameters())
        // GLPK accounts per thread, and this synchronous test stays on one.
        let before = GLPKBackend.memoryInUse()
        for index in 0..<1000 {
            let result = try backend.solve(index.isMultiple(of: 2) ? model : linear, parameters: SolverParameters())
            #expect(result.termination == .optimal)
        }
        let after = GLPKBackend.memoryInUse()
        #expect(after == before, "before: \(before), after: \(after)")
    }

    @Test("verbose output goes to the sink, and nothing is written when quiet")
    func outputRouting() throws {
        let lines = Recorder<String>()
        let verbose = SolverParameters(verbose: true, outputSink: { lines.append($0) })
        _ = try GLPKBackend().solve(Self.smallModel(), parameters: verbose)
        // The branch-and-cut log reports its incumbent as "mip = ...".
        #expect(lines.values.joined().contains("mip ="))

        let quiet = Recorder<String>()
        _ = try GLPKBackend().solve(Self.smallModel(), parameters: SolverParameters(outputSink: { quiet.append($0) }))
        #expect(quiet.values.isEmpty)
    }

    @Test("solves on several threads at once do not disturb one another")
    func concurrentSolves() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for _ in 0..<20 {
                        for example in SmallCase.all {
                            let result = try GLPKBackend().solve(example.model, parameters: SolverParameters())
                            #expect(agrees(result.objectiveValue, example.objective, relative: 1e-9))
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    @Test("every option set solves the small models", arguments: [
        GLPKOptions(cuts: []),
        GLPKOptions(presolve: false, cuts: .all),
        GLPKOptions(feasibilityPump: true, proximitySearch: true, proximitySearchSeconds: 1, binarize: true),
        GLPKOptions(simpleRounding: false, branching: .mostFractional, backtracking: .depthFirst,
                    simplexMethod: .dualThenPrimal),
        GLPKOptions(branching: .hybridPseudocost, backtracking: .bestProjection),
    ])
    func optionSets(_ options: GLPKOptions) throws {
        for example in SmallCase.all {
            let result = try GLPKBackend(options: options).solve(example.model, parameters: SolverParameters())
            #expect(result.termination == .optimal, "\(example.name)")
            #expect(agrees(result.objectiveValue, example.objective, relative: 1e-9), "\(example.name)")
        }
    }
}
