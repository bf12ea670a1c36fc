#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ScenarioIO
import Synchronization

/// Signals: Ctrl-C while solving first asks the solver to stop with the best
/// match so far, and a second press ends the program at once; SIGTERM, and
/// Ctrl-C outside a solve, end it at once. Either way a temporary file of an
/// output being written is removed first.
enum Interruption {
    private static let count = Atomic<Int>(0)

    static var requested: Bool { count.load(ordering: .relaxed) > 0 }

    /// Set at start: SIGTERM ends with 143 and Ctrl-C with 130 (128 + the signal, as
    /// shells report it), each after removing the temporary file of a write under way.
    static func installTermination() {
        PendingTemporaryFile.prepare()
        _ = count.load(ordering: .relaxed)
        // A parent may start the process with these signals blocked (its mask is
        // inherited), and then nothing would remove the file: take them as they come.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGINT)
        sigprocmask(SIG_UNBLOCK, &signals, nil)
        signal(SIGTERM) { _ in
            PendingTemporaryFile.removeFromSignalHandler()
            _exit(143)
        }
        signal(SIGINT) { _ in
            PendingTemporaryFile.removeFromSignalHandler()
            _exit(130)
        }
    }

    /// Set before solving: the first Ctrl-C is a request to stop, the second ends the program.
    static func install() {
        signal(SIGINT) { _ in
            if Interruption.count.add(1, ordering: .relaxed).newValue > 1 {
                PendingTemporaryFile.removeFromSignalHandler()
                _exit(130)
            }
        }
    }
}
