import Testing
@testable import LinearProgramming

@Suite("Linear expressions")
struct LinearExpressionTests {
    let x = VariableID(index: 0)
    let y = VariableID(index: 1)
    let z = VariableID(index: 2)

    @Test("duplicates are merged and the result is sorted by variable")
    func mergesDuplicates() {
        let expression = LinearExpression([.init(z, 1), .init(x, 2), .init(z, 3), .init(x, -0.5)])
        #expect(expression.normalizedTerms() == [.init(x, 1.5), .init(z, 4)])
    }

    @Test("zero coefficients are dropped, also when duplicates cancel")
    func dropsZeros() {
        let expression = LinearExpression([.init(x, 0), .init(y, 2), .init(z, 1), .init(y, -2)])
        #expect(expression.normalizedTerms() == [.init(z, 1)])
        #expect(LinearExpression([.init(x, 0)]).normalizedTerms().isEmpty)
    }

    @Test("arithmetic keeps terms and constants")
    func arithmetic() {
        let sum = LinearExpression(x) + 2 * LinearExpression([.init(y, 3)], constant: 1)
        #expect(sum.terms == [.init(x, 1), .init(y, 6)])
        #expect(sum.constant == 2)
        let difference = sum - LinearExpression(x)
        #expect(difference.normalizedTerms() == [.init(y, 6)])
        #expect(difference.value(at: [10, 1]) == 8)
        #expect(LinearExpression.sum([x, y, x]).normalizedTerms() == [.init(x, 2), .init(y, 1)])
    }
}
