import LinearProgramming

/// Models without variables or without rows, decided without CBC.
///
/// Without rows the objective separates: each variable goes to the bound its
/// coefficient favours (integer bounds already rounded inwards). Without
/// variables every row is a constant that must lie within its bounds.
enum CBCTrivialModel {
    static func solve(_ model: LinearModel, data: CBCProblemData) -> SolverResult {
        if model.variables.isEmpty {
            let tolerance = 1e-9
            let satisfied = model.constraints.allSatisfy { $0.lowerBound <= tolerance && $0.upperBound >= -tolerance }
            guard satisfied else { return .withoutSolution(.infeasible) }
            return SolverResult(termination: .optimal, values: [], objectiveValue: model.objectiveConstant,
                                bestBound: model.objectiveConstant, solveSeconds: 0)
        }
        let direction = model.sense == .minimize ? 1.0 : -1.0
        var values: [Double] = []
        for index in model.variables.indices {
            let lower = data.columnLower[index] <= -1e299 ? -Double.infinity : data.columnLower[index]
            let upper = data.columnUpper[index] >= 1e299 ? Double.infinity : data.columnUpper[index]
            let wanted = data.objective[index] * direction
            let value = wanted > 0 ? lower : wanted < 0 ? upper : (lower.isFinite ? lower : (upper.isFinite ? upper : 0))
            guard value.isFinite else { return .withoutSolution(.unbounded) }
            values.append(value)
        }
        let objective = model.objectiveValue(at: values)
        return SolverResult(termination: .optimal, values: values, objectiveValue: objective,
                            bestBound: objective, solveSeconds: 0)
    }
}
