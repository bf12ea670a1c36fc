import Foundation
import HousingMatch
import Synchronization

/// The progress of one solve on stderr (see ``ProgressSink`` for terminals and logs),
/// for solves that take longer than ``ProgressSink/quietSeconds``.
final class ProgressLine: Sendable {
    private let lastDrawn = Mutex<Double>(-1)
    /// Put before the progress, such as which of several scenarios is being solved.
    private let prefix: String
    private let sink: ProgressSink

    init(prefix: String = "", sink: ProgressSink = .standardError) {
        self.prefix = prefix
        self.sink = sink
    }

    /// Draws the prefix at once on a terminal, so that a run of several solves shows which
    /// one is under way even when each is too quick for progress. A log gets no line for it.
    func announce(_ text: String) {
        guard sink.redrawsInPlace else { return }
        lastDrawn.withLock { $0 = 0 }
        sink.draw(prefix + text)
    }

    func show(_ progress: MatchProgress) {
        guard progress.elapsedSeconds >= sink.quietSeconds else { return }
        let due = lastDrawn.withLock { last -> Bool in
            guard last < 0 || progress.elapsedSeconds - last >= sink.interval else { return false }
            last = progress.elapsedSeconds
            return true
        }
        guard due else { return }
        sink.draw(prefix + Self.describe(progress))
    }

    func clear() {
        if lastDrawn.withLock({ $0 >= 0 }) { sink.clear() }
    }

    /// "stage 1 (households housed): best 240, bound 243.5, 12 s".
    static func describe(_ progress: MatchProgress) -> String {
        var text = "\(progress.stage): best " + (progress.bestObjective.map { Format.number($0) } ?? "none yet")
        if let bound = progress.bestBound { text += ", bound " + Format.number(bound) }
        return text + ", " + Format.seconds(progress.elapsedSeconds)
    }
}
