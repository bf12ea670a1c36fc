/// The prices of the master programme's rows, by what each row counts.
///
/// Prices of `<=` rows are kept non-negative (a simplex may return -1e-12):
/// the Lagrangian bound is only valid for such prices.
struct MasterDuals: Sendable {
    /// One per seeker: the price of housing that household once.
    var seeker: [Double]
    /// One per site.
    var site: [Double]
    /// One per group: the price of the group forming (free for a group that must form).
    var group: [Double]
    /// One per provider: the price of one client more.
    var capacity: [Double]
    /// One per provider: the price of one group more (the row Σ serves ≤ ⌊capacity / minimum⌋).
    var groupsServed: [Double]

    /// All prices zero: the first round prices every pair by its own value.
    static func zero(_ scenario: Scenario) -> MasterDuals {
        MasterDuals(seeker: Array(repeating: 0, count: scenario.seekers.count),
                    site: Array(repeating: 0, count: scenario.sites.count),
                    group: Array(repeating: 0, count: scenario.groups.count),
                    capacity: Array(repeating: 0, count: scenario.providers.count),
                    groupsServed: Array(repeating: 0, count: scenario.providers.count))
    }

    /// The column's value against the prices of every row but its group's:
    /// the Lagrangian subproblem's value for that column.
    func valueWithoutGroupPrice(of column: ConfigurationColumn) -> Double {
        var value = column.housed - site[column.site]
        for p in column.members { value -= seeker[p] }
        for entry in column.care { value -= capacity[entry.provider] * Double(entry.clients) }
        for c in column.providers { value -= groupsServed[c] }
        return value
    }

    /// The column's reduced cost: positive means the master's value can still rise.
    func reducedCost(of column: ConfigurationColumn) -> Double {
        valueWithoutGroupPrice(of: column) - group[column.group]
    }
}
