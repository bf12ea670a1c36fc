import Wording

/// Says, for every seeker who joins no group, why, in words a person can act on.
///
/// Hard filters come first (care type, town, rent, declines, a founder's group
/// that cannot form): those hold whatever the others do. Only when a seeker
/// could join some group does the reason speak of the competition in the match.
struct UnassignedReasons {
    let scenario: Scenario
    let eligibility: Eligibility
    /// Looked up once: reasons are asked for every unassigned household of a
    /// national scenario, and a scan of all households per question made that quadratic.
    private let seekerIndex: [SeekerID: Int]
    private let partners: TogetherPartners
    /// The filters behind each reason, shared with the explanations of one household.
    private let filters: HardFilters
    /// What trying found for groups that do not form (``WhatIf/checkedUnassigned()``).
    /// Without a check, a reason only states what the match shows, never why.
    var formingChecks: [GroupID: FormingCheck] = [:]

    init(scenario: Scenario, eligibility: Eligibility) {
        self.init(filters: HardFilters(scenario: scenario, eligibility: eligibility))
    }

    init(filters: HardFilters) {
        self.filters = filters
        scenario = filters.scenario
        eligibility = filters.eligibility
        seekerIndex = filters.seekerIndex
        partners = filters.partners
    }

    /// Reasons for every seeker who is not a member of a group in `match`.
    func reasons(for match: Match) -> [UnassignedSeeker] {
        let housed = Set(match.groups.flatMap(\.members))
        let context = MatchContext(scenario: scenario, match: match, partners: partners)
        return scenario.seekers.indices.compactMap { p in
            let seeker = scenario.seekers[p]
            guard !housed.contains(seeker.id) else { return nil }
            return UnassignedSeeker(seeker: seeker.id, sentence: reason(for: p, in: context))
        }
    }

    /// Reasons for every seeker when no match was found at all.
    func reasonsWithoutMatch(status: MatchStatus) -> [UnassignedSeeker] {
        let why: Sentence
        if status == .infeasible {
            let blocked = scenario.groups.indices.filter {
                scenario.groups[$0].mustForm && eligibility.sitesOfGroup[$0].isEmpty
            }
            if let g = blocked.first {
                why = Sentence(ReasonWords.infeasibleMustForm, id(g), .sentence(groupCannotFormReason(g)))
            } else {
                why = Sentence(ReasonWords.infeasible)
            }
        } else {
            why = Sentence(ReasonWords.stopped)
        }
        return scenario.seekers.map { UnassignedSeeker(seeker: $0.id, sentence: why) }
    }

    // MARK: One seeker

    private func reason(for p: Int, in context: MatchContext) -> Sentence {
        let seeker = scenario.seekers[p]
        if let g = eligibility.foundedGroup[p] {
            let group = scenario.groups[g]
            if eligibility.sitesOfGroup[g].isEmpty {
                return Sentence(ReasonWords.founderCannotForm, id(g), .sentence(groupCannotFormReason(g)))
            }
            if !eligibility.groupsOfSeeker[p].contains(g) {
                return Sentence(ReasonWords.founderCannotJoin, id(g), .sentence(whyGroupIsOut(g, for: p).sentence))
            }
            if let check = formingChecks[group.id], check.verdict != .undecided {
                return check.verdict == .outcompeted
                    ? Sentence(ReasonWords.founderOutcompeted, id(g), .sentence(check.clause))
                    : Sentence(ReasonWords.founderWhich, id(g), .sentence(check.relativeClause))
            }
            return Sentence(ReasonWords.founderNotFormed, id(g), .sentence(doesNotFormFacts(g, in: context)))
        }
        let eligible = eligibility.groupsOfSeeker[p]
        if eligible.isEmpty { return noEligibleGroupReason(p, seeker: seeker) }

        let parts = eligible.map { g in
            Sentence.Value.sentence(Sentence(ReasonWords.groupSays, id(g), .sentence(competitionReason(g, for: p, in: context))))
        }
        return Sentence(ReasonWords.eligibleFor, .commas(eligible.map(id), more: 0), .joined(parts, separator: "; "))
    }

    private func id(_ g: Int) -> Sentence.Value { .plain(scenario.groups[g].id.rawValue) }

    /// Why a seeker with no eligible group has none, most general reason first.
    private func noEligibleGroupReason(_ p: Int, seeker: Seeker) -> Sentence {
        if let care = seeker.care {
            if !scenario.groups.contains(where: { $0.accepts(careType: care.type) }) {
                return Sentence(ReasonWords.noGroupAcceptsCare, .careType(care.type))
            }
            if !eligibility.usableProviders.contains(where: { scenario.providers[$0].careTypes.contains(care.type) }) {
                let offering = scenario.providers.filter { $0.careTypes.contains(care.type) }
                guard !offering.isEmpty else { return Sentence(ReasonWords.noProviderOffersCare, .careType(care.type)) }
                // Providers that offer the type but whose own numbers rule out every site.
                return Sentence(value: .joined(offering.map {
                    .sentence(Sentence(ReasonWords.providerNeverServes, .plain($0.id.rawValue), .careType(care.type),
                                       .sentence(Self.neverServesSentence($0))))
                }, separator: "; "))
            }
        }
        if !scenario.sites.indices.contains(where: { eligibility.siteFitsSeeker[p][$0] }) {
            return noSiteReason(seeker)
        }
        let reasons = scenario.groups.indices.map { whyGroupIsOut($0, for: p) }
        if reasons.allSatisfy({ $0 == GroupOutReason.declined }) {
            return Sentence(ReasonWords.declinedByAll)
        }
        if reasons.allSatisfy({ $0 == GroupOutReason.excluded }) {
            return Sentence(ReasonWords.excludesAll)
        }
        // Groups that fail for the same reason are named together, a few by name;
        // in a national scenario most groups are simply elsewhere, and are counted.
        var byReason: [(reason: GroupOutReason, groups: [Int])] = []
        var position: [GroupOutReason: Int] = [:]
        for (g, reason) in reasons.enumerated() {
            if let index = position[reason] {
                byReason[index].groups.append(g)
            } else {
                position[reason] = byReason.count
                byReason.append((reason, [g]))
            }
        }
        return Sentence(ReasonWords.noGroupFits, .joined(byReason.map { entry -> Sentence.Value in
            if entry.reason == .outsideTowns {
                guard entry.groups.count <= Self.namedGroups else {
                    return .sentence(Sentence(ReasonWords.groupsElsewhere, .number(Double(entry.groups.count))))
                }
                let towns = Set(entry.groups.flatMap { g in
                    eligibility.sitesOfGroup[g].isEmpty ? scenario.groups[g].municipalities
                        : eligibility.sitesOfGroup[g].map { scenario.sites[$0].municipality }
                })
                let one = entry.groups.count == 1
                let message = entry.groups.allSatisfy { !eligibility.sitesOfGroup[$0].isEmpty }
                    ? (one ? ReasonWords.sitesOutsideOne : ReasonWords.sitesOutsideMany)
                    : (one ? ReasonWords.townsOutsideOne : ReasonWords.townsOutsideMany)
                return .sentence(Sentence(message, names(entry.groups), .or(towns.sorted().map { .plain($0) })))
            }
            return .sentence(Sentence(ReasonWords.groupsBecause, names(entry.groups), .sentence(entry.reason.sentence)))
        }, separator: "; "))
    }

    /// Groups named in one reason before the rest are counted.
    private static let namedGroups = 5

    /// "g1, g2 and g3", or "g1, g2, g3, g4, g5 and 12 more".
    private func names(_ groups: [Int]) -> Sentence.Value {
        let ids = groups.prefix(Self.namedGroups).map(id)
        let more = groups.count - ids.count
        return .commas(ids, more: more)
    }

    /// Why no site anywhere suits a seeker on their own terms (town, rent, access, care).
    private func noSiteReason(_ seeker: Seeker) -> Sentence {
        let towns = HardFilters.inTowns(seeker.municipalities)
        let rent: Sentence.Value = seeker.maxRent.map { .sentence(Sentence(ReasonWords.atRent, .euros($0))) } ?? ""
        let affordable = scenario.sites.filter { seeker.accepts($0.municipality) && seeker.canPay($0.rent) }
        if affordable.isEmpty { return Sentence(ReasonWords.noSite, towns, rent) }
        if seeker.needsAccessible && !affordable.contains(where: { $0.accessibleUnits > 0 }) {
            return Sentence(ReasonWords.noAccessibleSite, towns, rent)
        }
        if let care = seeker.care {
            return Sentence(ReasonWords.noCareAtSite, .careType(care.type), towns, rent)
        }
        return Sentence(ReasonWords.noSite, towns, rent)
    }

    // MARK: Groups

    /// The first hard filter that keeps seeker p out of group g.
    private func whyGroupIsOut(_ g: Int, for p: Int) -> GroupOutReason {
        switch filters.groupFilters(g, for: p).first {
        case .excluded: return .excluded
        case .declined: return .declined
        case .careType(let type): return .careType(type)
        case .foundsAnother(let group): return .foundsAnother(group)
        case .outsideTowns: return .outsideTowns
        case .cannotForm(let why): return .cannotForm(why)
        case .noSuitableSite(let why): return .noSuitableSite(why)
        case .partnersCannotJoin, .apartFromFounder, nil:
            // Left: a together partner for whom the group is out of reach, named
            // as it always was here: the first direct partner without the group.
            let partner = partners.of(scenario.seekers[p].id).first { partner in
                guard let q = seekerIndex[partner] else { return false }
                return !eligibility.groupsOfSeeker[q].contains(g)
            }
            return .partnerCannotJoin(partner)
        }
    }

    /// Why a group has no possible site at all (rules 3, 4, 5 and 8 for its founders).
    func groupCannotFormReason(_ g: Int) -> Sentence {
        filters.cannotFormReason(g) ?? HardFilters.groupCannotFormReason(g, scenario: scenario, eligibility: eligibility)
    }

    /// What the match shows about a group that does not form, without a cause:
    /// "(its possible sites: s15, which goes to g4; s16, free)". Only a solve
    /// (``FormingCheck``) can tell whether it could form at all.
    private func doesNotFormFacts(_ g: Int, in context: MatchContext) -> Sentence {
        let sites = eligibility.sitesOfGroup[g].map { h -> Sentence.Value in
            let site = scenario.sites[h]
            return .sentence(context.groupAtSite[site.id].map {
                Sentence(ReasonWords.siteGoesTo, .plain(site.id.rawValue), .plain($0.rawValue))
            } ?? Sentence(ReasonWords.siteFree, .plain(site.id.rawValue)))
        }
        return Sentence(sites.count == 1 ? ReasonWords.possibleSite : ReasonWords.possibleSites,
                        .joined(sites, separator: "; "))
    }

    /// Why a provider is left out of every site by its own numbers, such as
    /// "it needs at least 6 clients per site and has room for 5".
    static func neverServes(_ provider: CareProvider) -> String {
        neverServesSentence(provider).text(in: .en)
    }

    static func neverServesSentence(_ provider: CareProvider) -> Sentence {
        let least = max(1, provider.minClientsPerSite)
        if provider.capacity < least && provider.capacity <= provider.effectiveMaxClientsPerSite {
            return Sentence(ReasonWords.providerTooFewRoom, .number(Double(least)), .number(Double(provider.capacity)))
        }
        return Sentence(ReasonWords.providerTooFewPerSite, .number(Double(least)),
                        .number(Double(provider.effectiveMaxClientsPerSite)))
    }

    /// Why seeker p is not in group g, which p could join on its own terms.
    private func competitionReason(_ g: Int, for p: Int, in context: MatchContext) -> Sentence {
        let seeker = scenario.seekers[p]
        let group = scenario.groups[g]
        guard let formed = context.formed[group.id] else {
            switch formingChecks[group.id] {
            case let check? where check.verdict == .cannotForm: return Sentence(ReasonWords.cannotFormAtAll)
            case let check? where check.verdict == .blockedByMustForm: return Sentence(ReasonWords.blockedByMustForm)
            case let check? where check.verdict == .outcompeted:
                let fewer = -(check.householdsChange ?? 0)
                let site = Sentence.Value.plain(check.site?.rawValue ?? "a site")
                if fewer < 0 || (check.housedChange ?? 0) > 1e-6 {
                    return Sentence(ReasonWords.notHereThoughMore, site)
                }
                // Unproven, the cost is that of the best match found in time, and said so.
                if fewer > 0 {
                    let message = check.proven
                        ? (fewer == 1 ? ReasonWords.notFormedOneFewer : ReasonWords.notFormedFewer)
                        : (fewer == 1 ? ReasonWords.notFormedOneFewerUnproven : ReasonWords.notFormedFewerUnproven)
                    return Sentence(message, site, .number(Double(fewer)))
                }
                if (check.housedChange ?? 0) < -1e-6 {
                    return Sentence(check.proven ? ReasonWords.notFormedLowerPriority
                                        : ReasonWords.notFormedLowerPriorityUnproven, site)
                }
                return Sentence(ReasonWords.notFormedNoBetter, site)
            default: return Sentence(ReasonWords.notFormed)
            }
        }
        guard let site = context.site(of: formed) else { return Sentence(ReasonWords.notFormed) }
        let siteID = Sentence.Value.plain(site.id.rawValue)
        let h = scenario.sites.firstIndex { $0.id == site.id }!
        if !eligibility.siteFitsSeeker[p][h] { return Sentence(ReasonWords.takesUnsuitableSite, siteID) }

        let partners = context.partners(of: seeker.id)
        let arriving = 1 + partners.count
        let capacity = min(group.maxSize, site.units)
        if formed.members.count + arriving > capacity {
            return Sentence(ReasonWords.full, .number(Double(formed.members.count)), .number(Double(capacity)))
        }
        let accessible = formed.members.filter { context.seeker($0)?.needsAccessible == true }.count
        if seeker.needsAccessible && accessible >= site.accessibleUnits {
            return Sentence(ReasonWords.noAccessibleFree, siteID)
        }
        if let enemy = formed.members.first(where: { context.mustLiveApart(seeker.id, $0) }) {
            return Sentence(ReasonWords.hasApart, .plain(enemy.rawValue))
        }
        let careMembers = formed.members.filter { context.seeker($0)?.needsCare == true }.count
            + (seeker.needsCare ? 1 : 0)
        let size = Double(formed.members.count + 1)
        if seeker.needsCare && Double(careMembers) > group.careShare.max * size + 1e-9 {
            return Sentence(ReasonWords.aboveCareShare, .percent(group.careShare.max, digits: 0))
        }
        if !seeker.needsCare && Double(careMembers) < group.careShare.min * size - 1e-9 {
            return Sentence(ReasonWords.belowCareShare, .percent(group.careShare.min, digits: 0))
        }
        if let care = seeker.care, !context.hasFreeCarePlace(type: care.type, group: formed, site: site) {
            return Sentence(ReasonWords.noFreeCarePlace, .careType(care.type), siteID)
        }
        if group.supportRatio > 0 {
            let support = formed.members.compactMap(context.seeker).reduce(seeker.supportHours) { $0 + $1.supportHours }
            let hours = formed.members.compactMap(context.seeker).reduce(seeker.care?.hours ?? 0) { $0 + ($1.care?.hours ?? 0) }
            if support < group.supportRatio * hours - 1e-9 {
                return Sentence(ReasonWords.tooFewSupportHours)
            }
        }
        if !partners.isEmpty {
            return Sentence(ReasonWords.noRoomTogether, .commas(partners.map { .plain($0.rawValue) }, more: 0))
        }
        return Sentence(ReasonWords.onlyIfOthersLose)
    }
}

/// Why one group is out of reach for one seeker, by hard filter.
private enum GroupOutReason: Hashable {
    case excluded, declined, careType(CareType), foundsAnother(GroupID), cannotForm(Sentence),
         outsideTowns, noSuitableSite(Sentence), partnerCannotJoin(SeekerID?)

    var sentence: Sentence {
        switch self {
        case .excluded: Sentence(ReasonWords.excluded)
        case .declined: Sentence(ReasonWords.declined)
        case .careType(let type): Sentence(ReasonWords.careTypeNotAccepted, .careType(type))
        case .foundsAnother(let group): Sentence(ReasonWords.foundsAnother, .plain(group.rawValue))
        case .cannotForm(let why): Sentence(ReasonWords.cannotForm, .sentence(why))
        case .outsideTowns: Sentence(ReasonWords.outsideTowns)
        case .noSuitableSite(let why): why
        case .partnerCannotJoin(let partner?): Sentence(ReasonWords.partnerCannotJoin, .plain(partner.rawValue))
        case .partnerCannotJoin(nil): Sentence(ReasonWords.someoneCannotJoin)
        }
    }
}

/// Look-ups into a match that the competition reasons need.
private struct MatchContext {
    let scenario: Scenario
    let formed: [GroupID: FormedGroup]
    let groupAtSite: [SiteID: GroupID]
    private let seekers: [SeekerID: Seeker]
    private let sites: [SiteID: Site]
    private let providerLoad: [ProviderID: Int]

    private let partners: TogetherPartners

    init(scenario: Scenario, match: Match, partners: TogetherPartners) {
        self.scenario = scenario
        self.partners = partners
        formed = Dictionary(match.groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        groupAtSite = Dictionary(match.groups.map { ($0.site, $0.id) }, uniquingKeysWith: { first, _ in first })
        seekers = Dictionary(scenario.seekers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sites = Dictionary(scenario.sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var load: [ProviderID: Int] = [:]
        for group in match.groups { for arrangement in group.care { load[arrangement.provider, default: 0] += arrangement.clients } }
        providerLoad = load
    }

    func seeker(_ id: SeekerID) -> Seeker? { seekers[id] }
    func site(of group: FormedGroup) -> Site? { sites[group.site] }

    /// Households that must come along with this one (named by it or naming it).
    func partners(of id: SeekerID) -> [SeekerID] { partners.of(id) }

    func mustLiveApart(_ a: SeekerID, _ b: SeekerID) -> Bool {
        (seekers[a]?.apart.contains(b) ?? false) || (seekers[b]?.apart.contains(a) ?? false)
    }

    /// Whether some provider of the type could take one more client in this group.
    func hasFreeCarePlace(type: CareType, group: FormedGroup, site: Site) -> Bool {
        scenario.providers.contains { provider in
            guard provider.careTypes.contains(type), provider.serves(site.municipality),
                  (providerLoad[provider.id] ?? 0) < provider.capacity else { return false }
            let here = group.care.filter { $0.provider == provider.id }.reduce(0) { $0 + $1.clients }
            let perSite = min(provider.effectiveMaxClientsPerSite, provider.capacity)
            // A provider not yet serving the group would need its minimum there.
            return here > 0 ? here < perSite : perSite >= 1 && max(1, provider.minClientsPerSite) <= 1
        }
    }
}

/// For each household, those it must live with: named by it or naming it.
struct TogetherPartners {
    private let partners: [SeekerID: [SeekerID]]

    init(_ scenario: Scenario) {
        var sets: [SeekerID: Set<SeekerID>] = [:]
        for seeker in scenario.seekers {
            for partner in seeker.together where partner != seeker.id {
                sets[seeker.id, default: []].insert(partner)
                sets[partner, default: []].insert(seeker.id)
            }
        }
        partners = sets.mapValues { $0.sorted() }
    }

    func of(_ id: SeekerID) -> [SeekerID] { partners[id] ?? [] }
}
