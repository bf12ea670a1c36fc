/// The solver returned a match that the independent checker rejects.
///
/// This means a fault in the formulation or the solver, never in the scenario:
/// the engine re-checks every answer so that such a fault is loud, not silent.
public struct InconsistentSolutionError: Error, Sendable, CustomStringConvertible {
    /// The rules the returned match breaks.
    public var violations: [RuleViolation]
    /// The requirements of a what-if solve (``MatchOptions/requirements``) the match does not meet.
    public var unmetRequirements: [MatchRequirement]

    public init(violations: [RuleViolation] = [], unmetRequirements: [MatchRequirement] = []) {
        self.violations = violations
        self.unmetRequirements = unmetRequirements
    }

    public var description: String {
        let problems = violations.map { "  \($0)" } + unmetRequirements.map { "  not met: \($0)" }
        return "the solver's match breaks \(problems.count) rule(s); please report this with the scenario:\n"
            + problems.joined(separator: "\n")
    }
}
