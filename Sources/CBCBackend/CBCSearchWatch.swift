import CCBCRunner
import LinearProgramming

/// Why the parent interrupted the child.
enum CBCStopReason: Int32 {
    case interrupted = 1, timeLimit, stalled, targetReached, knownReached
}

/// The parent's side of a CBC search: receives the child's progress about
/// every 50 ms and decides, from ``SolverParameters``, whether to stop it.
///
/// It lives on the solving thread only and is handed to C through an
/// unretained pointer for the length of the call.
final class CBCSearchWatch {
    let parameters: SolverParameters
    let started: ContinuousClock.Instant
    let minimize: Bool
    /// CBC knows no objective constant; the model's values include it.
    let constant: Double
    private var lastReport: Double?
    private var lastStopCheck = -1.0
    private var incumbent: Double?
    private var improvedAt: Double?
    var latest = hmc_progress()

    /// Seconds between calls of the progress closure.
    static let reportInterval = 0.25
    /// Seconds between calls of the stop closure.
    static let stopCheckInterval = 0.1

    init(parameters: SolverParameters, started: ContinuousClock.Instant, minimize: Bool, constant: Double) {
        self.parameters = parameters
        self.started = started
        self.minimize = minimize
        self.constant = constant
    }

    /// Returns 0 to go on, or a ``CBCStopReason``.
    func tick(_ progress: hmc_progress, fresh: Bool) -> Int32 {
        latest = progress
        let now = started.secondsUntilNow
        if let limit = parameters.timeLimit, now >= limit { return CBCStopReason.timeLimit.rawValue }
        let objective = progress.has_objective != 0 ? progress.best_objective + constant : nil
        let bound = progress.has_bound != 0 ? progress.best_bound + constant : nil
        if let objective, objective != incumbent {
            incumbent = objective
            improvedAt = now
        }
        if let report = parameters.progress, progress.has_objective != 0 || progress.has_bound != 0,
           lastReport.map({ now - $0 >= Self.reportInterval }) ?? true {
            lastReport = now
            report(SolveProgress(bestObjective: objective, bestBound: bound.map { clipped($0, objective) },
                                 elapsedSeconds: now, openNodes: Int(progress.open_nodes)))
        }
        if let shouldStop = parameters.shouldStop, now - lastStopCheck >= Self.stopCheckInterval {
            lastStopCheck = now
            if shouldStop() { return CBCStopReason.interrupted.rawValue }
        }
        if let target = parameters.targetObjective, target.isFinite, let objective {
            let shortOf = minimize ? objective - target : target - objective
            if shortOf <= 1e-9 * max(1, abs(target)) { return CBCStopReason.targetReached.rawValue }
        }
        if let known = parameters.knownObjective, known.isFinite, let bound {
            let room = minimize ? known - bound : bound - known
            let slack = 1e-9 * max(1, abs(known))
            let step = parameters.objectiveStep.flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
            let proven = step.map { room < $0 - slack } ?? (room <= slack)
            if proven { return CBCStopReason.knownReached.rawValue }
        }
        if let factor = parameters.stallFactor, factor > 0, factor.isFinite, let improvedAt {
            let waited = now - improvedAt
            if waited >= max(max(0, parameters.stallMinimumSeconds), factor * improvedAt) {
                return CBCStopReason.stalled.rawValue
            }
        }
        return 0
    }

    /// A bound is never better than a known solution.
    func clipped(_ bound: Double, _ objective: Double?) -> Double {
        guard let objective else { return bound }
        return minimize ? min(bound, objective) : max(bound, objective)
    }

    /// The C entry point: `context` is an unretained ``CBCSearchWatch``.
    static let tickEntry: hmc_tick = { context, progress, fresh in
        guard let context, let progress else { return 0 }
        let watch = Unmanaged<CBCSearchWatch>.fromOpaque(context).takeUnretainedValue()
        return watch.tick(progress.pointee, fresh: fresh != 0)
    }

    /// The child's output, for ``SolverParameters/outputSink`` when verbose.
    static let logEntry: hmc_log_sink = { context, text, length in
        guard let context, let text else { return }
        let watch = Unmanaged<CBCSearchWatch>.fromOpaque(context).takeUnretainedValue()
        guard watch.parameters.verbose else { return }
        let bytes = UnsafeRawBufferPointer(start: text, count: length)
        let string = String(decoding: bytes, as: UTF8.self)
        if let sink = watch.parameters.outputSink { sink(string) } else { print(string, terminator: "") }
    }
}

extension ContinuousClock.Instant {
    /// Seconds from this instant to now.
    var secondsUntilNow: Double {
        let elapsed = ContinuousClock.now - self
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
