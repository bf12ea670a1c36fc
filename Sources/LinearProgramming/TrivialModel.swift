extension Variable {
    /// The bounds every backend hands its solver: a binary's within [0, 1], an
    /// integer's rounded inwards (solvers refuse or mishandle fractional bounds
    /// on integer columns). A relative 1e-9 absorbs rounding: 2.9999999999 is 3.
    public var solverBounds: (lower: Double, upper: Double) {
        var lower = lowerBound, upper = upperBound
        if kind == .binary { lower = max(lower, 0); upper = min(upper, 1) }
        guard isInteger else { return (lower, upper) }
        if lower.isFinite { lower = (lower - 1e-9 * max(1, abs(lower))).rounded(.up) }
        if upper.isFinite { upper = (upper + 1e-9 * max(1, abs(upper))).rounded(.down) }
        return (lower, upper)
    }
}

/// Models without variables or without rows, decided without a solver: GLPK
/// aborts on them, and CBC would start a process for nothing.
///
/// Without rows the objective separates: each variable goes to the bound its
/// coefficient favours. Without variables every row is a constant that must
/// lie within its bounds.
public enum TrivialModel {
    /// The outcome, or `nil` when the model has both variables and rows. The
    /// caller has checked that every variable's ``Variable/solverBounds`` are consistent.
    public static func solve(_ model: LinearModel) -> SolverResult? {
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
        for (variable, coefficient) in zip(model.variables, coefficients) {
            let (lower, upper) = variable.solverBounds
            let wanted = coefficient * direction
            let value = wanted > 0 ? lower : wanted < 0 ? upper : (lower.isFinite ? lower : (upper.isFinite ? upper : 0))
            // The bounds are consistent here, so a feasible point exists and the model is unbounded.
            guard value.isFinite else { return .withoutSolution(.unbounded) }
            values.append(value)
        }
        let objective = model.objectiveValue(at: values)
        return SolverResult(termination: .optimal, values: values, objectiveValue: objective,
                            bestBound: objective, solveSeconds: 0)
    }
}
