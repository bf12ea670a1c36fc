import LinearProgramming

/// The guided steps for a backend whose own search needs them (GLPK), each exact:
///
/// 1. the linear relaxation gives an upper bound (and, if integral, the optimum);
/// 2. fixing each group's site leaves a much easier programme, whose optimum
///    is a feasible match: first at the sites of suggested matches (stage 1's
///    in stage 2, an earlier match in a re-solve), then at those of the stage
///    with only the sites whole (``solveSitesOnly()``), which also gives a much
///    tighter bound; a quick dive finds a first match;
/// 3. only when the best match is not provably optimal (its value is not
///    within one objective step of the bound) does branch-and-cut run on the
///    whole programme, asked only for matches strictly better than the one in
///    hand, and told its value, so that it stops, proven, as soon as its own
///    bound leaves no room for a better one.
///
/// GLPK's bound after the root's cuts is often the optimum itself while its
/// search finds no match for a long time; the steps give it one to prove.
extension StageSolver {
    /// The share of the time left that each fixed-site search may take: short,
    /// since its match mostly serves as the incumbent of the whole search.
    static let fixedSitesShare = 0.2
    /// The share of the time left for the programme with only sites whole.
    static let sitesOnlyShare = 0.5
    /// When the relaxation takes at least this share of the stage's time
    /// (3,000 households and up), a quick match at its sites (``dive(into:relaxationShare:)``)
    /// comes before the sites-only step rather than after it, so that the
    /// stage has a match even when that step cannot end in time.
    static let slowRelaxationShare = 0.1
    /// The share of the time left that the dive after a slow relaxation may
    /// give its own relaxation: it is the stage's one sure way to a match.
    static let slowRelaxationDiveShare = 0.5
    /// How much of a site a group must take in a slow relaxation to be
    /// offered it in a search at the relaxation's sites: any at all. The
    /// restricted programme lets a group stay unformed, so offering it a site
    /// never costs a match, and a group spread over several sites is still
    /// offered them. After a quick relaxation the threshold is one half (a
    /// wider restricted programme takes longer to search).
    static let relaxedSiteThreshold = 1e-6

    /// The stage in the guided steps above.
    func solveInSteps() throws(SolverError) -> Outcome {
        let step = ObjectiveGrid.step(of: model.objective, in: model)
        let started = ContinuousClock.now
        // The first match, before any search; also when the relaxation runs out of time.
        let knownMatch = model.bestFeasiblePoint(among: knownPoints).map {
            SolverResult(termination: .timeLimit, values: $0, objectiveValue: model.objectiveValue(at: $0),
                         bestBound: nil, solveSeconds: 0)
        }

        // 1. The relaxation.
        let relaxation = try backend.solve(model.relaxed(), parameters: limited(share: 1, progress: .boundOnly))
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
        announce(bound: bound)
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
            announce(match: candidate.objectiveValue)
        }
        var tried: [[VariableID: Double]] = []
        func search(_ fixing: [VariableID: Double], share: Double = Self.fixedSitesShare,
                    stallFactor: Double? = nil) throws(SolverError) {
            guard !tried.contains(fixing), !stopRequested else { return }
            tried.append(fixing)
            var atSites = restricted(to: fixing)
            if incumbent == nil, let dive = try dive(into: atSites) {
                incumbent = dive
                announce(match: dive.objectiveValue)
                if proven(dive, bound: bound, step: step) { return }
            }
            if let best = incumbent?.objectiveValue {
                atSites.addConstraint(model.objectiveExpression,
                                      lowerBound: best + (step ?? 1e-6), name: "improve")
            }
            var parameters = limited(share: share, step: step, progress: .matchesOnly)
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
            announce(bound: bound)
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
    /// sites are where the best matches are found.
    private func solveSitesOnly() throws(SolverError) -> SolverResult {
        var sitesOnly = model
        let sites = Set(siteChoices.flatMap(\.values))
        for (index, variable) in model.variables.enumerated()
        where variable.isInteger && !sites.contains(VariableID(index: index)) {
            sitesOnly.setKind(of: VariableID(index: index), to: .continuous)
        }
        // Objective values are no longer on the stage's grid, so no step; and
        // reaching the stage's known bound proves nothing here.
        var parameters = limited(share: Self.sitesOnlyShare, step: nil, progress: .boundOnly)
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
        let relaxation = try backend.solve(programme.relaxed(),
                                           parameters: limited(share: relaxationShare, progress: .matchesOnly))
        guard relaxation.termination == .optimal else { return nil }
        var fixed = programme
        for (index, variable) in programme.variables.enumerated() where variable.isInteger {
            let value = relaxation.values[index]
            if abs(value) <= 1e-9 {
                fixed.setBounds(of: VariableID(index: index), lower: 0, upper: 0)
            }
        }
        let attempt = try backend.solve(fixed, parameters: limited(share: 0.2, progress: .matchesOnly))
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
}
