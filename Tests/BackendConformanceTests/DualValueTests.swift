import LinearProgramming
import Testing

/// Row duals of a solved linear programme, which column generation prices with.
@Suite("Dual values")
struct DualValueTests {
    /// max 3x + 2y; x + y ≤ 4 (binding), x + 3y ≤ 9 (slack), x ≤ 3 (binding).
    /// At x = 3, y = 1: y basic gives π1 = 2, then x gives π3 = 3 − 2 = 1; π2 = 0.
    @Test(arguments: BackendUnderTest.all)
    func maximisationDualsByHand(_ under: BackendUnderTest) throws {
        var model = LinearModel()
        let x = model.addVariable(name: "x"), y = model.addVariable(name: "y")
        model.addConstraint(.sum([x, y]), upperBound: 4)
        var second = LinearExpression(x)
        second.add(y, 3)
        model.addConstraint(second, upperBound: 9)
        model.addConstraint(LinearExpression(x), upperBound: 3)
        model.setObjective(LinearExpression([.init(x, 3), .init(y, 2)]), sense: .maximize)

        let result = try under.backend.solve(model, parameters: SolverParameters())
        #expect(result.termination == .optimal)
        try #require(result.dualValues.count == 3)
        #expect(abs(result.dualValues[0] - 2) < 1e-9)
        #expect(abs(result.dualValues[1]) < 1e-9)
        #expect(abs(result.dualValues[2] - 1) < 1e-9)
        // Strong duality: the bounds weighted by the duals give the optimum.
        #expect(abs(4 * result.dualValues[0] + 9 * result.dualValues[1] + 3 * result.dualValues[2] - 11) < 1e-9)
    }

    /// min x + y; x + 2y ≥ 4: y = 2, and one more unit of the bound costs half a unit.
    @Test(arguments: BackendUnderTest.all)
    func minimisationDualByHand(_ under: BackendUnderTest) throws {
        var model = LinearModel()
        let x = model.addVariable(name: "x"), y = model.addVariable(name: "y")
        var row = LinearExpression(x)
        row.add(y, 2)
        model.addConstraint(row, lowerBound: 4)
        model.setObjective(.sum([x, y]), sense: .minimize)

        let result = try under.backend.solve(model, parameters: SolverParameters())
        #expect(abs((result.objectiveValue ?? 0) - 2) < 1e-9)
        try #require(result.dualValues.count == 1)
        #expect(abs(result.dualValues[0] - 0.5) < 1e-9)
    }

    @Test(arguments: BackendUnderTest.all)
    func noDualsForAnIntegerProgramme(_ under: BackendUnderTest) throws {
        var model = LinearModel()
        let x = model.addBinary(name: "x")
        model.addConstraint(LinearExpression(x), upperBound: 1)
        model.setObjective(LinearExpression(x), sense: .maximize)
        let result = try under.backend.solve(model, parameters: SolverParameters())
        #expect(result.dualValues.isEmpty)
    }
}
