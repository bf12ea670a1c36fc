import HousingMatch

/// The current match of a scenario, with the reasons of those left out
/// checked by solves, and the what-if session every exploring page asks its
/// questions against (the same as the CLI's exploring commands use).
public struct BaseMatch: Sendable {
    public let scenario: Scenario
    public let whatIf: WhatIf
    /// The match with checked reasons: what the overview shows and `solve` would write.
    public let result: MatchResult
    /// Whether the visitor stopped the solve before it ended.
    public let wasStopped: Bool
}

extension JobBoard {
    /// The job that solves `loaded`, shared by every page that shows its match.
    public func baseMatch(of loaded: LoadedScenario, options: MatchOptions) -> Job {
        job(for: "base:" + loaded.fingerprint) { job in
            let options = job.options(from: options)
            let whatIf = try WhatIf(loaded.scenario, options: options)
            var result = whatIf.base
            if result.hasMatch, !job.stopRequested {
                result.unassigned = try whatIf.checkedUnassigned()
            }
            return BaseMatch(scenario: loaded.scenario, whatIf: whatIf, result: result, wasStopped: job.stopRequested)
        }
    }
}
