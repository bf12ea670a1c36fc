import LinearProgramming

/// The start of a direct search (``StageSolver/Search/direct``): a match to
/// hand the backend's branch-and-cut as its MIP start, and a bound on the
/// stage, both found before that search.
///
/// Two steps, each exact in what it claims:
///
/// 1. the stage with only the sites whole (every other integer variable
///    continuous), a relaxation of it, started from the best known match and
///    given a short share of the time: its sites are where good matches lie,
///    and its bound (proven or at its limit) bounds the stage;
/// 2. the stage with every site choice that step rules out fixed at 0 (each
///    group keeps that site or none), which is nearly exact in its
///    relaxation and quick to solve: its match is the start.
///
/// The start is the best of that match and the known ones. When it is
/// within one objective step of the bound, it is optimal and the search
/// need not run (``Start/isProven``).
struct DirectStageStart {
    let backend: any SolverBackend
    /// The stage's programme; its objective is maximised.
    let model: LinearModel
    /// For each group, its `take` variables by site.
    let siteChoices: [[Int: VariableID]]
    /// The stage's parameters (hooks, threads); each step sets its own time.
    let parameters: SolverParameters
    let deadline: ContinuousClock.Instant?
    /// A bound proven before this solve (see ``StageSolver/knownBound``).
    var knownBound: Double? = nil

    /// The share of the time left for the sites-only step. Short: it only
    /// aims the start, and the search after it still needs most of the time.
    static let sitesOnlyShare = 0.3
    /// The share of the time left (after the sites-only step) for the
    /// search at its sites.
    static let fixedSitesShare = 0.15
    /// The sites-only step's limit when the stage has none: a start is worth
    /// a few seconds, not an unbounded search of its own.
    static let sitesOnlySecondsWithoutDeadline = 10.0

    /// What the steps found.
    struct Start {
        /// The best match in hand (a point of the stage's programme), if any.
        var point: [Double]?
        /// Its objective value.
        var value: Double?
        /// A bound on the stage: the sites-only step's, capped by the known bound.
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
        var best = bestFeasible(among: candidates)
        var bound = knownBound
        func done() -> Start {
            let value = best.map(model.objectiveValue(at:))
            let proven = value.flatMap { value in bound.map { Self.proves($0, value: value, step: step) } } ?? false
            return Start(point: best, value: value, bound: bound, isProven: proven)
        }
        guard !siteChoices.isEmpty, !stopRequested else { return done() }

        // 1. Only the sites whole.
        var sitesOnly = model
        let sites = Set(siteChoices.flatMap(\.values))
        for (index, variable) in model.variables.enumerated()
        where variable.isInteger && !sites.contains(VariableID(index: index)) {
            sitesOnly.setKind(of: VariableID(index: index), to: .continuous)
        }
        var relaxedParameters = limited(share: Self.sitesOnlyShare,
                                        orSeconds: Self.sitesOnlySecondsWithoutDeadline)
        // Its values are off the stage's grid, and reaching the stage's bound proves nothing here.
        relaxedParameters.objectiveStep = nil
        relaxedParameters.targetObjective = nil
        relaxedParameters.knownObjective = nil
        relaxedParameters.stallFactor = nil
        relaxedParameters.startingPoint = best
        // A step that fails (CBC's process can crash) only leaves the start as it was.
        guard let relaxed = try? backend.solve(sitesOnly, parameters: relaxedParameters) else { return done() }
        let relaxedBound = relaxed.termination == .optimal ? relaxed.objectiveValue : relaxed.bestBound
        if let relaxedBound { bound = min(bound ?? relaxedBound, relaxedBound) }
        if let current = best.map(model.objectiveValue(at:)), let bound,
           Self.proves(bound, value: current, step: step) {
            return done()
        }
        guard relaxed.hasSolution, !relaxed.values.isEmpty, !stopRequested else { return done() }

        // 2. Its sites held: each group there or unformed.
        var atSites = model
        for sitesOfGroup in siteChoices {
            for variable in sitesOfGroup.values where relaxed.values[variable.index] < 0.5 {
                atSites.setBounds(of: variable, lower: 0, upper: 0)
            }
        }
        var fixedParameters = limited(share: Self.fixedSitesShare, orSeconds: nil)
        fixedParameters.objectiveStep = step
        fixedParameters.targetObjective = bound
        fixedParameters.startingPoint = best.flatMap { atSites.isFeasible(at: $0, tolerance: 1e-9) ? $0 : nil }
        if let fixed = try? backend.solve(atSites, parameters: fixedParameters), fixed.hasSolution, !fixed.values.isEmpty, model.isFeasible(at: fixed.values, tolerance: 1e-9),
           model.objectiveValue(at: fixed.values) > best.map(model.objectiveValue(at:)) ?? -.infinity {
            best = fixed.values
        }
        return done()
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
    /// (as ``StageSolver`` decides it: with a grid only the grid counts, and a
    /// grid finer than the rounding of such values proves only at the value).
    static func proves(_ bound: Double, value: Double, step: Double?) -> Bool {
        let rounding = 1e-9 * max(1, abs(value))
        if let step {
            return step > 2 * rounding ? bound < value + step - rounding : bound <= value + rounding
        }
        return bound <= value + 1e-6 * max(1, abs(value))
    }

    private var stopRequested: Bool { parameters.shouldStop?() == true }

    /// The stage's parameters with a share of the time left, or `seconds` without a deadline.
    private func limited(share: Double, orSeconds seconds: Double?) -> SolverParameters {
        var limited = parameters
        limited.startingPoint = nil
        if let deadline {
            let left = max(0.001, -(ContinuousClock.now - deadline).seconds)
            limited.timeLimit = min(left * share, parameters.timeLimit ?? .infinity)
        } else if let seconds {
            limited.timeLimit = min(seconds, parameters.timeLimit ?? .infinity)
        }
        return limited
    }
}
