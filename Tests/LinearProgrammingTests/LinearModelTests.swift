import Testing
@testable import LinearProgramming

@Suite("Linear model")
struct LinearModelTests {
    @Test("a constraint's constant moves to both bounds")
    func constantMovesToBounds() {
        var model = LinearModel()
        let x = model.addVariable()
        let row = model.addConstraint(LinearExpression([.init(x, 2)], constant: 3), lowerBound: 1, upperBound: 10)
        let constraint = model.constraints[row.index]
        #expect(constraint.lowerBound == -2)
        #expect(constraint.upperBound == 7)
        #expect(constraint.terms == [.init(x, 2)])
    }

    @Test("rows and objective are stored normalised")
    func rowsAreNormalised() {
        var model = LinearModel()
        let x = model.addVariable(), y = model.addVariable()
        model.addConstraint(LinearExpression([.init(y, 1), .init(x, 1), .init(y, 1), .init(x, -1)]), upperBound: 4)
        model.setObjective(LinearExpression([.init(y, 1), .init(y, 1)], constant: 5), sense: .maximize)
        #expect(model.constraints[0].terms == [.init(y, 2)])
        #expect(model.objective == [.init(y, 2)])
        #expect(model.objectiveConstant == 5)
        #expect(model.sense == .maximize)
        #expect(model.nonZeroCount == 1)
        #expect(model.objectiveValue(at: [0, 3]) == 11)
    }

    @Test("a point is feasible only within every bound, integrality and row, to the tolerance")
    func feasiblePoints() {
        var model = LinearModel()
        let x = model.addVariable(lowerBound: 0, upperBound: 4, kind: .integer)
        let y = model.addVariable(lowerBound: -1, upperBound: 1)
        model.addConstraint(LinearExpression([.init(x, 1), .init(y, 2)]), lowerBound: 1, upperBound: 3)
        #expect(model.isFeasible(at: [3, 0]))
        #expect(model.isFeasible(at: [3, 0 + 1e-9]))
        #expect(!model.isFeasible(at: [2.5, 0]), "x is integer")
        #expect(!model.isFeasible(at: [5, -1]), "x above its bound")
        #expect(!model.isFeasible(at: [4, 0]), "row above 3")
        #expect(!model.isFeasible(at: [0, 0]), "row below 1")
        #expect(!model.isFeasible(at: [3]), "one value per variable")
        #expect(!model.isFeasible(at: [3, .nan]))
    }

    @Test("binary variables keep their bounds within 0...1 and names default to x1, x2, ...")
    func binaryBounds() {
        var model = LinearModel()
        let b = model.addVariable(lowerBound: -3, upperBound: 7, kind: .binary)
        let c = model.addBinary(name: "chosen")
        #expect(model.variables[b.index].lowerBound == 0)
        #expect(model.variables[b.index].upperBound == 1)
        #expect(model.variables[b.index].name == "x1")
        #expect(model.variables[c.index].name == "chosen")
        #expect(model.isMixedInteger)
    }
}
