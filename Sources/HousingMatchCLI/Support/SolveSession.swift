import Foundation
import HousingMatch

/// The base solve that `explain` and `candidates` ask their questions against,
/// with progress on stderr when it takes more than a second.
struct SolveSession {
    let session: WhatIf
    /// Progress over the questions after the base solve.
    let bar: StepProgressLine
    /// What each step is called on the progress line: "question", "candidate".
    let noun: String

    static func start(_ scenario: Scenario, options: MatchOptions, noun: String) throws -> SolveSession {
        var options = options
        let line = ProgressLine(prefix: "base match: ")
        options.progress = { line.show($0) }
        // Created now so that the bar stays quiet only for the first second overall.
        let bar = StepProgressLine(quietFor: 1)
        var session = try ExitCodes.solving(cleanup: { line.clear() }) { try WhatIf(scenario, options: options) }
        line.clear()
        // Each question's re-solves add their progress to the question's step.
        session.options.progress = { bar.show($0) }
        return SolveSession(session: session, bar: bar, noun: noun)
    }

    /// Shows that step `index` of `count` is under way.
    func step(_ index: Int, of count: Int, _ detail: String) {
        bar.startStep(index: index, count: count, noun: noun, detail: detail)
    }
}
