import LinearProgramming

/// A fast first match that meets every rule of MODEL.md, without proof.
///
/// It builds a match group by group (``ConstructiveStart``), re-solves the
/// members of all formed groups at once with their sites held, then improves
/// it by freeing a few related groups at a time and solving just those
/// exactly (``NeighbourhoodSearch``): first for households housed, then for
/// the fit. Its match is checked by ``MatchChecker`` before it is returned.
/// The engine hands it to the solver as the first match of each stage, so a
/// solve that runs out of time still answers with it.
public struct PrimalHeuristic: Sendable {
    /// The solver of each small programme.
    public var backend: any SolverBackend
    /// Seconds the heuristic may take in all.
    public var timeLimit: Double
    /// Asked between neighbourhoods (and by the solver within them): stop early.
    public var shouldStop: (@Sendable () -> Bool)?
    /// The share of the time after the first match that goes to households
    /// housed; the rest goes to the fit. Housed comes first in MODEL.md.
    static let housedShare = 0.8
    /// The most time the re-solve of all members (``reSolveMembers``) may
    /// take; it took 0.02-0.15 s on 300 and 1,000 households.
    static let membersTimeLimit = 0.3

    public init(backend: any SolverBackend = MatchEngine.defaultBackend, timeLimit: Double = 1,
                shouldStop: (@Sendable () -> Bool)? = nil) {
        self.backend = backend
        self.timeLimit = timeLimit
        self.shouldStop = shouldStop
    }

    /// What the heuristic found.
    public struct Outcome: Sendable {
        /// A match meeting every rule (checked).
        public var match: Match
        /// Its objective values.
        public var objective: MatchObjective
        /// The objective values of the first match, before any improvement.
        public var firstObjective: MatchObjective
        /// Neighbourhoods solved, and how many of them improved the match.
        public var neighbourhoods: Int
        public var improvements: Int
        public var seconds: Double
        /// Whether the checker rejected the improved match, so that the first
        /// one is returned instead. Never expected: a neighbourhood keeps every
        /// rule by construction, and tests watch this.
        var improvedMatchRejected = false
    }

    /// The heuristic's match for `scenario`; `nil` when it finds none (a
    /// group that must form could not, or the checker rejected the match).
    ///
    /// - Throws: `SolverError` when the solver fails.
    public func run(_ scenario: Scenario) throws(SolverError) -> Outcome? {
        let start = ContinuousClock.now
        let deadline = start + .seconds(max(0, timeLimit))
        let eligibility = Eligibility(scenario)
        let positions = ScenarioPositions(scenario)
        let components = Eligibility.togetherComponents(scenario, seekerIndex: positions.seekers)
        let solver = NeighbourhoodSolver(backend: backend, shouldStop: shouldStop)
        let checker = MatchChecker(scenario: scenario)

        var state = HeuristicState(scenario: scenario, positions: positions)
        let constructive = ConstructiveStart(eligibility: eligibility, solver: solver, components: components)
        guard try constructive.build(into: &state, deadline: deadline) else { return nil }
        var checked = state.match
        guard checker.violations(of: checked).isEmpty else { return nil }
        let firstObjective = checker.objective(of: checked)

        // Only while at least half the time is left: GLPK does not cut its
        // relaxation short, so under load the re-solve overran the limit.
        if deadline.secondsLeft >= 0.5 * timeLimit {
            try reSolveMembers(&state, solver: solver, eligibility: eligibility, components: components,
                               fit: FitScore(scenario: scenario), deadline: deadline)
        }
        // Seeded, so that the same scenario gives the same match on every run.
        var random = SeededRandomNumberGenerator(seed: 0x48_4D)
        let search = NeighbourhoodSearch(scenario: scenario, eligibility: eligibility, solver: solver,
                                         components: components)
        let housedDeadline = ContinuousClock.now + .seconds(deadline.secondsLeft * Self.housedShare)
        let housed = try search.improve(&state, stage: .housed, deadline: housedDeadline, random: &random)
        let fitted = try search.improve(&state, stage: .fit, deadline: deadline, random: &random)
        // Each neighbourhood keeps every rule; the checker has the last word.
        let rejected = !checker.violations(of: state.match).isEmpty
        if !rejected { checked = state.match }
        return Outcome(match: checked, objective: checker.objective(of: checked), firstObjective: firstObjective,
                       neighbourhoods: housed.solved + fitted.solved, improvements: housed.improved + fitted.improved,
                       seconds: (ContinuousClock.now - start).seconds, improvedMatchRejected: rejected)
    }

    /// Re-solves the members of every formed group at once, each group held
    /// at its site: with the sites fixed the programme is nearly integral
    /// (issue 18), so this is quick, and it undoes the construction's
    /// greedy choice of who joins which group.
    private func reSolveMembers(_ state: inout HeuristicState, solver: NeighbourhoodSolver, eligibility: Eligibility,
                                components: [[Int]], fit: FitScore,
                                deadline: ContinuousClock.Instant) throws(SolverError) {
        let formedGroups = state.scenario.groups.indices.filter { state.formed[$0] != nil }
        guard !formedGroups.isEmpty else { return }
        let neighbourhood = Neighbourhood(freeing: [], holdingSitesOf: formedGroups, from: state,
                                          eligibility: eligibility, components: components)
        let now = state.value(of: formedGroups, fit: fit)
        let answer = try solver.solve(neighbourhood, goal: .housed(above: now.housed),
                                      timeLimit: min(Self.membersTimeLimit, deadline.secondsLeft))
        if let match = answer.match { state.replace(formedGroups, with: match) }
    }
}
