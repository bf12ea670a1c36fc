import CCBCRunner
import LinearProgramming

/// Solves ``LinearModel``s with CBC 2.10 (COIN-OR Branch and Cut); linear
/// programmes go to Clp, CBC's simplex method.
///
/// Each solve runs in a forked child process (see `CCBCRunner`): CBC aborts
/// the process on some models and has no stop call in its C interface, so
/// an abort of the child becomes a ``SolverError`` and a stop request
/// (``SolverParameters/shouldStop``, the time limit, a reached target or
/// known objective, a stall) becomes SIGINT, after which the child hands
/// back its incumbent; a child that does not answer within
/// ``gracePeriodSeconds`` is killed and the result carries no solution.
/// A linear solve ignores SIGINT, so a stopped one ends without a solution.
///
/// The model is checked with ``LinearModel/problems(maximumNameLength:)``
/// first; CBC is given no names. Solves on several threads at once are
/// independent processes.
public struct CBCBackend: SolverBackend {
    /// How long a stopped child may take to hand back its incumbent.
    public var gracePeriodSeconds: Double
    /// Threads for a solve whose ``SolverParameters/threads`` is nil; nil: CBC's default (one).
    public var threads: Int?
    /// Makes the child abort at once, as CBC 2.10.8 does on some models; for tests.
    var abortsForTesting = false

    public init(threads: Int? = nil, gracePeriodSeconds: Double = 1.5) {
        self.threads = threads
        self.gracePeriodSeconds = gracePeriodSeconds
    }

    /// Solves a small model in a child that aborts, as CBC does on some
    /// models; throws the ``SolverError`` that this becomes.
    public static func provokeChildAbortForTesting() throws(SolverError) {
        var model = LinearModel()
        let x = model.addVariable(upperBound: 3, kind: .integer)
        model.addConstraint(LinearExpression(x), upperBound: 2)
        model.setObjective(LinearExpression(x), sense: .maximize)
        var backend = CBCBackend()
        backend.abortsForTesting = true
        _ = try backend.solve(model, parameters: SolverParameters())
    }

    /// "CBC".
    public var name: String { "CBC" }

    public func solve(_ model: LinearModel, parameters: SolverParameters) throws(SolverError) -> SolverResult {
        let started = ContinuousClock.now
        try checkInput(model, parameters)
        let data = try CBCProblemData(model, backend: name)
        var result: SolverResult
        if data.hasInconsistentBounds {
            result = .withoutSolution(.infeasible)
        } else if parameters.shouldStop?() == true {
            // Asked before the start, as GLPKBackend does: a stop requested already costs no process.
            result = .withoutSolution(.interrupted)
        } else if model.variables.isEmpty || model.constraints.isEmpty {
            result = TrivialModel.solve(model)!
        } else {
            result = try run(model, data: data, parameters: parameters, started: started)
        }
        result.solveSeconds = started.secondsUntilNow
        return result
    }

    /// The number of open file descriptors of this process (for tests that
    /// solves leak none).
    public static func openDescriptorCount() -> Int { Int(hmc_open_descriptor_count()) }

    private func checkInput(_ model: LinearModel, _ parameters: SolverParameters) throws(SolverError) {
        var problems = model.problems(maximumNameLength: .max).map(\.description) + parameters.problems
        if !(gracePeriodSeconds >= 0 && gracePeriodSeconds.isFinite) {
            problems.append("gracePeriodSeconds: \(gracePeriodSeconds) is not a duration")
        }
        if !problems.isEmpty { throw SolverError.unfitInput(backend: name, problems: problems) }
    }

    private func run(_ model: LinearModel, data: CBCProblemData, parameters: SolverParameters,
                     started: ContinuousClock.Instant) throws(SolverError) -> SolverResult {
        let minimize = model.sense == .minimize
        let watch = CBCSearchWatch(parameters: parameters, started: started, minimize: minimize,
                                   constant: model.objectiveConstant)
        let step = parameters.objectiveStep.flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
        // A start that breaks a rule is dropped here rather than handed to CBC.
        let start = parameters.startingPoint.flatMap { model.isFeasible(at: $0) ? $0 : nil }
        var settings = hmc_settings()
        settings.time_limit = parameters.timeLimit.map { max(0.001, $0 - started.secondsUntilNow) } ?? 0
        settings.relative_gap = parameters.relativeGap
        // With values on a grid of `step`, a gap short of one step proves the incumbent, and
        // a new incumbent must be better by a step: CBC's allowable gap and cutoff increment.
        settings.absolute_gap = step.map { $0 * (1 - 1e-6) } ?? 0
        settings.increment = step.map { $0 * (1 - 1e-6) } ?? 0
        settings.threads = Int32(clamping: parameters.threads ?? threads ?? 0)
        settings.abort_for_testing = abortsForTesting ? 1 : 0
        settings.verbose = parameters.verbose ? 1 : 0
        settings.grace_seconds = gracePeriodSeconds
        var outcome = hmc_outcome()
        var values = Array(repeating: 0.0, count: data.columnCount)
        var duals = Array(repeating: 0.0, count: data.rowCount)
        let code: Int32 = data.columnStart.withUnsafeBufferPointer { columnStart in
            data.rowIndex.withUnsafeBufferPointer { rowIndex in
            data.value.withUnsafeBufferPointer { value in
            data.columnLower.withUnsafeBufferPointer { columnLower in
            data.columnUpper.withUnsafeBufferPointer { columnUpper in
            data.objective.withUnsafeBufferPointer { objective in
            data.isInteger.withUnsafeBufferPointer { isInteger in
            data.rowLower.withUnsafeBufferPointer { rowLower in
            data.rowUpper.withUnsafeBufferPointer { rowUpper in
            (start ?? []).withUnsafeBufferPointer { startValues in
            values.withUnsafeMutableBufferPointer { solution in
            duals.withUnsafeMutableBufferPointer { rowDuals in
                var problem = hmc_problem(
                    column_count: Int32(data.columnCount), row_count: Int32(data.rowCount),
                    column_start: columnStart.baseAddress, row_index: rowIndex.baseAddress,
                    value: value.baseAddress, column_lower: columnLower.baseAddress,
                    column_upper: columnUpper.baseAddress, objective: objective.baseAddress,
                    is_integer: isInteger.baseAddress, row_lower: rowLower.baseAddress,
                    row_upper: rowUpper.baseAddress, maximize: data.maximize ? 1 : 0)
                settings.start = start == nil ? nil : startValues.baseAddress
                let context = Unmanaged.passUnretained(watch).toOpaque()
                return withUnsafePointer(to: &problem) { problem in
                    hmc_solve(problem, &settings, CBCSearchWatch.tickEntry, CBCSearchWatch.logEntry, context,
                              solution.baseAddress, rowDuals.baseAddress, &outcome)
                }
            }}}}}}}}}}}
        }
        withExtendedLifetime(watch) {}
        if code != 0 {
            throw SolverError(backend: name, code: outcome.start_error,
                              message: "could not start the CBC process (errno \(outcome.start_error))")
        }
        var result = try interpret(outcome, values: values, model: model, watch: watch, step: step)
        if outcome.has_duals != 0, result.termination == .optimal { result.dualValues = duals }
        return result
    }

    private func interpret(_ outcome: hmc_outcome, values: [Double], model: LinearModel, watch: CBCSearchWatch,
                           step: Double?) throws(SolverError) -> SolverResult {
        let reason = CBCStopReason(rawValue: outcome.stop_reason)
        guard outcome.has_result != 0 else {
            // Killed after a stop request, or ended by SIGINT before CBC's watch was in place.
            let ours = reason != nil && (outcome.killed != 0 || outcome.exit_signal == 2)
            // Or crashed while stopping: CBC 2.10.8 sometimes ends with a segmentation fault in
            // Cgl when stopped near its time limit (Benchmarks/README.md, "A start for CBC, and the
            // default solver"). The stop was asked for, so the search ends as stopped, without its
            // incumbent, rather than failing the whole solve.
            let crashedWhileStopping = outcome.exit_signal != 0 && outcome.exit_signal != 6
                && (reason != nil || watch.parameters.timeLimit.map { watch.started.secondsUntilNow >= $0 } == true)
            guard ours || crashedWhileStopping, let reason = reason ?? (crashedWhileStopping ? .timeLimit : nil) else {
                let tail = Self.tail(outcome)
                let how = outcome.exit_signal != 0 ? "signal \(outcome.exit_signal)" : "exit code \(outcome.exit_code)"
                throw SolverError(backend: name, code: nil,
                                  message: "the CBC process ended abnormally (\(how))" + (tail.isEmpty ? "" : ": \(tail)"))
            }
            let bound = watch.latest.has_bound != 0 ? watch.latest.best_bound + model.objectiveConstant : nil
            // A target reached by an incumbent that was then lost proves nothing here.
            let termination = reason == .targetReached ? .timeLimit : Self.termination(for: reason)
            return .withoutSolution(termination, bestBound: bound)
        }
        let hasSolution = outcome.has_solution != 0
        let objective = hasSolution ? model.objectiveValue(at: values) : nil
        let rawBound = abs(outcome.best_bound) < 1e49 && outcome.best_bound.isFinite
            ? outcome.best_bound + model.objectiveConstant : nil
        let bound = rawBound.map { watch.clipped($0, objective) }

        if outcome.is_linear != 0 {
            if outcome.proven_optimal != 0, hasSolution {
                return SolverResult(termination: .optimal, values: values, objectiveValue: objective,
                                    bestBound: objective, solveSeconds: 0)
            }
            if outcome.proven_infeasible != 0 { return .withoutSolution(.infeasible) }
            if outcome.dual_infeasible != 0 { return .withoutSolution(.unbounded) }
            if let reason { return .withoutSolution(Self.termination(for: reason)) }
            // Clp status 3: stopped on its own time limit.
            if outcome.status == 3 { return .withoutSolution(.timeLimit) }
            throw SolverError(backend: name, code: outcome.status,
                              message: "Clp ended with status \(outcome.status) without a verdict")
        }

        // CBC's secondary status: 0 finished, 1 infeasible, 2 gap, 4 time, 5 interrupted, 7 unbounded relaxation.
        let finished = outcome.status == 0 && outcome.secondary_status != 5
        if !hasSolution {
            if outcome.proven_infeasible != 0 || (finished && outcome.secondary_status == 1) {
                return .withoutSolution(.infeasible)
            }
            if outcome.continuous_unbounded != 0 || outcome.secondary_status == 7 {
                return .withoutSolution(.infeasibleOrUnbounded)
            }
            if let reason, !finished { return .withoutSolution(Self.termination(for: reason), bestBound: bound) }
            if outcome.secondary_status == 4 { return .withoutSolution(.timeLimit, bestBound: bound) }
            if finished { return .withoutSolution(.infeasible) }
            throw SolverError(backend: name, code: outcome.status,
                              message: "CBC ended with status \(outcome.status)/\(outcome.secondary_status) "
                                + "and no solution")
        }
        func solved(_ termination: TerminationStatus, bound: Double?) -> SolverResult {
            SolverResult(termination: termination, values: values, objectiveValue: objective, bestBound: bound,
                         solveSeconds: 0)
        }
        if let reason, !finished {
            switch reason {
            case .targetReached: return solved(.optimal, bound: objective)
            default: return solved(Self.termination(for: reason), bound: bound)
            }
        }
        if !finished {
            if outcome.secondary_status == 4 { return solved(.timeLimit, bound: bound) }
            throw SolverError(backend: name, code: outcome.status,
                              message: "CBC ended with status \(outcome.status)/\(outcome.secondary_status)")
        }
        // Finished: proven, to the objective step or to the relative gap.
        if let objective, let bound {
            let gap = abs(objective - bound)
            let slack = 1e-9 * max(1, abs(objective))
            let provenByStep = step.map { gap < $0 } ?? false
            if gap > slack && !provenByStep {
                if watch.parameters.relativeGap > 0 { return solved(.gapLimit, bound: bound) }
            }
        }
        return solved(.optimal, bound: objective)
    }

    private static func termination(for reason: CBCStopReason) -> TerminationStatus {
        switch reason {
        case .interrupted: .interrupted
        case .timeLimit, .stalled: .timeLimit
        case .targetReached: .optimal
        case .knownReached: .noBetterThanKnown
        }
    }

    private static func tail(_ outcome: hmc_outcome) -> String {
        var copy = outcome.tail
        let text = withUnsafeBytes(of: &copy) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
        return text.split(whereSeparator: \.isNewline).suffix(3).joined(separator: " / ")
    }
}
