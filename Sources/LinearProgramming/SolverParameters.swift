/// A snapshot of a running solve, for progress displays.
public struct SolveProgress: Sendable {
    /// The objective value of the best solution found so far, if any.
    public var bestObjective: Double?
    /// The best proven bound on the objective, if known.
    public var bestBound: Double?
    /// Seconds since the solve started.
    public var elapsedSeconds: Double
    /// Branch-and-bound nodes still open.
    public var openNodes: Int

    public init(bestObjective: Double?, bestBound: Double?, elapsedSeconds: Double, openNodes: Int) {
        self.bestObjective = bestObjective
        self.bestBound = bestBound
        self.elapsedSeconds = elapsedSeconds
        self.openNodes = openNodes
    }
}

/// Options that every backend honours.
public struct SolverParameters: Sendable {
    /// Stop after this many seconds of wall time; `nil` for no limit.
    public var timeLimit: Double?
    /// Stop once the relative gap between solution and bound is at most this.
    public var relativeGap: Double
    /// Let the solver print its own log (to the ``outputSink`` if given, else stdout).
    public var verbose: Bool
    /// Receives the solver's log lines when ``verbose`` is on.
    public var outputSink: (@Sendable (String) -> Void)?
    /// Called now and then during a mixed-integer solve.
    public var progress: (@Sendable (SolveProgress) -> Void)?
    /// Asked now and then; returning `true` stops the solve early.
    public var shouldStop: (@Sendable () -> Bool)?
    /// When every feasible objective value is a multiple of this step (for
    /// example 1 when all objective coefficients are whole numbers on integer
    /// variables), a solver may stop with a proven optimum as soon as its
    /// bound is within one step of its best solution. `nil`: no such grid.
    public var objectiveStep: Double?
    /// The objective value of a solution found apart from this solve (by a
    /// heuristic, or in a smaller programme). A solver may stop, ending with
    /// ``TerminationStatus/noBetterThanKnown``, once its bound shows that no
    /// solution is better by a step (``objectiveStep``, or a rounding error
    /// without one). The model itself is unchanged: the solver keeps its own
    /// search, and is not told to look only above this value.
    public var knownObjective: Double?
    /// For a search that only serves to find a good solution (a heuristic
    /// step, not a proof): stop, ending with ``TerminationStatus/timeLimit``
    /// and the best solution, once the best solution has not improved for
    /// this many times as long as the search took to find it (and at least
    /// ``stallMinimumSeconds``). `nil`: search until proven or out of time.
    public var stallFactor: Double?
    /// The shortest wait for a better solution under ``stallFactor``.
    public var stallMinimumSeconds: Double = 0.5
    /// A bound on the objective proven apart from this solve (for example by
    /// a solve of a less restricted programme). A solution that reaches it is
    /// optimal, so a solver may stop there, ending with
    /// ``TerminationStatus/optimal``. It must be a true bound: a solver trusts it.
    public var targetObjective: Double?
    /// A solution to start from (a MIP start), one value per variable. A
    /// backend uses it only when it meets every bound, integrality and row;
    /// one that does not is ignored, never an error. `nil`: none.
    public var startingPoint: [Double]?
    /// Threads a backend may use for its search; `nil`: its default. GLPK
    /// has one thread and ignores it.
    public var threads: Int?

    public init(
        timeLimit: Double? = nil,
        relativeGap: Double = 0,
        verbose: Bool = false,
        outputSink: (@Sendable (String) -> Void)? = nil,
        progress: (@Sendable (SolveProgress) -> Void)? = nil,
        shouldStop: (@Sendable () -> Bool)? = nil,
        objectiveStep: Double? = nil,
        knownObjective: Double? = nil
    ) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.verbose = verbose
        self.outputSink = outputSink
        self.progress = progress
        self.shouldStop = shouldStop
        self.objectiveStep = objectiveStep
        self.knownObjective = knownObjective
    }
}

extension SolverParameters {
    /// What no backend can take: a time limit that is no duration, a gap that
    /// is no fraction, fewer than one thread; each named by its place.
    public var problems: [String] {
        var problems: [String] = []
        if let limit = timeLimit, limit.isNaN || limit < 0 {
            problems.append("parameters.timeLimit: \(limit) is not a duration")
        }
        if !(relativeGap >= 0 && relativeGap.isFinite) {
            problems.append("parameters.relativeGap: \(relativeGap) is not a non-negative number")
        }
        if let threads, threads < 1 {
            problems.append("parameters.threads: \(threads) is not a number of threads")
        }
        return problems
    }
}
