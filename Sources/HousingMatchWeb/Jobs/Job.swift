import Foundation
import HousingMatch
import Synchronization
import Wording

/// One piece of long work (a solve, a page's questions) that runs on a thread
/// of its own while pages keep answering: it shows how far it is, can be
/// stopped, and keeps its answer for every page that asks the same question.
public final class Job: Sendable {
    /// Random, so that one visitor cannot guess another's job.
    public let id: String
    /// What the work answers; two requests with the same key share one job.
    public let key: String
    /// The jobs whose answers this one was asked on (a page's question asked on the current
    /// match): asking one of them again asks this one again too.
    public let basedOn: [String]
    let started = Date()
    private let state = Mutex(State())
    private let stopFlag = Atomic<Bool>(false)

    public enum Phase: Sendable, Equatable {
        case waiting, running, finished, failed(String)
    }

    /// Which of a job's questions it is asking, kept as data and worded when shown,
    /// in the language of whoever looks (not of whoever started the job).
    public struct Step: Sendable {
        public var index: Int
        public var count: Int
        public var words: @Sendable (Language) -> String
    }

    struct State {
        var phase: Phase = .waiting
        var progress: MatchProgress?
        var step: Step?
        var answer: (any Sendable)?
        var endedEarly = false
    }

    init(key: String, basedOn: [String] = []) {
        id = SecretToken.make().prefix(24).description
        self.key = key
        self.basedOn = basedOn
    }

    public var phase: Phase { state.withLock { $0.phase } }
    public var progress: MatchProgress? { state.withLock { $0.progress } }
    public var step: Step? { state.withLock { $0.step } }
    public var elapsedSeconds: Double { Date().timeIntervalSince(started) }
    /// Whether the work was stopped before it ended: its answer is the best until then.
    public var endedEarly: Bool { state.withLock { $0.endedEarly } }
    public var isDone: Bool {
        switch phase {
        case .finished, .failed: true
        case .waiting, .running: false
        }
    }

    /// The answer, once the work finished with one of this type.
    public func answer<Answer: Sendable>(as type: Answer.Type = Answer.self) -> Answer? {
        state.withLock { $0.answer as? Answer }
    }

    /// Asks the work to stop; a solve then ends with its best match so far.
    public func stop() { stopFlag.store(true, ordering: .relaxed) }
    public var stopRequested: Bool { stopFlag.load(ordering: .relaxed) }

    /// Options whose progress and stop reach this job.
    func options(from base: MatchOptions) -> MatchOptions {
        var options = base
        options.progress = { [weak self] report in self?.state.withLock { $0.progress = report } }
        options.shouldStop = { [weak self] in self?.stopRequested ?? true }
        return options
    }

    /// Shows which question the job asks: `detail` the same in every language (ids, labels).
    func showStep(_ index: Int, of count: Int, _ detail: String) {
        showStep(index, of: count) { _ in detail }
    }

    /// Shows which question the job asks, worded in the language of each visitor who looks.
    func showStep(_ index: Int, of count: Int, words: @escaping @Sendable (Language) -> String) {
        state.withLock { $0.step = Step(index: index, count: count, words: words) }
    }

    func begin() { state.withLock { $0.phase = .running } }

    func finish(with answer: any Sendable) {
        let stopped = stopRequested
        state.withLock {
            $0.answer = answer
            $0.phase = .finished
            $0.endedEarly = stopped
        }
    }

    func fail(_ message: String) { state.withLock { $0.phase = .failed(message) } }

    /// Waits until the work is done or `seconds` have passed; true when done.
    public func wait(upTo seconds: Double) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !isDone {
            if Date() >= deadline { return false }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return true
    }
}
