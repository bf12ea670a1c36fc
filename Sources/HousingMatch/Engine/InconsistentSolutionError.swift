/// The solver returned a match that the independent checker rejects.
///
/// This means a fault in the formulation or the solver, never in the scenario:
/// the engine re-checks every answer so that such a fault is loud, not silent.
public struct InconsistentSolutionError: Error, Sendable, CustomStringConvertible {
    /// The rules the returned match breaks.
    public var violations: [RuleViolation]

    public init(violations: [RuleViolation]) { self.violations = violations }

    public var description: String {
        "the solver's match breaks \(violations.count) rule(s); please report this with the scenario:\n"
            + violations.map { "  \($0)" }.joined(separator: "\n")
    }
}
