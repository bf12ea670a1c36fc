import LinearProgramming

/// Solves one stage of the lexicographic objective exactly, on the chosen backend.
///
/// Most backends search the stage's whole programme directly
/// (``solveDirectly()``), started from the best match known before it. A
/// backend whose search needs guidance (``SolverBackend/searchNeedsGuidance``,
/// GLPK) gets the guided steps of ``solveInSteps()`` instead: the relaxation,
/// searches with each group's site fixed, the programme with only the sites
/// whole, and only then branch-and-cut, told the best match in hand.
///
/// A bound known before the solve (``knownBound``: an earlier solve of a
/// scenario this one only restricts) takes part in every search: it caps the
/// bound, and each search for matches stops at the first match reaching it.
/// Why each step and share is as it is, with the measurements: the decision
/// log in Benchmarks/README.md.
struct StageSolver {
    var backend: any SolverBackend
    /// The stage's programme; its objective is maximised.
    let model: LinearModel
    /// For each group, its `take` variables by site.
    let siteChoices: [[Int: VariableID]]
    /// Value vectors whose `take` values suggest a site for each group, tried
    /// before the relaxation's suggestion: stage 1's match in stage 2, or a
    /// match of an earlier version of the scenario. Only their sites are used.
    let suggestedSites: [[Double]]
    /// Limits, hooks and the clock shared with the rest of the solve.
    let parameters: SolverParameters
    let deadline: ContinuousClock.Instant?
    /// The backend that takes the stage over, with the time left, when
    /// ``backend`` fails on fit input (CBC 2.10.8 aborts on some programmes
    /// and has crashed inside its cut generators); `nil` for none.
    var failover: (any SolverBackend)? = nil
    /// A bound proven before this solve (by an earlier solve of a scenario
    /// this one restricts, see ``EarlierSolve``): a match that reaches it is
    /// optimal, so every search for matches stops as soon as it finds one.
    var knownBound: Double? = nil
    /// Points known to be matches (an earlier match that meets every rule
    /// here, ``MatchFormulation/values(of:)``): the best of those that
    /// satisfy this stage's programme is its first match, before any search,
    /// so that no search has to find that match again.
    var knownPoints: [[Double]] = []
    /// Points known to be matches that the stage answers with only when its
    /// own search ends with nothing better (the primal heuristic's match).
    /// Unlike ``knownPoints`` they do not start the guided steps: an
    /// incumbent there skips the steps' quick dives and asks every search to
    /// beat it, which found worse matches in the same time.
    var fallbackPoints: [[Double]] = []
    /// The share of the time left that each guided search at suggested sites
    /// may take; stage 1 sets less for an earlier match's sites (see ``LexicographicSolve``).
    var suggestedSitesShare = StageSolver.fixedSitesShare
    /// When set, a guided search at suggested sites stops once its match has
    /// not improved for this many times as long as it took to find it
    /// (``SolverParameters/stallFactor``).
    var suggestedSitesStall: Double? = nil

    /// How a stage is searched.
    enum Search {
        /// The guided steps of ``solveInSteps()``.
        case steps
        /// The backend's own branch-and-cut on the whole programme, started
        /// from the best known match (``SolverParameters/startingPoint``).
        case direct
    }
    var search: Search { backend.searchNeedsGuidance ? .steps : .direct }

    /// What a stage ended with.
    struct Outcome {
        var result: SolverResult
        /// Which step settled it, for statistics.
        var settledBy: String
    }

    func solve() throws(SolverError) -> Outcome {
        // A match known before the search is the stage's answer if it is stopped now.
        if let known = model.bestFeasiblePoint(among: knownPoints + fallbackPoints) {
            announce(match: model.objectiveValue(at: known))
        }
        var outcome: Outcome
        do {
            outcome = search == .direct ? try solveDirectly() : try solveInSteps()
        } catch where !error.isUnfitInput {
            if let failover {
                var again = self
                again.backend = failover
                again.failover = nil
                var outcome = try again.solve()
                outcome.settledBy += " on \(failover.name) after \(error.backend) failed"
                return outcome
            }
            // Without one, the best match known before the stage, unproven, rather than no answer.
            guard let known = model.bestFeasiblePoint(among: knownPoints + fallbackPoints) else { throw error }
            let value = model.objectiveValue(at: known)
            return Outcome(result: SolverResult(termination: .timeLimit, values: known, objectiveValue: value,
                                                bestBound: nil, solveSeconds: 0),
                           settledBy: "known match after \(error.backend) failed")
        }
        guard outcome.result.termination != .optimal, outcome.result.termination != .infeasible,
              let fallback = model.bestFeasiblePoint(among: fallbackPoints)
        else { return outcome }
        let value = model.objectiveValue(at: fallback)
        if !outcome.result.hasSolution || outcome.result.values.isEmpty
            || (outcome.result.objectiveValue ?? -.infinity) < value {
            outcome.result.values = fallback
            outcome.result.objectiveValue = value
            outcome.result.bestBound = outcome.result.bestBound.map { max($0, value) }
        }
        return outcome
    }


    /// Tells the progress hook of a match or a bound of the stage found
    /// outside a search's own reports (a known match, a step's result).
    func announce(match value: Double? = nil, bound: Double? = nil) {
        guard let report = parameters.progress, value != nil || bound.map(\.isFinite) == true else { return }
        report(SolveProgress(bestObjective: value, bestBound: bound.flatMap { $0.isFinite ? $0 : nil },
                             elapsedSeconds: 0, openNodes: 0))
    }

    /// Whether the caller asked to stop: no further step starts then (a
    /// search may solve its root relaxation before it can be stopped).
    var stopRequested: Bool { parameters.shouldStop?() == true }

    /// The outcome of a stage stopped on request: the match in hand, if any.
    func stopped(_ incumbent: SolverResult?, started: ContinuousClock.Instant,
                 settledBy step: String) -> Outcome {
        var result = incumbent ?? SolverResult(termination: .interrupted, values: [], objectiveValue: nil,
                                               bestBound: nil, solveSeconds: 0)
        result.termination = .interrupted
        result.solveSeconds = started.secondsUntilNow
        return Outcome(result: result, settledBy: step)
    }

    /// Whether no match can beat `incumbent`, given the bound and the objective's grid.
    ///
    /// With a grid, only the grid decides: no value lies between the
    /// incumbent and the next step up, so a bound below that is a proof,
    /// whatever the objective's size. A relative tolerance would not be
    /// exact: at priority 1,000 for 10,000 households (housed 1e7), 1e-6 of
    /// the value is 10, ten households of priority 1, and a priority of 0.001
    /// puts the grid at 0.001. A grid finer than the rounding of values this
    /// large proves nothing: only a bound at the value itself does, and
    /// anything else is left to the search. Without a grid, a relative 1e-6
    /// stands (coefficients that are no simple fractions).
    func proven(_ incumbent: SolverResult, bound: Double, step: Double?) -> Bool {
        guard let value = incumbent.objectiveValue else { return false }
        return Self.proves(bound, value: value, step: step)
    }

    /// Whether `bound` leaves no room for a match better than `value` (see ``proven(_:bound:step:)``).
    static func proves(_ bound: Double, value: Double, step: Double?) -> Bool {
        // Rounding in sums (and GLPK's bounds) of this size.
        let rounding = 1e-9 * max(1, abs(value))
        if let step {
            return step > 2 * rounding ? bound < value + step - rounding : bound <= value + rounding
        }
        return bound <= value + 1e-6 * max(1, abs(value))
    }

    /// What a search's progress says about the stage: a programme restricted
    /// to some sites has matches of the stage, but its bound bounds only those
    /// sites; a relaxation has a bound of the stage, but its solutions are no
    /// matches. The progress hook hears only what holds for the stage.
    enum ProgressMeaning {
        case matchesAndBound, matchesOnly, boundOnly
    }

    /// The caller's parameters with a share of the time that is left.
    func limited(share: Double, step: Double? = nil, progress meaning: ProgressMeaning = .matchesAndBound)
        -> SolverParameters {
        var limited = parameters
        if let report = parameters.progress, meaning != .matchesAndBound {
            limited.progress = { snapshot in
                var heard = snapshot
                if meaning == .boundOnly { heard.bestObjective = nil } else { heard.bestBound = nil }
                report(heard)
            }
        }
        limited.objectiveStep = step
        // A match that reaches a bound proven before is optimal: searches stop there.
        limited.targetObjective = knownBound
        if let deadline {
            let left = max(0.001, -(ContinuousClock.now - deadline).seconds)
            limited.timeLimit = left * share
        }
        return limited
    }
}

extension ContinuousClock.Instant {
    var secondsUntilNow: Double { (ContinuousClock.now - self).seconds }
}

extension LinearModel {
    /// The best of `points` that satisfies the programme, its integer values
    /// rounded (a solver's 0.9999999 is 1); `nil` when none does. Strictly: a
    /// relative 1e-6 on a stage-2 row keeping housed at 1e7 would let 10 go.
    func bestFeasiblePoint(among points: [[Double]]) -> [Double]? {
        points.compactMap { point -> [Double]? in
            guard point.count == variables.count else { return nil }
            let rounded = zip(variables, point).map { $0.isInteger ? $1.rounded() : $1 }
            if isFeasible(at: rounded, tolerance: 1e-9) { return rounded }
            return isFeasible(at: point, tolerance: 1e-9) ? point : nil
        }
        .max { objectiveValue(at: $0) < objectiveValue(at: $1) }
    }
}
