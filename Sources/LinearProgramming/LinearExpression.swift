/// A handle to one variable of a ``LinearModel``.
public struct VariableID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Zero-based position of the variable in ``LinearModel/variables``.
    public let index: Int

    /// Creates a handle; only ``LinearModel`` hands these out in normal use.
    public init(index: Int) { self.index = index }

    public static func < (lhs: VariableID, rhs: VariableID) -> Bool { lhs.index < rhs.index }
    public var description: String { "v\(index)" }
}

/// A sum of variables times coefficients, plus a constant.
///
/// Terms may name a variable more than once; ``LinearModel`` merges them
/// when a constraint or objective is added, because backends such as GLPK
/// reject duplicate matrix entries.
public struct LinearExpression: Sendable, Equatable {
    /// One coefficient times one variable.
    public struct Term: Sendable, Equatable {
        public var variable: VariableID
        public var coefficient: Double
        public init(_ variable: VariableID, _ coefficient: Double) {
            self.variable = variable
            self.coefficient = coefficient
        }
    }

    /// The terms, in the order they were added.
    public var terms: [Term]
    /// A constant added to the sum.
    public var constant: Double

    /// Creates an expression from terms and a constant.
    public init(_ terms: [Term] = [], constant: Double = 0) {
        self.terms = terms
        self.constant = constant
    }

    /// The expression `1 · variable`.
    public init(_ variable: VariableID) { self.init([Term(variable, 1)]) }

    /// The sum of the given variables, each with coefficient 1.
    public static func sum<S: Sequence>(_ variables: S) -> LinearExpression where S.Element == VariableID {
        LinearExpression(variables.map { Term($0, 1) })
    }

    /// Whether the expression has no terms.
    public var isEmpty: Bool { terms.isEmpty }

    /// Adds `coefficient · variable`.
    public mutating func add(_ variable: VariableID, _ coefficient: Double = 1) {
        terms.append(Term(variable, coefficient))
    }

    /// Adds every term and the constant of another expression, scaled.
    public mutating func add(_ other: LinearExpression, times factor: Double = 1) {
        terms.reserveCapacity(terms.count + other.terms.count)
        for term in other.terms { terms.append(Term(term.variable, term.coefficient * factor)) }
        constant += other.constant * factor
    }

    /// The value of the expression at the given variable values.
    public func value(at values: [Double]) -> Double {
        terms.reduce(constant) { $0 + $1.coefficient * values[$1.variable.index] }
    }

    /// The terms with duplicates merged (sorted by variable) and zero coefficients dropped.
    public func normalizedTerms() -> [Term] {
        guard terms.count > 1 else { return terms.filter { $0.coefficient != 0 } }
        let sorted = terms.sorted { $0.variable < $1.variable }
        var merged: [Term] = []
        merged.reserveCapacity(sorted.count)
        for term in sorted {
            if let last = merged.last, last.variable == term.variable {
                merged[merged.count - 1].coefficient += term.coefficient
            } else {
                merged.append(term)
            }
        }
        return merged.filter { $0.coefficient != 0 }
    }
}

extension LinearExpression {
    public static func + (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        var result = lhs
        result.add(rhs)
        return result
    }

    public static func - (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        var result = lhs
        result.add(rhs, times: -1)
        return result
    }

    public static func * (factor: Double, expression: LinearExpression) -> LinearExpression {
        var result = LinearExpression()
        result.add(expression, times: factor)
        return result
    }

    public static func += (lhs: inout LinearExpression, rhs: LinearExpression) { lhs.add(rhs) }
}
