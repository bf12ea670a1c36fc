#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation

/// Writes reports, JSON and HTML to standard output, and never traps.
///
/// `FileHandle.write` traps on a full disk or a closed stdout, and `print`
/// loses the report silently and exits 0. Here every byte goes out with
/// `write(2)`, and a failure ends the run with a message and `ExitCodes.ioError`.
enum StandardOutput {
    /// Writes the data as it is.
    static func write(_ data: Data) throws {
        let failure = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int32? in
            guard var next = bytes.baseAddress else { return nil }
            var left = bytes.count
            while left > 0 {
                let written = systemWrite(STDOUT_FILENO, next, left)
                if written < 0 {
                    switch errno {
                    case EINTR: continue
                    case EAGAIN:
                        // A non-blocking stdout (shared with a parent that set it so): wait until it takes more.
                        var ready = pollfd(fd: STDOUT_FILENO, events: Int16(POLLOUT), revents: 0)
                        _ = poll(&ready, 1, -1)
                        continue
                    default: return errno
                    }
                }
                if written == 0 { return EIO }
                next += written
                left -= written
            }
            return nil
        }
        if let failure {
            StandardError.print("housing-match: cannot write to standard output: \(String(cString: strerror(failure)))")
            throw ExitCodes.ioError
        }
    }

    /// Writes a report and a newline, as `print` would, with every control
    /// character but line breaks and tabs written as an escape: a name in a
    /// scenario may hold anything, and a raw ESC would steer the terminal.
    static func print(_ text: String) throws {
        var safe = ""
        safe.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 1)
        for scalar in text.unicodeScalars {
            if scalar != "\n", scalar != "\t", scalar.properties.generalCategory == .control {
                safe += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                safe.unicodeScalars.append(scalar)
            }
        }
        safe += "\n"
        try write(Data(safe.utf8))
    }
}

/// `write(2)`, named apart from ``StandardOutput/write(_:)``.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
