#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to the standard error stream, where messages and progress go.
enum StandardError {
    /// Writes the text with `write(2)`; a failure is ignored, as there is nowhere left to report it.
    static func print(_ text: String, terminator: String = "\n") {
        var bytes = Array((text + terminator).utf8)
        bytes.withUnsafeMutableBytes { buffer in
            guard var next = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let written = write(STDERR_FILENO, next, left)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                next += written
                left -= written
            }
        }
    }

    /// Whether standard error is a terminal (progress is then redrawn in place).
    static var isTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
