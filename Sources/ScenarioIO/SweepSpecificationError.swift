import Wording

/// A `--vary` specification that cannot be swept: a path that names nothing, or a range
/// that is malformed or does not fit the field. Found before anything is solved.
public struct SweepSpecificationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The parameter path as written (or the whole specification when no path can be told apart).
    public var path: String
    /// What is wrong, in words: the English the command prints.
    public var message: String
    /// The same as a sentence, to say it in any language.
    public var sentence: Sentence

    /// An error about the path (or specification) `path`, told in English only.
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

    /// What is wrong, in `language`.
    public func message(in language: Language) -> String { sentence.text(in: language) }

    /// Two errors are the same when they say the same about the same path.
    public static func == (lhs: SweepSpecificationError, rhs: SweepSpecificationError) -> Bool {
        lhs.path == rhs.path && lhs.message == rhs.message
    }

    /// "providers[c9].capacity: no provider has id "c9" (...)".
    public var description: String { "\(path): \(message)" }
}
