import LinearProgramming

/// The mixed-integer programme of MODEL.md for one scenario.
///
/// Variables (only for pairs that ``Eligibility`` keeps):
/// - `join[p, g]`, binary: seeker p joins group g;
/// - `take[g, h]`, binary: group g takes site h (a group forms when it takes one);
/// - `hasGeneration[g, k]`, binary: some member of g is of generation k (only
///   for groups with `minGenerations` above 1);
/// - `clients[c, g, t]`, integer: members of care type t in g served by provider c;
/// - `serves[c, g]`, binary: provider c serves group g.
///
/// Each rule of MODEL.md is added by one method named after it, so every
/// rule is a constraint one can point to.
struct MatchFormulation: Sendable {
    let scenario: Scenario
    let eligibility: Eligibility
    /// Entries by id, for matches and requirements that name them.
    let positions: ScenarioPositions
    private(set) var model: LinearModel

    /// `join[p]` maps a group position to the variable of seeker p joining it.
    private(set) var join: [[Int: VariableID]]
    /// `take[g]` maps a site position to the variable of group g taking it.
    private(set) var take: [[Int: VariableID]]
    /// Care variables of one provider in one group.
    struct CareVariables: Sendable {
        let provider: Int
        let group: Int
        let serves: VariableID
        /// Care type to the variable counting that type's clients.
        let clients: [CareType: VariableID]
    }
    private(set) var care: [CareVariables] = []
    /// `hasGeneration[g, k]` with the `join` variables of the candidates of
    /// generation k, who make it present.
    struct GenerationPresence: Sendable {
        let present: VariableID
        let holders: [VariableID]
    }
    private(set) var generationPresence: [GenerationPresence] = []
    /// The first objective (households housed, by priority), kept for stage 2.
    private(set) var housedObjective = LinearExpression()
    /// The second objective (preference and values fit).
    private(set) var fitObjective = LinearExpression()

    init(scenario: Scenario, eligibility: Eligibility? = nil) {
        self.scenario = scenario
        self.eligibility = eligibility ?? Eligibility(scenario)
        self.positions = ScenarioPositions(scenario)
        self.model = LinearModel(name: scenario.name.isEmpty ? "housing-match" : scenario.name)
        self.join = Array(repeating: [:], count: scenario.seekers.count)
        self.take = Array(repeating: [:], count: scenario.groups.count)

        addVariables()
        addAtMostOneGroupPerSeekerOneSitePerGroupOneGroupPerSite()  // rule 1
        addGroupSizeAndSiteCapacity()                                // rule 2
        addFoundersAndMustForm()                                     // rule 3
        // Rule 4 is exact preprocessing: `take` exists only for sites the
        // group accepts (town, common room); see Eligibility.group(_:canTake:).
        addSeekerSiteFit()                                           // rule 5
        addTogetherAndApart()                                        // rule 6
        addComposition()                                             // rule 7
        addCare()                                                    // rule 8
        buildObjectives()
        model.setObjective(housedObjective, sense: .maximize)
    }

    // MARK: Variables

    private mutating func addVariables() {
        for (g, sites) in eligibility.sitesOfGroup.enumerated() {
            for h in sites {
                take[g][h] = model.addBinary(
                    name: "take[\(scenario.groups[g].id),\(scenario.sites[h].id)]")
            }
        }
        candidatesOfGroup = Array(repeating: [], count: scenario.groups.count)
        for (p, groups) in eligibility.groupsOfSeeker.enumerated() {
            for g in groups {
                let variable = model.addBinary(name: "join[\(scenario.seekers[p].id),\(scenario.groups[g].id)]")
                join[p][g] = variable
                candidatesOfGroup[g].append((p, variable))
            }
        }
    }

    /// Σ over sites of `take[g, h]`: 1 when group g forms, else 0.
    private func forms(_ g: Int) -> LinearExpression {
        LinearExpression.sum(take[g].values.sorted())
    }

    /// Seekers with a `join` variable for group g, in scenario order (filled with the variables).
    private var candidatesOfGroup: [[(seeker: Int, variable: VariableID)]] = []

    private func candidates(of g: Int) -> [(seeker: Int, variable: VariableID)] { candidatesOfGroup[g] }

    // MARK: Requirements of a what-if solve
    // Not part of MODEL.md: a plain solve has none (MatchOptions.requirements).

    /// Adds one row per requirement: the sum of the variables that meet it is at least 1.
    ///
    /// A requirement on a pair the hard filters ruled out has no variable:
    /// its row is empty (0 ≥ 1), so the programme is infeasible, as it
    /// should be, and the solver says so at once.
    mutating func require(_ requirements: [MatchRequirement]) {
        let (seekers, groups, sites) = (positions.seekers, positions.groups, positions.sites)
        for requirement in requirements {
            var row = LinearExpression()
            switch requirement {
            case .housed(let seeker):
                if let p = seekers[seeker] { row = .sum(join[p].values.sorted()) }
            case .joins(let seeker, let group):
                if let p = seekers[seeker], let g = groups[group], let variable = join[p][g] { row.add(variable) }
            case .forms(let group):
                if let g = groups[group] { row = .sum(take[g].values.sorted()) }
            case .takes(let group, let site):
                if let g = groups[group], let h = sites[site], let variable = take[g][h] { row.add(variable) }
            }
            model.addConstraint(row, lowerBound: 1, name: "require[\(requirement)]")
        }
    }

    // MARK: Rule 1

    private mutating func addAtMostOneGroupPerSeekerOneSitePerGroupOneGroupPerSite() {
        for (p, groups) in join.enumerated() where groups.count > 1 {
            model.addConstraint(.sum(groups.values.sorted()), upperBound: 1,
                                name: "oneGroup[\(scenario.seekers[p].id)]")
        }
        for (g, sites) in take.enumerated() where sites.count > 1 {
            model.addConstraint(.sum(sites.values.sorted()), upperBound: 1,
                                name: "oneSite[\(scenario.groups[g].id)]")
        }
        for h in scenario.sites.indices {
            let takers = take.compactMap { $0[h] }
            if takers.count > 1 {
                model.addConstraint(.sum(takers), upperBound: 1, name: "oneGroupAt[\(scenario.sites[h].id)]")
            }
        }
    }

    // MARK: Rule 2

    /// minSize·forms ≤ members ≤ Σ_h min(maxSize, units_h)·take[g,h], and
    /// accessible members ≤ Σ_h accessibleUnits_h·take[g,h]. With no site
    /// taken both right-hand sides are 0, so a group that does not form has no members.
    private mutating func addGroupSizeAndSiteCapacity() {
        for (g, group) in scenario.groups.enumerated() {
            let members = candidates(of: g)
            guard !members.isEmpty || !take[g].isEmpty else { continue }
            let id = group.id
            let memberCount = LinearExpression.sum(members.map(\.variable))

            var upper = memberCount
            var lower = memberCount
            for (h, variable) in take[g].sorted(by: { $0.key < $1.key }) {
                upper.add(variable, -Double(min(group.maxSize, scenario.sites[h].units)))
                lower.add(variable, -Double(group.minSize))
            }
            model.addConstraint(upper, upperBound: 0, name: "maxSize[\(id)]")
            model.addConstraint(lower, lowerBound: 0, name: "minSize[\(id)]")

            let accessible = members.filter { scenario.seekers[$0.seeker].needsAccessible }
            if !accessible.isEmpty {
                var row = LinearExpression.sum(accessible.map(\.variable))
                for (h, variable) in take[g].sorted(by: { $0.key < $1.key }) {
                    row.add(variable, -Double(scenario.sites[h].accessibleUnits))
                }
                model.addConstraint(row, upperBound: 0, name: "accessible[\(id)]")
            }
        }
    }

    // MARK: Rule 3

    private mutating func addFoundersAndMustForm() {
        for (g, group) in scenario.groups.enumerated() {
            for p in eligibility.foundersOfGroup[g] {
                // A founder without a `join` variable for g makes this row force g not to form.
                var row = forms(g)
                if let member = join[p][g] { row.add(member, -1) }
                model.addConstraint(row, lowerBound: 0, upperBound: 0,
                                    name: "founder[\(group.id),\(scenario.seekers[p].id)]")
            }
            if group.mustForm {
                // May be an empty row: then the programme is infeasible, as it should be.
                model.addConstraint(forms(g), lowerBound: 1, name: "mustForm[\(group.id)]")
            }
        }
    }

    // MARK: Rule 5

    /// join[p, g] ≤ Σ take[g, h] over the sites h that suit seeker p. One row per
    /// pair rather than one aggregated big-M row per group: the aggregated form
    /// leaves GLPK's relaxation far too loose (see GLPK.md).
    private mutating func addSeekerSiteFit() {
        for (p, groups) in join.enumerated() {
            for (g, member) in groups.sorted(by: { $0.key < $1.key }) {
                var row = LinearExpression(member)
                for (h, variable) in take[g] where eligibility.siteFitsSeeker[p][h] {
                    row.add(variable, -1)
                }
                model.addConstraint(row, upperBound: 0,
                                    name: "siteFits[\(scenario.seekers[p].id),\(scenario.groups[g].id)]")
            }
        }
    }

    // MARK: Rule 6

    private mutating func addTogetherAndApart() {
        let index = positions.seekers
        var together: Set<Pair> = [], apart: Set<Pair> = []
        for (p, seeker) in scenario.seekers.enumerated() {
            for partner in seeker.together { if let q = index[partner], q != p { together.insert(Pair(p, q)) } }
            for other in seeker.apart { if let q = index[other], q != p { apart.insert(Pair(p, q)) } }
        }
        for pair in together.sorted() {
            for g in Set(join[pair.first].keys).union(join[pair.second].keys).sorted() {
                var row = LinearExpression()
                if let a = join[pair.first][g] { row.add(a, 1) }
                if let b = join[pair.second][g] { row.add(b, -1) }
                model.addConstraint(row, lowerBound: 0, upperBound: 0, name: "together[\(pairName(pair)),\(scenario.groups[g].id)]")
            }
        }
        for pair in apart.sorted() {
            // By group: a dictionary's order differs from one instance to the next.
            for (g, a) in join[pair.first].sorted(by: { $0.key < $1.key }) {
                guard let b = join[pair.second][g] else { continue }
                model.addConstraint(.sum([a, b]), upperBound: 1, name: "apart[\(pairName(pair)),\(scenario.groups[g].id)]")
            }
        }
    }

    private func pairName(_ pair: Pair) -> String {
        "\(scenario.seekers[pair.first].id),\(scenario.seekers[pair.second].id)"
    }

    // MARK: Rule 7

    private mutating func addComposition() {
        for (g, group) in scenario.groups.enumerated() {
            let members = candidates(of: g)
            guard !members.isEmpty else { continue }
            let id = group.id

            // careShare: min·|members| ≤ |care-needing members| ≤ max·|members|.
            if group.careShare.min > 0 {
                var row = LinearExpression()
                for m in members {
                    row.add(m.variable, (scenario.seekers[m.seeker].needsCare ? 1 : 0) - group.careShare.min)
                }
                model.addConstraint(row, lowerBound: 0, name: "careShareMin[\(id)]")
            }
            if group.careShare.max < 1 {
                var row = LinearExpression()
                for m in members {
                    row.add(m.variable, (scenario.seekers[m.seeker].needsCare ? 1 : 0) - group.careShare.max)
                }
                model.addConstraint(row, upperBound: 0, name: "careShareMax[\(id)]")
            }

            // Distinct generations: a generation counts only if some member has it.
            if group.minGenerations > 1 && !take[g].isEmpty {
                var generations: [Generation: [VariableID]] = [:]
                for m in members {
                    for generation in Set(scenario.seekers[m.seeker].generations) {
                        generations[generation, default: []].append(m.variable)
                    }
                }
                var count = LinearExpression()
                for (generation, holders) in generations.sorted(by: { $0.key < $1.key }) {
                    let present = model.addBinary(name: "hasGeneration[\(id),\(generation)]")
                    generationPresence.append(GenerationPresence(present: present, holders: holders))
                    var row = LinearExpression.sum(holders)
                    row.add(present, -1)
                    model.addConstraint(row, lowerBound: 0, name: "generation[\(id),\(generation)]")
                    count.add(present)
                }
                count.add(forms(g), times: -Double(group.minGenerations))
                model.addConstraint(count, lowerBound: 0, name: "minGenerations[\(id)]")
            }

            // Support: Σ supportHours ≥ supportRatio · Σ care hours.
            if group.supportRatio > 0 {
                var row = LinearExpression()
                for m in members {
                    let seeker = scenario.seekers[m.seeker]
                    row.add(m.variable, seeker.supportHours - group.supportRatio * (seeker.care?.hours ?? 0))
                }
                model.addConstraint(row, lowerBound: 0, name: "support[\(id)]")
            }
        }
    }

    // MARK: Rule 8

    private mutating func addCare() {
        var providerLoad: [Int: LinearExpression] = [:]
        for (g, group) in scenario.groups.enumerated() {
            var needing: [CareType: [VariableID]] = [:]
            for m in candidates(of: g) {
                if let care = scenario.seekers[m.seeker].care { needing[care.type, default: []].append(m.variable) }
            }
            var servedBy: [CareType: LinearExpression] = [:]
            var providersOf: [CareType: [VariableID]] = [:]

            for c in eligibility.usableProviders {
                let provider = scenario.providers[c]
                let types = provider.careTypes.filter { needing[$0] != nil }
                let sites = take[g].filter { provider.serves(scenario.sites[$0.key].municipality) }
                guard !types.isEmpty, !sites.isEmpty else { continue }

                let perSite = min(provider.effectiveMaxClientsPerSite, provider.capacity)
                let serves = model.addBinary(name: "serves[\(provider.id),\(group.id)]")
                var clients: [CareType: VariableID] = [:]
                var total = LinearExpression()
                for type in Set(types).sorted() {
                    let bound = min(perSite, needing[type]!.count)
                    let variable = model.addVariable(name: "clients[\(provider.id),\(group.id),\(type)]",
                                                     lowerBound: 0, upperBound: Double(bound), kind: .integer)
                    clients[type] = variable
                    total.add(variable)
                    servedBy[type, default: LinearExpression()].add(variable)
                    providersOf[type, default: []].append(serves)
                }
                care.append(CareVariables(provider: c, group: g, serves: serves, clients: clients))
                providerLoad[c, default: LinearExpression()].add(total)

                // A provider serves only a group whose site lies in one of its towns.
                var inTown = LinearExpression(serves)
                for variable in sites.values.sorted() { inTown.add(variable, -1) }
                model.addConstraint(inTown, upperBound: 0, name: "servesInTown[\(provider.id),\(group.id)]")

                // minClientsPerSite·serves ≤ clients ≤ maxClientsPerSite·serves.
                var atMost = total
                atMost.add(serves, -Double(perSite))
                model.addConstraint(atMost, upperBound: 0, name: "maxClients[\(provider.id),\(group.id)]")
                var atLeast = total
                atLeast.add(serves, -Double(max(1, provider.minClientsPerSite)))
                model.addConstraint(atLeast, lowerBound: 0, name: "minClients[\(provider.id),\(group.id)]")
            }

            // Valid: a forming group that must hold care (careShare.min > 0, or a founder
            // who needs care) is served by some provider. Without this row the relaxation
            // forms such a group with slivers of `serves`. Measured on two generated
            // 300-household instances: relaxation bound 192.2 -> 189.3 (optimum 176) and
            // 259.5 -> 258.4 (optimum 241.5); HiGHS's time on them 18.7 -> 11.8 s, 33 -> 17 s.
            let founderNeedsCare = eligibility.foundersOfGroup[g].contains { scenario.seekers[$0].needsCare }
            if (group.careShare.min > 0 || founderNeedsCare) && !take[g].isEmpty {
                var provided = LinearExpression.sum(care.filter { $0.group == g }.map(\.serves))
                provided.add(forms(g), times: -1)
                model.addConstraint(provided, lowerBound: 0, name: "careProvided[\(group.id)]")
            }

            // Every care-needing member is served by exactly one provider.
            for (type, members) in needing.sorted(by: { $0.key < $1.key }) {
                var row = servedBy[type] ?? LinearExpression()
                for member in members { row.add(member, -1) }
                model.addConstraint(row, lowerBound: 0, upperBound: 0, name: "served[\(group.id),\(type)]")
                // Valid, and much tighter in the relaxation than the count above: a
                // member needing this care type is there only if some provider of
                // that type serves the group (else a fraction of `serves` would do).
                for member in members {
                    var link = LinearExpression(member)
                    for serves in providersOf[type] ?? [] { link.add(serves, -1) }
                    model.addConstraint(link, upperBound: 0, name: "hasProvider[\(group.id),\(member)]")
                }
            }
        }
        for (c, load) in providerLoad.sorted(by: { $0.key < $1.key }) {
            let provider = scenario.providers[c]
            model.addConstraint(load, upperBound: Double(provider.capacity), name: "capacity[\(provider.id)]")
            // Each group a provider serves takes at least its minimum of clients, so it
            // serves at most floor(capacity / minimum) groups: the rounded-down form of
            // what the capacity row implies, which the relaxation does not see.
            // Measured on two generated 300-household instances: relaxation bound
            // 189.3 -> 188.7 (optimum 176) and 258.4 -> 251.2 (optimum 241.5).
            let minimum = max(1, provider.minClientsPerSite)
            let groupsServed = care.filter { $0.provider == c }.map(\.serves)
            if minimum > 1 && groupsServed.count > provider.capacity / minimum {
                model.addConstraint(.sum(groupsServed), upperBound: Double(provider.capacity / minimum),
                                    name: "groupsServed[\(provider.id)]")
            }
        }
    }

    // MARK: Objectives

    private mutating func buildObjectives() {
        let fit = FitScore(scenario: scenario)
        for (p, groups) in join.enumerated() {
            let seeker = scenario.seekers[p]
            for (g, variable) in groups.sorted(by: { $0.key < $1.key }) {
                housedObjective.add(variable, seeker.priority)
                let score = fit.score(seeker: p, group: g)
                if score != 0 { fitObjective.add(variable, score) }
            }
        }
    }
}

/// An unordered pair of seeker positions.
private struct Pair: Hashable, Comparable {
    let first: Int
    let second: Int
    init(_ a: Int, _ b: Int) { first = min(a, b); second = max(a, b) }
    static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.first, lhs.second) < (rhs.first, rhs.second) }
}
