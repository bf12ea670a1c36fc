import LinearProgramming

/// Both stages of MODEL.md's objective on one programme part: first the
/// most households housed, then the best fit among matches that keep it;
/// and, in a stable re-solve, a third: the most assignments of an earlier
/// match kept among matches best in both.
struct LexicographicSolve {
    let backend: any SolverBackend
    /// Takes a stage over when ``backend`` fails (``StageSolver/failover``).
    var failover: (any SolverBackend)? = nil
    let part: ProgrammePart
    /// Sites suggested by an earlier match (see ``MatchOptions/startingMatch``), as part values; may be empty.
    let suggestedSites: [[Double]]
    /// How far below stage 1's value stage 2 may go (MODEL.md's 1e-6, shared among parts).
    let keepTolerance: Double
    /// The parameters of each stage (progress hooks, stop, gap); the time limit comes from `deadline`.
    let parameters: @Sendable (MatchStage) -> SolverParameters
    let deadline: ContinuousClock.Instant?
    /// Called when a stage of this part ends with a match: its value and bound.
    let stageEnded: @Sendable (MatchStage, _ value: Double, _ bound: Double?) -> Void
    /// Stage 1 already proven optimal in an earlier attempt, which this one continues.
    var provenFirstStage: (result: SolverResult, settledBy: String)? = nil
    /// Bounds an earlier solve proves for this part (``EarlierSolve``), when the part is the whole programme.
    var carried: CarriedBounds? = nil
    /// Whether the suggested sites come from a match of another version of
    /// the scenario (a re-solve), rather than from an earlier attempt at this
    /// one, whose match is as good here as it was then.
    var suggestsChangedScenario = true
    /// The part's points of earlier matches that meet every rule here
    /// (``MatchFormulation/values(of:)``): each stage
    /// starts from the best of those its programme admits as its first match.
    var knownPoints: [[Double]] = []
    /// The part's point of the primal heuristic's match: each stage answers
    /// with it when its own steps end with nothing better (``StageSolver/fallbackPoints``).
    var fallbackPoints: [[Double]] = []

    /// What the two stages ended with.
    struct Outcome {
        /// Stage 1's result: termination, bound and, when it found one, a match.
        var housed: SolverResult
        /// The values of the match to report (stage 2's when it ran and found one); empty without a match.
        var values: [Double]
        /// Every stage proven optimal (or not needed).
        var proven: Bool
        /// The best proven bound on the fit (stage 2) among matches that keep
        /// stage 1's value; `nil` when stage 2 did not get that far.
        var fitBound: Double? = nil
        var stageSeconds: [Double] = []
        var settledBy: [String] = []
        /// How the last step went: `nil` when it did not run (a stage before
        /// it unproven, a gap accepted, or nothing to choose).
        var tieBreak: TieBreak? = nil
    }

    /// What the last step (one match among equally good ones) did.
    struct TieBreak: Equatable {
        var seconds: Double
        /// Whether it proved its match first in the order; when not, the
        /// match is as good in every stage but another run may pick another.
        var settled: Bool
    }

    func run() throws(SolverError) -> Outcome {
        let first: StageSolver.Outcome
        if let provenFirstStage {
            first = StageSolver.Outcome(result: provenFirstStage.result, settledBy: provenFirstStage.settledBy)
        } else {
            var solver = StageSolver(
                backend: backend, model: part.model, siteChoices: part.siteChoices, suggestedSites: suggestedSites,
                parameters: parameters(.housed), deadline: firstStageDeadline, knownBound: carried?.housed)
            solver.knownPoints = knownPoints
            solver.fallbackPoints = fallbackPoints
            solver.failover = failover
            if suggestsChangedScenario {
                solver.suggestedSitesShare = Self.earlierSitesShare
                solver.suggestedSitesStall = Self.earlierSitesStall
            }
            first = try solver.solve()
        }
        var outcome = Outcome(housed: first.result, values: first.result.values,
                              proven: first.result.termination == .optimal,
                              stageSeconds: [first.result.solveSeconds], settledBy: [first.settledBy])
        guard first.result.hasSolution else { return outcome }
        let housedValue = part.housed.value(at: first.result.values.map { $0.rounded() })
        stageEnded(.housed, housedValue, first.result.bestBound)

        // Stage 2 is skipped when the fit cannot differ between matches.
        if part.fit.isEmpty {
            outcome.fitBound = 0
            stageEnded(.preference, 0, 0)
            // Stage 3's time and step must stay third in the statistics.
            if keepsEarlierMatch { outcome.stageSeconds.append(0); outcome.settledBy.append("not needed") }
        } else {
            guard deadline.map({ ContinuousClock.now < $0 }) ?? true, parameters(.preference).shouldStop?() != true else {
                outcome.proven = false
                return outcome
            }
            var secondSolver = StageSolver(
                backend: backend, model: part.preferenceStageModel(keepingHoused: housedValue, tolerance: housedKeepSlack),
                siteChoices: part.siteChoices, suggestedSites: [first.result.values] + suggestedSites,
                parameters: parameters(.preference), deadline: deadline,
                knownBound: carried?.fitBound(keepingHoused: housedValue))
            secondSolver.knownPoints = knownPoints
            secondSolver.fallbackPoints = fallbackPoints
            secondSolver.failover = failover
            let second = try secondSolver.solve()
            outcome.stageSeconds.append(second.result.solveSeconds)
            outcome.settledBy.append(second.settledBy)
            outcome.fitBound = second.result.bestBound
            let secondKeeps = second.result.hasSolution && keeps(housedValue, at: second.result.values)
            if secondKeeps {
                outcome.values = second.result.values
                stageEnded(.preference, part.fit.value(at: second.result.values.map { $0.rounded() }),
                           second.result.bestBound)
            }
            outcome.proven = outcome.proven && second.result.termination == .optimal && secondKeeps
        }
        if keepsEarlierMatch { try keepEarlierAssignments(housed: housedValue, into: &outcome) }
        try breakTies(housed: housedValue, into: &outcome)
        return outcome
    }

    /// The time the last step may take on a small part, within the
    /// deadline: a quarter of the time the stages before it took, at least
    /// 3 s. A small part settles in well under a second on an idle machine
    /// (0.2 s on the example); the floor keeps it settled on a loaded one,
    /// where the same scenario must still give the same match.
    static let tieBreakShare = 0.25
    static let tieBreakSmallPartSeconds = 3.0
    /// Parts with this many integer variables or more skip the last step:
    /// there the choice is a search as hard as a stage, which on 300-household
    /// regions never settled in a quarter of the stages' time (Benchmarks/README.md).
    static let tieBreakSmallPart = 400

    /// The last step: among matches that keep every stage's value, the one
    /// first in ``ProgrammePart/order``. It runs only when those values are
    /// proven optimal with no gap, since only then do all solves of the
    /// scenario choose among the same matches; with a gap, or unproven, the
    /// stages' match stands.
    private func breakTies(housed housedValue: Double, into outcome: inout Outcome) throws(SolverError) {
        let parameters = parameters(.tieBreak)
        guard outcome.proven, parameters.relativeGap == 0 else { return }
        // No decision in the part: its one match is the choice.
        if part.order.isEmpty { outcome.tieBreak = TieBreak(seconds: 0, settled: true); return }
        guard part.model.variables.lazy.filter(\.isInteger).count < Self.tieBreakSmallPart else {
            outcome.tieBreak = TieBreak(seconds: 0, settled: false)
            return
        }
        guard parameters.shouldStop?() != true else { return }
        let now = ContinuousClock.now
        let budget = max(Self.tieBreakSmallPartSeconds, Self.tieBreakShare * outcome.stageSeconds.reduce(0, +))
        let ownDeadline = deadline.map { min($0, now + .seconds(budget)) } ?? now + .seconds(budget)
        guard ownDeadline > now else { return }
        let values = outcome.values.map { $0.rounded() }
        let fitNow = part.fit.value(at: values)
        let keptNow = keepsEarlierMatch ? part.kept.value(at: values) : nil
        var quiet = parameters
        quiet.progress = nil  // the order's value means nothing to a person watching
        var solver = StageSolver(
            backend: backend,
            model: part.tieBreakModel(keepingHoused: housedValue, housedTolerance: housedKeepSlack,
                                      fit: fitNow, tolerance: keepTolerance, kept: keptNow),
            siteChoices: part.siteChoices, suggestedSites: [outcome.values],
            parameters: quiet, deadline: ownDeadline, failover: failover)
        solver.knownPoints = [values]
        let last = try solver.solve()
        outcome.tieBreak = TieBreak(seconds: last.result.solveSeconds, settled: last.result.termination == .optimal)
        guard last.result.hasSolution else { return }
        let chosen = last.result.values.map { $0.rounded() }
        // Taken only when it keeps every stage's value, counted exactly as the checker counts.
        let keepsAll = keeps(housedValue, at: chosen)
            && (part.fit.isEmpty || part.fit.value(at: chosen) >= fitNow - keepTolerance)
            && keptNow.map { part.kept.value(at: chosen) >= $0 - 0.5 } ?? true
        if keepsAll, part.order.value(at: chosen) > part.order.value(at: values) + 0.5 {
            outcome.values = last.result.values
        } else if !keepsAll {
            outcome.tieBreak?.settled = false
        }
    }

    /// How long stage 1 searches at an earlier match's sites (guided steps
    /// only). After a change those sites often miss the optimum by a little,
    /// and a search there that cannot prove it has nothing better is of no
    /// use: the steps after it look elsewhere. So it stops at a twentieth of
    /// the time left, or once its match has not improved for as long as it
    /// took to find it.
    static let earlierSitesShare = 0.05
    static let earlierSitesStall = 1.0

    /// Stage 1 leaves a fifth of the time to the stages after it, which need
    /// some even when stage 1 ends unproven.
    private var firstStageDeadline: ContinuousClock.Instant? {
        guard let deadline, !part.fit.isEmpty || keepsEarlierMatch else { return deadline }
        let now = ContinuousClock.now
        return now + .seconds(max(0, (deadline - now).seconds) * 0.8)
    }

    /// Whether a stage 3 runs: the solve keeps an earlier match (even one this part has nothing of).
    var keepsEarlierMatch = false

    /// Stage 3: among matches that keep stage 1's and stage 2's values, the
    /// one keeping the most assignments of the earlier match.
    private func keepEarlierAssignments(housed housedValue: Double, into outcome: inout Outcome) throws(SolverError) {
        let values = outcome.values.map { $0.rounded() }
        // Nothing to keep in this part, or already keeping all of it: stage 2's match stands.
        let keptNow = part.kept.value(at: values)
        guard !part.keepsAll(at: values) else {
            stageEnded(.kept, keptNow, keptNow)
            return
        }
        guard deadline.map({ ContinuousClock.now < $0 }) ?? true, parameters(.kept).shouldStop?() != true else {
            outcome.proven = false
            return
        }
        let third = try StageSolver(
            backend: backend,
            model: part.keptStageModel(keepingHoused: housedValue, housedTolerance: housedKeepSlack,
                                       fit: part.fit.value(at: values), tolerance: keepTolerance),
            siteChoices: part.siteChoices, suggestedSites: [outcome.values] + suggestedSites,
            parameters: parameters(.kept), deadline: deadline, failover: failover
        ).solve()
        outcome.stageSeconds.append(third.result.solveSeconds)
        outcome.settledBy.append(third.settledBy)
        let fitNow = part.fit.value(at: values)
        let thirdKeeps = third.result.hasSolution && keeps(housedValue, at: third.result.values)
            && part.fit.value(at: third.result.values.map { $0.rounded() }) >= fitNow - keepTolerance
        if thirdKeeps, part.kept.value(at: third.result.values.map { $0.rounded() }) > keptNow + 0.5 {
            outcome.values = third.result.values
        }
        stageEnded(.kept, part.kept.value(at: outcome.values.map { $0.rounded() }), third.result.bestBound)
        outcome.proven = outcome.proven && third.result.termination == .optimal && thirdKeeps
    }

    /// Whether a later stage's match keeps stage 1's value to the tolerance,
    /// counted exactly on its whole values. The keep row says so to GLPK, but
    /// GLPK judges rows within its own tolerances (about 1e-7 plus 1e-10 of
    /// the scaled bound, and 1e-5 for integrality), which at housed values
    /// near 1e7 with priorities of 0.001 could let a household slip; a match
    /// that does is not taken, and stage 1's match stands, unproven.
    private func keeps(_ housedValue: Double, at values: [Double]) -> Bool {
        part.housed.value(at: values.map { $0.rounded() }) >= housedValue - housedKeepSlack
    }

    /// How far below stage 1's value the later stages' keep row may go. When
    /// every housed value is a multiple of a step s (priorities 1,000 and
    /// 0.001 mixed: s = 0.001), a bound half a step below admits exactly the
    /// matches that house at least as much, so the keep is exact; and it
    /// leaves GLPK's tolerances room. With 10,000 households at priority
    /// 1,000 and one at 0.001 (housed 10,001,001.001), GLPK called the
    /// stage-2 relaxation infeasible with the bound 1e-6 below, where stage
    /// 1's own match meets it. Without a grid, MODEL.md's 1e-6 (shared among parts).
    private var housedKeepSlack: Double {
        guard let step = ObjectiveGrid.step(of: part.housed.terms, in: part.model) else { return keepTolerance }
        return max(keepTolerance, step / 2)
    }
}

extension LexicographicSolve.Outcome {
    /// Whether this outcome is better than `other` for the same part: proven
    /// beats unproven, then more housed, then a better fit, then more kept,
    /// then first in the last step's order.
    func isBetter(than other: Self, in part: ProgrammePart) -> Bool {
        guard housed.hasSolution else { return false }
        guard other.housed.hasSolution else { return true }
        if proven != other.proven { return proven }
        let mine = values.map { $0.rounded() }, theirs = other.values.map { $0.rounded() }
        for objective in [part.housed, part.fit, part.kept, part.order] {
            let (a, b) = (objective.value(at: mine), objective.value(at: theirs))
            if abs(a - b) > 1e-9 { return a > b }
        }
        return false
    }
}
