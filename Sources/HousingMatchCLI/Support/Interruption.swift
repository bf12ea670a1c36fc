#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Ctrl-C handling: the first press asks the solver to stop with the best match
/// so far; a second press ends the program at once.
enum Interruption {
    private static let count = Atomic<Int>(0)

    static var requested: Bool { count.load(ordering: .relaxed) > 0 }

    static func install() {
        signal(SIGINT) { _ in
            if Interruption.count.add(1, ordering: .relaxed).newValue > 1 { _exit(130) }
        }
    }
}
