import ArgumentParser
import Foundation
import HousingMatch
import ScenarioIO
import Wording

/// The base match that the exploring commands (explain, candidates, site,
/// placements, sensitivity) ask their questions against, and the progress
/// line over those questions.
struct SolveSession: Sendable {
    let session: WhatIf
    /// Progress over the questions after the base solve.
    let bar: StepProgressLine
    /// What each step is called on the progress line: "question", "candidate".
    let noun: String
    /// Keeps care words out of the progress line's details unless care details are shown.
    var careMask: CareWordMask? = nil

    /// Solves the scenario, with progress on stderr when it takes more than a
    /// second; or, with `basePath`, reads an earlier solve of it and checks it.
    static func start(_ scenario: Scenario, options: MatchOptions, noun: String, basePath: String? = nil) throws -> SolveSession {
        var options = options
        // Created now so that the bar stays quiet only for the first second overall.
        let bar = StepProgressLine(quietFor: 1)
        var session: WhatIf
        if let basePath {
            session = try reuse(basePath, for: scenario, options: options)
        } else {
            let line = ProgressLine(prefix: "base match: ")
            options.progress = { line.show($0) }
            session = try ExitCodes.solving(cleanup: { line.clear() }) { try WhatIf(scenario, options: options) }
            line.clear()
        }
        // Each question's re-solves add their progress to the question's step.
        session.options.progress = { bar.show($0) }
        return SolveSession(session: session, bar: bar, noun: noun)
    }

    /// The what-if over an earlier solve read from `path`; a file that cannot
    /// be read, or a solve that cannot stand for this scenario, ends the run with the reason.
    private static func reuse(_ path: String, for scenario: Scenario, options: MatchOptions) throws -> WhatIf {
        let earlier: MatchResult
        do { earlier = try SolutionFiles.loadResult(path: path) } catch { throw ExitCodes.report(error) }
        do {
            return try WhatIf(scenario, reusing: earlier, options: options)
        } catch {
            StandardError.print("housing-match: cannot use --base \(path): \(error)")
            throw ExitCodes.invalidInput
        }
    }

    /// Shows that step `index` of `count` is under way.
    func step(_ index: Int, of count: Int, _ detail: String) {
        bar.startStep(index: index, count: count, noun: noun, detail: careMask.map { $0.masked(detail) } ?? detail)
    }

    /// Runs the questions behind the progress line, clearing it before any message or output.
    func asking<Result>(_ work: () throws -> Result) throws -> Result {
        let result = try ExitCodes.solving(cleanup: { bar.clear() }, work)
        bar.clear()
        return result
    }
}
