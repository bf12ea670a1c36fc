import Foundation

/// Writes to the standard error stream, where messages and progress go.
enum StandardError {
    static func print(_ text: String, terminator: String = "\n") {
        FileHandle.standardError.write(Data((text + terminator).utf8))
    }

    /// Whether standard error is a terminal (progress is shown only then).
    static var isTerminal: Bool { isatty(FileHandle.standardError.fileDescriptor) != 0 }
}
