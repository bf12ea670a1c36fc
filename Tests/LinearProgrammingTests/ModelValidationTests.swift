import Testing
@testable import LinearProgramming

@Suite("Model validation")
struct ModelValidationTests {
    @Test("a well-formed model has no problems, inconsistent bounds included")
    func cleanModel() {
        var model = LinearModel()
        let x = model.addVariable(lowerBound: 5, upperBound: 1)
        model.addConstraint(LinearExpression(x), lowerBound: 3, upperBound: 2)
        model.setObjective(LinearExpression(x), sense: .minimize)
        #expect(model.problems().isEmpty)
    }

    @Test("every problem is listed with its location")
    func listsEveryProblem() {
        var model = LinearModel()
        let x = model.addVariable(name: "x", lowerBound: .nan)
        let y = model.addVariable(name: "y", lowerBound: .infinity)
        model.addVariable(name: String(repeating: "n", count: 300))
        model.addConstraint(LinearExpression([.init(x, .infinity), .init(y, 1)]), upperBound: .nan, name: "bad")
        model.addConstraint(LinearExpression(VariableID(index: 9)), upperBound: 1, name: "ghost")
        model.setObjective(LinearExpression([.init(x, .nan)], constant: .infinity), sense: .minimize)

        let problems = model.problems().map(\.description)
        #expect(problems.contains("variables[0] x: bound is NaN"))
        #expect(problems.contains("variables[1] y: bound is infinite on the wrong side"))
        #expect(problems.contains { $0.hasPrefix("variables[2]") && $0.contains("longer than 255") })
        #expect(problems.contains("constraints[0] bad: bound is NaN"))
        #expect(problems.contains("constraints[0] bad: coefficient of v0 is inf"))
        #expect(problems.contains("constraints[1] ghost: refers to unknown variable v9"))
        #expect(problems.contains("objective: coefficient of v0 is nan"))
        #expect(problems.contains("objective: constant is inf"))
        #expect(problems.count == 8)
    }
}
