#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the process sets up before parsing its arguments, so that output
/// problems become messages and exit codes rather than traps or silent loss.
enum ProcessSetup {
    static func run() {
        // A closed standard stream would be the first descriptor a file opens
        // with, and a report meant for stdout would land in the output file.
        // Each closed one gets /dev/null; stdout's is opened read-only, so writing
        // to it fails with EBADF as writing to a closed stdout does.
        for (descriptor, flags) in [(STDIN_FILENO, O_RDONLY), (STDOUT_FILENO, O_RDONLY), (STDERR_FILENO, O_WRONLY)]
        where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", flags)
            if opened >= 0 && opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
        // A closed pipe then gives EPIPE, which StandardOutput reports, instead of a silent death.
        signal(SIGPIPE, SIG_IGN)
        Interruption.installTermination()
    }
}
