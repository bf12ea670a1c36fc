import Wording

extension Scenario {
    /// The entries of this scenario that can never take part in any match, in file
    /// order (households, groups, care providers), each with its path and in words.
    ///
    /// Each warning follows from MODEL.md's rules and the entry's own numbers
    /// alone, whatever else the match does: a provider that needs 6 clients per
    /// site but has room for 5 serves nobody, so no solve can contradict it. The
    /// scenario stays valid and solves; these only say early what a solve would
    /// leave empty. Call it on a valid scenario (ids that resolve).
    public func deadEntries() -> [DeadEntry] {
        DeadEntryFinder(self).find()
    }
}

/// Finds ``DeadEntry`` warnings; one method per kind of entry keeps each rule readable.
private struct DeadEntryFinder {
    let scenario: Scenario
    /// For each provider (by position), why it can never serve, when it cannot.
    private let providerProblem: [ProviderProblem?]
    /// The care types some provider that can serve at all offers.
    let servedCareTypes: Set<CareType>
    let seekerIndex: [SeekerID: Int]
    /// For each site (by position), the households it suits, by position: found once
    /// through the sites of each household's towns, so a region of 20,000 households
    /// and 1,200 sites takes each household's few towns, not every site.
    let householdsSuited: [[Int]]
    /// Whether some site suits each household (by position).
    let hasSuitedSite: [Bool]
    let siteIndex: [SiteID: Int]
    /// The sites of each town, by position.
    let sitesInTown: [Municipality: [Int]]
    /// Every generation and every care type among the households, found once rather than per group.
    let generations: Set<Generation>
    let careTypes: Set<CareType>
    /// Whether some group accepts every care type, or else the types some group accepts.
    let someGroupAcceptsAll: Bool
    let acceptedCareTypes: Set<CareType>

    init(_ scenario: Scenario) {
        self.scenario = scenario
        let problems = scenario.providers.map { Self.problem(of: $0, in: scenario) }
        providerProblem = problems
        servedCareTypes = Set(zip(scenario.providers, problems).filter { $0.1 == nil }.flatMap { $0.0.careTypes })
        seekerIndex = Dictionary(scenario.seekers.enumerated().map { ($1.id, $0) }) { first, _ in first }
        var sitesInTown: [Municipality: [Int]] = [:]
        for (h, site) in scenario.sites.enumerated() { sitesInTown[site.municipality, default: []].append(h) }
        var suited = Array(repeating: [Int](), count: scenario.sites.count)
        var hasSite = Array(repeating: false, count: scenario.seekers.count)
        for (p, seeker) in scenario.seekers.enumerated() {
            let candidates = seeker.municipalities.isEmpty ? Array(scenario.sites.indices)
                : Array(Set(seeker.municipalities)).flatMap { sitesInTown[$0] ?? [] }
            for h in candidates where Self.suits(scenario.sites[h], seeker) {
                suited[h].append(p)
                hasSite[p] = true
            }
        }
        householdsSuited = suited
        self.sitesInTown = sitesInTown
        generations = Set(scenario.seekers.flatMap(\.generations))
        careTypes = Set(scenario.seekers.compactMap(\.care?.type))
        someGroupAcceptsAll = scenario.groups.contains { $0.acceptsCare == nil }
        acceptedCareTypes = Set(scenario.groups.flatMap { $0.acceptsCare ?? [] })
        siteIndex = Dictionary(scenario.sites.enumerated().map { ($1.id, $0) }) { first, _ in first }
        hasSuitedSite = hasSite
    }

    func find() -> [DeadEntry] {
        var entries: [DeadEntry] = []
        for (index, seeker) in scenario.seekers.enumerated() { entries += warnings(seeker, at: index) }
        for (index, group) in scenario.groups.enumerated() { entries += warnings(group, at: index) }
        for (index, provider) in scenario.providers.enumerated() {
            guard let problem = providerProblem[index] else { continue }
            let key = problem.key.map { ".\($0)" } ?? ""
            entries.append(DeadEntry(kind: problem.kind, path: "providers[\(index)]\(key)", entry: provider.id.rawValue,
                                     sentence: Sentence(W.providerNeverServes, .plain(provider.id.rawValue), .sentence(problem.reason))))
        }
        return entries
    }

    // MARK: - Care providers

    /// Why a provider can never serve anyone: the kind, the key at fault and the words.
    private typealias ProviderProblem = (kind: DeadEntry.Kind, key: String?, reason: Sentence)

    private static func problem(of provider: CareProvider, in scenario: Scenario) -> ProviderProblem? {
        let room = min(provider.capacity, provider.effectiveMaxClientsPerSite)
        if room == 0 {
            return (.providerCannotServe, "capacity", Sentence(W.roomForNone))
        }
        if provider.minClientsPerSite > provider.capacity {
            return (.providerCannotServe, "minClientsPerSite",
                    Sentence(W.needsMoreThanRoom, Words.count(provider.minClientsPerSite), Words.count(provider.capacity)))
        }
        let sites = scenario.sites.filter { provider.serves($0.municipality) }
        guard let largest = sites.max(by: { $0.units < $1.units }) else {
            return (.providerHasNoSite, provider.municipalities.isEmpty ? nil : "municipalities",
                    Sentence(W.noSite, Words.inTowns(provider.municipalities)))
        }
        // Clients are members of the group at the site, and a site holds no more members than dwellings.
        if provider.minClientsPerSite > largest.units {
            return (.providerCannotServe, "minClientsPerSite",
                    Sentence(W.providerSitesTooSmall, Words.count(provider.minClientsPerSite), .plain(largest.id.rawValue),
                             Words.count(largest.units)))
        }
        return nil
    }

    // MARK: - Households

    private func warnings(_ seeker: Seeker, at index: Int) -> [DeadEntry] {
        let path = "seekers[\(index)]"
        var entries: [DeadEntry] = []
        if let care = seeker.care {
            if !servedCareTypes.contains(care.type) {
                let offering = scenario.providers.filter { $0.careTypes.contains(care.type) }.map { Sentence.Value.plain($0.id.rawValue) }
                let why = offering.isEmpty
                    ? Sentence(W.noProviderOffers, .careType(care.type))
                    : Sentence(W.offeredOnlyBy, .careType(care.type), .and(offering))
                entries.append(DeadEntry(kind: .careTypeNotServed, path: "\(path).care.type", entry: seeker.id.rawValue,
                                         sentence: Sentence(W.neverHoused, .plain(seeker.id.rawValue), .sentence(why))))
            }
            if !someGroupAcceptsAll, !acceptedCareTypes.contains(care.type) {
                entries.append(DeadEntry(kind: .careTypeNotAccepted, path: "\(path).care.type", entry: seeker.id.rawValue,
                                         sentence: Sentence(W.neverHoused, .plain(seeker.id.rawValue),
                                                            .sentence(Sentence(W.noGroupAccepts, .careType(care.type))))))
            }
        }
        if !hasSuitedSite[index] {
            var conditions: [Sentence.Value] = [Words.inTowns(seeker.municipalities)]
            if let maxRent = seeker.maxRent { conditions.append(.sentence(Sentence(W.atRent, .euros(maxRent)))) }
            if seeker.needsAccessible { conditions.append(.sentence(Sentence(W.withAccessible))) }
            let site = Sentence(W.noSite, .joined(conditions, separator: ""))
            entries.append(DeadEntry(kind: .seekerHasNoSite, path: path, entry: seeker.id.rawValue,
                                     sentence: Sentence(W.neverHoused, .plain(seeker.id.rawValue), .sentence(site))))
        }
        return entries
    }

    /// Whether a site suits a household on its own terms (rule 5, and an accessible dwelling when needed).
    private static func suits(_ site: Site, _ seeker: Seeker) -> Bool {
        seeker.accepts(site.municipality) && seeker.canPay(site.rent) && (!seeker.needsAccessible || site.accessibleUnits > 0)
    }

    /// Why a site does not suit a household, in words: "s1's rent of 880 is above h3's maximum of 850".
    private func mismatch(_ site: Site, _ seeker: Seeker) -> Sentence? {
        if !seeker.accepts(site.municipality) {
            return Sentence(W.siteElsewhere, .plain(site.id.rawValue), .plain(site.municipality), .plain(seeker.id.rawValue),
                            .or(seeker.municipalities.map { .plain($0) }))
        }
        if let maxRent = seeker.maxRent, site.rent > maxRent {
            return Sentence(W.rentAbove, .plain(site.id.rawValue), .euros(site.rent), .plain(seeker.id.rawValue), .euros(maxRent))
        }
        if seeker.needsAccessible, site.accessibleUnits == 0 {
            return Sentence(W.noAccessibleFor, .plain(site.id.rawValue), .plain(seeker.id.rawValue))
        }
        return nil
    }

    // MARK: - Groups

    private func warnings(_ group: Group, at index: Int) -> [DeadEntry] {
        let path = "groups[\(index)]"
        func dead(_ kind: DeadEntry.Kind, _ key: String?, _ reason: Sentence) -> [DeadEntry] {
            [DeadEntry(kind: kind, path: path + (key.map { ".\($0)" } ?? ""), entry: group.id.rawValue,
                       sentence: Sentence(W.neverForms, .plain(group.id.rawValue), .sentence(reason)))]
        }
        let inTowns = group.municipalities.isEmpty ? scenario.sites
            : Set(group.municipalities).flatMap { sitesInTown[$0] ?? [] }.sorted().map { scenario.sites[$0] }
        let towns = Words.inTowns(group.municipalities)
        if inTowns.isEmpty {
            return dead(.groupHasNoSite, group.municipalities.isEmpty ? nil : "municipalities", Sentence(W.noSite, towns))
        }
        let mayTake = inTowns.filter { !group.needsCommonRoom || $0.commonRoom }
        if mayTake.isEmpty {
            return dead(.groupHasNoSite, "needsCommonRoom", Sentence(W.needsCommonRoom, towns))
        }
        let founders = group.founders.compactMap { seekerIndex[$0].map { scenario.seekers[$0] } }
        let needed = max(group.minSize, founders.count)
        let largest = mayTake.max { $0.units < $1.units }!
        if largest.units < needed {
            let who = founders.count > group.minSize ? Sentence(W.hasFounders, Words.count(founders.count))
                                                     : Sentence(W.needsMembers, Words.count(group.minSize))
            return dead(.groupTooLargeForSites, founders.count > group.minSize ? "founders" : "minSize",
                        Sentence(W.largestTooSmall, .sentence(who), .plain(largest.id.rawValue), Words.count(largest.units)))
        }
        let bigEnough = mayTake.filter { $0.units >= needed }
        var entries: [DeadEntry] = []
        if group.minGenerations > generations.count {
            entries += dead(.groupNeedsMoreGenerations, "minGenerations",
                            Sentence(W.needsGenerations, Words.count(group.minGenerations), Words.count(generations.count),
                                     .and(generations.sorted().map { .plain($0) })))
        }
        if group.careShare.min > 0 {
            let accepted = careTypes.filter { group.accepts(careType: $0) }
            if accepted.isEmpty {
                entries += dead(.groupNeedsCareNobodyBrings, "careShare.min",
                                Sentence(W.careNobodyBrings, Words.percent(group.careShare.min)))
            } else if !accepted.contains(where: servedCareTypes.contains) {
                entries += dead(.groupNeedsCareNobodyBrings, "careShare.min",
                                Sentence(W.careUnserved, Words.percent(group.careShare.min),
                                         .and(accepted.sorted().map { .careType($0) })))
            }
        }
        if let founderProblem = founderProblem(group, founders: founders, sites: bigEnough) {
            entries += dead(.founderNeverFits, "founders", founderProblem)
        } else {
            // Members are households that could each join on their own terms; fewer than the minimum never form it.
            let possible = possibleMembers(of: group, sites: bigEnough, enough: group.minSize)
            if possible.count < group.minSize {
                let who = possible.isEmpty ? Sentence(W.nobodyCouldJoin)
                    : Sentence(W.onlyCouldJoin, .and(possible.map { .plain($0.id.rawValue) }))
                entries += dead(.groupTooFewPossibleMembers, "minSize",
                                Sentence(W.tooFewMembers, Words.count(group.minSize), .sentence(who)))
            }
        }
        return entries
    }

    /// Households that could each join the group on their own terms, up to `enough`
    /// of them: neither turns the other away, the care need is one the group accepts
    /// and a provider can serve, and some site the group may take suits them (rules 5 and 8).
    private func possibleMembers(of group: Group, sites: [Site], enough: Int) -> [Seeker] {
        var found: Set<Int> = []
        var possible: [Seeker] = []
        for h in sites.compactMap({ siteIndex[$0.id] }) {
            for p in householdsSuited[h] where !found.contains(p) {
                found.insert(p)
                let seeker = scenario.seekers[p]
                if seeker.excludes.contains(group.id) || group.declines.contains(seeker.id) { continue }
                if let care = seeker.care, !group.accepts(careType: care.type) || !servedCareTypes.contains(care.type) {
                    continue
                }
                possible.append(seeker)
                if possible.count >= enough { return possible }
            }
        }
        // In file order, as the words name them.
        return possible.sorted { seekerIndex[$0.id, default: 0] < seekerIndex[$1.id, default: 0] }
    }

    /// Why the founders can never all be members (rule 3: they are members exactly
    /// when the group forms), so that the group can never form; `nil` when they can.
    private func founderProblem(_ group: Group, founders: [Seeker], sites: [Site]) -> Sentence? {
        let groupID = Sentence.Value.plain(group.id.rawValue)
        for founder in founders {
            let id = Sentence.Value.plain(founder.id.rawValue)
            if founder.excludes.contains(group.id) { return Sentence(W.founderExcludes, id, groupID) }
            if group.declines.contains(founder.id) { return Sentence(W.declinesFounder, id) }
            if let care = founder.care {
                if !group.accepts(careType: care.type) {
                    return Sentence(W.founderCareNotAccepted, id, .careType(care.type), groupID)
                }
                if !servedCareTypes.contains(care.type) {
                    return Sentence(W.founderCareUnserved, id, .careType(care.type))
                }
            }
            for other in founders where other.id != founder.id && founder.apart.contains(other.id) {
                return Sentence(W.foundersApart, id, .plain(other.id.rawValue))
            }
        }
        // One site must suit every founder at once, with an accessible dwelling for each who needs one.
        let accessibleNeeded = founders.filter(\.needsAccessible).count
        var reasons: [Sentence] = []
        for site in sites {
            if let reason = founders.lazy.compactMap({ mismatch(site, $0) }).first {
                reasons.append(reason)
            } else if site.accessibleUnits < accessibleNeeded {
                reasons.append(Sentence(W.tooFewAccessible, .plain(site.id.rawValue), Words.count(site.accessibleUnits),
                                        Words.count(accessibleNeeded)))
            } else {
                return nil
            }
        }
        guard !reasons.isEmpty else { return nil }
        // A few reasons say it; a long list of sites would bury the point.
        func listed(_ reasons: [Sentence]) -> Sentence.Value {
            var parts = [Sentence.Value.joined(reasons.prefix(3).map { .sentence($0) }, separator: "; ")]
            if reasons.count > 3 { parts.append(.sentence(Sentence(W.moreSites, Words.count(reasons.count - 3)))) }
            return .joined(parts, separator: "")
        }
        // One founder whom no site suits is the cause to name, whatever the others.
        if let alone = founders.first(where: { founder in sites.allSatisfy { mismatch($0, founder) != nil } }) {
            return Sentence(W.noSiteSuitsFounder, .plain(alone.id.rawValue), listed(sites.compactMap { mismatch($0, alone) }))
        }
        return Sentence(W.noSiteSuitsFounders, listed(reasons))
    }
}

/// Number and list words for the warnings.
private enum Words {
    static func count(_ value: Int) -> Sentence.Value {
        value.magnitude < 1_000_000_000_000_000 ? .number(Double(value)) : .plain(String(value))
    }

    /// "30 %", with the share rounded to a tenth of a percent.
    static func percent(_ share: Double) -> Sentence.Value {
        .sentence(Sentence(ValidationWords.percent, .number((share * 1000).rounded() / 10)))
    }

    /// " in Houten or Bunnik", or nothing for every town.
    static func inTowns(_ towns: [Municipality]) -> Sentence.Value {
        towns.isEmpty ? "" : .sentence(Sentence(ValidationWords.inTowns, .or(towns.map { .plain($0) })))
    }
}

private typealias W = ValidationWords
