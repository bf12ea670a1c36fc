import LinearProgramming

extension StageSolver {
    /// The whole stage in one search, from the best match known before it.
    func solveDirectly() throws(SolverError) -> Outcome {
        let started = ContinuousClock.now
        let start = bestPoint(among: knownPoints + fallbackPoints)
        var parameters = limited(share: 1, step: ObjectiveGrid.step(of: model.objective, in: model))
        parameters.startingPoint = start
        var result = try backend.solve(model, parameters: parameters)
        if !result.hasSolution || result.values.isEmpty, let start, result.termination != .infeasible {
            result.values = start
            result.objectiveValue = model.objectiveValue(at: start)
        }
        result.solveSeconds = started.secondsUntilNow
        return Outcome(result: result, settledBy: "branch-and-cut")
    }
}
