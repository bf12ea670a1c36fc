import Foundation

/// Adds up the progress of parts solved one after another or side by side
/// into one report for the whole scenario.
///
/// The whole is in a stage until every part has finished it. A sum is
/// reported only when every part has a value for it: the incumbent once
/// every part has a match, the bound once every part has a bound.
final class ProgressCombiner: @unchecked Sendable {
    private struct Stage {
        var best: [Double?]
        var bound: [Double?]
        var done: [Bool]
        init(parts: Int) {
            best = Array(repeating: nil, count: parts)
            bound = Array(repeating: nil, count: parts)
            done = Array(repeating: false, count: parts)
        }
    }

    private let lock = NSLock()
    private var stages: [MatchStage: Stage]
    /// The stages this solve runs, in order.
    private let order: [MatchStage]
    private let report: (@Sendable (MatchProgress) -> Void)?
    private let start: ContinuousClock.Instant

    init(parts: Int, stages order: [MatchStage], start: ContinuousClock.Instant,
         report: (@Sendable (MatchProgress) -> Void)?) {
        self.order = order
        self.stages = Dictionary(uniqueKeysWithValues: order.map { ($0, Stage(parts: parts)) })
        self.start = start
        self.report = report
    }

    /// A snapshot from a running search in one part.
    func update(part: Int, stage: MatchStage, best: Double?, bound: Double?) {
        record(part: part, stage: stage, best: best, bound: bound, done: false)
    }

    /// A stage of one part ended with a match of this value.
    func finish(part: Int, stage: MatchStage, value: Double, bound: Double?) {
        record(part: part, stage: stage, best: value, bound: bound ?? value, done: true)
    }

    /// Seconds from the start until stage 1 first had a match of the whole.
    private(set) var firstMatchSeconds: Double?
    /// Seconds from the start until stage 1's match first came within 1 % of
    /// its bound at that moment (so within 1 % of the optimum).
    private(set) var withinOnePercentSeconds: Double?

    private func record(part: Int, stage: MatchStage, best: Double?, bound: Double?, done: Bool) {
        let progress: MatchProgress? = lock.withLock {
            guard var state = stages[stage] else { return nil }
            // The stage maximises: a better match or a tighter bound replaces
            // the one before, and a later search reporting less changes nothing.
            if let best { state.best[part] = max(best, state.best[part] ?? best) }
            if let bound { state.bound[part] = min(bound, state.bound[part] ?? bound) }
            state.done[part] = state.done[part] || done
            stages[stage] = state
            if stage == .housed { noteMilestones(state) }
            guard report != nil else { return nil }
            // A stage of the whole begins once every part has finished the one before.
            let current = order.first { !stages[$0]!.done.allSatisfy { $0 } } ?? order.last!
            guard current == stage || done else { return nil }
            let shown = stages[current]!
            return MatchProgress(stage: current, bestObjective: Self.sum(shown.best),
                                 bestBound: Self.sum(shown.bound),
                                 elapsedSeconds: (ContinuousClock.now - start).seconds)
        }
        if let progress, let report { report(progress) }
    }

    private func noteMilestones(_ state: Stage) {
        guard let best = Self.sum(state.best) else { return }
        let now = (ContinuousClock.now - start).seconds
        if firstMatchSeconds == nil { firstMatchSeconds = now }
        if withinOnePercentSeconds == nil, let bound = Self.sum(state.bound),
           bound - best <= 0.01 * max(abs(bound), 1e-9) {
            withinOnePercentSeconds = now
        }
    }

    private static func sum(_ values: [Double?]) -> Double? {
        values.contains(nil) ? nil : values.reduce(0) { $0 + $1! }
    }
}
