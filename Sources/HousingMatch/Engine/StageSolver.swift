import LinearProgramming

/// Solves one stage of the lexicographic objective, exactly, in a way GLPK copes with.
///
/// When no match suggests sites (stage 1 of a cold solve), GLPK's own
/// branch-and-cut on the whole programme comes first: measured against the
/// steps below, in pairs of runs at the same time with a 60 s limit, it found
/// 176 against 172.5 and 238.5 against 235.5 households on two 300-household
/// scenarios, and proved 422.5 where the steps reached 402 on a
/// 1,000-household one. Only if it finds no match at all in most of the time
/// do the steps follow, whose quick dive finds one sooner; and on very large
/// programmes the steps come first (see ``wholeSearchFirstLimit``).
///
/// With suggested sites (stage 2 has stage 1's match; a re-solve may have an
/// earlier match) a stage runs in three steps, each exact. GLPK finds the
/// last few points of an optimum slowly even when the bound is tight, while
/// holding the groups to known sites leaves a much easier programme
/// (measured: stage 2 of a 300-household scenario proven in 14 s with the
/// steps, not in 59 s by branch-and-cut alone):
///
/// 1. the linear relaxation gives an upper bound (and, if integral, the optimum);
/// 2. fixing each group's site (from the relaxation, or from a known match)
///    leaves a much easier programme, whose optimum is a feasible match;
/// 3. only when that match is not provably optimal (its value is not within
///    one objective step of the bound) does branch-and-cut run on the whole
///    programme, asked only for matches strictly better than the one in hand.
struct StageSolver {
    let backend: any SolverBackend
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

    /// Above this many variables the steps come first even without suggested
    /// sites: on the 3,000-household tier (35,766 variables) the whole-programme
    /// search found no match in 60 s on any of three seeds, the steps found one on each.
    static let wholeSearchFirstLimit = 20_000

    /// What a stage ended with.
    struct Outcome {
        var result: SolverResult
        /// Which step settled it, for statistics.
        var settledBy: String
    }

    func solve() throws(SolverError) -> Outcome {
        let step = ObjectiveGrid.step(of: model.objective, in: model)
        let started = ContinuousClock.now

        if suggestedSites.isEmpty && model.variables.count <= Self.wholeSearchFirstLimit {
            let direct = try branchAndCut(incumbent: nil, bound: nil, step: step, started: started, share: 0.8)
            let stoppedEmpty = !direct.result.hasSolution
                && [.timeLimit, .gapLimit].contains(direct.result.termination)
            if !stoppedEmpty || parameters.shouldStop?() == true { return direct }
        }

        // 1. The relaxation.
        let relaxation = try backend.solve(model.relaxed(), parameters: limited(share: 1))
        switch relaxation.termination {
        case .infeasible:
            return Outcome(result: .init(termination: .infeasible, values: [], objectiveValue: nil, bestBound: nil,
                                         solveSeconds: started.secondsUntilNow), settledBy: "relaxation")
        case .optimal:
            break
        default:
            // No bound in time: leave it all to branch-and-cut.
            return try branchAndCut(incumbent: nil, bound: nil, step: step, started: started)
        }
        let bound = relaxation.objectiveValue ?? .infinity
        if isIntegral(relaxation.values) {
            var result = relaxation
            result.values = relaxation.values.map { $0.rounded() }
            result.bestBound = relaxation.objectiveValue
            return Outcome(result: result, settledBy: "relaxation")
        }

        // 2. Fix the sites and solve what is left.
        var incumbent: SolverResult?
        let fixings = suggestedSites.map { siteFixing(from: $0, threshold: 0.5) } + [siteFixing(from: relaxation.values, threshold: 0.5)]
        for fixing in unique(fixings) {
            if let incumbent, proven(incumbent, bound: bound, step: step) { break }
            var restricted = model
            // Only sites are ruled out: each group keeps its suggested site or none, so
            // the restricted programme is feasible whenever not forming is.
            for (variable, value) in fixing where value == 0 { restricted.setBounds(of: variable, lower: 0, upper: 0) }
            if incumbent == nil, let dive = try dive(into: restricted),
               dive.objectiveValue ?? -.infinity > incumbent?.objectiveValue ?? -.infinity {
                incumbent = dive
                if proven(dive, bound: bound, step: step) { break }
            }
            if let best = incumbent?.objectiveValue {
                restricted.addConstraint(model.objectiveExpression,
                                         lowerBound: best + (step ?? 1e-6), name: "improve")
            }
            let attempt = try backend.solve(restricted, parameters: limited(share: 0.5, step: step))
            if attempt.hasSolution, attempt.objectiveValue ?? -.infinity > incumbent?.objectiveValue ?? -.infinity {
                incumbent = attempt
            }
        }
        if let incumbent, proven(incumbent, bound: bound, step: step) {
            var result = incumbent
            result.termination = .optimal
            result.bestBound = incumbent.objectiveValue
            result.solveSeconds = started.secondsUntilNow
            return Outcome(result: result, settledBy: "fixed sites")
        }

        // 3. The whole programme, for anything better than the incumbent.
        return try branchAndCut(incumbent: incumbent, bound: bound, step: step, started: started)
    }

    /// A quick first match: solve the relaxation of `programme`, keep every
    /// integer variable that came out whole at its value, and search only over
    /// the rest. GLPK's search can take long to find any match in a large
    /// programme; the few fractional variables left here it settles quickly.
    /// A heuristic (its answer is a feasible match, not a proof); `nil` when it finds none.
    private func dive(into programme: LinearModel) throws(SolverError) -> SolverResult? {
        let relaxation = try backend.solve(programme.relaxed(), parameters: limited(share: 0.1))
        guard relaxation.termination == .optimal else { return nil }
        var fixed = programme
        for (index, variable) in programme.variables.enumerated() where variable.isInteger {
            let value = relaxation.values[index]
            if abs(value) <= 1e-9 {
                fixed.setBounds(of: VariableID(index: index), lower: 0, upper: 0)
            }
        }
        let attempt = try backend.solve(fixed, parameters: limited(share: 0.2))
        return attempt.hasSolution ? attempt : nil
    }

    private func branchAndCut(incumbent: SolverResult?, bound: Double?, step: Double?,
                              started: ContinuousClock.Instant, share: Double = 1) throws(SolverError) -> Outcome {
        var programme = model
        if let best = incumbent?.objectiveValue {
            programme.addConstraint(model.objectiveExpression,
                                    lowerBound: best + (step ?? 1e-6 * max(1, abs(best))), name: "improve")
        }
        var result = try backend.solve(programme, parameters: limited(share: share, step: step))
        result.solveSeconds = started.secondsUntilNow
        guard let incumbent else { return Outcome(result: result, settledBy: "branch-and-cut") }
        switch result.termination {
        case .infeasible:
            // Nothing better exists: the incumbent is optimal.
            var proven = incumbent
            proven.termination = .optimal
            proven.bestBound = incumbent.objectiveValue
            proven.solveSeconds = result.solveSeconds
            return Outcome(result: proven, settledBy: "branch-and-cut")
        case .optimal:
            return Outcome(result: result, settledBy: "branch-and-cut")
        default:
            // Stopped early: keep the better of the two, and the weaker of the bounds.
            var kept = result.hasSolution ? result : incumbent
            kept.termination = result.termination
            let searchBound = result.bestBound.map { max($0, incumbent.objectiveValue ?? $0) }
            kept.bestBound = [searchBound, bound].compactMap { $0 }.min()
            kept.solveSeconds = result.solveSeconds
            return Outcome(result: kept, settledBy: "branch-and-cut")
        }
    }

    /// Whether no match can beat `incumbent`, given the bound and the objective's grid.
    private func proven(_ incumbent: SolverResult, bound: Double, step: Double?) -> Bool {
        guard let value = incumbent.objectiveValue else { return false }
        let tolerance = 1e-6 * max(1, abs(value))
        if bound <= value + tolerance { return true }
        if let step, bound < value + step - tolerance { return true }
        return false
    }

    /// Each group takes the site its value suggests (the largest `take`, if at
    /// least `threshold`), each site at most once; every other `take` is 0.
    private func siteFixing(from values: [Double], threshold: Double) -> [VariableID: Double] {
        var fixing: [VariableID: Double] = [:]
        var candidates: [(value: Double, group: Int, site: Int)] = []
        for (g, sites) in siteChoices.enumerated() {
            for (h, variable) in sites {
                fixing[variable] = 0
                if values[variable.index] >= threshold { candidates.append((values[variable.index], g, h)) }
            }
        }
        var groupTaken = Set<Int>(), siteTaken = Set<Int>()
        for candidate in candidates.sorted(by: { ($0.value, -$0.group, -$0.site) > ($1.value, -$1.group, -$1.site) })
        where !groupTaken.contains(candidate.group) && !siteTaken.contains(candidate.site) {
            groupTaken.insert(candidate.group)
            siteTaken.insert(candidate.site)
            fixing[siteChoices[candidate.group][candidate.site]!] = 1
        }
        return fixing
    }

    private func unique(_ fixings: [[VariableID: Double]]) -> [[VariableID: Double]] {
        var seen: [[VariableID: Double]] = []
        for fixing in fixings where !seen.contains(fixing) { seen.append(fixing) }
        return seen
    }

    private func isIntegral(_ values: [Double]) -> Bool {
        zip(model.variables, values).allSatisfy { variable, value in
            !variable.isInteger || abs(value - value.rounded()) <= 1e-6
        }
    }

    /// The caller's parameters with a share of the time that is left.
    private func limited(share: Double, step: Double? = nil) -> SolverParameters {
        var limited = parameters
        limited.objectiveStep = step
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

