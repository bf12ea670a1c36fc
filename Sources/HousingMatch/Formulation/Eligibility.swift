/// The pairs a match can ever use, found from the data before any solving.
///
/// Every filter here is exact: it drops only pairs that some rule of MODEL.md
/// forbids outright, so the optimum is unchanged while the programme shrinks
/// and its relaxation tightens. Seekers, groups, sites and providers are
/// referred to by their positions in the scenario's arrays.
struct Eligibility: Sendable {
    /// For each group, the sites it could take (rules 2, 3, 4, 5 for founders, 8).
    let sitesOfGroup: [[Int]]
    /// For each seeker, the groups it could join (rules 3, 5, 6).
    let groupsOfSeeker: [[Int]]
    /// `siteFitsSeeker[p][h]`: seeker p could live at site h (rules 5 and 8).
    let siteFitsSeeker: [[Bool]]
    /// Providers able to serve anyone at all (capacity reaches their minimum).
    let usableProviders: [Int]
    /// Position of the group each seeker founds, if any.
    let foundedGroup: [Int?]
    /// Positions of each group's founders (duplicates removed).
    let foundersOfGroup: [[Int]]

    init(_ scenario: Scenario) {
        let seekerIndex = Dictionary(scenario.seekers.enumerated().map { ($1.id, $0) },
                                     uniquingKeysWith: { first, _ in first })
        let usable = scenario.providers.indices.filter { Self.canServeAnyone(scenario.providers[$0]) }
        usableProviders = usable

        // Care types some usable provider offers in each site's town, computed once:
        // the seeker-by-site table below is the largest loop of model building.
        let careAtSite: [Set<CareType>] = scenario.sites.map { site in
            Set(usable.map { scenario.providers[$0] }.filter { $0.serves(site.municipality) }.flatMap(\.careTypes))
        }
        // Rules 5 and 8 between one household and one site.
        let siteFitsSeeker = scenario.seekers.map { seeker in
            scenario.sites.indices.map { h in
                let site = scenario.sites[h]
                guard seeker.accepts(site.municipality), seeker.canPay(site.rent) else { return false }
                if seeker.needsAccessible && site.accessibleUnits < 1 { return false }
                return seeker.care.map { careAtSite[h].contains($0.type) } ?? true
            }
        }
        self.siteFitsSeeker = siteFitsSeeker

        var founded = [Int?](repeating: nil, count: scenario.seekers.count)
        var foundersOfGroup: [[Int]] = []
        for (g, group) in scenario.groups.enumerated() {
            var founders: [Int] = []
            for id in group.founders {
                guard let p = seekerIndex[id], !founders.contains(p) else { continue }
                founders.append(p)
                founded[p] = founded[p] ?? g
            }
            foundersOfGroup.append(founders)
        }
        foundedGroup = founded
        self.foundersOfGroup = foundersOfGroup

        // Rule 3 and 5 for founders: a founder is a member whenever the group
        // forms, so a site must suit every founder, and no founder may be
        // kept out of the group by a static filter.
        var sitesOfGroup: [[Int]] = []
        for (g, group) in scenario.groups.enumerated() {
            let founders = foundersOfGroup[g]
            let foundersAdmitted = founders.allSatisfy {
                Self.group(group, admits: scenario.seekers[$0]) && founded[$0] == g
            }
            guard foundersAdmitted else { sitesOfGroup.append([]); continue }
            let accessibleFounders = founders.filter { scenario.seekers[$0].needsAccessible }.count
            sitesOfGroup.append(scenario.sites.indices.filter { h in
                let site = scenario.sites[h]
                return Self.group(group, canTake: site)
                    && min(site.units, group.maxSize) >= max(group.minSize, founders.count)
                    && site.accessibleUnits >= accessibleFounders
                    && founders.allSatisfy { siteFitsSeeker[$0][h] }
            })
        }
        self.sitesOfGroup = sitesOfGroup

        // Rule 5, and rule 3's "founders join no other group".
        let foundedGroup = founded
        var groupsOfSeeker: [[Int]] = scenario.seekers.enumerated().map { p, seeker in
            scenario.groups.indices.filter { g in
                if let own = foundedGroup[p], own != g { return false }
                let group = scenario.groups[g]
                return Self.group(group, admits: seeker)
                    && !seeker.excludes.contains(group.id)
                    && sitesOfGroup[g].contains { siteFitsSeeker[p][$0] }
            }
        }
        // Rule 6: households that must live together share one set of options.
        for component in Self.togetherComponents(scenario, seekerIndex: seekerIndex) where component.count > 1 {
            var common = Set(groupsOfSeeker[component[0]])
            for p in component.dropFirst() { common.formIntersection(groupsOfSeeker[p]) }
            for p in component { groupsOfSeeker[p] = groupsOfSeeker[p].filter { common.contains($0) } }
        }
        self.groupsOfSeeker = groupsOfSeeker
    }

    /// Rule 8: a provider whose capacity is below its own minimum per site can never serve.
    static func canServeAnyone(_ provider: CareProvider) -> Bool {
        let perSite = min(provider.effectiveMaxClientsPerSite, provider.capacity)
        return perSite >= max(1, provider.minClientsPerSite)
    }

    /// Rule 4: the group's own wishes about a site.
    static func group(_ group: Group, canTake site: Site) -> Bool {
        group.accepts(site.municipality) && (!group.needsCommonRoom || site.commonRoom)
    }

    /// Rule 5's filters that do not depend on the site (the seeker's `excludes` aside,
    /// which founders are held to as well through the group's own filter).
    static func group(_ group: Group, admits seeker: Seeker) -> Bool {
        if group.declines.contains(seeker.id) || seeker.excludes.contains(group.id) { return false }
        if let care = seeker.care, !group.accepts(careType: care.type) { return false }
        return true
    }

    /// Groups of households linked by `together`, whichever of the two names the other.
    static func togetherComponents(_ scenario: Scenario, seekerIndex: [SeekerID: Int]) -> [[Int]] {
        var parent = Array(scenario.seekers.indices)
        func root(_ p: Int) -> Int {
            var p = p
            while parent[p] != p { parent[p] = parent[parent[p]]; p = parent[p] }
            return p
        }
        for (p, seeker) in scenario.seekers.enumerated() {
            for partner in seeker.together {
                guard let q = seekerIndex[partner] else { continue }
                parent[root(p)] = root(q)
            }
        }
        var members: [Int: [Int]] = [:]
        for p in scenario.seekers.indices { members[root(p), default: []].append(p) }
        return members.values.sorted { $0[0] < $1[0] }
    }
}
