import HousingMatch
@testable import HousingMatchCLI
import Synchronization
import Testing

/// Progress on stderr: redrawn in place on a terminal, plain lines in a log,
/// so that a run piped to a file shows it is alive without escape codes.
@Suite("Progress on a terminal and in a log")
struct ProgressOutputTests {
    /// A sink that keeps what is written.
    final class Capture: Sendable {
        let written = Mutex<[String]>([])
        func sink(inPlace: Bool, interval: Double) -> ProgressSink {
            ProgressSink(redrawsInPlace: inPlace, interval: interval) { text in self.written.withLock { $0.append(text) } }
        }
        var all: [String] { written.withLock { $0 } }
    }

    static func progress(at seconds: Double, best: Double? = 240) -> MatchProgress {
        MatchProgress(stage: .housed, bestObjective: best, bestBound: 243.5, elapsedSeconds: seconds)
    }

    @Test("in a log, a solve's progress is a plain line per interval, never an escape code, and quick solves print nothing")
    func plainSolveLines() {
        let capture = Capture()
        let line = ProgressLine(prefix: "base match: ", sink: capture.sink(inPlace: false, interval: 5))
        line.announce("solving")
        for tenth in 0...160 { line.show(Self.progress(at: Double(tenth) / 10)) }
        line.clear()
        // Drawn at 5, 10 and 15 s only.
        #expect(capture.all.count == 3)
        for text in capture.all {
            #expect(text.hasSuffix("\n") && !text.contains("\u{1B}") && !text.contains("\r"))
            #expect(text.hasPrefix("base match: stage 1 (households housed): best 240, bound 243.5"))
        }
    }

    @Test("on a terminal, the line is redrawn in place after the first second and cleared at the end")
    func terminalRedraws() {
        let capture = Capture()
        let line = ProgressLine(sink: capture.sink(inPlace: true, interval: 0.25))
        line.show(Self.progress(at: 0.5))
        #expect(capture.all.isEmpty, "a solve under a second stays quiet")
        line.show(Self.progress(at: 1.0))
        line.show(Self.progress(at: 1.1))
        line.show(Self.progress(at: 1.3))
        line.clear()
        #expect(capture.all.count == 3)
        #expect(capture.all.allSatisfy { $0.hasPrefix("\r\u{1B}[2K") && !$0.hasSuffix("\n") })
        #expect(capture.all.last == "\r\u{1B}[2K")
    }

    @Test("in a log, the steps of a long run and each solve's progress come as plain lines naming the step")
    func plainSteps() {
        let capture = Capture()
        // An interval of 0: every step and every report is due, so the wording is what is checked.
        let bar = StepProgressLine(sink: capture.sink(inPlace: false, interval: 0))
        bar.startStep(index: 2, count: 10, noun: "question", detail: "h17 in g2")
        bar.show(Self.progress(at: 7, best: nil))
        bar.clear()
        #expect(capture.all == [
            "[####................] question 3 of 10, h17 in g2\n",
            "[####................] question 3 of 10, h17 in g2: stage 1 (households housed): best none yet, bound 243.5, 7.00 s\n",
        ])
    }
}
