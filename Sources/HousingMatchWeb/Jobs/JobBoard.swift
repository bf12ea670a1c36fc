import Foundation
import Synchronization

/// Runs jobs, at most `concurrentJobs` at a time, each on a thread of its own
/// (a solve blocks its thread for seconds; Swift's task pool has only one
/// thread per core and must stay free for the pages), and keeps the recent
/// ones so that a page asked again finds its answer.
public final class JobBoard: Sendable {
    private let jobs = Mutex<[Job]>([])
    private let slots: DispatchSemaphore
    private let keptJobs: Int

    public init(concurrentJobs: Int = 2, keptJobs: Int = 64) {
        slots = DispatchSemaphore(value: max(1, concurrentJobs))
        self.keptJobs = keptJobs
    }

    /// The job for `key`: the one already asked (running or finished), or a new one running `work`.
    /// A job that failed is started again; one that was stopped keeps its best answer so far,
    /// until a visitor asks it again (``forget(id:)``).
    public func job(for key: String, work: @escaping @Sendable (Job) throws -> any Sendable) -> Job {
        let basedOn = AnsweredJobs.current.map(\.id)
        let (job, isNew) = jobs.withLock { jobs -> (Job, Bool) in
            if let existing = jobs.last(where: { $0.key == key }), !Self.shouldRetry(existing) {
                return (existing, false)
            }
            let job = Job(key: key, basedOn: basedOn)
            jobs.removeAll { $0.key == key }
            jobs.append(job)
            if jobs.count > keptJobs {
                // Drop the oldest finished ones; running ones stay reachable for their stop button.
                let excess = jobs.count - keptJobs
                var dropped = 0
                jobs.removeAll { candidate in
                    guard dropped < excess, candidate.isDone else { return false }
                    dropped += 1
                    return true
                }
            }
            return (job, true)
        }
        if isNew { start(job, work) }
        return job
    }

    /// The finished answer for `key`, if one is kept.
    public func existingJob(for key: String) -> Job? {
        jobs.withLock { $0.last { $0.key == key } }
    }

    public func job(id: String) -> Job? {
        jobs.withLock { $0.first { $0.id == id } }
    }

    /// Drops the finished job `id` and the finished jobs asked on its answer, so that the
    /// next page that asks their questions starts them anew ("Opnieuw vragen"): after a
    /// stop, a visitor can still have the full answer. A job still running stays.
    /// - Returns: whether the job was dropped.
    @discardableResult
    public func forget(id: String) -> Bool {
        jobs.withLock { jobs in
            guard let job = jobs.first(where: { $0.id == id }), job.isDone else { return false }
            var dropped: Set<String> = [job.id]
            // Jobs are kept in the order they were asked: one asked on a dropped answer comes after it.
            for later in jobs where later.isDone && later.basedOn.contains(where: dropped.contains) {
                dropped.insert(later.id)
            }
            jobs.removeAll { dropped.contains($0.id) }
            return true
        }
    }

    private static func shouldRetry(_ job: Job) -> Bool {
        if case .failed = job.phase { return true }
        return false
    }

    private func start(_ job: Job, _ work: @escaping @Sendable (Job) throws -> any Sendable) {
        let slots = self.slots
        let thread = Thread {
            slots.wait()
            defer { slots.signal() }
            job.begin()
            do {
                job.finish(with: try work(job))
            } catch {
                job.fail(String(describing: error))
            }
        }
        // GLPK and the explanations recurse on large programmes; the default thread stack is small.
        thread.stackSize = 64 << 20
        thread.start()
    }
}
