import LinearProgramming

/// The pricing problem of one group at one site: the best configuration of
/// that group there under the master's prices, as a small mixed-integer
/// programme built by ``MatchFormulation`` on a scenario cut down to that
/// group and that site.
///
/// Every household is kept (so that `together` partners keep their rows);
/// founders of other groups are added to the group's `declines`, since rule 3
/// keeps them out of every other group and the cut-down scenario no longer
/// says whose founders they are.
struct PairPricing: Sendable {
    let group: Int
    let site: Int
    let formulation: MatchFormulation
    /// The `join` variables of the candidates (seeker position, variable).
    let candidates: [(seeker: Int, variable: VariableID)]
    /// Σ over the best members of their priority: with no prices, no
    /// configuration of this pair houses more.
    let seats: Int

    init(scenario: Scenario, eligibility: Eligibility, group g: Int, site h: Int) {
        group = g
        site = h
        var alone = scenario.groups[g]
        for (p, founded) in eligibility.foundedGroup.enumerated() {
            if let founded, founded != g { alone.declines.append(scenario.seekers[p].id) }
        }
        let cut = Scenario(name: "\(alone.id)@\(scenario.sites[h].id)", weights: scenario.weights,
                           seekers: scenario.seekers, groups: [alone], sites: [scenario.sites[h]],
                           providers: scenario.providers)
        var formulation = MatchFormulation(scenario: cut)
        formulation.require([.takes(alone.id, scenario.sites[h].id)])
        self.formulation = formulation
        candidates = formulation.join.enumerated().compactMap { p, groups in groups[0].map { (p, $0) } }
        seats = min(alone.maxSize, scenario.sites[h].units)
    }

    /// A quick upper bound on ``price(_:excluding:backend:timeLimit:)``'s value:
    /// the best `seats` households at their price, ignoring every rule but
    /// size, and care prices (which only lower a value).
    func upperBound(_ duals: MasterDuals, excluding excluded: [Bool]) -> Double {
        let gains = candidates.compactMap { candidate -> Double? in
            guard !excluded[candidate.seeker] else { return nil }
            let gain = formulation.scenario.seekers[candidate.seeker].priority - duals.seeker[candidate.seeker]
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
        for (p, variable) in candidates {
            if excluded[p] { model.setBounds(of: variable, lower: 0, upper: 0); continue }
            objective.add(variable, formulation.scenario.seekers[p].priority - duals.seeker[p])
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
        let scenario = formulation.scenario
        let members = candidates.filter { values[$0.variable.index] > 0.5 }.map(\.seeker)
        var care: [ConfigurationColumn.Care] = []
        for entry in formulation.care {
            for (type, variable) in entry.clients.sorted(by: { $0.key < $1.key }) {
                let clients = Int(values[variable.index].rounded())
                if clients > 0 { care.append(.init(provider: entry.provider, careType: type, clients: clients)) }
            }
        }
        return ConfigurationColumn(group: group, site: site, members: members, care: care,
                                   housed: members.reduce(0) { $0 + scenario.seekers[$1].priority })
    }
}
