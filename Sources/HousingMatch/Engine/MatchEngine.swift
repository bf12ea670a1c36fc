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

    /// GLPK with every cut family on. Gomory cuts, which GLPKBackend leaves off
    /// by default (they slow the generalized assignment instances), are what
    /// close the second stage here: glpsol proved a 300-household stage-2
    /// programme in 2.4 s with all cuts and not in 50 s with MIR, cover and
    /// clique cuts alone (one instance, one run each).
    public static let defaultBackend = GLPKBackend(options: GLPKOptions(cuts: .all))

    /// Creates an engine; GLPK is the default backend.
    public init(backend: any SolverBackend = MatchEngine.defaultBackend, options: MatchOptions = MatchOptions()) {
        self.backend = backend
        self.options = options
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
        let clock = ContinuousClock()
        let start = clock.now
        func elapsed() -> Double { (clock.now - start).seconds }

        let formulation = MatchFormulation(scenario: scenario)
        var statistics = SolveStatistics(model: formulation.model)
        statistics.buildSeconds = elapsed()

        let deadline = options.timeLimit.map { start + .seconds($0) }

        // Stage 1: most households housed.
        let firstOutcome = try StageSolver(
            backend: backend, model: formulation.model, siteChoices: formulation.take, knownSolutions: [],
            parameters: parameters(stage: .housed, start: start), deadline: deadline
        ).solve()
        let first = firstOutcome.result
        statistics.stageSeconds.append(first.solveSeconds)
        statistics.settledBy.append(firstOutcome.settledBy)
        statistics.housedBound = first.bestBound

        guard first.hasSolution else {
            statistics.totalSeconds = elapsed()
            let status: MatchStatus = switch first.termination {
            case .infeasible, .infeasibleOrUnbounded: .infeasible
            default: .noSolution
            }
            return MatchResult(
                scenarioName: scenario.name, status: status, objective: nil, match: Match(),
                unassigned: UnassignedReasons(scenario: scenario, eligibility: formulation.eligibility)
                    .reasonsWithoutMatch(status: status),
                statistics: statistics)
        }

        var values = first.values
        var provenOptimal = first.termination == .optimal

        // Stage 2: best fit, keeping stage 1's value. Skipped when fit cannot differ.
        if !formulation.fitObjective.isEmpty {
            if deadline.map({ clock.now < $0 }) ?? true, options.shouldStop?() != true {
                let housed = formulation.objective(at: first.values).housed
                let secondOutcome = try StageSolver(
                    backend: backend, model: formulation.preferenceStageModel(keepingHoused: housed),
                    siteChoices: formulation.take, knownSolutions: [first.values],
                    parameters: parameters(stage: .preference, start: start), deadline: deadline
                ).solve()
                let second = secondOutcome.result
                statistics.stageSeconds.append(second.solveSeconds)
                statistics.settledBy.append(secondOutcome.settledBy)
                if second.hasSolution { values = second.values }
                provenOptimal = provenOptimal && second.termination == .optimal
            } else {
                provenOptimal = false
            }
        }

        let match = formulation.decode(values)
        let violations = MatchChecker(scenario: scenario).violations(of: match)
        if !violations.isEmpty { throw InconsistentSolutionError(violations: violations) }
        statistics.totalSeconds = elapsed()
        return MatchResult(
            scenarioName: scenario.name,
            status: provenOptimal ? .optimal : .feasible,
            objective: formulation.objective(at: values),
            match: match,
            unassigned: UnassignedReasons(scenario: scenario, eligibility: formulation.eligibility)
                .reasons(for: match),
            statistics: statistics)
    }

    private func parameters(stage: MatchStage, start: ContinuousClock.Instant) -> SolverParameters {
        let progress = options.progress
        return SolverParameters(
            timeLimit: nil,
            relativeGap: options.relativeGap,
            verbose: options.verbose,
            outputSink: options.solverOutput,
            progress: progress.map { report in
                { @Sendable snapshot in
                    report(MatchProgress(stage: stage, bestObjective: snapshot.bestObjective,
                                         bestBound: snapshot.bestBound,
                                         elapsedSeconds: (ContinuousClock.now - start).seconds))
                }
            },
            shouldStop: options.shouldStop)
    }
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
