import Foundation
import Wording

/// Each member of a conflict tried on its own, on the scenario as it is.
///
/// The deletion filter finds its set with the other candidates loosened, so
/// loosening one member on the real scenario may still leave no match (the
/// scenario can hold several conflicts). Nothing is promised without a solve:
/// each member is changed on its own and the changed scenario solved. For a
/// number, the values that matter are tried (the households' rent limits for
/// a site's rent, the sites' rents for a rent limit, each size and each share
/// of care a group of some size can have), from the smallest change to the
/// rule loosened all the way. Loosening a rule never takes a match away, so
/// once the loosest value is solved, a bisection finds the smallest change that
/// gives a match in a few solves. That change is then solved by the engine,
/// whose match the independent checker passes, and reported with the next
/// smaller change, which gave none.
extension ConflictFinder {
    /// A change a member can be tried with: in words, and as a `modify` section.
    struct MemberChange {
        let words: Sentence
        let modification: ScenarioModification
    }

    /// The members, each with the change it was tried with and what it gave,
    /// as long as ``secondsForTrials`` lasts.
    func tryingEach(_ members: [ConflictingRule]) -> [ConflictingRule] {
        let start = ContinuousClock.now
        var tried = members
        for index in tried.indices {
            guard (ContinuousClock.now - start) < .seconds(secondsForTrials) else { break }
            // A trial that fails to solve leaves its rule untried rather than losing the whole explanation.
            tried[index].tried = try? trial(of: members[index])
        }
        return tried
    }

    /// The member changed on its own: the smallest change that gives a match,
    /// else the member loosened all the way; `nil` when there is nothing to try.
    func trial(of rule: ConflictingRule) throws -> ConflictTrial? {
        let changes = self.changes(for: rule)
        guard !changes.isEmpty else { return nil }
        var scenarios: [Int: Scenario?] = [:]
        func changed(_ index: Int) -> Scenario? {
            if let known = scenarios[index] { return known }
            let made = try? changes[index].modification.applied(to: scenario)
            scenarios[index] = made
            return made
        }
        var feasible: [Int: Bool?] = [:]
        func check(_ index: Int) throws -> Bool? {
            if let known = feasible[index] { return known }
            let answer = try changed(index).map { try isFeasible($0) } ?? nil
            feasible[index] = answer
            return answer
        }
        let loosest = changes.count - 1
        var chosen = loosest
        if try check(loosest) == true {
            // The first change that gives a match: every looser one does too.
            var low = 0, high = loosest
            while low < high {
                let middle = (low + high) / 2
                if try check(middle) == true { high = middle } else { low = middle + 1 }
            }
            chosen = high
        }
        guard let trialScenario = changed(chosen) else { return nil }
        let change = changes[chosen]
        let result = try solve(trialScenario)
        var smaller: ConflictTrial.Attempt?
        if result.hasMatch, chosen > 0, feasible[chosen - 1] == .some(false) {
            smaller = ConflictTrial.Attempt(sentence: changes[chosen - 1].words,
                                            modify: changes[chosen - 1].modification, status: .infeasible)
        }
        return ConflictTrial(sentence: change.words, modify: change.modification, status: result.status,
                             housed: result.hasMatch ? result.match.groups.reduce(0) { $0 + $1.members.count } : nil,
                             outcome: outcome(of: result), smallerChange: smaller)
    }

    /// The engine's answer for a changed scenario, its match passed by the checker.
    private func solve(_ changed: Scenario) throws -> MatchResult {
        var options = MatchOptions(timeLimit: secondsPerCheck, requirements: requirements)
        options.explainsConflicts = false
        var result = try MatchEngine(backend: backend, options: options).solve(changed)
        // The engine checks its own match; a trial's claim leans on it, so it is checked here too.
        if result.hasMatch, !MatchChecker(scenario: changed).violations(of: result.match).isEmpty {
            result.status = .noSolution
        }
        return result
    }

    /// "a match exists; g5 forms with 7 households, 23 housed in all", "still no match".
    private func outcome(of result: MatchResult) -> Sentence {
        typealias W = ConflictTrialWords
        switch result.status {
        case .infeasible: return Sentence(W.stillNoMatch)
        case .noSolution: return Sentence(W.noMatchWithin, .number(secondsPerCheck))
        case .optimal, .feasible:
            let housed = result.match.groups.reduce(0) { $0 + $1.members.count }
            let groups = scenario.groups.filter(\.mustForm).map { group -> Sentence.Value in
                .sentence(result.match.groups.first { $0.id == group.id }
                    .map { Sentence(W.formsWith, .plain(group.id.rawValue), Self.count($0.members.count, W.householdsOne, W.householdsMany)) }
                    ?? Sentence(W.doesNotForm, .plain(group.id.rawValue)))
            }
            let proven: Sentence.Value = result.status == .optimal
                ? "" : .sentence(Sentence(W.notProvenWithin, .number(secondsPerCheck)))
            let parts = groups + [.sentence(Sentence(W.housedInAll, .number(Double(housed))))]
            return Sentence(W.matchExists, .joined(parts, separator: ", "), proven)
        }
    }

    // MARK: The changes, from the smallest to the rule loosened all the way

    func changes(for rule: ConflictingRule) -> [MemberChange] {
        let first = rule.subjects.first ?? "", second = rule.subjects.dropFirst().first ?? ""
        let site = scenario.sites.first { $0.id.rawValue == first }
        let provider = scenario.providers.first { $0.id.rawValue == first }
        let seeker = scenario.seekers.first { $0.id.rawValue == first }
        let group = scenario.groups.first { $0.id.rawValue == first }
        typealias W = ConflictTrialWords
        let one: Sentence.Value = .plain(first), other: Sentence.Value = .plain(second)
        let everyone = scenario.seekers.count
        let largestGroup = min(everyone, scenario.groups.map(\.maxSize).max() ?? everyone)
        switch rule.kind {
        case .dwellings:
            guard let site else { return [] }
            return Self.upwards(from: site.units, to: largestGroup).map {
                change(Sentence(W.dwellings, one, Self.count($0, W.dwellingsOne, W.dwellingsMany)), .sites, first, "units", .integer($0))
            }
        case .accessibleDwellings:
            guard let site else { return [] }
            return Self.upwards(from: site.accessibleUnits, to: site.units, leavingOut: true).map {
                change(Sentence(W.dwellings, one, Self.count($0, W.accessibleOne, W.accessibleMany)), .sites, first, "accessibleUnits", .integer($0))
            }
        case .rent:
            guard let site else { return [] }
            let limits = Set(scenario.seekers.compactMap(\.maxRent).filter { $0 < site.rent })
            return limits.sorted(by: >).map {
                change(Sentence(W.rent, one, .euros($0)), .sites, first, "rent", .amount($0))
            }
        case .noCommonRoom:
            return [change(Sentence(W.commonRoom, one), .sites, first, "commonRoom", .flag(true))]
        case .providerCapacity:
            guard let provider else { return [] }
            let clients = scenario.seekers.filter { $0.care.map { provider.careTypes.contains($0.type) } ?? false }.count
            return Self.upwards(from: provider.capacity, to: clients).map {
                change(Sentence(W.capacity, one, Self.count($0, W.clientsOne, W.clientsMany)), .providers, first, "capacity", .integer($0))
            }
        case .providerMinimum:
            guard let provider else { return [] }
            return stride(from: provider.minClientsPerSite - 1, through: 0, by: -1).map {
                change(Sentence(W.providerMinimum, one, Self.count($0, W.clientsOne, W.clientsMany)), .providers, first,
                       "minClientsPerSite", .integer($0))
            }
        case .providerMaximum:
            guard let provider, let maximum = provider.maxClientsPerSite else { return [] }
            return (maximum < provider.capacity ? Array((maximum + 1)..<provider.capacity) : []).map {
                change(Sentence(W.providerMaximum, one, Self.count($0, W.clientsOne, W.clientsMany)), .providers, first,
                       "maxClientsPerSite", .integer($0))
            } + [change(Sentence(W.noMaximum, one), .providers, first, "maxClientsPerSite", .null)]
        case .providerTowns:
            return [change(Sentence(W.everyTown, one), .providers, first, "municipalities", .list([]))]
        case .householdTowns:
            return [change(Sentence(W.anyTown, one), .seekers, first, "municipalities", .list([]))]
        case .rentLimit:
            guard let limit = seeker?.maxRent else { return [] }
            let rents = Set(scenario.sites.map(\.rent).filter { $0 > limit })
            return rents.sorted().map {
                change(Sentence(W.rentLimit, one, .euros($0)), .seekers, first, "maxRent", .amount($0))
            }
        case .excludes:
            guard let seeker else { return [] }
            return [change(Sentence(W.noLongerExcluding, one, other), .seekers, first, "excludes",
                           .texts(seeker.excludes.filter { $0.rawValue != second }))]
        case .accessibleNeed:
            return [change(Sentence(W.noAccessibleNeed, one), .seekers, first, "needsAccessible", .flag(false))]
        case .careNeed:
            return [change(Sentence(W.noCareNeed, one), .seekers, first, "care", .null)]
        case .together:
            return [unlinking(\.together, first, second, words: Sentence(W.freeToLiveApart, one, other))]
        case .apart:
            return [unlinking(\.apart, first, second, words: Sentence(W.freeToShare, one, other))]
        case .generations:
            guard let group else { return [] }
            return stride(from: group.minGenerations - 1, through: 1, by: -1).map {
                change(Sentence(W.generations, one, Self.count($0, W.generationsOne, W.generationsMany)), .groups, first, "minGenerations", .integer($0))
            }
        case .support:
            guard let group else { return [] }
            let ratios = [0.75, 0.5, 0.25].map { (group.supportRatio * $0 * 100).rounded(.down) / 100 } + [0]
            return Array(Set(ratios.filter { $0 < group.supportRatio })).sorted(by: >).map {
                change(Sentence(W.support, one, .number($0)), .groups, first,
                       "supportRatio", .amount($0))
            }
        case .careShareMinimum:
            guard let group else { return [] }
            let shares = Self.shares(upTo: group.maxSize).map { ($0 * 10_000).rounded(.down) / 10_000 }
            return Set(shares.filter { $0 < group.careShare.min }).sorted(by: >).map {
                change($0 == 0 ? Sentence(W.noCareShareMinimum, one)
                       : Sentence(W.careShareMinimum, one, .percent($0, digits: 2)), .groups, first,
                       "careShare", .object(["min": .amount($0), "max": .amount(group.careShare.max)]))
            }
        case .careShareMaximum:
            guard let group else { return [] }
            let shares = Self.shares(upTo: group.maxSize).map { min(1, ($0 * 10_000).rounded(.up) / 10_000) }
            return Set(shares.filter { $0 > group.careShare.max }).sorted().map {
                change($0 == 1 ? Sentence(W.anyCareShare, one)
                       : Sentence(W.careShareMaximum, one, .percent($0, digits: 2)), .groups, first,
                       "careShare", .object(["min": .amount(group.careShare.min), "max": .amount($0)]))
            }
        case .acceptedCare:
            return [change(Sentence(W.everyCareType, one), .groups, first, "acceptsCare", .null)]
        case .declines:
            guard let group else { return [] }
            return [change(Sentence(W.noLongerDeclining, one, other), .groups, first, "declines",
                           .texts(group.declines.filter { $0.rawValue != second }))]
        case .commonRoom:
            return [change(Sentence(W.noCommonRoomNeeded, one), .groups, first, "needsCommonRoom", .flag(false))]
        case .groupTowns:
            return [change(Sentence(W.siteInAnyTown, one), .groups, first, "municipalities", .list([]))]
        case .maximumSize:
            guard let group else { return [] }
            let largestSite = min(everyone, scenario.sites.map(\.units).max() ?? everyone)
            return Self.upwards(from: group.maxSize, to: largestSite).map {
                change(Sentence(W.maximumSize, one, Self.count($0, W.membersOne, W.membersMany)), .groups, first, "maxSize", .integer($0))
            }
        case .minimumSize:
            guard let group else { return [] }
            return stride(from: group.minSize - 1, through: 1, by: -1).map {
                change(Sentence(W.minimumSize, one, Self.count($0, W.membersOne, W.membersMany)), .groups, first, "minSize", .integer($0))
            }
        case .founder:
            guard let group else { return [] }
            return [change(Sentence(W.noLongerFounder, one, other), .groups, first, "founders",
                           .texts(group.founders.filter { $0.rawValue != second }))]
        case .mustForm:
            return [change(Sentence(W.notRequiredToForm, one), .groups, first, "mustForm", .flag(false))]
        }
    }

    private func change(_ words: Sentence, _ side: ScenarioModification.Side, _ id: String, _ key: String,
                        _ value: ModificationValue) -> MemberChange {
        MemberChange(words: words, modification: ScenarioModification(side, id, [(key: key, value: value)]))
    }

    /// Both households' lists without the other, whichever of them names it.
    private func unlinking(_ relation: KeyPath<Seeker, [SeekerID]>, _ first: String, _ second: String,
                           words: Sentence) -> MemberChange {
        let key = relation == \Seeker.together ? "together" : "apart"
        let entries = [(first, second), (second, first)].compactMap { (own, other) -> ScenarioModification.Entry? in
            guard let seeker = scenario.seekers.first(where: { $0.id.rawValue == own }),
                  seeker[keyPath: relation].contains(where: { $0.rawValue == other }) else { return nil }
            return ScenarioModification.Entry(side: .seekers, id: own, keys: [
                (key: key, value: .texts(seeker[keyPath: relation].filter { $0.rawValue != other })),
            ])
        }
        return MemberChange(words: words, modification: ScenarioModification(entries))
    }

    /// `value + 1` up to `limit`, at least one step (the loosest change must differ from the rule).
    private static func upwards(from value: Int, to limit: Int, leavingOut: Bool = false) -> [Int] {
        let top = leavingOut ? limit : max(limit, value + 1)
        return top > value ? Array((value + 1)...top) : []
    }

    /// Every share of care a group of up to `size` members can have: k of n.
    private static func shares(upTo size: Int) -> [Double] {
        let largest = min(max(size, 1), 100)
        return (1...largest).flatMap { n in (0...n).map { Double($0) / Double(n) } }
    }

    /// "1 dwelling", "3 dwellings": a count with its noun, as a sentence.
    static func count(_ value: Int, _ one: Message, _ many: Message) -> Sentence.Value {
        .sentence(Sentence(value == 1 ? one : many, .number(Double(value))))
    }
}
