import CGLPKGuard
import LinearProgramming

/// Carries the caller's progress and stop closures into GLPK's branch-and-cut callback.
///
/// The C side takes the snapshots and calls ``report``; this box only turns
/// them into ``SolveProgress`` and asks ``SolverParameters/shouldStop``. It
/// is immutable, so sharing it with C through an unretained pointer is safe.
final class GLPKSearchObserver: Sendable {
    let progress: (@Sendable (SolveProgress) -> Void)?
    let shouldStop: (@Sendable () -> Bool)?
    let started: ContinuousClock.Instant

    init(parameters: SolverParameters, started: ContinuousClock.Instant) {
        progress = parameters.progress
        shouldStop = parameters.shouldStop
        self.started = started
    }

    /// Seconds between snapshots; each costs a walk over the open nodes.
    static let snapshotInterval = 0.1
    /// Seconds between calls of the progress closure.
    static let reportInterval = 0.25

    /// The C entry point: `context` is an unretained ``GLPKSearchObserver``.
    static let report: hmg_progress_report = { context, snapshot, progressDue in
        guard let context, let snapshot else { return 0 }
        let observer = Unmanaged<GLPKSearchObserver>.fromOpaque(context).takeUnretainedValue()
        if progressDue != 0, let progress = observer.progress {
            progress(SolveProgress(snapshot.pointee, elapsedSeconds: observer.started.secondsUntilNow))
        }
        return observer.shouldStop?() == true ? 1 : 0
    }
}

extension SolveProgress {
    init(_ snapshot: hmg_progress, elapsedSeconds: Double) {
        self.init(bestObjective: snapshot.has_objective != 0 ? snapshot.best_objective : nil,
                  bestBound: snapshot.has_bound != 0 ? snapshot.best_bound : nil,
                  elapsedSeconds: elapsedSeconds,
                  openNodes: Int(snapshot.open_nodes))
    }
}

extension ContinuousClock.Instant {
    /// Seconds from this instant to now.
    var secondsUntilNow: Double {
        let elapsed = ContinuousClock.now - self
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
