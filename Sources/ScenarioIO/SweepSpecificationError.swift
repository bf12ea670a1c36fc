/// A `--vary` specification that cannot be swept: a path that names nothing, or a range
/// that is malformed or does not fit the field. Found before anything is solved.
public struct SweepSpecificationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The parameter path as written (or the whole specification when no path can be told apart).
    public var path: String
    /// What is wrong, in words.
    public var message: String

    /// An error about the path (or specification) `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// "providers[c9].capacity: no provider has id "c9" (...)".
    public var description: String { "\(path): \(message)" }
}
