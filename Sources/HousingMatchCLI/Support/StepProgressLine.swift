import Foundation
import HousingMatch
import Synchronization

/// The progress of work done in steps (the points of a sweep, the changes
/// of a sensitivity analysis) on one stderr line, redrawn in place:
/// `[####......] point 3 of 11, capacity of provider c1 = 4`, and for a step that
/// takes more than a second, the solver's progress after it (as ``ProgressLine`` shows it).
final class StepProgressLine: Sendable {
    private struct State {
        var pointText = ""
        var lastDrawn = -1.0
        var drawn = false
    }

    private let state = Mutex(State())
    private static let barWidth = 20
    private let started = ContinuousClock.now
    /// Seconds after creation before the line first appears, so that quick work stays quiet.
    private let quietFor: Double

    init(quietFor seconds: Double = 0) { quietFor = seconds }

    /// Shows that step `index` (0-based) of `count` is under way: "point 3 of 11, " + `detail`.
    func startStep(index: Int, count: Int, noun: String, detail: String) {
        let done = count == 0 ? 0 : index * Self.barWidth / count
        let bar = "[" + String(repeating: "#", count: done) + String(repeating: ".", count: Self.barWidth - done) + "]"
        let text = "\(bar) \(noun) \(index + 1) of \(count), \(detail)"
        let elapsed = ContinuousClock.now - started
        guard Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18 >= quietFor else { return }
        state.withLock {
            $0.pointText = text
            $0.lastDrawn = -1
            $0.drawn = true
        }
        draw(text)
    }

    /// Adds the running solve's progress to the line; quick solves stay quiet, and the
    /// line is redrawn at most four times a second.
    func show(_ progress: MatchProgress) {
        guard progress.elapsedSeconds >= 1 else { return }
        let pointText = state.withLock { state -> String? in
            guard progress.elapsedSeconds - state.lastDrawn >= 0.25 else { return nil }
            state.lastDrawn = progress.elapsedSeconds
            return state.pointText
        }
        guard let pointText else { return }
        var text = "\(pointText): \(progress.stage), best "
        text += progress.bestObjective.map { Format.number($0) } ?? "none yet"
        if let bound = progress.bestBound { text += ", bound " + Format.number(bound) }
        text += ", " + Format.seconds(progress.elapsedSeconds)
        draw(text)
    }

    /// Removes the line, before other output.
    func clear() {
        if state.withLock({ $0.drawn }) { StandardError.print("\r\u{1B}[2K", terminator: "") }
    }

    private func draw(_ text: String) {
        StandardError.print("\r\u{1B}[2K" + text, terminator: "")
    }
}
