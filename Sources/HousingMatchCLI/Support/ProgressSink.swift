import Foundation

/// Where progress lines go, and how often. On a terminal one line is redrawn
/// in place, at most four times a second. Anywhere else (a run piped to a
/// file or a log) a plain line is added every few seconds instead: without
/// escape codes, which a file would keep as clutter, and still often enough
/// that a long run never looks hung.
struct ProgressSink: Sendable {
    /// Whether each drawing replaces the last (a terminal) or adds a line.
    let redrawsInPlace: Bool
    /// The shortest time between two drawings, in seconds.
    let interval: Double
    /// Receives the text to write, escape codes and newlines included.
    let write: @Sendable (String) -> Void

    /// How often a plain line is added when standard error is not a terminal:
    /// 5 s, or the seconds in `HOUSING_MATCH_PROGRESS_SECONDS` (tests of a piped run use 0).
    static let plainInterval: Double = {
        guard let text = ProcessInfo.processInfo.environment["HOUSING_MATCH_PROGRESS_SECONDS"],
              let seconds = Double(text), seconds.isFinite, seconds >= 0 else { return 5 }
        return seconds
    }()

    /// Standard error, redrawn in place when it is a terminal.
    static var standardError: ProgressSink {
        let terminal = StandardError.isTerminal
        return ProgressSink(redrawsInPlace: terminal, interval: terminal ? 0.25 : plainInterval,
                            write: { StandardError.print($0, terminator: "") })
    }

    /// How long quick work stays quiet: a second on a terminal; one interval elsewhere, so
    /// that a log gets no line for a run that ends within it.
    var quietSeconds: Double { redrawsInPlace ? 1 : interval }

    func draw(_ text: String) {
        write(redrawsInPlace ? "\r\u{1B}[2K" + text : text + "\n")
    }

    /// Removes the line in place, before other output; a plain line stays where it is.
    func clear() {
        if redrawsInPlace { write("\r\u{1B}[2K") }
    }
}
