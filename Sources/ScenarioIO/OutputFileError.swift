/// Why an output file (a solution, a report, a CSV) could not be written.
public struct OutputFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// How far the write got: whether anything was started.
    public enum Kind: Sendable, Equatable {
        /// The file could not be made or opened (no such folder, no permission, a folder in its place).
        /// Nothing was written and the old file, if any, is as it was.
        case cannotCreate
        /// Writing failed partway (a full disk, an I/O error). For a plain file the old
        /// file is as it was; for a device or pipe part of the data may have gone out.
        case writeFailed
    }

    /// The path as the user named it.
    public var file: String
    public var kind: Kind
    /// What went wrong, in words: "no such folder (out)", "No space left on device".
    public var reason: String

    /// An error writing `file`.
    public init(file: String, kind: Kind, reason: String) {
        self.file = file
        self.kind = kind
        self.reason = reason
    }

    public var description: String { "\(file): cannot be written: \(reason)" }
}
