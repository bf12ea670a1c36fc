import LinearProgramming
import Testing

/// Models whose outcome is a status rather than an optimum.
@Suite("Conformance: infeasible, unbounded and bad input")
struct OutcomeTests {
    @Test("an infeasible LP", arguments: BackendUnderTest.all)
    func infeasibleLinear(_ under: BackendUnderTest) throws {
        var model = LinearModel()
        let x = model.addVariable(), y = model.addVariable()
        model.addConstraint(.sum([x, y]), lowerBound: 5)
        model.addConstraint(.sum([x, y]), upperBound: 3)
        model.setObjective(.sum([x, y]), sense: .minimize)
        let result = try under.backend.solve(model, parameters: SolverParameters())
        #expect(result.termination == .infeasible)
        #expect(!result.hasSolution)
    }

    @Test("an infeasible MIP whose relaxation is feasible", arguments: BackendUnderTest.all)
    func infeasibleMixedInteger(_ under: BackendUnderTest) throws {
        var model = LinearModel()
        let x = model.addVariable(upperBound: 10, kind: .integer), y = model.addVariable(upperBound: 10, kind: .integer)
        model.addConstraint(LinearExpression([.init(x, 2), .init(y, 2)]), lowerBound: 3, upperBound: 3)
        model.setObjective(.sum([x, y]), sense: .maximize)
        let result = try under.backend.solve(model, parameters: SolverParameters())
        #expect(result.termination == .infeasible)
        #expect(!result.hasSolution)
    }

    @Test("inconsistent bounds are an infeasible answer, not an error", arguments: BackendUnderTest.all, [false, true])
    func inconsistentBounds(_ under: BackendUnderTest, integer: Bool) throws {
        var model = LinearModel()
        let x = model.addVariable(lowerBound: 3, upperBound: 1, kind: integer ? .integer : .continuous)
        let y = model.addVariable()
        model.addConstraint(.sum([x, y]), upperBound: 10)
        model.setObjective(.sum([x, y]), sense: .minimize)
        let result = try under.backend.solve(model, parameters: SolverParameters())
        #expect(result.termination == .infeasible)

        var rowModel = LinearModel()
        let z = rowModel.addVariable()
        rowModel.addConstraint(LinearExpression(z), lowerBound: 4, upperBound: 2)
        #expect(try under.backend.solve(rowModel, parameters: SolverParameters()).termination == .infeasible)
    }

    @Test("an integer variable whose bounds hold no whole number", arguments: BackendUnderTest.all)
    func noWholeNumberInBounds(_ under: BackendUnderTest) throws {
        var model = LinearModel()
        let x = model.addVariable(lowerBound: 0.2, upperBound: 0.8, kind: .integer)
        let y = model.addVariable()
        model.addConstraint(.sum([x, y]), upperBound: 10)
        model.setObjective(.sum([x, y]), sense: .minimize)
        #expect(try under.backend.solve(model, parameters: SolverParameters()).termination == .infeasible)
    }

    @Test("rows without variables that cannot hold", arguments: BackendUnderTest.all)
    func infeasibleEmptyRows(_ under: BackendUnderTest) throws {
        var model = LinearModel()
        model.addConstraint(LinearExpression(), lowerBound: 1, upperBound: 2)
        #expect(try under.backend.solve(model, parameters: SolverParameters()).termination == .infeasible)
    }

    @Test("an unbounded LP", arguments: BackendUnderTest.all)
    func unboundedLinear(_ under: BackendUnderTest) throws {
        var model = LinearModel()
        let x = model.addVariable(), y = model.addVariable()
        model.addConstraint(LinearExpression([.init(x, 1), .init(y, -1)]), upperBound: 1)
        model.setObjective(.sum([x, y]), sense: .maximize)
        let result = try under.backend.solve(model, parameters: SolverParameters())
        #expect(result.termination == .unbounded)
        #expect(!result.hasSolution)
    }

    @Test("an unbounded model without rows", arguments: BackendUnderTest.all)
    func unboundedWithoutRows(_ under: BackendUnderTest) throws {
        var model = LinearModel()
        let x = model.addVariable(kind: .integer)
        model.setObjective(LinearExpression(x), sense: .maximize)
        #expect(try under.backend.solve(model, parameters: SolverParameters()).termination == .unbounded)
    }

    @Test("a MIP with an unbounded relaxation", arguments: BackendUnderTest.all)
    func unboundedRelaxation(_ under: BackendUnderTest) throws {
        var model = LinearModel()
        let x = model.addVariable(kind: .integer), y = model.addVariable()
        model.addConstraint(LinearExpression([.init(x, 1), .init(y, -1)]), upperBound: 1)
        model.setObjective(.sum([x, y]), sense: .maximize)
        let result = try under.backend.solve(model, parameters: SolverParameters())
        // A backend may decide feasibility; GLPK reports the relaxation's verdict.
        #expect([.infeasibleOrUnbounded, .unbounded].contains(result.termination))
        #expect(!result.hasSolution)
    }

    @Test("an unfit model is thrown with every problem, before solving", arguments: BackendUnderTest.all)
    func unfitModel(_ under: BackendUnderTest) {
        var model = LinearModel()
        let x = model.addVariable(lowerBound: .nan)
        model.addConstraint(LinearExpression([.init(x, .infinity)]), upperBound: 1)
        let error = #expect(throws: SolverError.self) {
            _ = try under.backend.solve(model, parameters: SolverParameters())
        }
        #expect(error?.code == nil)
        #expect(error?.message.contains("bound is NaN") == true)
        #expect(error?.message.contains("coefficient of v0 is inf") == true)
    }

    @Test("unfit parameters are thrown", arguments: BackendUnderTest.all)
    func unfitParameters(_ under: BackendUnderTest) {
        var model = LinearModel()
        let x = model.addVariable(upperBound: 1)
        model.setObjective(LinearExpression(x), sense: .maximize)
        #expect(throws: SolverError.self) {
            _ = try under.backend.solve(model, parameters: SolverParameters(timeLimit: -1))
        }
        #expect(throws: SolverError.self) {
            _ = try under.backend.solve(model, parameters: SolverParameters(relativeGap: .nan))
        }
    }
}
