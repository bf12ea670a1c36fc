import Foundation
import HousingMatch
import Synchronization

/// One line on stderr, redrawn in place, for solves that take longer than a second.
final class ProgressLine: Sendable {
    private let lastDrawn = Mutex<Double>(-1)
    /// Put before the progress, such as which of several scenarios is being solved.
    private let prefix: String

    init(prefix: String = "") { self.prefix = prefix }

    /// Draws the prefix at once, so that a run of several solves shows which one is under way
    /// even when each is too quick for progress.
    func announce(_ text: String) {
        lastDrawn.withLock { $0 = 0 }
        StandardError.print("\r\u{1B}[2K" + prefix + text, terminator: "")
    }

    func show(_ progress: MatchProgress) {
        // Quick solves stay quiet; afterwards redraw at most four times a second.
        guard progress.elapsedSeconds >= 1 else { return }
        let due = lastDrawn.withLock { last -> Bool in
            guard progress.elapsedSeconds - last >= 0.25 else { return false }
            last = progress.elapsedSeconds
            return true
        }
        guard due else { return }
        var text = prefix + "\(progress.stage)"
        text += ": best " + (progress.bestObjective.map { Format.number($0) } ?? "none yet")
        if let bound = progress.bestBound { text += ", bound " + Format.number(bound) }
        text += ", " + Format.seconds(progress.elapsedSeconds)
        StandardError.print("\r\u{1B}[2K" + text, terminator: "")
    }

    func clear() {
        if lastDrawn.withLock({ $0 >= 0 }) { StandardError.print("\r\u{1B}[2K", terminator: "") }
    }
}
