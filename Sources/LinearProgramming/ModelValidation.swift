/// Problems that would make a solver reject or misread a model.
public struct ModelProblem: Sendable, Equatable, CustomStringConvertible {
    public var location: String
    public var message: String
    public var description: String { "\(location): \(message)" }
}

extension LinearModel {
    /// Every problem that makes the model unfit for a solver: NaN or infinite
    /// coefficients, NaN bounds, unknown variables, names too long for file formats.
    ///
    /// Inconsistent bounds (lower > upper) are not listed: they make a model
    /// infeasible, which is an answer, not an error.
    public func problems(maximumNameLength: Int = 255) -> [ModelProblem] {
        var found: [ModelProblem] = []
        for (index, variable) in variables.enumerated() {
            let place = "variables[\(index)] \(variable.name)"
            if variable.lowerBound.isNaN || variable.upperBound.isNaN {
                found.append(ModelProblem(location: place, message: "bound is NaN"))
            }
            if variable.lowerBound == .infinity || variable.upperBound == -.infinity {
                found.append(ModelProblem(location: place, message: "bound is infinite on the wrong side"))
            }
            if variable.name.utf8.count > maximumNameLength {
                found.append(ModelProblem(location: place, message: "name longer than \(maximumNameLength) bytes"))
            }
        }
        for (index, row) in constraints.enumerated() {
            let place = "constraints[\(index)] \(row.name)"
            if row.lowerBound.isNaN || row.upperBound.isNaN {
                found.append(ModelProblem(location: place, message: "bound is NaN"))
            }
            if row.lowerBound == .infinity || row.upperBound == -.infinity {
                found.append(ModelProblem(location: place, message: "bound is infinite on the wrong side"))
            }
            if row.name.utf8.count > maximumNameLength {
                found.append(ModelProblem(location: place, message: "name longer than \(maximumNameLength) bytes"))
            }
            for term in row.terms {
                if !term.coefficient.isFinite {
                    found.append(ModelProblem(location: place, message: "coefficient of \(term.variable) is \(term.coefficient)"))
                }
                if term.variable.index < 0 || term.variable.index >= variables.count {
                    found.append(ModelProblem(location: place, message: "refers to unknown variable \(term.variable)"))
                }
            }
        }
        for term in objective {
            if !term.coefficient.isFinite {
                found.append(ModelProblem(location: "objective", message: "coefficient of \(term.variable) is \(term.coefficient)"))
            }
            if term.variable.index < 0 || term.variable.index >= variables.count {
                found.append(ModelProblem(location: "objective", message: "refers to unknown variable \(term.variable)"))
            }
        }
        if !objectiveConstant.isFinite {
            found.append(ModelProblem(location: "objective", message: "constant is \(objectiveConstant)"))
        }
        return found
    }
}
