import LinearProgramming
import Testing

/// Checks that values satisfy a model's bounds, rows and integrality, within a tolerance.
enum SolutionCheck {
    /// Every violation found, in words; empty when the values are feasible.
    static func violations(of values: [Double], in model: LinearModel, tolerance: Double = 1e-6) -> [String] {
        guard values.count == model.variables.count else {
            return ["\(values.count) values for \(model.variables.count) variables"]
        }
        var found: [String] = []
        for (index, variable) in model.variables.enumerated() {
            let value = values[index]
            let slack = tolerance * max(1, abs(value))
            if value < variable.lowerBound - slack || value > variable.upperBound + slack {
                found.append("\(variable.name) = \(value) outside [\(variable.lowerBound), \(variable.upperBound)]")
            }
            if variable.isInteger && abs(value - value.rounded()) > 1e-6 {
                found.append("\(variable.name) = \(value) is not whole")
            }
        }
        for row in model.constraints {
            let activity = row.terms.reduce(0) { $0 + $1.coefficient * values[$1.variable.index] }
            let slack = tolerance * max(1, abs(activity))
            if activity < row.lowerBound - slack || activity > row.upperBound + slack {
                found.append("\(row.name) = \(activity) outside [\(row.lowerBound), \(row.upperBound)]")
            }
        }
        return found
    }

    /// Records an issue for every violation of a result's solution.
    static func expectFeasible(_ result: SolverResult, in model: LinearModel,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        let problems = violations(of: result.values, in: model)
        #expect(problems.isEmpty, "solution violates: \(problems.prefix(5).joined(separator: "; "))",
                sourceLocation: sourceLocation)
        if let objective = result.objectiveValue {
            let recomputed = model.objectiveValue(at: result.values)
            #expect(abs(recomputed - objective) <= 1e-6 * max(1, abs(objective)),
                    "reported objective \(objective), values give \(recomputed)", sourceLocation: sourceLocation)
        }
    }
}

/// Whether two objective values agree to a relative tolerance.
func agrees(_ actual: Double?, _ expected: Double, relative tolerance: Double) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= tolerance * max(1, abs(expected))
}
