import LinearProgramming

/// The pricing problem of one group at one site: the best configuration of
/// that group there under the master's prices, as a small mixed-integer
/// programme built by ``MatchFormulation`` on a scenario cut down to that
/// group and that site.
///
/// The cut-down scenario keeps only the group's candidates (``Eligibility``'s
/// `groupsOfSeeker`): households tied by `together` share their options, so a
/// candidate's partners are candidates too and keep their rows, and founders of
/// other groups are never candidates. Keeping every household instead made
/// building the pairs of a 1,000-household scenario take 10 s (debug build).
struct PairPricing: Sendable {
    let group: Int
    let site: Int
    let formulation: MatchFormulation
    /// The `join` variables of the candidates: seeker position in the whole scenario, priority, variable.
    let candidates: [(seeker: Int, priority: Double, variable: VariableID)]
    /// Σ over the best members of their priority: with no prices, no
    /// configuration of this pair houses more.
    let seats: Int

    init(scenario: Scenario, eligibility: Eligibility, group g: Int, site h: Int) {
        group = g
        site = h
        let group = scenario.groups[g]
        let kept = scenario.seekers.indices.filter { eligibility.groupsOfSeeker[$0].contains(g) }
        let cut = Scenario(name: "\(group.id)@\(scenario.sites[h].id)", weights: scenario.weights,
                           seekers: kept.map { scenario.seekers[$0] }, groups: [group], sites: [scenario.sites[h]],
                           providers: scenario.providers)
        var formulation = MatchFormulation(scenario: cut)
        formulation.require([.takes(group.id, scenario.sites[h].id)])
        self.formulation = formulation
        candidates = formulation.join.enumerated().compactMap { q, groups in
            groups[0].map { (kept[q], cut.seekers[q].priority, $0) }
        }
        seats = min(group.maxSize, scenario.sites[h].units)
    }

    /// A quick upper bound on ``price(_:excluding:backend:timeLimit:)``'s value:
    /// the best `seats` households at their price, ignoring every rule but
    /// size, and care prices (which only lower a value).
    func upperBound(_ duals: MasterDuals, excluding excluded: [Bool]) -> Double {
        let gains = candidates.compactMap { candidate -> Double? in
            guard !excluded[candidate.seeker] else { return nil }
            let gain = candidate.priority - duals.seeker[candidate.seeker]
            return gain > 0 ? gain : nil
        }.sorted(by: >)
        return gains.prefix(seats).reduce(0, +) - duals.site[site]
    }

    /// The outcome of one pricing solve.
    struct Outcome: Sendable {
        /// The best configuration found, if the pair has any.
        var column: ConfigurationColumn?
        /// An upper bound on the value (without the group's price) of every
        /// configuration of the pair; `-infinity` when it has none.
        var bound: Double
    }

    /// The best configuration under `duals`, households in `excluded` left out.
    func price(_ duals: MasterDuals, excluding excluded: [Bool], backend: any SolverBackend,
               timeLimit: Double?) throws(SolverError) -> Outcome {
        var model = formulation.model
        var objective = LinearExpression()
        for (p, priority, variable) in candidates {
            if excluded[p] { model.setBounds(of: variable, lower: 0, upper: 0); continue }
            objective.add(variable, priority - duals.seeker[p])
        }
        for entry in formulation.care {
            for variable in entry.clients.values { objective.add(variable, -duals.capacity[entry.provider]) }
            objective.add(entry.serves, -duals.groupsServed[entry.provider])
        }
        objective.constant = -duals.site[site]
        model.setObjective(objective, sense: .maximize)

        let result = try backend.solve(model, parameters: SolverParameters(timeLimit: timeLimit))
        guard result.hasSolution, !result.values.isEmpty else {
            if result.termination == .infeasible { return Outcome(column: nil, bound: -.infinity) }
            return Outcome(column: nil, bound: result.bestBound ?? upperBound(duals, excluding: excluded))
        }
        let column = column(from: result.values)
        let bound = result.termination == .optimal
            ? duals.valueWithoutGroupPrice(of: column)
            : (result.bestBound ?? upperBound(duals, excluding: excluded))
        return Outcome(column: column, bound: bound)
    }

    /// The configuration at a solution of the pricing programme.
    func column(from values: [Double]) -> ConfigurationColumn {
        let chosen = candidates.filter { values[$0.variable.index] > 0.5 }
        let members = chosen.map(\.seeker)
        var care: [ConfigurationColumn.Care] = []
        for entry in formulation.care {
            for (type, variable) in entry.clients.sorted(by: { $0.key < $1.key }) {
                let clients = Int(values[variable.index].rounded())
                if clients > 0 { care.append(.init(provider: entry.provider, careType: type, clients: clients)) }
            }
        }
        return ConfigurationColumn(group: group, site: site, members: members, care: care,
                                   housed: chosen.reduce(0) { $0 + $1.priority })
    }
}
