/// Why an earlier solve cannot stand in for the scenario's own base solve
/// (``WhatIf/init(_:reusing:options:)``): every exploring answer is measured
/// against the base, so one that does not belong to the scenario, or does not
/// hold, would make every answer wrong.
public enum BaseSolveError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The solution records no scenario fingerprint (a match drafted by hand, or an older file).
    case noFingerprint
    /// The solution belongs to another scenario, or to another version of this one.
    case otherScenario(recorded: String, expected: String)
    /// The earlier solve found no match to measure against.
    case noMatch(MatchStatus)
    /// The match breaks rules of the scenario: the first few, in the checker's words.
    case brokenRules([String])
    /// The objective the file records is not the match's own.
    case objectiveDiffers(recorded: MatchObjective?, actual: MatchObjective)

    public var description: String {
        switch self {
        case .noFingerprint:
            "it records no scenario fingerprint, so it cannot be told to belong to this scenario (write it with solve --output)"
        case .otherScenario(let recorded, let expected):
            "it is a solution of another scenario, or of another version of this one "
                + "(fingerprint \(recorded), this scenario \(expected))"
        case .noMatch(let status):
            "it holds no match (status \(status.rawValue))"
        case .brokenRules(let rules):
            "its match breaks rules of the scenario: " + rules.joined(separator: "; ")
        case .objectiveDiffers(let recorded, let actual):
            "the objective it records (\(recorded.map { "\($0.housed), \($0.preference)" } ?? "none")) is not its match's "
                + "(\(actual.housed), \(actual.preference))"
        }
    }
}
