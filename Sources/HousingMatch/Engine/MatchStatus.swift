/// How far a solve got, as MODEL.md defines the `status` of a solution file.
public enum MatchStatus: String, Sendable, Equatable, Codable, CaseIterable {
    /// Both stages proven optimal.
    case optimal
    /// A match that satisfies every rule; optimality not proven within the limits.
    case feasible
    /// No match satisfies the rules (for example a `mustForm` group that cannot form).
    case infeasible
    /// A limit was reached before any match was found.
    case noSolution
}
