import Foundation
import CBCBackend
import GLPKBackend
import LinearProgramming

/// Solves scenarios: builds the programme of MODEL.md, runs its two
/// lexicographic stages on a solver backend, and explains who is left out.
///
/// ```swift
/// let result = try MatchEngine().solve(scenario)
/// for group in result.match.groups { print(group.id, group.site, group.members) }
/// ```
public struct MatchEngine: Sendable {
    /// The solver that runs each stage.
    public var backend: any SolverBackend
    public var options: MatchOptions
    /// Independent parts with fewer variables than this are solved together
    /// (see ``ProgrammePart``); tests set it to 0 to split every part, or to
    /// `Int.max` to solve the whole scenario as one programme.
    var partBundleSize = ProgrammePart.defaultBundleSize
    /// Whether a solve with a time limit runs the primal heuristic first
    /// (``PrimalHeuristic``), whose match a stage answers with when it finds
    /// nothing better. Tests that watch the stages' own solver calls turn it off.
    public var runsHeuristic = true

    /// GLPK with every cut family on. Gomory cuts, which GLPKBackend leaves off
    /// by default (they slow the generalized assignment instances), are what
    /// close the second stage here: glpsol proved a 300-household stage-2
    /// programme in 2.4 s with all cuts and not in 50 s with MIR, cover and
    /// clique cuts alone (one instance, one run each).
    public static let defaultBackend = GLPKBackend(options: GLPKOptions(cuts: .all))

    /// The backend for a solver picked by name.
    public static func backend(for solver: MatchSolver) -> any SolverBackend {
        switch solver {
        case .glpk: defaultBackend
        case .cbc: CBCBackend()
        // Large parts' stages go to CBC in the solve (``stageBackend(for:)``).
        case .auto: defaultBackend
        }
    }

    /// Creates an engine; without a backend, the one ``MatchOptions/solver`` names.
    public init(backend: (any SolverBackend)? = nil, options: MatchOptions = MatchOptions()) {
        self.backend = backend ?? MatchEngine.backend(for: options.solver)
        self.options = options
        picksBackendBySize = backend == nil && options.solver == .auto
        failover = backend == nil && options.solver != .glpk ? Self.defaultBackend : nil
    }

    /// Takes a stage over when CBC fails on it (``StageSolver/failover``):
    /// GLPK, whenever the engine picked CBC itself.
    var failover: (any SolverBackend)?

    /// Whether each part's stages pick their backend by size (``MatchSolver/auto``).
    private var picksBackendBySize = false
    /// Under ``MatchSolver/auto``, the parts that go to CBC, by integer
    /// variables; tests widen it to send every part there.
    var autoCBCIntegerVariables = MatchSolver.autoCBCIntegerVariables

    /// The backend for a part's stages: ``backend``, or under ``MatchSolver/auto`` CBC for a part of a size it suits.
    func stageBackend(for part: ProgrammePart) -> any SolverBackend {
        guard picksBackendBySize,
              autoCBCIntegerVariables.contains(part.model.variables.lazy.filter(\.isInteger).count)
        else { return backend }
        return CBCBackend()
    }

    /// Solves a scenario.
    ///
    /// - Throws: ``ScenarioValidationError`` when the scenario is invalid (every
    ///   problem listed, nothing solved); `SolverError` when the solver fails;
    ///   ``InconsistentSolutionError`` when the independent checker rejects the
    ///   solver's match (a fault of the engine, never of the scenario).
    ///   An infeasible scenario is not an error: it is a result with status `infeasible`.
    public func solve(_ scenario: Scenario) throws -> MatchResult {
        try scenario.validate()
        let start = ContinuousClock.now

        // Build the programme and split it into independent parts.
        var formulation = MatchFormulation(scenario: scenario)
        formulation.require(options.requirements)
        let kept = options.keep.map { formulation.keptObjective(from: $0) } ?? LinearExpression()
        let (decomposition, parts) = ProgrammePart.parts(of: formulation, kept: kept, bundleSize: partBundleSize)
        var statistics = SolveStatistics(model: formulation.model)
        statistics.parts = parts.count
        statistics.buildSeconds = start.secondsUntilNow

        // An earlier optimal match that still meets every rule is the answer.
        let carried = options.earlierSolve?.carriedOver(to: scenario, requirements: options.requirements)
        if let earlierMatch = carried?.optimalMatch,
           var reused = reuse(earlierMatch, of: scenario, formulation: formulation, statistics: statistics) {
            reused.statistics.totalSeconds = start.secondsUntilNow
            return reused
        }

        // Solve each part's stages on the chosen backend.
        let settings = PartSettings(keepTolerance: 1e-6 / Double(max(1, parts.count)),
                                    relativeGap: options.relativeGap, keepsEarlierMatch: options.keep != nil)
        let digests = parts.map(PartDigest.init)
        let unchanged = unchangedParts(parts, digests: digests, settings: settings)
        let starts = try startingPoints(for: scenario, formulation: formulation, decomposition: decomposition,
                                        statistics: &statistics)
        let combiner = ProgressCombiner(parts: parts.count, stages: stagesRun, start: start, report: options.progress)
        let outcomes = try solveParts(
            parts, unchanged: unchanged.mapValues(\.outcome), combiner: combiner, suggestions: starts.suggestions,
            knownPoints: starts.known, fallbackPoints: starts.fallback,
            carried: carried.flatMap { boundsForTheOnePartLeft(parts, unchanged: unchanged, carried: $0) },
            settings: settings, start: start)
        let solvedParts = SolvedParts(parts.indices.map { b in
            (digests[b], unchanged[b] ?? SolvedParts.Record(outcome: outcomes[b], settings: settings))
        })
        record(outcomes, in: &statistics)
        statistics.firstMatchSeconds = combiner.firstMatchSeconds
        statistics.withinOnePercentSeconds = combiner.withinOnePercentSeconds

        // Check the match, and explain who is left out.
        let unassigned = UnassignedReasons(scenario: scenario, eligibility: formulation.eligibility)
        guard outcomes.allSatisfy(\.housed.hasSolution) else {
            // A part without a match leaves the whole without one.
            statistics.totalSeconds = start.secondsUntilNow
            var result = try resultWithoutMatch(for: scenario, outcomes: outcomes, unassigned: unassigned,
                                                statistics: statistics)
            result.solvedParts = solvedParts
            return result
        }
        var values = [Double](repeating: 0, count: formulation.model.variables.count)
        for (b, outcome) in outcomes.enumerated() { decomposition.place(outcome.values, ofBlock: b, into: &values) }
        let match = formulation.decode(values)
        try check(match, of: scenario)
        statistics.totalSeconds = start.secondsUntilNow
        var result = MatchResult(
            scenarioName: scenario.name,
            status: outcomes.allSatisfy(\.proven) ? .optimal : .feasible,
            objective: formulation.objective(at: values),
            match: match,
            unassigned: unassigned.reasons(for: match),
            statistics: statistics,
            kept: options.keep.map { match.kept(from: $0) })
        result.solvedParts = solvedParts
        return result
    }

    /// What each part's stages start from, by part: the sites of the match to
    /// keep (or an earlier one) as suggestions, that match itself where it
    /// still meets every rule, and under a time limit the primal heuristic's
    /// match as a fallback for a stage that runs out of time.
    private func startingPoints(for scenario: Scenario, formulation: MatchFormulation,
                                decomposition: ModelDecomposition,
                                statistics: inout SolveStatistics) throws(SolverError)
        -> (suggestions: [[Double]]?, known: [[[Double]]], fallback: [[[Double]]]) {
        let heuristic = try heuristicMatch(for: scenario, variables: formulation.model.variables.count)
        statistics.heuristicSeconds = heuristic?.seconds
        statistics.heuristicObjective = heuristic?.objective
        let earlierMatch = options.startingMatch ?? options.keep ?? options.earlierSolve?.result.match
        func byPart(_ values: [Double]) -> [[Double]] {
            decomposition.blocks.indices.map { b in decomposition.blocks[b].variables.map { values[$0.index] } }
        }
        return (suggestions: earlierMatch.map { byPart(siteSuggestions(from: $0, formulation: formulation)) },
                known: [earlierMatch].compactMap { $0 }.compactMap { formulation.values(of: $0) }.map(byPart),
                fallback: [heuristic?.match].compactMap { $0 }.compactMap { formulation.values(of: $0) }.map(byPart))
    }

    /// Each stage's time, how it was settled, and the bounds, summed over the parts.
    private func record(_ outcomes: [LexicographicSolve.Outcome], in statistics: inout SolveStatistics) {
        let stages = options.keep == nil ? [0, 1] : [0, 1, 2]
        statistics.stageSeconds = stages.compactMap { stage in
            let times = outcomes.compactMap { $0.stageSeconds.indices.contains(stage) ? $0.stageSeconds[stage] : nil }
            return times.isEmpty ? nil : times.reduce(0, +)
        }
        statistics.settledBy = stages.compactMap { stage in
            Self.summary(outcomes.compactMap { $0.settledBy.indices.contains(stage) ? $0.settledBy[stage] : nil })
        }
        let bounds = outcomes.map(\.housed.bestBound)
        statistics.housedBound = bounds.contains(nil) ? nil : bounds.reduce(0) { $0 + $1! }
        let fitBounds = outcomes.map(\.fitBound)
        statistics.preferenceBound = fitBounds.contains(nil) ? nil : fitBounds.reduce(0) { $0 + $1! }
        let tieBreaks = outcomes.compactMap(\.tieBreak)
        if !tieBreaks.isEmpty {
            statistics.tieBreakSeconds = tieBreaks.reduce(0) { $0 + $1.seconds }
            statistics.tieBreakSettled = outcomes.allSatisfy { $0.tieBreak?.settled == true }
        }
    }

    /// The answer when some part has no match: infeasible (with a smallest
    /// conflict, when asked for) or none found in time.
    private func resultWithoutMatch(for scenario: Scenario, outcomes: [LexicographicSolve.Outcome],
                                    unassigned: UnassignedReasons, statistics: SolveStatistics) throws -> MatchResult {
        let infeasible = outcomes.contains {
            [.infeasible, .infeasibleOrUnbounded].contains($0.housed.termination)
        }
        let status: MatchStatus = infeasible ? .infeasible : .noSolution
        let conflict = infeasible && options.explainsConflicts && options.requirements.isEmpty
            ? try ConflictFinder(scenario: scenario, backend: backend,
                                 triesMembers: options.triesConflictingRules ? nil : false).smallestConflict() : nil
        return MatchResult(scenarioName: scenario.name, status: status, objective: nil, match: Match(),
                           unassigned: unassigned.reasonsWithoutMatch(status: status),
                           statistics: statistics, conflict: conflict)
    }

    /// The independent checker's verdict on the solver's match: any rule or
    /// requirement it breaks is a fault of the engine, thrown.
    private func check(_ match: Match, of scenario: Scenario) throws {
        let violations = MatchChecker(scenario: scenario).violations(of: match)
        if !violations.isEmpty { throw InconsistentSolutionError(violations: violations) }
        let unmet = options.requirements.filter { !$0.isMet(by: match) }
        if !unmet.isEmpty { throw InconsistentSolutionError(unmetRequirements: unmet) }
    }

    /// The parts whose programme an earlier solve already solved, with the
    /// settings this solve asks for (``SolvedParts``), by part.
    private func unchangedParts(_ parts: [ProgrammePart], digests: [PartDigest],
                                settings: PartSettings) -> [Int: SolvedParts.Record] {
        guard let earlier = options.earlierSolve?.result.solvedParts, !earlier.isEmpty else { return [:] }
        var unchanged: [Int: SolvedParts.Record] = [:]
        for (b, digest) in digests.enumerated() {
            if let record = earlier.record(for: parts[b], digest: digest, serving: settings) { unchanged[b] = record }
        }
        return unchanged
    }

    /// The earlier solve's bounds for the one part left to solve, when every
    /// other part is unchanged: the earlier bound less what the unchanged
    /// parts already reach. A match of the whole made of theirs and one of
    /// this part is a match of the earlier scenario (the change only took
    /// options away), so it cannot beat the earlier bound; and each unchanged
    /// part's value is at most its optimum, so the difference is a bound
    /// whether or not those parts were proven. `nil` when several parts are
    /// left: a bound on their sum does not divide among them.
    private func boundsForTheOnePartLeft(_ parts: [ProgrammePart], unchanged: [Int: SolvedParts.Record],
                                         carried: CarriedBounds) -> CarriedBounds? {
        guard parts.count - unchanged.count == 1 else { return nil }
        var housed = 0.0, fit = 0.0
        for (b, record) in unchanged {
            let values = record.outcome.values.map { $0.rounded() }
            housed += parts[b].housed.value(at: values)
            fit += parts[b].fit.value(at: values)
        }
        return carried.less(housed: housed, fit: fit)
    }

    /// An earlier optimal match as this scenario's answer, when it meets every
    /// rule and requirement here (and is the match to keep, if one is kept):
    /// the scenario only takes options away, so nothing can do better.
    private func reuse(_ match: Match, of scenario: Scenario, formulation: MatchFormulation,
                       statistics: SolveStatistics) -> MatchResult? {
        guard options.keep == nil || options.keep == match,
              options.requirements.allSatisfy({ $0.isMet(by: match) }) else { return nil }
        let checker = MatchChecker(scenario: scenario)
        guard checker.violations(of: match).isEmpty else { return nil }
        // Summed as a solve sums it, so the same match reports the same bits whichever way it was found.
        let objective = formulation.values(of: match).map { formulation.objective(at: $0) } ?? checker.objective(of: match)
        var statistics = statistics
        let stages = options.keep == nil ? 2 : 3
        statistics.stageSeconds = Array(repeating: 0, count: stages)
        statistics.settledBy = Array(repeating: "earlier match", count: stages)
        statistics.housedBound = objective.housed
        statistics.preferenceBound = objective.preference
        // Among the matches as good here, it is still first in the order
        // (the scenario only took options away) if it was first there.
        if let earlier = options.earlierSolve?.result.statistics, earlier.tieBreakSettled != nil {
            statistics.tieBreakSeconds = 0
            statistics.tieBreakSettled = earlier.tieBreakSettled
        }
        let unassigned = UnassignedReasons(scenario: scenario, eligibility: formulation.eligibility)
        var result = MatchResult(scenarioName: scenario.name, status: .optimal, objective: objective, match: match,
                                 unassigned: unassigned.reasons(for: match), statistics: statistics,
                                 kept: options.keep.map { match.kept(from: $0) })
        // Each record stands for its programme, whichever scenario it came from.
        result.solvedParts = options.earlierSolve?.result.solvedParts ?? SolvedParts()
        return result
    }

    /// The primal heuristic's match (``PrimalHeuristic``), when the solve has a
    /// time limit: that is where a first match at once matters, and the
    /// promise is a match by the limit whenever the heuristic finds one. It
    /// takes a quarter of the limit, at most ``heuristicTimeLimit``. Not run
    /// for a what-if with requirements, which its match need not meet, nor
    /// for a programme under ``heuristicMinimumVariables``.
    private func heuristicMatch(for scenario: Scenario, variables: Int) throws(SolverError) -> PrimalHeuristic.Outcome? {
        guard runsHeuristic, variables >= heuristicMinimumVariables, let limit = options.effectiveTimeLimit,
              options.requirements.isEmpty else { return nil }
        // Its many small solves on GLPK whatever the stages use: on CBC a process each costs
        // most of its second and leaves a far weaker match (Benchmarks/README.md, "A start for CBC, ...").
        let heuristic = PrimalHeuristic(backend: Self.defaultBackend,
                                        timeLimit: min(Self.heuristicTimeLimit, limit * 0.25),
                                        shouldStop: options.shouldStop)
        return try heuristic.run(scenario)
    }

    /// The smallest programme the heuristic runs for. Below it the stages
    /// find a first match at once, and the heuristic's share of the limit
    /// would only slow every small solve. Tests set 0 to run it on small scenarios.
    var heuristicMinimumVariables = 1_000

    /// The longest the heuristic runs before the exact stages (see ``heuristicMatch(for:variables:)``).
    static let heuristicTimeLimit = 1.0

    /// `take` set to 1 for each group of `match` at its site, where the programme has that pair.
    private func siteSuggestions(from match: Match, formulation: MatchFormulation) -> [Double] {
        var values = [Double](repeating: 0, count: formulation.model.variables.count)
        let (groups, sites) = (formulation.positions.groups, formulation.positions.sites)
        for formed in match.groups {
            if let g = groups[formed.id], let h = sites[formed.site], let take = formulation.take[g][h] {
                values[take.index] = 1
            }
        }
        return values
    }

    /// Solves every part, largest first, on up to ``MatchOptions/threads`` threads.
    ///
    /// Each part gets a deadline in proportion to its size among the parts
    /// not yet started, so a large part cannot starve the small ones after
    /// it. Time that parts leave unused then goes, in a second round, to the
    /// parts not yet proven, which continue from their best match.
    ///
    /// Parts in `unchanged` are not solved: their earlier outcome stands.
    private func solveParts(_ parts: [ProgrammePart], unchanged: [Int: LexicographicSolve.Outcome],
                            combiner: ProgressCombiner,
                            suggestions: [[Double]]?, knownPoints: [[[Double]]], fallbackPoints: [[[Double]]],
                            carried: CarriedBounds?,
                            settings: PartSettings,
                            start: ContinuousClock.Instant) throws
        -> [LexicographicSolve.Outcome] {
        let stages = stagesRun
        let results = PartResults(count: parts.count)
        let workers = max(1, options.threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let share = Self.shareOfTime(parts, unchanged: unchanged, workers: workers)
        let deadline = options.effectiveTimeLimit.map { start + .seconds($0 * share) }
        let keepTolerance = settings.keepTolerance
        for (b, outcome) in unchanged {
            results.store(outcome.takenOver(stages: stages.count), at: b)
            let values = outcome.values.map { $0.rounded() }
            for (stage, objective) in zip(stages, [parts[b].housed, parts[b].fit, parts[b].kept]) {
                let bound = switch stage {
                case .housed: outcome.housed.bestBound
                case .preference: outcome.fitBound
                case .kept, .tieBreak: nil as Double?
                }
                combiner.finish(part: b, stage: stage, value: objective.value(at: values), bound: bound)
            }
        }

        func round(_ indices: [Int], earlier: [LexicographicSolve.Outcome]?) throws {
            let sizes = indices.map { max(1, parts[$0].size) }
            try WorkerThreads.run(count: indices.count, workers: workers, backend: backend) { k in
                let b = indices[k]
                let partDeadline = deadline.map { deadline in
                    let left = max(0, -(ContinuousClock.now - deadline).seconds)
                    let share = min(1, Double(min(workers, indices.count - k)) * Double(sizes[k])
                                    / Double(sizes[k...].reduce(0, +)))
                    return ContinuousClock.now + .seconds(left * share)
                }
                let before = earlier?[b]
                var solve = LexicographicSolve(
                    backend: stageBackend(for: parts[b]), part: parts[b],
                    suggestedSites: (before.map { [$0.values] } ?? []) + (suggestions.map { [$0[b]] } ?? []),
                    keepTolerance: keepTolerance,
                    parameters: { stage in parameters(stage: stage, part: b, combiner: combiner) },
                    deadline: partDeadline,
                    stageEnded: { stage, value, bound in combiner.finish(part: b, stage: stage, value: value, bound: bound) })
                solve.keepsEarlierMatch = options.keep != nil
                solve.failover = failover
                solve.carried = carried
                solve.suggestsChangedScenario = before == nil
                solve.knownPoints = knownPoints.map { $0[b] }
                solve.fallbackPoints = fallbackPoints.map { $0[b] }
                if let before, before.housed.termination == .optimal {
                    solve.provenFirstStage = (before.housed, before.settledBy.first ?? "")
                }
                let outcome = try solve.run()
                if let before, !outcome.isBetter(than: before, in: parts[b]) {
                    results.store(before, at: b)
                } else {
                    results.store(outcome, at: b)
                }
            }
        }

        try round(parts.indices.filter { unchanged[$0] == nil }, earlier: nil)
        let first = results.all
        let unproven = parts.indices.filter { b in
            unchanged[b] == nil && !first[b].proven
                && ![.infeasible, .infeasibleOrUnbounded].contains(first[b].housed.termination)
        }
        if let deadline, !unproven.isEmpty, parts.count > 1, options.shouldStop?() != true,
           (deadline - ContinuousClock.now).seconds > 0.5 {
            try round(unproven, earlier: first)
        }
        return results.all
    }

    /// The share of the time limit a solve spends when it takes some parts
    /// over: what the parts left to solve would have had in a solve of the
    /// whole (their size among all parts, times the parts running side by
    /// side). So a what-if about one region of twelve gets the effort that
    /// region had in the base, and the two answers compare like with like;
    /// without the share, one region would get all the time, taking as long
    /// as a solve of the whole, and could look better for that alone.
    static func shareOfTime(_ parts: [ProgrammePart], unchanged: [Int: LexicographicSolve.Outcome],
                            workers: Int) -> Double {
        guard !unchanged.isEmpty else { return 1 }
        let size = { (b: Int) in Double(max(1, parts[b].size)) }
        let all = parts.indices.reduce(0) { $0 + size($1) }
        let left = parts.indices.filter { unchanged[$0] == nil }.reduce(0) { $0 + size($1) }
        return min(1, Double(min(workers, parts.count)) * left / all)
    }

    /// The stages this solve runs: a third when it keeps an earlier match.
    private var stagesRun: [MatchStage] {
        options.keep == nil ? [.housed, .preference] : [.housed, .preference, .kept]
    }

    /// Counts of the steps that settled a stage across parts: "fixed sites", or "relaxation ×11, fixed sites".
    private static func summary(_ steps: [String]) -> String? {
        guard steps.count > 1 else { return steps.first }
        var counts: [(step: String, count: Int)] = []
        for step in steps {
            if let i = counts.firstIndex(where: { $0.step == step }) { counts[i].count += 1 } else { counts.append((step, 1)) }
        }
        return counts.map { $0.count == 1 ? $0.step : "\($0.step) ×\($0.count)" }.joined(separator: ", ")
    }

    private func parameters(stage: MatchStage, part: Int, combiner: ProgressCombiner) -> SolverParameters {
        SolverParameters(
            timeLimit: nil,
            relativeGap: options.relativeGap,
            verbose: options.verbose,
            outputSink: options.solverOutput,
            // Always heard: the combiner also notes when stage 1 first came within 1 %.
            progress: { @Sendable snapshot in
                combiner.update(part: part, stage: stage, best: snapshot.bestObjective, bound: snapshot.bestBound)
            },
            shouldStop: options.shouldStop)
    }
}

/// The outcomes of the parts, filled in by the worker threads.
private final class PartResults: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [LexicographicSolve.Outcome?]
    init(count: Int) { outcomes = Array(repeating: nil, count: count) }
    func store(_ outcome: LexicographicSolve.Outcome, at index: Int) { lock.withLock { outcomes[index] = outcome } }
    /// Every outcome; call once every job has stored its own.
    var all: [LexicographicSolve.Outcome] { lock.withLock { outcomes.map { $0! } } }
}

extension SolveStatistics {
    init(model: LinearModel) {
        self.init(variables: model.variables.count,
                  integerVariables: model.variables.filter(\.isInteger).count,
                  constraints: model.constraints.count,
                  nonZeros: model.nonZeroCount)
    }
}

extension Duration {
    /// The duration in seconds as a floating-point number.
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) * 1e-18
    }
}
