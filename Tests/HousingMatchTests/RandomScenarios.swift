import HousingMatch

/// Small random scenarios for property tests: the generator's regional
/// distributions, shrunk so that groups can form with a handful of households.
enum RandomScenarios {
    static func small(seed: UInt64, seekers: ClosedRange<Int> = 4...14, groups: ClosedRange<Int> = 1...3,
                      sites: ClosedRange<Int> = 1...4, providers: ClosedRange<Int> = 0...2) -> Scenario {
        var random = SeededRandomNumberGenerator(seed: seed &* 7919 &+ 1)
        let size = ScenarioGenerator.Size(
            seekers: random.int(in: seekers), groups: random.int(in: groups), sites: random.int(in: sites),
            providers: random.int(in: providers), towns: random.int(in: 1...3))
        var scenario = ScenarioGenerator(size: size, seed: seed).generate()
        for g in scenario.groups.indices {
            let founders = Set(scenario.groups[g].founders).count
            scenario.groups[g].minSize = random.int(in: 1...3)
            scenario.groups[g].maxSize = max(founders, scenario.groups[g].minSize + random.int(in: 0...4))
            scenario.groups[g].mustForm = random.chance(0.05)
        }
        for h in scenario.sites.indices {
            scenario.sites[h].units = random.int(in: 1...8)
            scenario.sites[h].accessibleUnits = random.int(in: 0...scenario.sites[h].units)
        }
        for c in scenario.providers.indices {
            scenario.providers[c].capacity = random.int(in: 1...6)
            scenario.providers[c].minClientsPerSite = random.int(in: 1...2)
            scenario.providers[c].maxClientsPerSite = random.chance(0.5) ? random.int(in: 2...4) : nil
        }
        // Together pairs and declines are rare in the generator; make them common here.
        if scenario.seekers.count >= 4, random.chance(0.3) {
            let a = random.int(in: 0...(scenario.seekers.count - 1))
            let b = (a + 1) % scenario.seekers.count
            if !scenario.seekers[b].apart.contains(scenario.seekers[a].id) {
                scenario.seekers[a].together.append(scenario.seekers[b].id)
            }
        }
        return scenario
    }
}

/// Finds the lexicographic optimum of a tiny scenario by trying every match,
/// with the independent checker as the only judge of feasibility. It shares
/// nothing with the formulation, so agreement is evidence for both.
struct BruteForce {
    let scenario: Scenario
    private let checker: MatchChecker

    init(_ scenario: Scenario) {
        self.scenario = scenario
        checker = MatchChecker(scenario: scenario)
    }

    /// The best objective over all feasible matches that meet `requirements`
    /// (a what-if solve's conditions, judged by ``MatchRequirement/isMet(by:)``),
    /// or `nil` when none does.
    func optimum(requiring requirements: [MatchRequirement] = []) -> MatchObjective? {
        var best: MatchObjective?
        let groupCount = scenario.groups.count
        var choice = [Int](repeating: groupCount, count: scenario.seekers.count)  // groupCount = no group
        func visit(_ p: Int) {
            if p == choice.count {
                evaluate(choice: choice, requirements: requirements, best: &best)
                return
            }
            for g in 0...groupCount {
                choice[p] = g
                visit(p + 1)
            }
        }
        visit(0)
        return best
    }

    private func evaluate(choice: [Int], requirements: [MatchRequirement], best: inout MatchObjective?) {
        let forming = scenario.groups.indices.filter { g in choice.contains(g) }
        for sites in Self.injectiveMaps(count: forming.count, into: scenario.sites.count) {
            let groups = forming.enumerated().map { position, g in
                FormedGroup(id: scenario.groups[g].id, site: scenario.sites[sites[position]].id,
                            members: scenario.seekers.indices.filter { choice[$0] == g }.map { scenario.seekers[$0].id })
            }
            let withoutCare = Match(groups: groups)
            // Requirements speak of members and sites only, never of care.
            guard requirements.allSatisfy({ $0.isMet(by: withoutCare) }) else { continue }
            // Everything but care can be judged before choosing providers.
            guard checker.violations(of: withoutCare).allSatisfy({ $0.rule == .care }) else { continue }
            guard let match = firstFeasibleCare(for: withoutCare) else { continue }
            let objective = checker.objective(of: match)
            if let current = best {
                if objective.housed > current.housed + 1e-9
                    || (abs(objective.housed - current.housed) <= 1e-9 && objective.preference > current.preference + 1e-9) {
                    best = objective
                }
            } else {
                best = objective
            }
        }
    }

    /// Tries every provider for every care-needing member.
    private func firstFeasibleCare(for match: Match) -> Match? {
        Self.careArrangements(of: match, in: scenario).first { checker.violations(of: $0).isEmpty }
    }

    /// Every way to give each care-needing member a provider of its type,
    /// as counts per group; the match itself when nobody needs care, none
    /// when some care type has no provider.
    static func careArrangements(of match: Match, in scenario: Scenario) -> [Match] {
        var members: [(group: Int, type: CareType)] = []
        for (index, group) in match.groups.enumerated() {
            for id in group.members {
                if let care = scenario.seekers.first(where: { $0.id == id })?.care { members.append((index, care.type)) }
            }
        }
        let options = members.map { member in
            scenario.providers.indices.filter { scenario.providers[$0].careTypes.contains(member.type) }
        }
        if options.contains(where: \.isEmpty) { return [] }
        var seen = Set<String>()
        var arrangements: [Match] = []
        var pick = [Int](repeating: 0, count: members.count)
        while true {
            var counts: [String: Int] = [:]
            for (i, member) in members.enumerated() {
                counts["\(member.group)|\(options[i][pick[i]])|\(member.type)", default: 0] += 1
            }
            let key = counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            if seen.insert(key).inserted {
                var candidate = match
                for (entry, clients) in counts.sorted(by: { $0.key < $1.key }) {
                    let parts = entry.split(separator: "|").map(String.init)
                    candidate.groups[Int(parts[0])!].care.append(CareArrangement(
                        provider: scenario.providers[Int(parts[1])!].id, careType: parts[2], clients: clients))
                }
                arrangements.append(candidate)
            }
            // Next combination.
            var i = 0
            while i < pick.count {
                pick[i] += 1
                if pick[i] < options[i].count { break }
                pick[i] = 0
                i += 1
            }
            if i == pick.count { return arrangements }
        }
    }

    /// Every way to give `count` groups distinct sites out of `size`.
    static func injectiveMaps(count: Int, into size: Int) -> [[Int]] {
        if count == 0 { return [[]] }
        var result: [[Int]] = []
        for rest in injectiveMaps(count: count - 1, into: size) {
            for h in 0..<size where !rest.contains(h) { result.append(rest + [h]) }
        }
        return result
    }
}
