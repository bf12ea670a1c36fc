import Foundation
import Synchronization

/// A progress bar on stderr for work done in steps (changes tried, points of a
/// sweep): "[=====     ] change 3 of 19: one more dwelling at s2".
final class StepProgress: Sendable {
    private let noun: String
    private let started = ContinuousClock.now
    /// Seconds after creation before the bar first appears, so quick work stays quiet.
    private let quietFor: Double
    private let drawn = Mutex<Bool>(false)

    init(noun: String, quietFor seconds: Double = 0) {
        self.noun = noun
        quietFor = seconds
    }

    func show(step index: Int, of count: Int, doing what: String) {
        let elapsed = ContinuousClock.now - started
        guard Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18 >= quietFor else { return }
        drawn.withLock { $0 = true }
        let width = 20
        let filled = count == 0 ? width : width * index / count
        let bar = "[" + String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled) + "]"
        var text = "\(bar) \(noun) \(index + 1) of \(count): \(what)"
        if text.count > 100 { text = String(text.prefix(99)) + "…" }
        StandardError.print("\r\u{1B}[2K" + text, terminator: "")
    }

    func clear() {
        if quietFor == 0 || drawn.withLock({ $0 }) { StandardError.print("\r\u{1B}[2K", terminator: "") }
    }
}
