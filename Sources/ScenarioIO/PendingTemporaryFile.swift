#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The temporary file of the atomic write under way, kept where a signal handler can reach it.
///
/// A process ended by SIGTERM or Ctrl-C while writing would leave a `.tmp`
/// file beside the output. The handler may only call async-signal-safe
/// functions, so the path lives in a C buffer made in advance, and removing it
/// is an atomic load and `unlink`: no allocation, no lock.
public enum PendingTemporaryFile {
    private static let capacity = Int(PATH_MAX) + 1
    nonisolated(unsafe) private static let buffer: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        buffer.initialize(repeating: 0, count: capacity)
        return buffer
    }()
    private static let isSet = Atomic<Bool>(false)
    /// One atomic write at a time, as there is one buffer.
    static let writing = Mutex<Void>(())

    /// Makes the buffer before any signal handler may read it: static storage is
    /// made on first use, which is not safe inside a handler.
    public static func prepare() {
        _ = buffer
        _ = isSet.load(ordering: .sequentiallyConsistent)
    }

    /// Remembers `path` as the file to remove should the process be ended; false
    /// when the path does not fit (longer than PATH_MAX, so it could not be made either).
    static func register(_ path: String) -> Bool {
        prepare()
        let bytes = Array(path.utf8CString)
        guard bytes.count <= capacity else { return false }
        isSet.store(false, ordering: .sequentiallyConsistent)
        bytes.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress!, count: $0.count) }
        isSet.store(true, ordering: .sequentiallyConsistent)
        return true
    }

    /// Forgets the file: it was renamed into place or removed.
    static func clear() {
        isSet.store(false, ordering: .sequentiallyConsistent)
    }

    /// The registered path, for tests.
    static var registered: String? {
        isSet.load(ordering: .sequentiallyConsistent) ? String(cString: buffer) : nil
    }

    /// Removes the temporary file of the write under way, if there is one.
    ///
    /// Async-signal-safe: call it from a signal handler before `_exit`.
    public static func removeFromSignalHandler() {
        if isSet.load(ordering: .sequentiallyConsistent) { unlink(buffer) }
    }
}
