/// One problem that keeps a scenario from being solved, with where it is.
public struct ValidationIssue: Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is, as a path into the file: `seekers[12].maxRent`.
    public var path: String
    /// What is wrong, in words, with the offending value where it helps.
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// A scenario was refused before solving; ``issues`` lists every problem.
public struct ScenarioValidationError: Error, Sendable, CustomStringConvertible {
    public var issues: [ValidationIssue]
    public init(issues: [ValidationIssue]) { self.issues = issues }
    public var description: String {
        "the scenario has \(issues.count) problem\(issues.count == 1 ? "" : "s"):\n"
            + issues.map { "  \($0)" }.joined(separator: "\n")
    }
}
