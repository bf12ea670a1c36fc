import LinearProgramming

/// The start of a direct search (``StageSolver/Search/direct``): the match
/// handed to the backend's branch-and-cut as its MIP start.
///
/// It is the best of the matches known before the stage that satisfy its
/// programme: an earlier match, the primal heuristic's, and the suggested
/// sites' points, among which stage 2 finds stage 1's match (a match of
/// stage 2 by construction; before, stage 2 on CBC started from nothing
/// whenever the heuristic's match housed fewer). When it already reaches a
/// bound known before the solve, it is optimal and the search need not run.
/// (The sites-only step's match as the start was measured and not kept:
/// Benchmarks/README.md, "Decision log".)
struct DirectStageStart {
    /// The stage's programme; its objective is maximised.
    let model: LinearModel
    /// A bound proven before this solve (see ``StageSolver/knownBound``).
    var knownBound: Double? = nil

    /// What the start is.
    struct Start {
        /// The best match in hand (a point of the stage's programme), if any.
        var point: [Double]?
        /// Its objective value.
        var value: Double?
        /// A bound on the stage known before it (``knownBound``).
        var bound: Double?
        /// Whether no match beats ``point`` by a step: the search need not run.
        var isProven: Bool

        /// Tightens the search's `result` by this start's bound: its bound is
        /// the lower of the two (never below its match), and a match the bound
        /// leaves no room to beat is optimal.
        func settle(_ result: inout SolverResult, step: Double?) {
            guard let bound, result.termination != .optimal, result.termination != .infeasible,
                  let value = result.objectiveValue, result.hasSolution else { return }
            result.bestBound = max(value, min(result.bestBound ?? bound, bound))
            if StageSolver.proves(bound, value: value, step: step) {
                result.termination = .optimal
                result.bestBound = value
            }
        }
    }

    /// The start, from `candidates` (value vectors known to be matches, or
    /// any points: only those feasible here are used).
    func start(from candidates: [[Double]]) -> Start {
        let step = ObjectiveGrid.step(of: model.objective, in: model)
        let best = model.bestFeasiblePoint(among: candidates)
        let value = best.map(model.objectiveValue(at:))
        let proven = value.flatMap { value in knownBound.map { StageSolver.proves($0, value: value, step: step) } } ?? false
        return Start(point: best, value: value, bound: knownBound, isProven: proven)
    }
}
