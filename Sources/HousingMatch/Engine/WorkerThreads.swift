import Foundation
import LinearProgramming

/// Runs numbered jobs on a few threads of our own.
///
/// GLPK keeps its environment per thread, so its work belongs on threads we
/// start and end ourselves (not on a shared pool that lives on): each worker
/// frees the backend's per-thread resources before it ends.
enum WorkerThreads {
    /// Runs `job(0..<count)`, at most `workers` at a time, in order of the index;
    /// returns when all are done. The first error thrown is rethrown (jobs
    /// already running finish; jobs not started are skipped).
    static func run(count: Int, workers: Int, backend: any SolverBackend,
                    _ job: @escaping @Sendable (Int) throws -> Void) throws {
        guard count > 1, workers > 1 else {
            for index in 0..<count { try job(index) }
            return
        }
        let queue = JobQueue(count: count)
        let finished = DispatchGroup()
        for _ in 0..<min(workers, count) {
            finished.enter()
            let thread = Thread {
                while let index = queue.next() {
                    do { try job(index) } catch { queue.fail(error) }
                }
                backend.releaseThreadResources()
                finished.leave()
            }
            thread.start()
        }
        finished.wait()
        if let error = queue.error { throw error }
    }

    /// Hands out job indices under a lock, and keeps the first error.
    private final class JobQueue: @unchecked Sendable {
        private let lock = NSLock()
        private var nextIndex = 0
        private let count: Int
        private var firstError: (any Error)?

        var error: (any Error)? { lock.withLock { firstError } }

        init(count: Int) { self.count = count }

        func next() -> Int? {
            lock.withLock {
                guard firstError == nil, nextIndex < count else { return nil }
                defer { nextIndex += 1 }
                return nextIndex
            }
        }

        func fail(_ error: any Error) {
            lock.withLock { if firstError == nil { firstError = error } }
        }
    }
}
