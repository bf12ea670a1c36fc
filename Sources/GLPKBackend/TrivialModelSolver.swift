import LinearProgramming

/// Solves models without variables or without rows, which GLPK cannot take.
///
/// Without rows the objective separates: each variable goes to the bound its
/// coefficient favours. Without variables every row is a constant that must
/// lie within its bounds.
enum TrivialModelSolver {
    /// The outcome, or nil when the model has both variables and rows.
    static func solve(_ model: LinearModel, data: GLPKProblemData) -> SolverResult? {
        if model.variables.isEmpty {
            let tolerance = 1e-9
            let satisfied = model.constraints.allSatisfy { $0.lowerBound <= tolerance && $0.upperBound >= -tolerance }
            guard satisfied else { return .withoutSolution(.infeasible) }
            return SolverResult(termination: .optimal, values: [], objectiveValue: model.objectiveConstant,
                                bestBound: model.objectiveConstant, solveSeconds: 0)
        }
        guard model.constraints.isEmpty else { return nil }

        var coefficients = Array(repeating: 0.0, count: model.variables.count)
        for term in model.objective { coefficients[term.variable.index] += term.coefficient }
        let direction = model.sense == .minimize ? 1.0 : -1.0
        var values: [Double] = []
        values.reserveCapacity(coefficients.count)
        for (index, coefficient) in coefficients.enumerated() {
            let (lower, upper) = data.columnBounds(index + 1)
            let wanted = coefficient * direction
            let value: Double
            if wanted > 0 {
                value = lower
            } else if wanted < 0 {
                value = upper
            } else {
                value = lower.isFinite ? lower : (upper.isFinite ? upper : 0)
            }
            // The bounds are consistent here, so a feasible point exists and the model is unbounded.
            guard value.isFinite else { return .withoutSolution(.unbounded) }
            values.append(value)
        }
        let objective = model.objectiveValue(at: values)
        return SolverResult(termination: .optimal, values: values, objectiveValue: objective,
                            bestBound: objective, solveSeconds: 0)
    }
}
