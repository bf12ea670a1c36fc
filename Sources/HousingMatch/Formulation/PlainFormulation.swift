import LinearProgramming

/// The straightforward programme a competent modeller would write from
/// MODEL.md alone: the peers' model in every benchmark comparison.
///
/// One binary per (seeker, group) pair that the site-independent filters
/// allow (excludes, declines, accepted care type, founders of other groups)
/// and per (group, site) pair the group accepts (town, common room); every
/// rule translated one to one. No preprocessing, aggregation or
/// strengthening: in particular rule 5 (a member's town and rent against
/// the group's site) is one big-M row per group and site, as such models are
/// commonly written. Its optimum equals the engine's; only its speed differs.
struct PlainFormulation {
    let scenario: Scenario
    private(set) var model: LinearModel
    private var join: [[Int: VariableID]]
    private var take: [[Int: VariableID]]
    private(set) var housedObjective = LinearExpression()
    private(set) var fitObjective = LinearExpression()

    init(scenario: Scenario) {
        self.scenario = scenario
        model = LinearModel(name: "plain")
        join = Array(repeating: [:], count: scenario.seekers.count)
        take = Array(repeating: [:], count: scenario.groups.count)
        let index = ScenarioPositions(scenario).seekers

        var founderOf: [Int: Int] = [:]
        for (g, group) in scenario.groups.enumerated() {
            for founder in group.founders { if let p = index[founder], founderOf[p] == nil { founderOf[p] = g } }
        }
        // Variables.
        for (g, group) in scenario.groups.enumerated() {
            for (h, site) in scenario.sites.enumerated()
            where group.accepts(site.municipality) && (!group.needsCommonRoom || site.commonRoom) {
                take[g][h] = model.addBinary(name: "y[\(group.id),\(site.id)]")
            }
        }
        for (p, seeker) in scenario.seekers.enumerated() {
            for (g, group) in scenario.groups.enumerated() {
                if let own = founderOf[p], own != g { continue }
                if seeker.excludes.contains(group.id) || group.declines.contains(seeker.id) { continue }
                if let care = seeker.care, !group.accepts(careType: care.type) { continue }
                join[p][g] = model.addBinary(name: "x[\(seeker.id),\(group.id)]")
            }
        }

        for (g, group) in scenario.groups.enumerated() {
            let sites = take[g].sorted { $0.key < $1.key }
            let forms = LinearExpression.sum(sites.map(\.value))
            let members = join.indices.compactMap { p in join[p][g].map { (p, $0) } }
            let size = LinearExpression.sum(members.map(\.1))

            // Rule 1: one site per group.
            model.addConstraint(forms, upperBound: 1)
            // Rule 2: size, dwellings, accessible dwellings.
            model.addConstraint(size - Double(group.minSize) * forms, lowerBound: 0)
            model.addConstraint(size - Double(group.maxSize) * forms, upperBound: 0)
            var units = size, accessible = LinearExpression()
            for (p, x) in members where scenario.seekers[p].needsAccessible { accessible.add(x) }
            for (h, y) in sites {
                units.add(y, -Double(scenario.sites[h].units))
                accessible.add(y, -Double(scenario.sites[h].accessibleUnits))
            }
            model.addConstraint(units, upperBound: 0)
            model.addConstraint(accessible, upperBound: 0)
            // Rule 3: founders and mustForm.
            // In the group's order, each founder once: rows in a set's order would differ from run to run.
            var seen: Set<SeekerID> = []
            for founder in group.founders where seen.insert(founder).inserted {
                guard let p = index[founder] else { continue }
                var row = forms
                if let x = join[p][g] { row.add(x, -1) }
                model.addConstraint(row, lowerBound: 0, upperBound: 0)
            }
            if group.mustForm { model.addConstraint(forms, lowerBound: 1, upperBound: 1) }
            // Rule 5: no member whose town or rent does not fit the site (big-M per group and site).
            for (h, y) in sites {
                let site = scenario.sites[h]
                var row = LinearExpression()
                for (p, x) in members {
                    let seeker = scenario.seekers[p]
                    if !seeker.accepts(site.municipality) || !seeker.canPay(site.rent) { row.add(x) }
                }
                if !row.isEmpty {
                    row.add(y, Double(group.maxSize))
                    model.addConstraint(row, upperBound: Double(group.maxSize))
                }
            }
            // Rule 7: care share, generations, support.
            var careCount = LinearExpression(), support = LinearExpression()
            for (p, x) in members {
                let seeker = scenario.seekers[p]
                if seeker.needsCare { careCount.add(x) }
                support.add(x, seeker.supportHours - group.supportRatio * (seeker.care?.hours ?? 0))
            }
            model.addConstraint(careCount - group.careShare.min * size, lowerBound: 0)
            model.addConstraint(careCount - group.careShare.max * size, upperBound: 0)
            model.addConstraint(support, lowerBound: 0)
            var generationCount = LinearExpression()
            for generation in Array(Set(scenario.seekers.flatMap(\.generations))).sorted() {
                let present = model.addBinary(name: "w[\(group.id),\(generation)]")
                var row = LinearExpression()
                for (p, x) in members where scenario.seekers[p].generations.contains(generation) { row.add(x) }
                row.add(present, -1)
                model.addConstraint(row, lowerBound: 0)
                generationCount.add(present)
            }
            model.addConstraint(generationCount - Double(group.minGenerations) * forms, lowerBound: 0)
            // Rule 8: care served by providers of the type, in the site's town, within their limits.
            var servedByType: [CareType: LinearExpression] = [:]
            for (c, provider) in scenario.providers.enumerated() {
                let serves = model.addBinary(name: "u[\(provider.id),\(group.id)]")
                var clients = LinearExpression()
                for type in Array(Set(provider.careTypes)).sorted() {
                    let n = model.addVariable(name: "n[\(provider.id),\(group.id),\(type)]", lowerBound: 0,
                                              upperBound: .infinity, kind: .integer)
                    clients.add(n)
                    servedByType[type, default: LinearExpression()].add(n)
                }
                model.addConstraint(clients - Double(provider.minClientsPerSite) * LinearExpression(serves), lowerBound: 0)
                model.addConstraint(clients - Double(provider.effectiveMaxClientsPerSite) * LinearExpression(serves),
                                    upperBound: 0)
                var inTown = LinearExpression(serves)
                for (h, y) in sites where provider.serves(scenario.sites[h].municipality) { inTown.add(y, -1) }
                model.addConstraint(inTown, upperBound: 0)
                providerLoad[c, default: LinearExpression()].add(clients)
            }
            var needing: [CareType: LinearExpression] = [:]
            for (p, x) in members { if let care = scenario.seekers[p].care { needing[care.type, default: LinearExpression()].add(x) } }
            for type in Set(needing.keys).union(servedByType.keys).sorted() {
                let row = (servedByType[type] ?? LinearExpression()) - (needing[type] ?? LinearExpression())
                model.addConstraint(row, lowerBound: 0, upperBound: 0)
            }
        }
        for (c, provider) in scenario.providers.enumerated() {
            model.addConstraint(providerLoad[c] ?? LinearExpression(), upperBound: Double(provider.capacity))
        }
        // Rule 1: one group per seeker, one group per site.
        for groups in join where groups.count > 1 {
            model.addConstraint(.sum(groups.sorted { $0.key < $1.key }.map(\.value)), upperBound: 1)
        }
        for h in scenario.sites.indices {
            let takers = take.compactMap { $0[h] }
            if takers.count > 1 { model.addConstraint(.sum(takers), upperBound: 1) }
        }
        // Rule 6: together and apart, whoever names whom.
        for (p, seeker) in scenario.seekers.enumerated() {
            for partner in seeker.together {
                guard let q = index[partner] else { continue }
                for g in scenario.groups.indices {
                    var row = LinearExpression()
                    if let a = join[p][g] { row.add(a) }
                    if let b = join[q][g] { row.add(b, -1) }
                    if !row.isEmpty { model.addConstraint(row, lowerBound: 0, upperBound: 0) }
                }
            }
            for other in seeker.apart {
                guard let q = index[other] else { continue }
                for g in scenario.groups.indices {
                    if let a = join[p][g], let b = join[q][g] { model.addConstraint(.sum([a, b]), upperBound: 1) }
                }
            }
        }
        // Objectives, with the formulation's own fit coefficients.
        let fit = FitScore(scenario: scenario)
        for (p, groups) in join.enumerated() {
            for (g, x) in groups.sorted(by: { $0.key < $1.key }) {
                housedObjective.add(x, scenario.seekers[p].priority)
                let score = fit.score(seeker: p, group: g)
                if score != 0 { fitObjective.add(x, score) }
            }
        }
        model.setObjective(housedObjective, sense: .maximize)
    }

    private var providerLoad: [Int: LinearExpression] = [:]
}
