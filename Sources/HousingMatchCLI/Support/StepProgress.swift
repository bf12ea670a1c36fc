import Foundation

/// A progress bar on stderr for work done in steps (changes tried, points of a
/// sweep): "[=====     ] change 3 of 19: one more dwelling at s2".
final class StepProgress: Sendable {
    private let noun: String

    init(noun: String) { self.noun = noun }

    func show(step index: Int, of count: Int, doing what: String) {
        let width = 20
        let filled = count == 0 ? width : width * index / count
        let bar = "[" + String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled) + "]"
        var text = "\(bar) \(noun) \(index + 1) of \(count): \(what)"
        if text.count > 100 { text = String(text.prefix(99)) + "…" }
        StandardError.print("\r\u{1B}[2K" + text, terminator: "")
    }

    func clear() { StandardError.print("\r\u{1B}[2K", terminator: "") }
}
