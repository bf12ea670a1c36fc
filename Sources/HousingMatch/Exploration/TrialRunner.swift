import Foundation
import LinearProgramming
import Synchronization

/// Asks an exploring command's trials (each an independent re-solve against
/// the same base match) a few at a time, on threads of our own
/// (``WorkerThreads``), and hands back their answers in the order asked, so
/// that the output is the same as one trial after the other.
///
/// A scenario's own solve spreads its independent parts over the cores
/// (``MatchOptions/threads``); a trial mostly has one part to solve, so the
/// cores serve the trials instead: as many at once as there are threads,
/// each on its share of them.
struct TrialRunner: Sendable {
    /// How many trials run at once.
    let workers: Int
    /// The options each trial solves with: those given, with the threads split among the workers.
    let trialOptions: MatchOptions
    let backend: any SolverBackend

    /// Plans `count` trials under `options` (its ``MatchOptions/threads``, or one per core, is split among them).
    init(count: Int, options: MatchOptions, backend: any SolverBackend) {
        let threads = max(1, options.threads ?? ProcessInfo.processInfo.activeProcessorCount)
        workers = max(1, min(threads, count))
        var trialOptions = options
        if workers > 1 { trialOptions.threads = max(1, threads / workers) }
        self.trialOptions = trialOptions
        self.backend = backend
    }

    /// The answers of `job(0..<count)`, in index order. Once
    /// ``MatchOptions/shouldStop`` says so, no trial starts: those are `nil`,
    /// and so is every one after the first not asked, as when asked one by one.
    ///
    /// - Parameter starting: called on the trial's thread just before it starts.
    func run<Answer: Sendable>(_ count: Int, starting: (@Sendable (Int) -> Void)? = nil,
                               _ job: @escaping @Sendable (Int) throws -> Answer) throws -> [Answer?] {
        let answers = Mutex<[Answer?]>(Array(repeating: nil, count: count))
        let shouldStop = trialOptions.shouldStop
        try WorkerThreads.run(count: count, workers: workers, backend: backend) { index in
            if shouldStop?() == true { return }
            starting?(index)
            let answer = try job(index)
            answers.withLock { $0[index] = answer }
        }
        var inOrder = answers.withLock { $0 }
        if let firstMissing = inOrder.firstIndex(where: { $0 == nil }) {
            for index in firstMissing..<count { inOrder[index] = nil }
        }
        return inOrder
    }
}

extension WhatIf {
    /// A runner for `count` trials of this what-if, and the what-if its trials use
    /// (the same, with each solve's threads as the runner shares them out).
    func trialRunner(count: Int) -> (runner: TrialRunner, whatIf: WhatIf) {
        let runner = TrialRunner(count: count, options: options, backend: engine.backend)
        var whatIf = self
        whatIf.options = runner.trialOptions
        return (runner, whatIf)
    }
}
