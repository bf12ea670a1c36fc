import LinearProgramming

/// Column generation for stage 1 (households housed) over group-at-site
/// configurations: a Dantzig-Wolfe master (``MasterProblem``) solved as a
/// linear programme, one pricing programme per group-site pair
/// (``PairPricing``), a Lagrangian bound each round, and matches by diving
/// or price-and-branch (``ColumnGeneration+Matches.swift``).
///
/// Not yet on the engine's solve path: an internal entry point, measured
/// against the compact programme in Benchmarks/README.md.
struct ColumnGeneration: Sendable {
    let scenario: Scenario
    let eligibility: Eligibility
    let backend: any SolverBackend
    /// Every pair the group could take (``Eligibility/sitesOfGroup``), with its pricing programme.
    let pairs: [PairPricing]
    /// Above this reduced cost a column enters the master; below it the master is optimal.
    var tolerance = 1e-6

    init(scenario: Scenario, backend: any SolverBackend = MatchEngine.defaultBackend) {
        self.scenario = scenario
        let eligibility = Eligibility(scenario)
        self.eligibility = eligibility
        self.backend = backend
        pairs = eligibility.sitesOfGroup.enumerated().flatMap { g, sites -> [PairPricing] in
            // A founder who cannot join (a `together` partner rules the group out)
            // keeps the group from forming at all (rule 3); the cut-down scenarios
            // of PairPricing leave such a founder out, so the group gets no pairs here.
            guard eligibility.foundersOfGroup[g].allSatisfy({ eligibility.groupsOfSeeker[$0].contains(g) }) else {
                return []
            }
            return sites.map { PairPricing(scenario: scenario, eligibility: eligibility, group: g, site: $0) }
        }
    }

    /// Counts and times of one run, for the measurements.
    struct Statistics: Sendable {
        var rounds = 0
        var pricingCalls = 0
        /// Pairs whose quick bound showed they could not price out, so no programme was solved.
        var pricingSkipped = 0
        var pricingSeconds = 0.0
        var masterSolves = 0
        var masterSeconds = 0.0
    }

    /// Columns generated so far, with the master's last solution.
    struct State: Sendable {
        var columns: [ConfigurationColumn] = []
        var known: Set<ConfigurationColumn> = []
        /// The master's column values at its last optimum (one per column then).
        var columnValues: [Double] = []
        /// The master's last optimal value.
        var masterValue: Double?
        /// The lowest Lagrangian bound of a round that priced every pair.
        var bound: Double = .infinity
        /// Whether the last master is optimal over every column (no column prices out).
        var converged = false
        var statistics = Statistics()

        mutating func add(_ column: ConfigurationColumn) -> Bool {
            guard known.insert(column).inserted else { return false }
            columns.append(column)
            return true
        }
    }

    /// How a generation loop ended.
    enum Ending: Sendable, Equatable {
        case converged
        case outOfTime
        /// The master with these columns fixed has no solution.
        case infeasible
    }

    /// Generates columns until no pair prices out, time runs out, or `maximumRounds` pass.
    ///
    /// With nothing fixed each round prices every pair, so its Lagrangian
    /// bound (Σ bound × price over the relaxed rows plus, per group, the best
    /// pair value or 0) is a true bound. In a dive, pairs of fixed groups and
    /// sites and households of fixed columns are left out of pricing.
    func generate(_ state: inout State, restriction: MasterRestriction = MasterRestriction(),
                  deadline: ContinuousClock.Instant?, maximumRounds: Int = .max,
                  afterRound: ((State) -> Void)? = nil) throws(SolverError) -> Ending {
        var excluded = [Bool](repeating: false, count: scenario.seekers.count)
        var closedGroups = Set<Int>(), closedSites = Set<Int>()
        for k in restriction.fixedColumns {
            let column = state.columns[k]
            for p in column.members { excluded[p] = true }
            closedGroups.insert(column.group)
            closedSites.insert(column.site)
        }
        let diving = !restriction.isEmpty
        var rounds = 0
        while true {
            func remaining() -> Double? { deadline.map { max(0, ContinuousClock.now.duration(to: $0).seconds) } }
            if let left = remaining(), left <= 0 { return .outOfTime }
            let master = MasterProblem(scenario: scenario, columns: state.columns, restriction: restriction)
            let started = ContinuousClock.now
            let solved = try backend.solve(master.model, parameters: SolverParameters(timeLimit: remaining()))
            state.statistics.masterSolves += 1
            state.statistics.masterSeconds += started.secondsUntilNow
            if solved.termination == .infeasible { return .infeasible }
            guard solved.termination == .optimal, solved.dualValues.count == master.model.constraints.count else {
                return .outOfTime
            }
            state.columnValues = master.columnVariables.map { solved.values[$0.index] }
            state.masterValue = solved.objectiveValue
            let duals = master.duals(solved.dualValues)

            var best = [Double](repeating: -.infinity, count: scenario.groups.count)
            var entering: [ConfigurationColumn] = []
            var complete = true
            let pricingStarted = ContinuousClock.now
            for pair in pairs where !closedGroups.contains(pair.group) && !closedSites.contains(pair.site)
                && restriction.allows(group: pair.group, site: pair.site) {
                if let left = remaining(), left <= 0 { complete = false; break }
                let quick = pair.upperBound(duals, excluding: excluded)
                if quick - duals.group[pair.group] <= tolerance {
                    best[pair.group] = max(best[pair.group], quick)
                    state.statistics.pricingSkipped += 1
                    continue
                }
                let outcome = try pair.price(duals, excluding: excluded, backend: backend, timeLimit: remaining())
                state.statistics.pricingCalls += 1
                best[pair.group] = max(best[pair.group], outcome.bound)
                if let column = outcome.column, duals.reducedCost(of: column) > tolerance {
                    entering.append(column)
                }
            }
            state.statistics.pricingSeconds += pricingStarted.secondsUntilNow
            state.statistics.rounds += 1
            rounds += 1
            if complete && !diving {
                var bound = master.relaxedRowsValue(duals)
                for (g, group) in scenario.groups.enumerated() {
                    bound += group.mustForm ? best[g] : max(0, best[g])
                }
                state.bound = min(state.bound, bound)
            }
            afterRound?(state)
            var added = false
            for column in entering where state.add(column) { added = true }
            if complete && !added {
                state.converged = !diving
                if !diving, let value = state.masterValue { state.bound = min(state.bound, value) }
                return .converged
            }
            if !complete { return .outOfTime }
            if rounds >= maximumRounds { return .converged }
        }
    }
}
