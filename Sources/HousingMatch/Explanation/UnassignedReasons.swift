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
            return UnassignedSeeker(seeker: seeker.id, reason: reason(for: p, in: context))
        }
    }

    /// Reasons for every seeker when no match was found at all.
    func reasonsWithoutMatch(status: MatchStatus) -> [UnassignedSeeker] {
        let why: String
        if status == .infeasible {
            let blocked = scenario.groups.indices.filter {
                scenario.groups[$0].mustForm && eligibility.sitesOfGroup[$0].isEmpty
            }
            if let g = blocked.first {
                why = "no match meets every rule: \(scenario.groups[g].id) must form but "
                    + groupCannotFormReason(g)
            } else {
                why = "no match meets every rule (a group that must form cannot, with its founders, sites and care)"
            }
        } else {
            why = "no match was found before the solve stopped (time limit or interruption)"
        }
        return scenario.seekers.map { UnassignedSeeker(seeker: $0.id, reason: why) }
    }

    // MARK: One seeker

    private func reason(for p: Int, in context: MatchContext) -> String {
        let seeker = scenario.seekers[p]
        if let g = eligibility.foundedGroup[p] {
            let group = scenario.groups[g]
            if eligibility.sitesOfGroup[g].isEmpty {
                return "founder of \(group.id), which cannot form: \(groupCannotFormReason(g))"
            }
            if !eligibility.groupsOfSeeker[p].contains(g) {
                return "founder of \(group.id), but cannot join it: \(whyGroupIsOut(g, for: p))"
            }
            if let check = formingChecks[group.id], check.verdict != .undecided {
                return check.verdict == .outcompeted
                    ? "founder of \(group.id), which does not form in the best match: it " + check.message
                    : "founder of \(group.id), which " + check.message
            }
            return "founder of \(group.id), which does not form in the best match " + doesNotFormFacts(g, in: context)
        }
        let eligible = eligibility.groupsOfSeeker[p]
        if eligible.isEmpty { return noEligibleGroupReason(p, seeker: seeker) }

        let parts = eligible.map { g in "\(scenario.groups[g].id) \(competitionReason(g, for: p, in: context))" }
        let names = eligible.map { scenario.groups[$0].id.rawValue }.joined(separator: ", ")
        return "eligible for \(names); " + parts.joined(separator: "; ")
    }

    /// Why a seeker with no eligible group has none, most general reason first.
    private func noEligibleGroupReason(_ p: Int, seeker: Seeker) -> String {
        if let care = seeker.care {
            if !scenario.groups.contains(where: { $0.accepts(careType: care.type) }) {
                return "no group accepts care type \(care.type)"
            }
            if !eligibility.usableProviders.contains(where: { scenario.providers[$0].careTypes.contains(care.type) }) {
                let offering = scenario.providers.filter { $0.careTypes.contains(care.type) }
                guard !offering.isEmpty else { return "no care provider offers care type \(care.type)" }
                // Providers that offer the type but whose own numbers rule out every site.
                return offering.map { "\($0.id) offers \(care.type) but can never serve: " + Self.neverServes($0) }
                    .joined(separator: "; ")
            }
        }
        if !scenario.sites.indices.contains(where: { eligibility.siteFitsSeeker[p][$0] }) {
            return noSiteReason(seeker)
        }
        let reasons = scenario.groups.indices.map { whyGroupIsOut($0, for: p) }
        if reasons.allSatisfy({ $0 == GroupOutReason.declined }) {
            return "declined by every group that could take them"
        }
        if reasons.allSatisfy({ $0 == GroupOutReason.excluded }) {
            return "excludes every group that could take them"
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
        return "no group fits: " + byReason.map { entry in
            if entry.reason == .outsideTowns {
                guard entry.groups.count <= Self.namedGroups else {
                    return "\(entry.groups.count) groups elsewhere: possible sites only outside their towns"
                }
                let towns = Set(entry.groups.flatMap { g in
                    eligibility.sitesOfGroup[g].isEmpty ? scenario.groups[g].municipalities
                        : eligibility.sitesOfGroup[g].map { scenario.sites[$0].municipality }
                })
                let place = entry.groups.allSatisfy { !eligibility.sitesOfGroup[$0].isEmpty } ? "possible sites in " : "in "
                return names(entry.groups) + ": " + place + orList(towns.sorted()) + ", outside their towns"
            }
            return names(entry.groups) + ": " + entry.reason.description
        }.joined(separator: "; ")
    }

    /// Groups named in one reason before the rest are counted.
    private static let namedGroups = 5

    /// "g1, g2 and g3", or "g1, g2, g3, g4, g5 and 12 more".
    private func names(_ groups: [Int]) -> String {
        let ids = groups.prefix(Self.namedGroups).map { scenario.groups[$0].id.rawValue }
        let more = groups.count - ids.count
        return ids.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
    }

    /// Why no site anywhere suits a seeker on their own terms (town, rent, access, care).
    private func noSiteReason(_ seeker: Seeker) -> String {
        let towns = seeker.municipalities.isEmpty ? "" : " in " + orList(seeker.municipalities)
        let rent = seeker.maxRent.map { " at a rent of at most \(formatted($0))" } ?? ""
        let affordable = scenario.sites.filter { seeker.accepts($0.municipality) && seeker.canPay($0.rent) }
        if affordable.isEmpty { return "no site\(towns)\(rent)" }
        if seeker.needsAccessible && !affordable.contains(where: { $0.accessibleUnits > 0 }) {
            return "no site with an accessible dwelling\(towns)\(rent)"
        }
        if let care = seeker.care {
            return "no care provider for \(care.type) serves a suitable site\(towns)\(rent)"
        }
        return "no site\(towns)\(rent)"
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
    func groupCannotFormReason(_ g: Int) -> String {
        filters.cannotFormReason(g) ?? HardFilters.groupCannotFormReason(g, scenario: scenario, eligibility: eligibility)
    }

    /// What the match shows about a group that does not form, without a cause:
    /// "(its possible sites: s15, which goes to g4; s16, free)". Only a solve
    /// (``FormingCheck``) can tell whether it could form at all.
    private func doesNotFormFacts(_ g: Int, in context: MatchContext) -> String {
        let sites = eligibility.sitesOfGroup[g].map { h -> String in
            let site = scenario.sites[h]
            return context.groupAtSite[site.id].map { "\(site.id), which goes to \($0)" } ?? "\(site.id), free"
        }
        return "(its possible site\(sites.count == 1 ? "" : "s"): " + sites.joined(separator: "; ") + ")"
    }

    /// Why a provider is left out of every site by its own numbers, such as
    /// "it needs at least 6 clients per site and has room for 5".
    static func neverServes(_ provider: CareProvider) -> String {
        let least = max(1, provider.minClientsPerSite)
        if provider.capacity < least && provider.capacity <= provider.effectiveMaxClientsPerSite {
            return "it needs at least \(least) clients per site and has room for \(provider.capacity)"
        }
        return "it needs at least \(least) clients per site and takes at most \(provider.effectiveMaxClientsPerSite) per site"
    }

    /// Why seeker p is not in group g, which p could join on its own terms.
    private func competitionReason(_ g: Int, for p: Int, in context: MatchContext) -> String {
        let seeker = scenario.seekers[p]
        let group = scenario.groups[g]
        guard let formed = context.formed[group.id] else {
            switch formingChecks[group.id] {
            case let check? where check.verdict == .cannotForm: return "cannot form at all, even on its own"
            case let check? where check.verdict == .blockedByMustForm: return "cannot form while the groups that must form do"
            case let check? where check.verdict == .outcompeted:
                let fewer = -(check.householdsChange ?? 0)
                let site = check.site?.rawValue ?? "a site"
                // Unproven, the cost is that of the best match found in time, and said so.
                let forming = check.proven ? "forming it at \(site) would house" : "the best match found in time that forms it at \(site) houses"
                if fewer < 0 || (check.housedChange ?? 0) > 1e-6 {
                    return "does not form here, though a match that forms it at \(site) houses more (this match is not proven best)"
                }
                if fewer > 0 { return "does not form (\(forming) \(fewer) household\(fewer == 1 ? "" : "s") fewer)" }
                if (check.housedChange ?? 0) < -1e-6 { return "does not form (\(forming) households of lower priority)" }
                return "does not form (forming it at \(site) gives no better match)"
            default: return "does not form"
            }
        }
        guard let site = context.site(of: formed) else { return "does not form" }
        let h = scenario.sites.firstIndex { $0.id == site.id }!
        if !eligibility.siteFitsSeeker[p][h] { return "takes \(site.id), which does not suit them" }

        let partners = context.partners(of: seeker.id)
        let arriving = 1 + partners.count
        let capacity = min(group.maxSize, site.units)
        if formed.members.count + arriving > capacity {
            return "is full (\(formed.members.count) of \(capacity))"
        }
        let accessible = formed.members.filter { context.seeker($0)?.needsAccessible == true }.count
        if seeker.needsAccessible && accessible >= site.accessibleUnits {
            return "has no accessible dwelling free at \(site.id)"
        }
        if let enemy = formed.members.first(where: { context.mustLiveApart(seeker.id, $0) }) {
            return "has \(enemy), who must live apart from them"
        }
        let careMembers = formed.members.filter { context.seeker($0)?.needsCare == true }.count
            + (seeker.needsCare ? 1 : 0)
        let size = Double(formed.members.count + 1)
        if seeker.needsCare && Double(careMembers) > group.careShare.max * size + 1e-9 {
            return "would go above its care share of \(percent(group.careShare.max))"
        }
        if !seeker.needsCare && Double(careMembers) < group.careShare.min * size - 1e-9 {
            return "would fall below its care share of \(percent(group.careShare.min))"
        }
        if let care = seeker.care, !context.hasFreeCarePlace(type: care.type, group: formed, site: site) {
            return "has no free \(care.type) care place at \(site.id)"
        }
        if group.supportRatio > 0 {
            let support = formed.members.compactMap(context.seeker).reduce(seeker.supportHours) { $0 + $1.supportHours }
            let hours = formed.members.compactMap(context.seeker).reduce(seeker.care?.hours ?? 0) { $0 + ($1.care?.hours ?? 0) }
            if support < group.supportRatio * hours - 1e-9 {
                return "would have too few support hours for its care hours"
            }
        }
        if !partners.isEmpty { return "has no room for them together with \(partners.map(\.rawValue).joined(separator: ", "))" }
        return "could take them only if others lost their place"
    }

    private func orList(_ items: [String]) -> String { HardFilters.orList(items) }

    private func percent(_ share: Double) -> String { "\(formatted((share * 100).rounded()))%" }
}

/// Why one group is out of reach for one seeker, by hard filter.
private enum GroupOutReason: Hashable, CustomStringConvertible {
    case excluded, declined, careType(CareType), foundsAnother(GroupID), cannotForm(String),
         outsideTowns, noSuitableSite(String), partnerCannotJoin(SeekerID?)

    var description: String {
        switch self {
        case .excluded: "excluded by them"
        case .declined: "declined them"
        case .careType(let type): "care type \(type) not accepted"
        case .foundsAnother(let group): "they found \(group)"
        case .cannotForm(let why): "cannot form (\(why))"
        case .outsideTowns: "possible sites only outside their towns"
        case .noSuitableSite(let why): why
        case .partnerCannotJoin(let partner?): "\(partner), whom they must live with, cannot join"
        case .partnerCannotJoin(nil): "a household they must live with cannot join"
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
