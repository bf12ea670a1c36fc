import Foundation
import HousingMatch
import Synchronization

/// One piece of long work (a solve, a page's questions) that runs on a thread
/// of its own while pages keep answering: it shows how far it is, can be
/// stopped, and keeps its answer for every page that asks the same question.
public final class Job: Sendable {
    /// Random, so that one visitor cannot guess another's job.
    public let id: String
    /// What the work answers; two requests with the same key share one job.
    public let key: String
    let started = Date()
    private let state = Mutex(State())
    private let stopFlag = Atomic<Bool>(false)

    public enum Phase: Sendable, Equatable {
        case waiting, running, finished, failed(String)
    }

    struct State {
        var phase: Phase = .waiting
        var progress: MatchProgress?
        var step: (index: Int, count: Int, detail: String)?
        var answer: (any Sendable)?
    }

    init(key: String) {
        id = SecretToken.make().prefix(24).description
        self.key = key
    }

    public var phase: Phase { state.withLock { $0.phase } }
    public var progress: MatchProgress? { state.withLock { $0.progress } }
    public var step: (index: Int, count: Int, detail: String)? { state.withLock { $0.step } }
    public var elapsedSeconds: Double { Date().timeIntervalSince(started) }
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

    func showStep(_ index: Int, of count: Int, _ detail: String) {
        state.withLock { $0.step = (index, count, detail) }
    }

    func begin() { state.withLock { $0.phase = .running } }

    func finish(with answer: any Sendable) {
        state.withLock {
            $0.answer = answer
            $0.phase = .finished
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
