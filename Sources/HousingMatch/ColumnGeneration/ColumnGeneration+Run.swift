import LinearProgramming

extension ColumnGeneration {
    /// What one run of stage 1 by column generation gives: a true bound and the best match found.
    struct StageOneOutcome: Sendable {
        /// An upper bound on households housed (by priority); the master's value when converged.
        let bound: Double
        let converged: Bool
        /// The best match of the dives, checked; `nil` when neither found one in time.
        let match: ColumnMatch?
        let statistics: Statistics
    }

    /// The entry point: generate to convergence, dive on sites, and dive on
    /// columns as well while the best match is short of the bound (the two
    /// dives win on different instances: Benchmarks/README.md).
    func solveStageOne(timeLimit: Double?) throws(SolverError) -> StageOneOutcome {
        let deadline = timeLimit.map { ContinuousClock.now + .seconds($0) }
        var state = State()
        _ = try generate(&state, deadline: deadline)
        let root = state
        var best: ColumnMatch?
        func keep(_ found: ColumnMatch?) {
            guard let found, found.violations.isEmpty else { return }
            if best.map({ found.housed > $0.housed }) ?? true { best = found }
        }
        var siteState = root
        keep(try siteDive(&siteState, deadline: deadline))
        var columnState = root
        if (best?.housed ?? -.infinity) < root.bound - tolerance {
            keep(try dive(&columnState, deadline: deadline))
        }
        var statistics = columnState.statistics
        statistics.pricingCalls += siteState.statistics.pricingCalls - root.statistics.pricingCalls
        statistics.pricingSeconds += siteState.statistics.pricingSeconds - root.statistics.pricingSeconds
        return StageOneOutcome(bound: root.bound, converged: root.converged, match: best, statistics: statistics)
    }
}
