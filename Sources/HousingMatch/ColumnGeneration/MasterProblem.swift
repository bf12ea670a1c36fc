import LinearProgramming

/// The master programme over generated columns: pack configurations so that
/// each household, site and group is used at most once and each provider's
/// capacity holds; maximise the households housed (by priority).
///
/// A group that must form has an artificial column worth less than housing
/// everyone, so that the programme is feasible before its first real column.
struct MasterProblem: Sendable {
    let scenario: Scenario
    let model: LinearModel
    let restriction: MasterRestriction
    /// The variable of each column, in the order of the columns given.
    let columnVariables: [VariableID]
    private let seekerRows: [Int: ConstraintID]
    private let siteRows: [Int: ConstraintID]
    private let groupRows: [Int: ConstraintID]
    private let capacityRows: [Int: ConstraintID]
    private let groupsServedRows: [Int: ConstraintID]

    /// The master over `columns` under a dive's `restriction`; `integer`
    /// asks for whole columns (price-and-branch).
    init(scenario: Scenario, columns: [ConfigurationColumn], restriction: MasterRestriction = MasterRestriction(),
         integer: Bool = false) {
        self.scenario = scenario
        self.restriction = restriction
        var model = LinearModel(name: "master")
        var objective = LinearExpression()
        var bySeeker: [Int: [(VariableID, Double)]] = [:], bySite: [Int: [(VariableID, Double)]] = [:]
        var byGroup: [Int: [(VariableID, Double)]] = [:], byCapacity: [Int: [(VariableID, Double)]] = [:]
        var byServed: [Int: [(VariableID, Double)]] = [:]
        var variables: [VariableID] = []
        for (k, column) in columns.enumerated() {
            // No upper bound of 1 on a continuous column: the group's row implies it, and a
            // column resting at such a bound could price out again and again.
            let allowed = restriction.allows(column: k, group: column.group, site: column.site)
            let variable = model.addVariable(name: "column\(k)",
                                             lowerBound: restriction.fixedColumns.contains(k) ? 1 : 0,
                                             upperBound: allowed ? (integer ? 1 : .infinity) : 0,
                                             kind: integer ? .binary : .continuous)
            variables.append(variable)
            objective.add(variable, column.housed)
            for p in column.members { bySeeker[p, default: []].append((variable, 1)) }
            bySite[column.site, default: []].append((variable, 1))
            byGroup[column.group, default: []].append((variable, 1))
            for c in column.providers {
                byCapacity[c, default: []].append((variable, Double(column.clients(of: c))))
                byServed[c, default: []].append((variable, 1))
            }
        }
        let penalty = scenario.seekers.reduce(1) { $0 + $1.priority }
        for (g, group) in scenario.groups.enumerated() where group.mustForm {
            let artificial = model.addVariable(name: "unformed[\(group.id)]", lowerBound: 0, upperBound: 1)
            objective.add(artificial, -penalty)
            byGroup[g, default: []].append((artificial, 1))
        }
        func rows(_ entries: [Int: [(VariableID, Double)]], name: String,
                  bounds: (Int) -> (lower: Double, upper: Double)?) -> [Int: ConstraintID] {
            var ids: [Int: ConstraintID] = [:]
            for (key, terms) in entries.sorted(by: { $0.key < $1.key }) {
                guard let (lower, upper) = bounds(key) else { continue }
                ids[key] = model.addConstraint(LinearExpression(terms.map { .init($0.0, $0.1) }),
                                               lowerBound: lower, upperBound: upper, name: "\(name)[\(key)]")
            }
            return ids
        }
        seekerRows = rows(bySeeker, name: "seeker") { _ in (-.infinity, 1) }
        siteRows = rows(bySite, name: "site") { _ in (-.infinity, 1) }
        groupRows = rows(byGroup, name: "group") { g in
            (scenario.groups[g].mustForm || restriction.siteOfGroup[g] != nil ? 1 : -.infinity, 1)
        }
        capacityRows = rows(byCapacity, name: "capacity") { c in (-.infinity, Double(scenario.providers[c].capacity)) }
        groupsServedRows = rows(byServed, name: "groupsServed") { c in
            // Each group served takes at least the minimum, as in MatchFormulation.
            let provider = scenario.providers[c]
            let minimum = max(1, provider.minClientsPerSite)
            return minimum > 1 ? (-.infinity, Double(provider.capacity / minimum)) : nil
        }
        model.setObjective(objective, sense: .maximize)
        self.model = model
        columnVariables = variables
    }

    /// The prices of an optimal solution's rows; rows a column never touched price at 0.
    func duals(_ values: [Double]) -> MasterDuals {
        var duals = MasterDuals.zero(scenario)
        func read(_ rows: [Int: ConstraintID], into prices: inout [Double], free: (Int) -> Bool = { _ in false }) {
            for (key, row) in rows {
                let price = values[row.index]
                prices[key] = free(key) ? price : max(0, price)
            }
        }
        read(seekerRows, into: &duals.seeker)
        read(siteRows, into: &duals.site)
        read(groupRows, into: &duals.group, free: { scenario.groups[$0].mustForm || restriction.siteOfGroup[$0] != nil })
        read(capacityRows, into: &duals.capacity)
        read(groupsServedRows, into: &duals.groupsServed)
        return duals
    }

    /// Σ bound × price over the rows relaxed in the Lagrangian bound (all but the groups').
    func relaxedRowsValue(_ duals: MasterDuals) -> Double {
        // Rows no column touches have no row here, but every household, site and
        // provider counts: pricing sees their prices, which are 0 for them.
        var total = duals.seeker.reduce(0, +) + duals.site.reduce(0, +)
        for (c, provider) in scenario.providers.enumerated() {
            total += duals.capacity[c] * Double(provider.capacity)
            let minimum = max(1, provider.minClientsPerSite)
            if minimum > 1 { total += duals.groupsServed[c] * Double(provider.capacity / minimum) }
        }
        return total
    }
}
