import HousingMatch

/// Why a scenario or solution file could not be used, with where in the file.
public enum ScenarioFileError: Error, Sendable, CustomStringConvertible {
    /// The file cannot be read (missing, unreadable, unknown kind of file).
    case unreadable(file: String, reason: String)
    /// The file is not well-formed JSON or YAML, or a value has the wrong type.
    case malformed(file: String, line: Int?, column: Int?, path: String?, message: String)
    /// The file is well-formed but the scenario breaks MODEL.md's rules, or a variant
    /// file's changes do not fit its base.
    case invalid(file: String, issues: [LocatedIssue])

    /// A validation issue with the line it stands on, when known.
    public struct LocatedIssue: Sendable, Equatable, CustomStringConvertible {
        public var issue: ValidationIssue
        public var line: Int?
        /// The file the issue stands in, when it is not simply the file loaded: a problem
        /// of a variant is placed in the variant file or in one of its bases.
        public var file: String?
        /// Further lines the problem stands on, such as where a key is given again.
        public var otherLines: [Int]

        /// An issue at a line (when known) of a file (when not the one loaded).
        public init(issue: ValidationIssue, line: Int?, file: String? = nil, otherLines: [Int] = []) {
            self.issue = issue
            self.line = line
            self.file = file
            self.otherLines = otherLines
        }

        /// Every line the problem stands on, the first one first.
        public var lines: [Int] { (line.map { [$0] } ?? []) + otherLines }

        public var description: String {
            let lines = self.lines.map(String.init)
            let words = lines.count <= 1 ? lines.first.map { "line \($0)" }
                : "lines \(lines.dropLast().joined(separator: ", ")) and \(lines.last!)"
            let place = words.map { "\(issue.path) (\($0)): \(issue.message)" } ?? issue.description
            return file.map { "\($0): \(place)" } ?? place
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
