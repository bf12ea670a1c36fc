/// Why the solver stopped. Kept apart from whether it has a solution,
/// as MathOptInterface does: a time limit may come with or without one.
public enum TerminationStatus: String, Sendable, Equatable {
    /// The solution is proven optimal (to the requested gap, which is 0 by default).
    case optimal
    /// No point satisfies the constraints.
    case infeasible
    /// The objective can improve without end.
    case unbounded
    /// The relaxation is unbounded, and feasibility was not decided.
    case infeasibleOrUnbounded
    /// The time limit was reached.
    case timeLimit
    /// The relative gap tolerance was reached before optimality was proven.
    case gapLimit
    /// ``SolverParameters/shouldStop`` asked to stop.
    case interrupted
    /// The search's bound shows that nothing beats ``SolverParameters/knownObjective``
    /// (by a step of ``SolverParameters/objectiveStep``): the solution known apart from
    /// this solve is optimal. The result's values, if any, are the search's own, no better.
    case noBetterThanKnown
}

/// The outcome of one solve: why it stopped and, if found, a solution.
public struct SolverResult: Sendable {
    public var termination: TerminationStatus
    /// Variable values, one per model variable; empty when no solution was found.
    public var values: [Double]
    /// The objective value of ``values``, if there is a solution.
    public var objectiveValue: Double?
    /// The best proven bound on the objective (equal to the value when optimal), if known.
    public var bestBound: Double?
    /// Wall time of the solve in seconds.
    public var solveSeconds: Double
    /// The dual value (shadow price) of each row, one per model constraint, for a
    /// linear programme solved to optimality; empty otherwise, or when the
    /// backend does not report them. The sign is the objective's change per unit
    /// increase of the row's bound: for a maximisation, non-negative on a binding
    /// `<=` row. Column generation prices new columns with them.
    public var dualValues: [Double] = []

    public init(termination: TerminationStatus, values: [Double], objectiveValue: Double?,
                bestBound: Double?, solveSeconds: Double) {
        self.termination = termination
        self.values = values
        self.objectiveValue = objectiveValue
        self.bestBound = bestBound
        self.solveSeconds = solveSeconds
    }

    /// A result that carries no solution.
    public static func withoutSolution(_ termination: TerminationStatus, bestBound: Double? = nil) -> SolverResult {
        SolverResult(termination: termination, values: [], objectiveValue: nil, bestBound: bestBound, solveSeconds: 0)
    }

    /// Whether a solution satisfying every constraint was found.
    ///
    /// A model without variables has an empty solution, which is still one when optimal.
    public var hasSolution: Bool { !values.isEmpty || termination == .optimal }

    /// Whether the result is a proven optimal solution.
    public var isSolvedAndOptimal: Bool { termination == .optimal && hasSolution }
}

/// A solver failed: it could not run, not "the model has no solution".
public struct SolverError: Error, Sendable, CustomStringConvertible {
    /// The backend's name, e.g. "GLPK".
    public var backend: String
    /// The backend's own return code, if it has one.
    public var code: Int32?
    /// What went wrong, in words.
    public var message: String
    /// Whether the input was unfit (a fault of the caller), rather than the
    /// solver failing on fit input.
    public var isUnfitInput = false

    public init(backend: String, code: Int32?, message: String) {
        self.backend = backend
        self.code = code
        self.message = message
    }

    /// The model or the parameters cannot be handed to a solver: every problem, listed.
    public static func unfitInput(backend: String, problems: [String]) -> SolverError {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        var error = SolverError(backend: backend, code: nil,
                                message: "input unfit for a solver, \(count): " + problems.joined(separator: "; "))
        error.isUnfitInput = true
        return error
    }

    public var description: String {
        if let code { return "\(backend) failed (code \(code)): \(message)" }
        return "\(backend) failed: \(message)"
    }
}

/// A solver that can solve a ``LinearModel``.
///
/// A backend checks the model before handing it to native code and throws
/// ``SolverError`` for solver failures; optimisation outcomes such as
/// infeasibility are returned in ``SolverResult``, never thrown.
public protocol SolverBackend: Sendable {
    /// A short name for messages, e.g. "GLPK".
    var name: String { get }
    /// Solves the model and returns the outcome.
    func solve(_ model: LinearModel, parameters: SolverParameters) throws(SolverError) -> SolverResult
    /// Whether the backend's own branch-and-cut finds good integer solutions
    /// of a large programme too slowly to be left to it alone, so that a caller
    /// does better to hand it solutions found in restricted programmes first.
    /// `false` by default.
    var searchNeedsGuidance: Bool { get }
    /// Frees what the backend keeps for the calling thread; called by a worker
    /// thread that has solved with this backend before it ends.
    func releaseThreadResources()
}

extension SolverBackend {
    public var searchNeedsGuidance: Bool { false }
    /// Nothing to free by default.
    public func releaseThreadResources() {}
}
