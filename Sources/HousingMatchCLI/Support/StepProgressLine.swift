import Foundation
import HousingMatch
import Synchronization

/// The progress of work done in steps (the points of a sweep, the changes of a
/// sensitivity analysis, the questions of `explain`) on stderr:
/// `[####......] point 3 of 11, capacity of provider c1 = 4`, and for a step that
/// takes a while, the solver's progress after it (as ``ProgressLine`` shows it).
/// On a terminal the line is redrawn in place; in a log a line is added every few
/// seconds (``ProgressSink``).
final class StepProgressLine: Sendable {
    private struct State {
        var stepText = ""
        /// When the line was last drawn, in seconds since the work began; -1: never.
        var lastDrawn = -1.0
        /// The solver's elapsed time at the last drawing within the current step (terminal only).
        var lastSolverDrawn = -1.0
    }

    private let state = Mutex(State())
    private static let barWidth = 20
    private let started = ContinuousClock.now
    /// Seconds after creation before the line first appears, so that quick work stays quiet.
    private let quietFor: Double
    private let sink: ProgressSink

    init(quietFor seconds: Double = 0, sink: ProgressSink = .standardError) {
        // A log gets its first line after one interval (ProgressSink.quietSeconds).
        quietFor = sink.redrawsInPlace ? seconds : sink.quietSeconds
        self.sink = sink
    }

    private var secondsSinceStart: Double {
        let elapsed = ContinuousClock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    /// Shows that step `index` (0-based) of `count` is under way: "point 3 of 11, " + `detail`.
    func startStep(index: Int, count: Int, noun: String, detail: String) {
        let done = count == 0 ? 0 : index * Self.barWidth / count
        let bar = "[" + String(repeating: "#", count: done) + String(repeating: ".", count: Self.barWidth - done) + "]"
        let text = "\(bar) \(noun) \(index + 1) of \(count), \(detail)"
        let now = secondsSinceStart
        let due = state.withLock { state -> Bool in
            state.stepText = text
            state.lastSolverDrawn = -1
            guard now >= quietFor else { return false }
            // A terminal shows every step; a log one line per interval at most.
            guard sink.redrawsInPlace || state.lastDrawn < 0 || now - state.lastDrawn >= sink.interval else { return false }
            state.lastDrawn = now
            return true
        }
        if due { sink.draw(text) }
    }

    /// Adds the running solve's progress to the step's line; quick solves stay quiet.
    func show(_ progress: MatchProgress) {
        let now = secondsSinceStart
        let stepText = state.withLock { state -> String? in
            if sink.redrawsInPlace {
                guard progress.elapsedSeconds >= 1, progress.elapsedSeconds - state.lastSolverDrawn >= sink.interval
                else { return nil }
                state.lastSolverDrawn = progress.elapsedSeconds
            } else {
                guard now >= quietFor, state.lastDrawn < 0 || now - state.lastDrawn >= sink.interval else { return nil }
            }
            state.lastDrawn = now
            return state.stepText
        }
        guard let stepText else { return }
        let solver = ProgressLine.describe(progress)
        sink.draw(stepText.isEmpty ? solver : "\(stepText): \(solver)")
    }

    /// Removes the line, before other output.
    func clear() {
        if state.withLock({ $0.lastDrawn >= 0 }) { sink.clear() }
    }
}
