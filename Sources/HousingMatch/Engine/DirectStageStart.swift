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
            if DirectStageStart.proves(bound, value: value, step: step) {
                result.termination = .optimal
                result.bestBound = value
            }
        }
    }

    /// The start, from `candidates` (value vectors known to be matches, or
    /// any points: only those feasible here are used).
    func start(from candidates: [[Double]]) -> Start {
        let step = ObjectiveGrid.step(of: model.objective, in: model)
        let best = bestFeasible(among: candidates)
        let value = best.map(model.objectiveValue(at:))
        let proven = value.flatMap { value in knownBound.map { Self.proves($0, value: value, step: step) } } ?? false
        return Start(point: best, value: value, bound: knownBound, isProven: proven)
    }

    /// The best of `candidates` that is a match of this stage, with its integer
    /// values rounded (a solver's 0.9999999 is 1).
    func bestFeasible(among candidates: [[Double]]) -> [Double]? {
        candidates.compactMap { point -> [Double]? in
            guard point.count == model.variables.count else { return nil }
            let rounded = zip(model.variables, point).map { $0.isInteger ? $1.rounded() : $1 }
            if model.isFeasible(at: rounded, tolerance: 1e-9) { return rounded }
            return model.isFeasible(at: point, tolerance: 1e-9) ? point : nil
        }
        .max { model.objectiveValue(at: $0) < model.objectiveValue(at: $1) }
    }

    /// Whether `bound` leaves no room for a match better than `value` by a step
    /// (``StageSolver/proves(_:value:step:)``).
    static func proves(_ bound: Double, value: Double, step: Double?) -> Bool {
        StageSolver.proves(bound, value: value, step: step)
    }
}
