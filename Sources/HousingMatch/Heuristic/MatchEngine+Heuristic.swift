import LinearProgramming

extension MatchEngine {
    /// The primal heuristic's match alone (``PrimalHeuristic``), reported as a
    /// solve reports its answer: status `feasible` (never proven), or
    /// `noSolution` when the heuristic found none. For measuring the
    /// heuristic (`housing-match solve --heuristic-only`); ``solve(_:)`` runs it
    /// anyway under a time limit.
    ///
    /// The heuristic takes the options' time limit, or one second without one.
    ///
    /// - Throws: ``ScenarioValidationError`` when the scenario is invalid;
    ///   `SolverError` when the solver fails.
    public func solveHeuristically(_ scenario: Scenario) throws -> MatchResult {
        try scenario.validate()
        let start = ContinuousClock.now
        let heuristic = PrimalHeuristic(backend: backend, timeLimit: options.effectiveTimeLimit ?? 1,
                                        shouldStop: options.shouldStop)
        let outcome = try heuristic.run(scenario)
        let eligibility = Eligibility(scenario)
        let reasons = UnassignedReasons(scenario: scenario, eligibility: eligibility)
        var statistics = SolveStatistics()
        statistics.heuristicSeconds = outcome?.seconds
        statistics.heuristicObjective = outcome?.objective
        statistics.settledBy = outcome.map {
            ["heuristic (first match housed \($0.firstObjective.housed))",
             "heuristic (\($0.neighbourhoods) neighbourhoods, \($0.improvements) better)"]
        } ?? ["heuristic", "heuristic"]
        statistics.stageSeconds = [outcome?.seconds ?? 0]
        statistics.totalSeconds = (ContinuousClock.now - start).seconds
        guard let outcome else {
            return MatchResult(scenarioName: scenario.name, status: .noSolution, objective: nil, match: Match(),
                               unassigned: reasons.reasonsWithoutMatch(status: .noSolution), statistics: statistics)
        }
        return MatchResult(scenarioName: scenario.name, status: .feasible, objective: outcome.objective,
                           match: outcome.match, unassigned: reasons.reasons(for: outcome.match),
                           statistics: statistics)
    }
}
