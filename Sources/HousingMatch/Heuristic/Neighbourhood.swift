/// A few groups freed from the heuristic's current match, as a scenario of
/// their own: those groups, the sites no other group holds, the households
/// no other group houses, and what the other groups leave of each provider.
///
/// Any match of this scenario, put in place of the freed groups' entries,
/// meets every rule of MODEL.md in the whole: the groups kept hold their
/// members, sites and care as before, and what the freed groups may use is
/// exactly what those leave. Both objectives are sums over households, so
/// the whole improves by what the neighbourhood improves.
struct Neighbourhood {
    /// Positions of the freed groups in the whole scenario.
    let groups: [Int]
    /// The freed groups that may form, with what is left for them.
    let scenario: Scenario
    /// Freed groups that keep their site (only their members change), as
    /// (group, site) positions in ``scenario``: with the sites fixed the
    /// programme is nearly integral (issue 18), so holding them costs the
    /// solver little while their members become free to move.
    let heldSites: [(group: Int, site: Int)]

    init(freeing groups: [Int], holdingSitesOf held: [Int] = [], from state: HeuristicState,
         eligibility: Eligibility, components: [[Int]]) {
        let whole = state.scenario
        self.groups = (groups + held).sorted()
        let groups = self.groups

        var housedElsewhere = [Bool](repeating: false, count: whole.seekers.count)
        var takenSites = Set<Int>()
        var load: [Int: Int] = [:]
        let freedSet = Set(groups)
        for (g, entry) in state.formed.enumerated() {
            guard let entry, !freedSet.contains(g) else { continue }
            for member in entry.members { if let p = state.positions.seekers[member] { housedElsewhere[p] = true } }
            if let h = state.positions.sites[entry.site] { takenSites.insert(h) }
            for care in entry.care {
                if let c = state.positions.providers[care.provider] { load[c, default: 0] += care.clients }
            }
        }

        // A group may form here only with every founder among the households
        // here: the restricted scenario would otherwise drop a missing founder
        // from the group's rules. Dropping a group can shut out its founders, so repeat.
        var formable = self.groups
        var seekers: [Int] = []
        while true {
            let open = Set(formable)
            var excluded = housedElsewhere
            // Founders of groups that cannot form here join no group here (rule 3).
            for (g, founders) in eligibility.foundersOfGroup.enumerated() where !open.contains(g) {
                for p in founders { excluded[p] = true }
            }
            // Households that must live together come whole or not at all (rule 6).
            for component in components where component.count > 1 && component.contains(where: { excluded[$0] }) {
                for p in component { excluded[p] = true }
            }
            seekers = whole.seekers.indices.filter { p in
                !excluded[p] && eligibility.groupsOfSeeker[p].contains { open.contains($0) }
            }
            let present = Set(seekers)
            let stillFormable = formable.filter { g in
                !eligibility.sitesOfGroup[g].isEmpty && eligibility.foundersOfGroup[g].allSatisfy(present.contains)
            }
            if stillFormable == formable { break }
            formable = stillFormable
        }

        let wantedSites = Set(formable.flatMap { eligibility.sitesOfGroup[$0] }).subtracting(takenSites).sorted()
        let subGroup = Dictionary(uniqueKeysWithValues: formable.enumerated().map { ($1, $0) })
        let subSite = Dictionary(uniqueKeysWithValues: wantedSites.enumerated().map { ($1, $0) })
        heldSites = held.compactMap { g in
            guard let site = state.formed[g]?.site, let h = state.positions.sites[site],
                  let subG = subGroup[g], let subH = subSite[h] else { return nil }
            return (subG, subH)
        }
        let providers = whole.providers.enumerated().map { c, provider in
            var left = provider
            left.maxClientsPerSite = provider.effectiveMaxClientsPerSite
            left.capacity = max(0, provider.capacity - (load[c] ?? 0))
            return left
        }
        scenario = Scenario(name: whole.name, weights: whole.weights,
                            seekers: seekers.map { whole.seekers[$0] },
                            groups: formable.map { whole.groups[$0] },
                            sites: wantedSites.map { whole.sites[$0] },
                            providers: providers)
    }
}
