import CBCBackend
import LinearProgramming

/// Solves one stage of the lexicographic objective, exactly, in a way GLPK copes with.
///
/// A stage runs in three steps, each exact:
///
/// 1. the linear relaxation gives an upper bound (and, if integral, the optimum);
/// 2. fixing each group's site leaves a much easier programme, whose optimum
///    is a feasible match: first the sites of a suggested match (stage 1's in
///    stage 2, an earlier match in a re-solve, which is also the first match
///    when it still meets every rule: ``knownPoints``), then those of the stage with
///    only the sites whole (``solveSitesOnly()``), which also gives a much
///    tighter bound; a quick dive finds a first match (at the relaxation's
///    sites before the sites-only step, when the relaxation was slow);
/// 3. only when the best match is not provably optimal (its value is not
///    within one objective step of the bound) does branch-and-cut run on the
///    whole programme, asked only for matches strictly better than the one in
///    hand, and told its value, so that it stops, proven, as soon as its own
///    bound (after GLPK's cuts, often much tighter than the relaxation's)
///    leaves no room for a better one.
///
/// A bound known before the solve (``knownBound``: an earlier solve of a
/// scenario this one only restricts) takes part in every step: it caps the
/// bound, and each search for matches stops at the first match reaching it.
///
/// GLPK finds the last few points of an optimum slowly even when its bound
/// is tight: on generated 1,000-household scenarios the bound after the
/// root's cuts is often the optimum itself, while the search finds no match
/// at all for a long time. The steps give it one to prove. Branch-and-cut on
/// the whole programme used to come first in stage 1; measured in pairs of
/// runs at the same time, the steps proved a 1,000-household scenario in
/// 3.6-5.2 s where that took 9.5-12.6 s (3 pairs), and with the sites-only
/// step they prove stage 1 of two more such scenarios that it left unproven
/// in 60 s. Tried and not kept: a step over every site the relaxation uses
/// (worse on four of six scenarios); the known value without the row asking
/// for better (GLPK then cannot prune by it: stage 2 of a 300-household
/// scenario stayed unproven in 43 s).
///
/// Also tried and not kept: starting each step's simplex from the basis of
/// the stage's relaxation. On 3,000 households that relaxation alone takes
/// GLPK's primal simplex about 22 s, and every later step solves nearly the
/// same one again from scratch. A started search must run without GLPK's
/// presolver, though, and that cost more than the start saved (pairs of
/// runs side by side, 60 s): regional seed 3 took 30.0 s instead of 5.5 s,
/// stage 1's bound on interactive seeds 2 and 3 ended looser (182.1 and
/// 248.3 against 179.0 and 245.6), and stage 2 found far worse fits. Started
/// relaxations only (the searches left as they are) changed nothing beyond
/// noise on six scenarios (regional seed 3: 5.8 s against 4.9 s).
/// Measured again for the sites-only step alone, whose root is the
/// relaxation itself: glpsol on that step, started without presolve against
/// cold with it (every cut family, pairs side by side, 60 s), took 0.1 s
/// against 0.7 s on interactive seed 1 and 7.3, 48.4 and 0.3 s against 7.8,
/// 14.0 and 0.3 s on regional seeds 1-3, and proved neither way on
/// interactive seeds 2 and 3; in the engine (one pair on each of nine
/// scenarios) it showed no pattern beyond noise. On 3,000 households the
/// started step was proven 42.8 s after the basis (cold: not in 60 s), still
/// past stage 1's time once the relaxation's 22 s are spent. Starting the
/// last branch-and-cut from the basis changed no stress result (three pairs).
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
    /// A bound proven before this solve (by an earlier solve of a scenario
    /// this one restricts, see ``EarlierSolve``): a match that reaches it is
    /// optimal, so every search for matches stops as soon as it finds one.
    var knownBound: Double? = nil
    /// Points known to be matches (an earlier match that meets every rule
    /// here, ``MatchFormulation/values(of:)``): the best of those that
    /// satisfy this stage's programme is its first match, before any search.
    /// Without it the search at the earlier sites starts from a quick dive,
    /// which may find less: after a site was added to a 1,000-household
    /// scenario, the dive found 340 where the earlier match houses 342.5,
    /// and the search then spent its share failing to find better than
    /// 342.5 at those sites. Regional seeds 3 and 7 with a site added, two
    /// runs each, side by side with and without: re-solved in 3.1 and 2.9 s
    /// against 5.2 and 4.7 s (seed 3), 27.0 and 28.2 s against 33.0 and
    /// 31.9 s (seed 7); the other changes of `Benchmarks/resolve.py` leave
    /// the earlier match breaking a rule, and their times did not move
    /// beyond noise.
    var knownPoints: [[Double]] = []
    /// Points known to be matches that the stage answers with only when its
    /// own steps end with nothing better (the primal heuristic's match). Unlike
    /// ``knownPoints`` they do not start the search: an incumbent skips the
    /// steps' quick dives and asks every search to beat it, and with the
    /// heuristic's match as incumbent the engine found worse matches in 10 s
    /// than without it (Benchmarks/README.md, "Primal heuristic").
    var fallbackPoints: [[Double]] = []

    /// How a stage is searched.
    enum Search {
        /// The steps described above, which GLPK's search needs.
        case steps
        /// The backend's own branch-and-cut on the whole programme, started
        /// from the best known match (``SolverParameters/startingPoint``).
        case direct
    }
    /// The steps for GLPK; CBC searches directly: on generated 300-household
    /// scenarios of both families it proved or matched GLPK's steps on all six
    /// (Benchmarks/README.md, "Stage search per backend").
    var search: Search { backend is CBCBackend ? .direct : .steps }

    /// The share of the time left that each fixed-site search may take: short,
    /// since its match mostly serves as the incumbent of the whole search.
    static let fixedSitesShare = 0.2
    /// The share of the time left that each search at suggested sites may
    /// take; stage 1 sets less for an earlier match's sites (see ``LexicographicSolve``).
    var suggestedSitesShare = StageSolver.fixedSitesShare
    /// When set, a search at suggested sites stops once its match has not
    /// improved for this many times as long as it took to find it
    /// (``SolverParameters/stallFactor``).
    var suggestedSitesStall: Double? = nil
    /// The share of the time left for the programme with only sites whole.
    static let sitesOnlyShare = 0.5
    /// When the relaxation takes at least this share of the stage's time, a
    /// quick match at its sites (``dive(into:)``) comes before the sites-only
    /// step rather than after it. On 3,000 households the relaxation takes
    /// about 22 s of stage 1's 48 s, the sites-only step cannot end in its
    /// half of the rest, and the dive after it, given a tenth of what is then
    /// left, sometimes missed finishing its own relaxation by a fraction of a
    /// second: the stage ended without any match. Diving first, it finds one
    /// in 2-3 s (stress seed 1: 761 households, where without it none, in a
    /// pair of runs side by side; seeds 2 and 3 unchanged at 696 and 755).
    /// Smaller programmes never meet the share (1,000 households: 0.4-3 s of
    /// 48 s), so their steps are as before.
    static let slowRelaxationShare = 0.1
    /// The share of the time left that the dive after a slow relaxation may
    /// give its own relaxation. It is the stage's one sure way to a match, and
    /// a tenth was not always enough: on stress seed 1 that relaxation (18,579
    /// columns after presolve) needs about 2.5 s, and with 2.35 s it stopped
    /// short, leaving the stage without a match. It takes only what it needs.
    static let slowRelaxationDiveShare = 0.5
    /// How much of a site a group must take in a slow relaxation to be
    /// offered it in a search at the relaxation's sites: any at all. The
    /// restricted programme lets a group stay unformed, so offering it a site
    /// never costs a match; with a threshold of one half, a group whose
    /// relaxation spreads over several sites was offered none. On 3,000
    /// households (pairs of runs side by side, 60 s) stage 1 housed 778.5
    /// instead of 755 on seed 3 and 763.5 instead of 761 on seed 1, and 696
    /// either way on seed 2. After a quick relaxation the threshold stays at
    /// one half, as before (a wider restricted programme also takes longer to
    /// search); a match's sites (whole values) are read with one half too.
    static let relaxedSiteThreshold = 1e-6

    /// What a stage ended with.
    struct Outcome {
        var result: SolverResult
        /// Which step settled it, for statistics.
        var settledBy: String
    }

    func solve() throws(SolverError) -> Outcome {
        var outcome = search == .direct ? try solveDirectly() : try solveInSteps()
        guard outcome.result.termination != .optimal, outcome.result.termination != .infeasible,
              let fallback = fallbackPoints.filter({ model.isFeasible(at: $0, tolerance: 1e-9) })
                .max(by: { model.objectiveValue(at: $0) < model.objectiveValue(at: $1) })
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

    /// The whole stage in one search, from the best match known before it.
    private func solveDirectly() throws(SolverError) -> Outcome {
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

    private func solveInSteps() throws(SolverError) -> Outcome {
        let step = ObjectiveGrid.step(of: model.objective, in: model)
        let started = ContinuousClock.now
        // The first match, before any search; also when the relaxation runs out of time.
        // Strictly: a relative 1e-6 on a stage-2 row keeping housed at 1e7 would let 10 go.
        let knownMatch = knownPoints.filter { model.isFeasible(at: $0, tolerance: 1e-9) }
            .max { model.objectiveValue(at: $0) < model.objectiveValue(at: $1) }
            .map { SolverResult(termination: .timeLimit, values: $0, objectiveValue: model.objectiveValue(at: $0),
                                bestBound: nil, solveSeconds: 0) }

        // 1. The relaxation.
        let relaxation = try backend.solve(model.relaxed(), parameters: limited(share: 1))
        switch relaxation.termination {
        case .infeasible:
            return Outcome(result: .init(termination: .infeasible, values: [], objectiveValue: nil, bestBound: nil,
                                         solveSeconds: started.secondsUntilNow), settledBy: "relaxation")
        case .optimal:
            break
        case .interrupted:
            return stopped(knownMatch, started: started, settledBy: "relaxation")
        default:
            // No bound in time: leave it all to branch-and-cut.
            return try branchAndCut(incumbent: knownMatch, bound: nil, step: step, started: started)
        }
        var bound = min(relaxation.objectiveValue ?? .infinity, knownBound ?? .infinity)
        if isIntegral(relaxation.values) {
            var result = relaxation
            result.values = relaxation.values.map { $0.rounded() }
            result.bestBound = relaxation.objectiveValue
            return Outcome(result: result, settledBy: "relaxation")
        }

        // 2. Fix the sites and solve what is left: first at the sites of suggested matches,
        let relaxationWasSlow = deadline.map {
            started.secondsUntilNow >= Self.slowRelaxationShare * ($0 - started).seconds
        } ?? false
        let relaxedSites = siteFixing(from: relaxation.values,
                                      threshold: relaxationWasSlow ? Self.relaxedSiteThreshold : 0.5)
        var incumbent = knownMatch
        /// Keeps `candidate` when it is a match better than the incumbent.
        func consider(_ candidate: SolverResult?) {
            guard let candidate, candidate.hasSolution,
                  candidate.objectiveValue ?? -.infinity > incumbent?.objectiveValue ?? -.infinity else { return }
            incumbent = candidate
        }
        var tried: [[VariableID: Double]] = []
        func search(_ fixing: [VariableID: Double], share: Double = Self.fixedSitesShare,
                    stallFactor: Double? = nil) throws(SolverError) {
            guard !tried.contains(fixing), !stopRequested else { return }
            tried.append(fixing)
            var atSites = restricted(to: fixing)
            if incumbent == nil, let dive = try dive(into: atSites) {
                incumbent = dive
                if proven(dive, bound: bound, step: step) { return }
            }
            if let best = incumbent?.objectiveValue {
                atSites.addConstraint(model.objectiveExpression,
                                      lowerBound: best + (step ?? 1e-6), name: "improve")
            }
            var parameters = limited(share: share, step: step)
            parameters.stallFactor = stallFactor
            consider(try backend.solve(atSites, parameters: parameters))
        }
        func isProven() -> Bool { incumbent.map { proven($0, bound: bound, step: step) } ?? false }

        for sites in suggestedSites where !isProven() {
            try search(siteFixing(from: sites, threshold: 0.5), share: suggestedSitesShare,
                       stallFactor: suggestedSitesStall)
        }
        // A slow relaxation marks a programme whose whole-programme steps may
        // not end in time (see ``slowRelaxationShare``): a first match now. It
        // is kept aside until the search at the sites-only step's sites is
        // done, so that search still starts with its own dive, as it did
        // before there was an early match.
        var earlyMatch: SolverResult?
        if incumbent == nil, relaxationWasSlow, !stopRequested {
            earlyMatch = try dive(into: restricted(to: relaxedSites), relaxationShare: Self.slowRelaxationDiveShare)
            if let match = earlyMatch, proven(match, bound: bound, step: step) { incumbent = match }
        }
        // then at the sites of the best match where only the sites need be whole.
        if !isProven(), !stopRequested {
            let sitesOnly = try solveSitesOnly()
            switch sitesOnly.termination {
            case .infeasible where incumbent == nil:
                // A relaxation of the stage: nothing is feasible.
                return Outcome(result: .init(termination: .infeasible, values: [], objectiveValue: nil, bestBound: nil,
                                             solveSeconds: started.secondsUntilNow), settledBy: "sites only")
            case .optimal:
                bound = min(bound, sitesOnly.objectiveValue ?? bound)
            default:
                bound = min(bound, sitesOnly.bestBound ?? bound)
            }
            if !isProven() {
                if sitesOnly.hasSolution {
                    try search(siteFixing(from: sitesOnly.values, threshold: 0.5))
                } else {
                    // The early match, if any, was found at these very sites: it is
                    // the search's first match, and its dive need not run again.
                    consider(earlyMatch)
                    try search(relaxedSites)
                }
            }
        }
        consider(earlyMatch)

        if let incumbent, proven(incumbent, bound: bound, step: step) {
            var result = incumbent
            result.termination = .optimal
            result.bestBound = incumbent.objectiveValue
            result.solveSeconds = started.secondsUntilNow
            return Outcome(result: result, settledBy: "fixed sites")
        }

        if stopRequested { return stopped(incumbent, started: started, settledBy: "fixed sites") }

        // 3. The whole programme, for anything better than the incumbent, or a bound that proves it.
        return try branchAndCut(incumbent: incumbent, bound: bound, step: step, started: started)
    }

    /// The stage with only the site decisions whole (households, care and
    /// generations may be fractional): a relaxation, so its optimum bounds the
    /// stage, and one much closer than the plain relaxation, because what the
    /// plain one gains lies mostly in groups spread over several sites. Its
    /// sites are where the best matches are found. Measured on generated
    /// scenarios (GLPK as in the engine, one run each): on two 1,000-household
    /// scenarios it was solved in 5.9 and 22.6 s, its bound was the optimum
    /// (422.5 and 338.5, where the relaxation says 425.5 and 342.1), and
    /// holding its sites gave a match of that value in 7.5 and 3.5 s, where
    /// branch-and-cut alone found 402-411.5 and 318-336 in 60 s. On a
    /// 300-household one, bound 177.5 (relaxation 188.75, optimum 176).
    ///
    /// Tried and not kept: the care decisions (`serves`, `clients`) whole as
    /// well. That programme's optimum was the stage's own on the 300-household
    /// scenario above (176), and glpsol proved it in 47 s where it left the
    /// sites-only one at a 4.4 % gap in 60 s. In the engine (the two versions
    /// side by side, one run each, 60 s) it proved stage 1 of interactive seed
    /// 1 in 2.1 s instead of 11.5 s and found better matches on seeds 2 and 3
    /// (176 and 241 instead of 172 and 240.5, unproven), but it slowed that
    /// seed's stage 2 from 8.6 to 39 s, and on the regional tier it left stage
    /// 1 of seed 1 unproven at 417.5 where sites only proves 422.5; glpsol took
    /// longer on all three regional seeds (12.4 s, over 60 s and 1.5 s against
    /// 7.1, 12.7 and 0.3 s).
    ///
    /// Nor kept: skipping this step when its share of the time left is under
    /// twice what the relaxation took (its root solves that relaxation again).
    /// On the stress tier, where the relaxation takes about 22 s, seeds 2 and 3
    /// then ended without any match, where with the step they house 696 and
    /// 755 (one pair of runs side by side): without it, the steps after it
    /// found none.
    private func solveSitesOnly() throws(SolverError) -> SolverResult {
        var sitesOnly = model
        let sites = Set(siteChoices.flatMap(\.values))
        for (index, variable) in model.variables.enumerated()
        where variable.isInteger && !sites.contains(VariableID(index: index)) {
            sitesOnly.setKind(of: VariableID(index: index), to: .continuous)
        }
        // Objective values are no longer on the stage's grid, so no step; and
        // reaching the stage's known bound proves nothing here.
        var parameters = limited(share: Self.sitesOnlyShare, step: nil)
        parameters.targetObjective = nil
        return try backend.solve(sitesOnly, parameters: parameters)
    }

    /// The stage's programme with every site choice that `fixing` sets to 0
    /// ruled out. Only sites are ruled out: each group keeps its chosen site
    /// or none, so the programme is feasible whenever not forming is.
    private func restricted(to fixing: [VariableID: Double]) -> LinearModel {
        var restricted = model
        for (variable, value) in fixing where value == 0 { restricted.setBounds(of: variable, lower: 0, upper: 0) }
        return restricted
    }

    /// A quick first match: solve the relaxation of `programme`, keep every
    /// integer variable that came out whole at its value, and search only over
    /// the rest. GLPK's search can take long to find any match in a large
    /// programme; the few fractional variables left here it settles quickly.
    /// A heuristic (its answer is a feasible match, not a proof); `nil` when it
    /// finds none. Its relaxation may take `relaxationShare` of the time left.
    private func dive(into programme: LinearModel, relaxationShare: Double = 0.1) throws(SolverError) -> SolverResult? {
        let relaxation = try backend.solve(programme.relaxed(), parameters: limited(share: relaxationShare))
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

    /// GLPK's branch-and-cut on the whole programme. An incumbent found by the
    /// steps before goes in twice: as a row asking for better, by which GLPK
    /// prunes its tree, and as a known value, so that the search stops, proven,
    /// as soon as its own bound leaves no room for a better match.
    private func branchAndCut(incumbent: SolverResult?, bound: Double?, step: Double?,
                              started: ContinuousClock.Instant) throws(SolverError) -> Outcome {
        var programme = model
        var parameters = limited(share: 1, step: step)
        if let best = incumbent?.objectiveValue {
            parameters.knownObjective = best
            programme.addConstraint(model.objectiveExpression,
                                    lowerBound: best + (step ?? 1e-6 * max(1, abs(best))), name: "improve")
        }
        var result = try backend.solve(programme, parameters: parameters)
        result.solveSeconds = started.secondsUntilNow
        guard let incumbent, let incumbentValue = incumbent.objectiveValue else {
            return Outcome(result: result, settledBy: "branch-and-cut")
        }
        switch result.termination {
        case .infeasible, .noBetterThanKnown:
            // Nothing better exists: the incumbent is optimal.
            var proven = incumbent
            proven.termination = .optimal
            proven.bestBound = incumbentValue
            proven.solveSeconds = result.solveSeconds
            return Outcome(result: proven, settledBy: "branch-and-cut")
        case .optimal:
            return Outcome(result: result, settledBy: "branch-and-cut")
        default:
            // Stopped early: keep the better of the two (any match the search found is
            // better), and the tighter of the bounds, never below the match kept.
            var kept = result.hasSolution ? result : incumbent
            kept.termination = result.termination
            let value = kept.objectiveValue ?? incumbentValue
            kept.bestBound = [result.bestBound, bound].compactMap { $0 }.min().map { max($0, value) }
            kept.solveSeconds = result.solveSeconds
            return Outcome(result: kept, settledBy: "branch-and-cut")
        }
    }

    /// Whether the caller asked to stop: no further step starts then (GLPK's
    /// branch-and-cut solves its root relaxation before its callback can stop it).
    private var stopRequested: Bool { parameters.shouldStop?() == true }

    /// The outcome of a stage stopped on request: the match in hand, if any.
    private func stopped(_ incumbent: SolverResult?, started: ContinuousClock.Instant,
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
    private func proven(_ incumbent: SolverResult, bound: Double, step: Double?) -> Bool {
        guard let value = incumbent.objectiveValue else { return false }
        // Rounding in sums (and GLPK's bounds) of this size.
        let rounding = 1e-9 * max(1, abs(value))
        if let step {
            return step > 2 * rounding ? bound < value + step - rounding : bound <= value + rounding
        }
        return bound <= value + 1e-6 * max(1, abs(value))
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

    private func isIntegral(_ values: [Double]) -> Bool {
        zip(model.variables, values).allSatisfy { variable, value in
            !variable.isInteger || abs(value - value.rounded()) <= 1e-6
        }
    }

    /// The caller's parameters with a share of the time that is left.
    private func limited(share: Double, step: Double? = nil) -> SolverParameters {
        var limited = parameters
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

