import Foundation
import HousingMatch

/// The base solve that `explain` and `candidates` ask their questions against,
/// with progress on stderr when it takes more than a second.
struct SolveSession {
    let session: WhatIf
    /// Progress over the questions after the base solve; `nil` when stderr is not a terminal.
    let bar: StepProgress?

    static func start(_ scenario: Scenario, timeLimit: Double?, threads: Int?, noun: String) throws -> SolveSession {
        var options = MatchOptions(timeLimit: timeLimit, threads: threads)
        options.shouldStop = { Interruption.requested }
        let line = StandardError.isTerminal ? ProgressLine(prefix: "base match: ") : nil
        if let line { options.progress = { line.show($0) } }
        // Created now so that the bar stays quiet only for the first second overall.
        let bar = StandardError.isTerminal ? StepProgress(noun: noun, quietFor: 1) : nil
        var session = try ExitCodes.solving(cleanup: { line?.clear() }) { try WhatIf(scenario, options: options) }
        line?.clear()
        // Each question shows as a step; the stage line of every re-solve would overwrite it.
        session.options.progress = nil
        return SolveSession(session: session, bar: bar)
    }

    static func json(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        var data = try encoder.encode(value)
        data.append(contentsOf: "\n".utf8)
        return data
    }
}
