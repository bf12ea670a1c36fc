import LinearProgramming

/// Which stage of the lexicographic solve is running.
public enum MatchStage: Int, Sendable, Equatable, CustomStringConvertible {
    /// Most households housed (by priority).
    case housed = 1
    /// Best fit among matches that house the most.
    case preference = 2
    /// Most assignments of an earlier match kept, among matches best in both
    /// stages before; runs only for a stable re-solve (``MatchOptions/keep``).
    case kept = 3
    /// One match among those equally good in every stage before, by a fixed
    /// rule (``MatchFormulation/tieBreakObjective``); runs only once those stages are proven.
    case tieBreak = 4

    public var description: String {
        switch self {
        case .housed: "stage 1 (households housed)"
        case .preference: "stage 2 (preference fit)"
        case .kept: "stage 3 (keeping the earlier match)"
        case .tieBreak: "last step (one match among equally good ones)"
        }
    }
}

/// A progress report from a running solve.
public struct MatchProgress: Sendable {
    public var stage: MatchStage
    /// The objective of the best match found so far in this stage.
    public var bestObjective: Double?
    /// The best proven bound in this stage.
    public var bestBound: Double?
    /// Seconds since the whole solve started.
    public var elapsedSeconds: Double

    public init(stage: MatchStage, bestObjective: Double?, bestBound: Double?, elapsedSeconds: Double) {
        self.stage = stage
        self.bestObjective = bestObjective
        self.bestBound = bestBound
        self.elapsedSeconds = elapsedSeconds
    }
}

/// Limits and hooks for ``MatchEngine``.
public struct MatchOptions: Sendable {
    /// Wall-time limit for both stages together, in seconds; `nil` for none.
    ///
    /// Every value is safe: one that is not a number, infinite, or longer
    /// than ``longestTimeLimit`` means no limit, as `nil` does; zero or a
    /// negative value means no time at all, so the solve ends at once with
    /// whatever it has (usually ``MatchStatus/noSolution``). The CLI refuses
    /// such values; the library never traps on them.
    public var timeLimit: Double?

    /// The longest time limit taken as a limit: a year. Beyond it a limit
    /// means nothing in practice, and durations that long overflow clocks.
    public static let longestTimeLimit: Double = 365 * 24 * 3600

    /// ``timeLimit`` as the engine applies it: `nil` for no limit, else a
    /// number of seconds from 0 to ``longestTimeLimit``.
    var effectiveTimeLimit: Double? {
        guard let limit = timeLimit, limit.isFinite, limit <= Self.longestTimeLimit else { return nil }
        return max(0, limit)
    }
    /// Relative gap at which each stage may stop; 0 asks for proven optima.
    public var relativeGap: Double
    /// Show the solver's own log.
    public var verbose: Bool
    /// Receives the solver's log lines when ``verbose`` is on; stdout when `nil`.
    public var solverOutput: (@Sendable (String) -> Void)?
    /// Called now and then while solving.
    public var progress: (@Sendable (MatchProgress) -> Void)?
    /// Asked now and then; returning `true` stops early with the best match so far.
    public var shouldStop: (@Sendable () -> Bool)?
    /// A match of an earlier version of the scenario (before a site was added,
    /// say): its groups' sites are tried first, which finds a good match
    /// early when little has changed, and when it still meets every rule it
    /// is the first match, so the answer is never worse than it. The optimum
    /// is the same with or without it; only the time changes.
    public var startingMatch: Match?
    /// An earlier match to stay close to: a third stage, after the two of
    /// MODEL.md, keeps as many of its assignments as it can (households in
    /// their group, groups at their site) without housing fewer or fitting
    /// worse. Its sites are also tried first, as with ``startingMatch``.
    public var keep: Match?
    /// A solve of an earlier version of the scenario (the base of a what-if,
    /// the previous point of a sweep). When this scenario only takes options
    /// away from it (``Scenario/isRestriction(of:)``), its bounds hold here:
    /// its optimal match, if still feasible, is returned at once, and each
    /// stage stops as soon as a match reaches them. Whatever the change, the
    /// independent parts it leaves as they were (the other regions) keep
    /// their earlier outcome without solving (see "What-ifs in one region"
    /// in <doc:HowTheModelWorks>). Its sites are also tried first, as with
    /// ``startingMatch``. The optimum is the same with or without it.
    public var earlierSolve: EarlierSolve?
    /// Conditions added to MODEL.md's rules for a what-if solve ("h17 joins
    /// g2"); the answer is the best match that meets them all, or infeasible.
    public var requirements: [MatchRequirement]
    /// When no match meets every rule, name a smallest set of rules that
    /// cannot all hold (``MatchResult/conflict``). Costs a few solves more,
    /// only then; not done for solves with ``requirements``.
    public var explainsConflicts: Bool = true
    /// With ``explainsConflicts``: also change each rule of the conflict on
    /// its own and solve that scenario (``ConflictingRule/tried``). Up to a
    /// minute of solves; a sweep turns it off for points whose file nobody reads.
    public var triesConflictingRules: Bool = true
    /// Threads that solve independent parts of a scenario side by side;
    /// `nil` for one per processor core. A scenario in one part uses one.
    public var threads: Int?
    /// The MIP solver a ``MatchEngine`` uses when it is given no backend.
    public var solver: MatchSolver = .auto

    public init(
        timeLimit: Double? = nil,
        relativeGap: Double = 0,
        verbose: Bool = false,
        solverOutput: (@Sendable (String) -> Void)? = nil,
        progress: (@Sendable (MatchProgress) -> Void)? = nil,
        shouldStop: (@Sendable () -> Bool)? = nil,
        threads: Int? = nil,
        startingMatch: Match? = nil,
        keep: Match? = nil,
        earlierSolve: EarlierSolve? = nil,
        requirements: [MatchRequirement] = []
    ) {
        self.keep = keep
        self.earlierSolve = earlierSolve
        self.requirements = requirements
        self.startingMatch = startingMatch
        self.threads = threads
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.verbose = verbose
        self.solverOutput = solverOutput
        self.progress = progress
        self.shouldStop = shouldStop
    }
}

/// The solvers a ``MatchEngine`` can pick by name.
public enum MatchSolver: String, Sendable, Equatable, CaseIterable {
    /// GLPK: always available.
    case glpk
    /// CBC 2.10, each solve in a child process (``CBCBackend``).
    case cbc
    /// The default: each independent part's stages on CBC when the part has
    /// from ``autoCBCIntegerVariables``'s lower to its upper end of integer
    /// variables, on GLPK otherwise; everything else (the primal heuristic,
    /// conflicts) on GLPK. A CBC solve costs a process (about 0.07 s a solve
    /// on the small tier), which small programmes do not earn back; from a few
    /// hundred households on, CBC's search proves more and finds better
    /// matches; on the largest programmes its root takes the whole time, where
    /// GLPK's guided steps still find good matches (Benchmarks/README.md, "A
    /// start for CBC, and the default solver").
    case auto

    /// The parts that go to CBC under ``auto``, by integer variables. The
    /// generated small tier has 105-183 (GLPK faster there), the interactive
    /// and regional tiers 416-9,940 (CBC faster or level); the spread stress
    /// tier 31,338, where CBC found little beyond the heuristic's match in 60 s
    /// and GLPK's steps housed over four times as many.
    public static let autoCBCIntegerVariables = 400..<12_000
}
