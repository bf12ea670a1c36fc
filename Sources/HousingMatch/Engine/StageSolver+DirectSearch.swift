import LinearProgramming

extension StageSolver {
    /// The whole stage in one search, from the best match known before it.
    func solveDirectly() throws(SolverError) -> Outcome {
        let started = ContinuousClock.now
        // Known matches, stage 1's in stage 2 among them (its suggested sites).
        let first = DirectStageStart(model: model, knownBound: knownBound)
            .start(from: knownPoints + fallbackPoints + suggestedSites)
        let start = first.point
        if first.isProven, let start {
            return Outcome(result: SolverResult(termination: .optimal, values: start, objectiveValue: first.value,
                                                bestBound: first.value, solveSeconds: started.secondsUntilNow),
                           settledBy: "fixed sites")
        }
        var parameters = limited(share: 1, step: ObjectiveGrid.step(of: model.objective, in: model))
        parameters.startingPoint = start
        var result = try backend.solve(model, parameters: parameters)
        if !result.hasSolution || result.values.isEmpty, let start, result.termination != .infeasible {
            result.values = start
            result.objectiveValue = model.objectiveValue(at: start)
        }
        result.solveSeconds = started.secondsUntilNow
        first.settle(&result, step: ObjectiveGrid.step(of: model.objective, in: model))
        return Outcome(result: result, settledBy: "branch-and-cut")
    }
}
