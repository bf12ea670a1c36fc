import LinearProgramming

extension ColumnGeneration {
    /// A match built from columns, with its first objective and the checker's verdict.
    struct ColumnMatch: Sendable {
        let match: Match
        let housed: Double
        /// Rules the independent checker found broken (none for a sound engine).
        let violations: [RuleViolation]
    }

    /// The match of whole columns: those at 1 in `values` (one per column of `state`).
    func match(_ state: State, chosen: [Int]) -> ColumnMatch {
        let columns = chosen.map { state.columns[$0] }
        let match = Match(groups: columns.sorted { $0.group < $1.group }.map { $0.formedGroup(in: scenario) })
        return ColumnMatch(match: match, housed: columns.reduce(0) { $0 + $1.housed },
                           violations: MatchChecker(scenario: scenario).violations(of: match))
    }

    /// Price-and-branch: the master as an integer programme over the columns generated so far.
    func priceAndBranch(_ state: State, timeLimit: Double?) throws(SolverError) -> ColumnMatch? {
        let master = MasterProblem(scenario: scenario, columns: state.columns, integer: true)
        let result = try backend.solve(master.model, parameters: SolverParameters(timeLimit: timeLimit))
        // No columns at all is an empty programme, solved by the empty match.
        guard result.hasSolution else { return nil }
        let chosen = master.columnVariables.indices.filter { result.values[master.columnVariables[$0].index] > 0.5 }
        return match(state, chosen: chosen)
    }

    /// Diving: fix every whole column and the largest fractional one, generate
    /// columns for what is left, and repeat until the master's solution is whole.
    ///
    /// A fix that leaves the master without a solution (two fixed columns
    /// overfilling a provider) is undone and the column kept out. Each step
    /// generates at most `roundsPerStep` rounds of columns.
    func dive(_ state: inout State, deadline: ContinuousClock.Instant?,
              roundsPerStep: Int = 5) throws(SolverError) -> ColumnMatch? {
        var restriction = MasterRestriction()
        var candidate: Int?
        while true {
            let ending = try generate(&state, restriction: restriction, deadline: deadline,
                                      maximumRounds: roundsPerStep)
            switch ending {
            case .infeasible:
                guard let last = candidate else { return nil }
                restriction.fixedColumns.remove(last)
                restriction.forbiddenColumns.insert(last)
                candidate = nil
                continue
            case .outOfTime:
                // The columns fixed before the last are a match the master accepted.
                if let last = candidate { restriction.fixedColumns.remove(last) }
                return restriction.fixedColumns.isEmpty ? nil : match(state, chosen: restriction.fixedColumns.sorted())
            case .converged:
                break
            }
            let values = state.columnValues
            for k in values.indices where values[k] > 1 - tolerance { restriction.fixedColumns.insert(k) }
            let fractional = values.indices.filter { values[$0] > tolerance && values[$0] <= 1 - tolerance }
            guard let next = fractional.max(by: { (values[$0], state.columns[$0].housed) < (values[$1], state.columns[$1].housed) })
            else { return match(state, chosen: restriction.fixedColumns.sorted()) }
            restriction.fixedColumns.insert(next)
            candidate = next
        }
    }
}
