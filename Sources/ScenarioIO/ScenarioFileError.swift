import HousingMatch

/// Why a scenario or solution file could not be used, with where in the file.
public enum ScenarioFileError: Error, Sendable, CustomStringConvertible {
    /// The file cannot be read (missing, unreadable, unknown kind of file).
    case unreadable(file: String, reason: String)
    /// The file is not well-formed JSON or YAML, or a value has the wrong type.
    case malformed(file: String, line: Int?, column: Int?, path: String?, message: String)
    /// The file is well-formed but the scenario breaks MODEL.md's rules.
    case invalid(file: String, issues: [LocatedIssue])

    /// A validation issue with the line it stands on, when known.
    public struct LocatedIssue: Sendable, Equatable, CustomStringConvertible {
        public var issue: ValidationIssue
        public var line: Int?
        public var description: String {
            line.map { "\(issue.path) (line \($0)): \(issue.message)" } ?? issue.description
        }
    }

    /// Every problem, one per line, each starting with where it is.
    public var lines: [String] {
        switch self {
        case .unreadable(let file, let reason):
            return ["\(file): \(reason)"]
        case .malformed(let file, let line, let column, let path, let message):
            var place = file
            if let line { place += ":\(line)" }
            if let column { place += ":\(column)" }
            return ["\(place): \(path.map { "\($0): " } ?? "")\(message)"]
        case .invalid(_, let issues):
            return issues.map(\.description)
        }
    }

    public var description: String { lines.joined(separator: "\n") }
}
