/// What values a variable may take.
public enum VariableKind: String, Sendable, Equatable, Codable {
    /// Any real number within the bounds.
    case continuous
    /// Any whole number within the bounds.
    case integer
    /// 0 or 1 (the bounds are kept within 0...1).
    case binary
}

/// A decision variable: bounds, kind and an optional name for exported models.
public struct Variable: Sendable, Equatable {
    public var name: String
    public var lowerBound: Double
    public var upperBound: Double
    public var kind: VariableKind

    public init(name: String, lowerBound: Double, upperBound: Double, kind: VariableKind) {
        self.name = name
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.kind = kind
    }

    /// Whether a solver must keep this variable whole.
    public var isInteger: Bool { kind != .continuous }
}

/// A handle to one row of a ``LinearModel``.
public struct ConstraintID: Hashable, Sendable {
    /// Zero-based position of the row in ``LinearModel/constraints``.
    public let index: Int
    public init(index: Int) { self.index = index }
}

/// A row `lowerBound <= Σ coefficient · variable <= upperBound`.
///
/// Either bound may be infinite; equal bounds make an equality.
public struct Constraint: Sendable, Equatable {
    public var name: String
    /// Merged terms: each variable at most once, no zero coefficients.
    public var terms: [LinearExpression.Term]
    public var lowerBound: Double
    public var upperBound: Double

    public init(name: String, terms: [LinearExpression.Term], lowerBound: Double, upperBound: Double) {
        self.name = name
        self.terms = terms
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }
}

/// Whether the objective is to be made small or large.
public enum ObjectiveSense: String, Sendable, Equatable {
    case minimize
    case maximize
}

/// A mixed-integer linear programme, independent of any solver.
///
/// Build it with ``addVariable(name:lowerBound:upperBound:kind:)`` and
/// ``addConstraint(_:lowerBound:upperBound:name:)``, then hand it to a
/// ``SolverBackend``. The model keeps its rows normalised (each variable
/// once per row) so that every backend receives well-formed input.
public struct LinearModel: Sendable, Equatable {
    /// A name for exported files.
    public var name: String
    public private(set) var variables: [Variable] = []
    public private(set) var constraints: [Constraint] = []
    /// Merged objective terms.
    public private(set) var objective: [LinearExpression.Term] = []
    /// A constant added to the objective value.
    public private(set) var objectiveConstant: Double = 0
    public var sense: ObjectiveSense = .minimize

    /// Creates an empty model.
    public init(name: String = "model") { self.name = name }

    /// Whether any variable must take a whole value.
    public var isMixedInteger: Bool { variables.contains { $0.isInteger } }

    /// Adds a variable and returns its handle.
    @discardableResult
    public mutating func addVariable(
        name: String = "",
        lowerBound: Double = 0,
        upperBound: Double = .infinity,
        kind: VariableKind = .continuous
    ) -> VariableID {
        let id = VariableID(index: variables.count)
        var lower = lowerBound, upper = upperBound
        if kind == .binary { lower = max(lower, 0); upper = min(upper, 1) }
        variables.append(Variable(name: name.isEmpty ? "x\(id.index + 1)" : name,
                                  lowerBound: lower, upperBound: upper, kind: kind))
        return id
    }

    /// Adds a binary variable and returns its handle.
    @discardableResult
    public mutating func addBinary(name: String = "") -> VariableID {
        addVariable(name: name, lowerBound: 0, upperBound: 1, kind: .binary)
    }

    /// Adds the row `lowerBound <= expression <= upperBound`.
    ///
    /// The expression's constant is moved to the bounds.
    @discardableResult
    public mutating func addConstraint(
        _ expression: LinearExpression,
        lowerBound: Double = -.infinity,
        upperBound: Double = .infinity,
        name: String = ""
    ) -> ConstraintID {
        let id = ConstraintID(index: constraints.count)
        constraints.append(Constraint(
            name: name.isEmpty ? "r\(id.index + 1)" : name,
            terms: expression.normalizedTerms(),
            lowerBound: lowerBound - expression.constant,
            upperBound: upperBound - expression.constant))
        return id
    }

    /// Sets the objective to optimise.
    public mutating func setObjective(_ expression: LinearExpression, sense: ObjectiveSense) {
        objective = expression.normalizedTerms()
        objectiveConstant = expression.constant
        self.sense = sense
    }

    /// Changes the bounds of a variable (for example to fix it).
    public mutating func setBounds(of variable: VariableID, lower: Double, upper: Double) {
        variables[variable.index].lowerBound = lower
        variables[variable.index].upperBound = upper
    }

    /// Changes what values a variable may take.
    public mutating func setKind(of variable: VariableID, to kind: VariableKind) {
        variables[variable.index].kind = kind
    }

    /// The linear relaxation: the same model with every variable continuous.
    public func relaxed() -> LinearModel {
        var relaxation = self
        for index in relaxation.variables.indices { relaxation.variables[index].kind = .continuous }
        return relaxation
    }

    /// The objective as an expression, constant included.
    public var objectiveExpression: LinearExpression {
        LinearExpression(objective, constant: objectiveConstant)
    }

    /// The objective value at the given variable values.
    public func objectiveValue(at values: [Double]) -> Double {
        objective.reduce(objectiveConstant) { $0 + $1.coefficient * values[$1.variable.index] }
    }

    /// Whether `values` (one per variable) meet every bound, integrality and
    /// row to `tolerance`: a point a solver would accept as a solution.
    public func isFeasible(at values: [Double], tolerance: Double = 1e-6) -> Bool {
        guard values.count == variables.count else { return false }
        for (variable, value) in zip(variables, values) {
            guard value.isFinite, value >= variable.lowerBound - tolerance, value <= variable.upperBound + tolerance
            else { return false }
            if variable.isInteger && abs(value - value.rounded()) > tolerance { return false }
        }
        return constraints.allSatisfy { row in
            let activity = row.terms.reduce(0) { $0 + $1.coefficient * values[$1.variable.index] }
            let slack = tolerance * max(1, abs(activity))
            return activity >= row.lowerBound - slack && activity <= row.upperBound + slack
        }
    }

    /// The number of non-zero coefficients in the constraint matrix.
    public var nonZeroCount: Int { constraints.reduce(0) { $0 + $1.terms.count } }
}
