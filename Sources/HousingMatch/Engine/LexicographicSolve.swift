import LinearProgramming

/// Both stages of MODEL.md's objective on one programme part: first the
/// most households housed, then the best fit among matches that keep it.
struct LexicographicSolve {
    let backend: any SolverBackend
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

    /// What the two stages ended with.
    struct Outcome {
        /// Stage 1's result: termination, bound and, when it found one, a match.
        var housed: SolverResult
        /// The values of the match to report (stage 2's when it ran and found one); empty without a match.
        var values: [Double]
        /// Both stages proven optimal (or stage 2 not needed).
        var proven: Bool
        var stageSeconds: [Double] = []
        var settledBy: [String] = []
    }

    func run() throws(SolverError) -> Outcome {
        let first = try StageSolver(
            backend: backend, model: part.model, siteChoices: part.siteChoices, suggestedSites: suggestedSites,
            parameters: parameters(.housed), deadline: deadline
        ).solve()
        var outcome = Outcome(housed: first.result, values: first.result.values,
                              proven: first.result.termination == .optimal,
                              stageSeconds: [first.result.solveSeconds], settledBy: [first.settledBy])
        guard first.result.hasSolution else { return outcome }
        let housedValue = part.housed.value(at: first.result.values.map { $0.rounded() })
        stageEnded(.housed, housedValue, first.result.bestBound)

        // Stage 2 is skipped when the fit cannot differ between matches.
        guard !part.fit.isEmpty else {
            stageEnded(.preference, 0, 0)
            return outcome
        }
        guard deadline.map({ ContinuousClock.now < $0 }) ?? true, parameters(.preference).shouldStop?() != true else {
            outcome.proven = false
            return outcome
        }
        let second = try StageSolver(
            backend: backend, model: part.preferenceStageModel(keepingHoused: housedValue, tolerance: keepTolerance),
            siteChoices: part.siteChoices, suggestedSites: [first.result.values] + suggestedSites,
            parameters: parameters(.preference), deadline: deadline
        ).solve()
        outcome.stageSeconds.append(second.result.solveSeconds)
        outcome.settledBy.append(second.settledBy)
        if second.result.hasSolution {
            outcome.values = second.result.values
            stageEnded(.preference, part.fit.value(at: second.result.values.map { $0.rounded() }),
                       second.result.bestBound)
        }
        outcome.proven = outcome.proven && second.result.termination == .optimal
        return outcome
    }
}
