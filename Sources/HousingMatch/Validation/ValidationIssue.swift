import Wording

/// One problem that keeps a scenario from being solved, with where it is.
public struct ValidationIssue: Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is, as a path into the file: `seekers[12].maxRent`.
    public var path: String
    /// What is wrong, in words, with the offending value where it helps: the English `validate` prints.
    public var message: String
    /// The same as a sentence, to say it in the reader's language (``Sentence/text(in:)``).
    public var sentence: Sentence

    /// An issue told in English only (a problem found while reading a file).
    public init(path: String, message: String) {
        self.path = path
        self.message = message
        self.sentence = Sentence(value: .plain(message))
    }

    public init(path: String, sentence: Sentence) {
        self.path = path
        self.message = sentence.text(in: .en)
        self.sentence = sentence
    }

    /// The message in `language`.
    public func message(in language: Language) -> String { sentence.text(in: language) }

    public var description: String { "\(path): \(message)" }

    /// Two issues are the same when they say the same at the same place.
    public static func == (lhs: ValidationIssue, rhs: ValidationIssue) -> Bool {
        lhs.path == rhs.path && lhs.message == rhs.message
    }
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
