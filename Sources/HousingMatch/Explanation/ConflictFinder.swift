import LinearProgramming
import Wording

/// Names a smallest set of rules that cannot all hold, for a scenario with no
/// match at all ("g2 must form; its founder h8 accepts only Houten; the only
/// site in Houten with a common room has 4 dwellings; g2's minimum size is 5").
///
/// Without a group that must form, the empty match meets every rule of
/// MODEL.md, so every conflict involves some `mustForm` (or, in a what-if
/// solve, a requirement such as "h58 joins g1", which is the question and is
/// never loosened). The finder lists the rules and facts that could take
/// part: the rules of the groups that must form or are required, the wishes
/// and needs of their founders, of required households and of those who must
/// come along with them, and what every site and provider offers. Each can be
/// loosened on its own (a minimum size of 1, any town, one more dwelling than
/// anyone needs). A deletion filter then loosens them one at a time, keeping
/// a rule loosened when the scenario stays infeasible without it: what is
/// left cannot hold together. Everything else (other households' wishes, say)
/// is background that stays as it is.
///
/// The set promises nothing about loosening one of its rules on the scenario
/// itself: the filter judged each with the other candidates loosened, and the
/// scenario may hold other conflicts. So each member is then changed on its
/// own on the scenario as it is and solved (``tryingEach(_:)``), and only
/// what those solves found is reported.
struct ConflictFinder {
    let scenario: Scenario
    let backend: any SolverBackend
    /// Requirements of a what-if solve that hold throughout (see ``MatchRequirement``).
    var requirements: [MatchRequirement] = []
    /// Seconds for each feasibility question; one that times out counts as feasible,
    /// so the rule stays in the set (which is then still infeasible, perhaps not smallest).
    var secondsPerCheck: Double = 10
    /// Whether each member is tried on its own (``ConflictingRule/tried``).
    /// Not for a what-if question's conflict by default: the exploring commands
    /// ask many of those, and word them as "cannot all hold with it", no more.
    var triesMembers: Bool?
    /// Seconds for trying the members; those not reached in time are listed untried.
    var secondsForTrials: Double = 60

    /// A rule that can be loosened on its own.
    struct Candidate {
        let rule: ConflictingRule
        let loosen: (inout Scenario) -> Void
    }

    /// A smallest set of conflicting rules, in the order they are listed, each
    /// with what changing it on its own gave (``ConflictingRule/tried``, when
    /// ``triesMembers`` holds), or `nil` when the scenario has a match or the
    /// conflict lies outside the rules listed.
    func smallestConflict() throws -> [ConflictingRule]? {
        let candidates = self.candidates()
        guard try isFeasible(scenario) == false else { return nil }
        func loosening(_ loose: [Bool]) -> Scenario {
            var changed = scenario
            for (candidate, isLoose) in zip(candidates, loose) where isLoose { candidate.loosen(&changed) }
            return changed
        }
        // With every listed rule loosened a match must exist, or the conflict lies elsewhere.
        guard try isFeasible(loosening(Array(repeating: true, count: candidates.count))) != false else { return nil }
        var loosened = Array(repeating: false, count: candidates.count)
        for i in candidates.indices {
            loosened[i] = true
            // Still infeasible without rule i: it is not needed for the conflict.
            if try isFeasible(loosening(loosened)) != false { loosened[i] = false }
        }
        let members = candidates.indices.filter { !loosened[$0] }.map { candidates[$0].rule }
        return (triesMembers ?? requirements.isEmpty) ? tryingEach(members) : members
    }

    /// Whether any match meets every rule: `nil` when the solver could not tell in time.
    func isFeasible(_ scenario: Scenario) throws -> Bool? {
        guard (try? scenario.validate()) != nil else { return nil }
        var formulation = MatchFormulation(scenario: scenario)
        formulation.require(requirements)
        var model = formulation.model
        model.setObjective(LinearExpression(), sense: .maximize)
        let result = try backend.solve(model, parameters: SolverParameters(timeLimit: secondsPerCheck))
        switch result.termination {
        case .infeasible, .infeasibleOrUnbounded: return false
        default: return result.hasSolution ? true : nil
        }
    }

    // MARK: The rules that could take part

    /// Sites and providers first, the groups' own rules last: with several
    /// conflicts, the filter keeps the rules it tries last, and a founder
    /// would rather read about the group's rules than about every site.
    func candidates() -> [Candidate] {
        let positions = ScenarioPositions(scenario)
        let seekerIndex = positions.seekers
        var required: [Int] = [], people: [Int] = []
        for requirement in requirements {
            switch requirement {
            case .housed(let seeker): people.append(contentsOf: seekerIndex[seeker].map { [$0] } ?? [])
            case .joins(let seeker, let group):
                people.append(contentsOf: seekerIndex[seeker].map { [$0] } ?? [])
                required.append(contentsOf: positions.groups[group].map { [$0] } ?? [])
            case .forms(let group), .takes(let group, _):
                required.append(contentsOf: positions.groups[group].map { [$0] } ?? [])
            }
        }
        let mustForm = scenario.groups.indices.filter { scenario.groups[$0].mustForm || required.contains($0) }
        guard !mustForm.isEmpty || !people.isEmpty else { return [] }
        for g in mustForm {
            for founder in scenario.groups[g].founders {
                if let p = seekerIndex[founder], !people.contains(p) { people.append(p) }
            }
        }
        // Those who must come along with a founder come along with their own wishes.
        var next = 0
        while next < people.count {
            let seeker = scenario.seekers[people[next]]
            let partners = seeker.together + scenario.seekers.filter { $0.together.contains(seeker.id) }.map(\.id)
            for partner in partners { if let q = seekerIndex[partner], !people.contains(q) { people.append(q) } }
            next += 1
        }
        return scenario.sites.indices.flatMap(siteFacts)
            + scenario.providers.indices.flatMap(providerFacts)
            + people.flatMap { householdRules($0, index: seekerIndex) }
            + mustForm.flatMap(groupRules)
    }

    private func siteFacts(_ h: Int) -> [Candidate] {
        let site = scenario.sites[h]
        let name = Sentence.Value.sentence(Sentence(ConflictWords.siteName, .plain(site.id.rawValue),
                                                    .plain((site.name.isEmpty ? "" : site.name + ", ") + site.municipality)))
        let everyone = scenario.seekers.count
        var facts = [
            Candidate(rule: rule(.dwellings, [site.id.rawValue], Sentence(ConflictWords.dwellings, name, .number(Double(site.units))))) {
                $0.sites[h].units = max($0.sites[h].units, everyone)
            },
            Candidate(rule: rule(.accessibleDwellings, [site.id.rawValue], Sentence(ConflictWords.accessibleDwellings, name, .number(Double(site.accessibleUnits))))) {
                $0.sites[h].accessibleUnits = $0.sites[h].units
            },
            Candidate(rule: rule(.rent, [site.id.rawValue], Sentence(ConflictWords.rent, name, .euros(site.rent)))) {
                $0.sites[h].rent = 0
            },
        ]
        if !site.commonRoom {
            facts.append(Candidate(rule: rule(.noCommonRoom, [site.id.rawValue], Sentence(ConflictWords.noCommonRoom, name))) {
                $0.sites[h].commonRoom = true
            })
        }
        return facts
    }

    private func providerFacts(_ c: Int) -> [Candidate] {
        let provider = scenario.providers[c]
        let name = Sentence.Value.plain(provider.name.isEmpty ? provider.id.rawValue : "\(provider.id) (\(provider.name))")
        let id = [provider.id.rawValue]
        var facts = [
            Candidate(rule: rule(.providerCapacity, id, Sentence(ConflictWords.providerCapacity, name, .number(Double(provider.capacity))))) {
                $0.providers[c].capacity = max($0.providers[c].capacity, self.scenario.seekers.count)
            },
            Candidate(rule: rule(.providerMinimum, id, Sentence(ConflictWords.providerMinimum, name, .number(Double(provider.minClientsPerSite))))) {
                $0.providers[c].minClientsPerSite = 0
            },
        ]
        if let maximum = provider.maxClientsPerSite {
            facts.append(Candidate(rule: rule(.providerMaximum, id, Sentence(ConflictWords.providerMaximum, name, .number(Double(maximum))))) {
                $0.providers[c].maxClientsPerSite = nil
            })
        }
        if !provider.municipalities.isEmpty {
            facts.append(Candidate(rule: rule(.providerTowns, id, Sentence(ConflictWords.providerTowns, name, Self.list(provider.municipalities)))) {
                $0.providers[c].municipalities = []
            })
        }
        return facts
    }

    private func householdRules(_ p: Int, index: [SeekerID: Int]) -> [Candidate] {
        let seeker = scenario.seekers[p]
        let id = seeker.id.rawValue
        var rules: [Candidate] = []
        if !seeker.municipalities.isEmpty {
            rules.append(Candidate(rule: rule(.householdTowns, [id], Sentence(ConflictWords.householdTowns, .plain(id), Self.list(seeker.municipalities)))) {
                $0.seekers[p].municipalities = []
            })
        }
        if let rent = seeker.maxRent {
            rules.append(Candidate(rule: rule(.rentLimit, [id], Sentence(ConflictWords.rentLimit, .plain(id), .euros(rent)))) {
                $0.seekers[p].maxRent = nil
            })
        }
        for group in seeker.excludes {
            rules.append(Candidate(rule: rule(.excludes, [id, group.rawValue], Sentence(ConflictWords.excludes, .plain(id), .plain(group.rawValue)))) {
                $0.seekers[p].excludes.removeAll { $0 == group }
            })
        }
        if seeker.needsAccessible {
            rules.append(Candidate(rule: rule(.accessibleNeed, [id], Sentence(ConflictWords.accessibleNeed, .plain(id)))) {
                $0.seekers[p].needsAccessible = false
            })
        }
        if let care = seeker.care {
            rules.append(Candidate(rule: rule(.careNeed, [id], Sentence(ConflictWords.careNeed, .plain(id), .careType(care.type)))) {
                $0.seekers[p].care = nil
            })
        }
        // A link counts once, from the household listed first.
        let linked = { (relation: KeyPath<Seeker, [SeekerID]>) in
            Set(seeker[keyPath: relation] + self.scenario.seekers.filter { $0[keyPath: relation].contains(seeker.id) }.map(\.id))
                .compactMap { other in index[other].map { (other, $0) } }
                .filter { $0.1 > p }
                .sorted { $0.1 < $1.1 }
        }
        for (other, q) in linked(\.together) {
            rules.append(Candidate(rule: rule(.together, [id, other.rawValue], Sentence(ConflictWords.together, .plain(id), .plain(other.rawValue)))) {
                $0.seekers[p].together.removeAll { $0 == other }
                $0.seekers[q].together.removeAll { $0 == seeker.id }
            })
        }
        for (other, q) in linked(\.apart) {
            rules.append(Candidate(rule: rule(.apart, [id, other.rawValue], Sentence(ConflictWords.apart, .plain(id), .plain(other.rawValue)))) {
                $0.seekers[p].apart.removeAll { $0 == other }
                $0.seekers[q].apart.removeAll { $0 == seeker.id }
            })
        }
        return rules
    }

    private func groupRules(_ g: Int) -> [Candidate] {
        let group = scenario.groups[g]
        let id = group.id.rawValue
        let name = Sentence.Value.plain(group.name.isEmpty ? id : "\(id) (\(group.name))")
        var rules: [Candidate] = []
        if group.minGenerations > 1 {
            rules.append(Candidate(rule: rule(.generations, [id], Sentence(ConflictWords.generations, .plain(id), .number(Double(group.minGenerations))))) {
                $0.groups[g].minGenerations = 1
            })
        }
        if group.supportRatio > 0 {
            rules.append(Candidate(rule: rule(.support, [id], Sentence(ConflictWords.support, .plain(id), .number(group.supportRatio)))) {
                $0.groups[g].supportRatio = 0
            })
        }
        if group.careShare.min > 0 {
            rules.append(Candidate(rule: rule(.careShareMinimum, [id], Sentence(ConflictWords.careShareMinimum, .plain(id), .percent(group.careShare.min, digits: 2)))) {
                $0.groups[g].careShare.min = 0
            })
        }
        if group.careShare.max < 1 {
            rules.append(Candidate(rule: rule(.careShareMaximum, [id], Sentence(ConflictWords.careShareMaximum, .plain(id), .percent(group.careShare.max, digits: 2)))) {
                $0.groups[g].careShare.max = 1
            })
        }
        if let accepted = group.acceptsCare {
            let words = accepted.isEmpty ? Sentence(ConflictWords.acceptsNoCare, .plain(id))
                : Sentence(ConflictWords.acceptsOnlyCare, .plain(id), .or(accepted.map { .careType($0) }))
            rules.append(Candidate(rule: rule(.acceptedCare, [id], words)) {
                $0.groups[g].acceptsCare = nil
            })
        }
        for declined in group.declines {
            rules.append(Candidate(rule: rule(.declines, [id, declined.rawValue], Sentence(ConflictWords.declines, .plain(id), .plain(declined.rawValue)))) {
                $0.groups[g].declines.removeAll { $0 == declined }
            })
        }
        if group.needsCommonRoom {
            rules.append(Candidate(rule: rule(.commonRoom, [id], Sentence(ConflictWords.commonRoom, .plain(id)))) {
                $0.groups[g].needsCommonRoom = false
            })
        }
        if !group.municipalities.isEmpty {
            rules.append(Candidate(rule: rule(.groupTowns, [id], Sentence(ConflictWords.groupTowns, .plain(id), Self.list(group.municipalities)))) {
                $0.groups[g].municipalities = []
            })
        }
        rules.append(Candidate(rule: rule(.maximumSize, [id], Sentence(ConflictWords.maximumSize, .plain(id), .number(Double(group.maxSize))))) {
            $0.groups[g].maxSize = max($0.groups[g].maxSize, self.scenario.seekers.count)
        })
        if group.minSize > 1 {
            rules.append(Candidate(rule: rule(.minimumSize, [id], Sentence(ConflictWords.minimumSize, .plain(id), .number(Double(group.minSize))))) {
                $0.groups[g].minSize = 1
            })
        }
        for founder in group.founders {
            rules.append(Candidate(rule: rule(.founder, [id, founder.rawValue], Sentence(ConflictWords.founder, .plain(founder.rawValue), .plain(id)))) {
                $0.groups[g].founders.removeAll { $0 == founder }
            })
        }
        if group.mustForm {
            rules.append(Candidate(rule: rule(.mustForm, [id], Sentence(ConflictWords.mustForm, name))) { $0.groups[g].mustForm = false })
        }
        return rules
    }

    private func rule(_ kind: ConflictingRule.Kind, _ subjects: [String], _ sentence: Sentence) -> ConflictingRule {
        ConflictingRule(kind: kind, subjects: subjects, sentence: sentence)
    }

    private static func list(_ items: [String]) -> Sentence.Value {
        .or(items.map { .plain($0) })
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// "30%", "28.57%": to two decimals, so that 2 of 7 is not read as 29%.
    static func percent(_ share: Double) -> String { "\(number((share * 10_000).rounded() / 100))%" }
}
