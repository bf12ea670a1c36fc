import Wording

/// Every hard filter that keeps one household out of one group, or out of
/// one of the group's possible sites: the reasons behind ``Eligibility``,
/// spelled out.
///
/// ``Eligibility`` answers yes or no for the whole scenario at once; this
/// type answers *why*, for one pair at a time, listing all the filters that
/// hold rather than the first. The filters are exact (a pair they rule out is
/// in no feasible match whatever the others do), so an explanation built on
/// them never blames the competition for what the rules decide. Seekers,
/// groups and sites are referred to by their positions in the scenario.
struct HardFilters {
    /// One filter between a household and a group as a whole, in the order
    /// ``UnassignedReasons`` has always named the first one.
    enum GroupFilter: Hashable {
        case excluded, declined, careType(CareType), foundsAnother(GroupID)
        /// The group's own towns are all outside the household's.
        case outsideTowns
        /// The group has no possible site; the words say why.
        case cannotForm(Sentence)
        /// The group has possible sites but none suits the household; the words sum up why.
        case noSuitableSite(Sentence)
        /// Households it must live with (its whole `together` circle) whom the group's filters keep out.
        case partnersCannotJoin([SeekerID])
        /// A founder of the group must live apart from the household. Founders are
        /// members whenever the group forms, so the household can never join it.
        case apartFromFounder(SeekerID)
    }

    /// One filter between a household and a site.
    enum SiteFilter: Hashable {
        case rentAbove(rent: Double, limit: Double)
        case townNotAccepted(Municipality)
        case noAccessibleDwelling
        case noCareProvider(CareType, Municipality)
    }

    let scenario: Scenario
    let eligibility: Eligibility
    let seekerIndex: [SeekerID: Int]
    let partners: TogetherPartners
    /// For each seeker, the others of its `together` circle (partners of partners included).
    private let circle: [[Int]]
    /// Care types some usable provider offers in each site's town (rule 8).
    private let careAtSite: [Set<CareType>]
    /// Why each group without a possible site cannot form, worded once per group.
    private let cannotForm: [Int: Sentence]

    init(scenario: Scenario, eligibility: Eligibility) {
        self.scenario = scenario
        self.eligibility = eligibility
        let seekerIndex = Dictionary(scenario.seekers.enumerated().map { ($1.id, $0) },
                                     uniquingKeysWith: { first, _ in first })
        self.seekerIndex = seekerIndex
        partners = TogetherPartners(scenario)
        var circle = [[Int]](repeating: [], count: scenario.seekers.count)
        for component in Eligibility.togetherComponents(scenario, seekerIndex: seekerIndex) where component.count > 1 {
            for p in component { circle[p] = component.filter { $0 != p } }
        }
        self.circle = circle
        let usable = eligibility.usableProviders.map { scenario.providers[$0] }
        careAtSite = scenario.sites.map { site in
            Set(usable.filter { $0.serves(site.municipality) }.flatMap(\.careTypes))
        }
        var cannotForm: [Int: Sentence] = [:]
        for g in scenario.groups.indices where eligibility.sitesOfGroup[g].isEmpty {
            cannotForm[g] = Self.groupCannotFormReason(g, scenario: scenario, eligibility: eligibility)
        }
        self.cannotForm = cannotForm
    }

    init(_ scenario: Scenario) {
        self.init(scenario: scenario, eligibility: Eligibility(scenario))
    }

    // MARK: Pairs

    /// Every filter that keeps seeker p out of group g as a whole; empty when
    /// the hard filters let p join g (the competition may still keep p out).
    ///
    /// The first entry is the one ``UnassignedReasons`` names. Site-by-site
    /// detail is in ``siteFilters(_:for:)`` for each of ``possibleSites(of:)``.
    func groupFilters(_ g: Int, for p: Int) -> [GroupFilter] {
        let seeker = scenario.seekers[p]
        let group = scenario.groups[g]
        var filters: [GroupFilter] = []
        if seeker.excludes.contains(group.id) { filters.append(.excluded) }
        if group.declines.contains(seeker.id) { filters.append(.declined) }
        if let care = seeker.care, !group.accepts(careType: care.type) { filters.append(.careType(care.type)) }
        if let own = eligibility.foundedGroup[p], own != g { filters.append(.foundsAnother(scenario.groups[own].id)) }
        // A group only in towns the household does not accept is elsewhere, whatever else holds it back.
        let elsewhere = !seeker.municipalities.isEmpty && !group.municipalities.isEmpty
            && !group.municipalities.contains(where: seeker.accepts)
        if elsewhere { filters.append(.outsideTowns) }
        if let why = cannotForm[g] {
            filters.append(.cannotForm(why))
        } else if !fitsSomeSite(g, p) && !elsewhere {
            // The common case, said without building words: the group is elsewhere.
            if eligibility.sitesOfGroup[g].allSatisfy({ !seeker.accepts(scenario.sites[$0].municipality) }) {
                filters.append(.outsideTowns)
            } else {
                filters.append(.noSuitableSite(siteMismatch(seeker, sites: eligibility.sitesOfGroup[g])))
            }
        }
        let kept = circle[p].filter { !passesOwnFilters(g, $0) }
        if !kept.isEmpty { filters.append(.partnersCannotJoin(kept.map { scenario.seekers[$0].id })) }
        if let founder = foundersLivingApart(g, from: p).first { filters.append(.apartFromFounder(founder)) }
        return filters
    }

    /// Every filter that keeps seeker p from living at site h; empty when it suits them.
    /// Mirrors ``Eligibility``'s seeker-by-site table (rules 5 and 8) term by term.
    func siteFilters(_ h: Int, for p: Int) -> [SiteFilter] {
        let seeker = scenario.seekers[p]
        let site = scenario.sites[h]
        var filters: [SiteFilter] = []
        if let limit = seeker.maxRent, !seeker.canPay(site.rent) { filters.append(.rentAbove(rent: site.rent, limit: limit)) }
        if !seeker.accepts(site.municipality) { filters.append(.townNotAccepted(site.municipality)) }
        if seeker.needsAccessible && site.accessibleUnits < 1 { filters.append(.noAccessibleDwelling) }
        if let care = seeker.care, !careAtSite[h].contains(care.type) {
            filters.append(.noCareProvider(care.type, site.municipality))
        }
        return filters
    }

    /// The sites group g could take with its founders, whoever else joins (rules 2 to 5 and 8).
    func possibleSites(of g: Int) -> [Int] { eligibility.sitesOfGroup[g] }

    /// Whether the hard filters let seeker p join group g: ``Eligibility``'s
    /// answer, with founders p must live apart from ruled out as well.
    func admits(_ g: Int, _ p: Int) -> Bool {
        eligibility.groupsOfSeeker[p].contains(g) && foundersLivingApart(g, from: p).isEmpty
    }

    /// The others of p's `together` circle (partners of partners included), in scenario order.
    func partnersInCircle(of p: Int) -> [SeekerID] { circle[p].map { scenario.seekers[$0].id } }

    /// The groups the hard filters let seeker p join.
    func groupsOpen(to p: Int) -> [Int] {
        eligibility.groupsOfSeeker[p].filter { foundersLivingApart($0, from: p).isEmpty }
    }

    /// Whether some possible site of g suits p on p's own terms.
    private func fitsSomeSite(_ g: Int, _ p: Int) -> Bool {
        eligibility.sitesOfGroup[g].contains { eligibility.siteFitsSeeker[p][$0] }
    }

    /// Rule 5 and rule 3 for one household on its own, before rule 6 ties it to
    /// its `together` circle: what ``Eligibility`` checks per household.
    private func passesOwnFilters(_ g: Int, _ q: Int) -> Bool {
        if let own = eligibility.foundedGroup[q], own != g { return false }
        return Eligibility.group(scenario.groups[g], admits: scenario.seekers[q]) && fitsSomeSite(g, q)
    }

    /// Founders of g in `apart` with p, whichever of the two names the other.
    private func foundersLivingApart(_ g: Int, from p: Int) -> [SeekerID] {
        let seeker = scenario.seekers[p]
        return eligibility.foundersOfGroup[g].filter { q in
            q != p && (seeker.apart.contains(scenario.seekers[q].id) || scenario.seekers[q].apart.contains(seeker.id))
        }.map { scenario.seekers[$0].id }
    }

    // MARK: Words

    /// The filter as a ``HardFilterReason``: a kind and words about the household ("them").
    func reason(_ filter: GroupFilter) -> HardFilterReason {
        HardFilterReason(kind: Self.kind(of: filter), sentence: Self.sentence(filter))
    }

    static func kind(of filter: GroupFilter) -> HardFilterReason.Kind {
        switch filter {
        case .excluded: .excluded
        case .declined: .declined
        case .careType: .careType
        case .foundsAnother: .foundsAnotherGroup
        case .outsideTowns: .outsideTowns
        case .cannotForm: .groupCannotForm
        case .noSuitableSite: .noSuitableSite
        case .partnersCannotJoin: .togetherPartnerCannotJoin
        case .apartFromFounder: .apartFromFounder
        }
    }

    /// The filter in words about the household ("them").
    static func sentence(_ filter: GroupFilter) -> Sentence {
        switch filter {
        case .excluded: Sentence(ReasonWords.excluded)
        case .declined: Sentence(ReasonWords.declined)
        case .careType(let type): Sentence(ReasonWords.careTypeNotAccepted, .careType(type))
        case .foundsAnother(let group): Sentence(ReasonWords.foundsAnother, .plain(group.rawValue))
        case .outsideTowns: Sentence(ReasonWords.outsideTowns)
        case .cannotForm(let why): Sentence(ReasonWords.cannotForm, .sentence(why))
        case .noSuitableSite(let why): why
        case .partnersCannotJoin(let ids):
            Sentence(ids.count == 1 ? ReasonWords.partnerCannotJoin : ReasonWords.partnersCannotJoin,
                     .and(ids.map { .plain($0.rawValue) }))
        case .apartFromFounder(let founder): Sentence(ReasonWords.apartFromFounder, .plain(founder.rawValue))
        }
    }

    /// The filter as a ``HardFilterReason``.
    func reason(_ filter: SiteFilter) -> HardFilterReason {
        switch filter {
        case .rentAbove(let rent, let limit):
            HardFilterReason(kind: .rentAboveLimit, sentence: Sentence(ReasonWords.rentAbove, .euros(rent), .euros(limit)))
        case .townNotAccepted(let town):
            HardFilterReason(kind: .townNotAccepted, sentence: Sentence(ReasonWords.townNotAccepted, .plain(town)))
        case .noAccessibleDwelling:
            HardFilterReason(kind: .noAccessibleDwelling, sentence: Sentence(ReasonWords.noAccessibleDwelling))
        case .noCareProvider(let type, let town):
            HardFilterReason(kind: .noCareProvider,
                             sentence: Sentence(ReasonWords.noCareProvider, .careType(type), .plain(town)))
        }
    }

    /// What keeps all of a group's possible sites from suiting a seeker, when it is one thing.
    func siteMismatch(_ seeker: Seeker, sites: [Int]) -> Sentence {
        let candidates = sites.map { scenario.sites[$0] }
        if let rent = seeker.maxRent, candidates.allSatisfy({ !seeker.canPay($0.rent) }) {
            return Sentence(ReasonWords.sitesAboveRent, .euros(rent))
        }
        if seeker.needsAccessible && candidates.allSatisfy({ $0.accessibleUnits == 0 }) {
            return Sentence(ReasonWords.noAccessibleAtSites)
        }
        if let care = seeker.care {
            let providers = eligibility.usableProviders.map { scenario.providers[$0] }
            if candidates.allSatisfy({ site in !providers.contains { $0.careTypes.contains(care.type) && $0.serves(site.municipality) } }) {
                return Sentence(ReasonWords.noCareAtSites, .careType(care.type))
            }
        }
        return Sentence(ReasonWords.noSiteSuits)
    }

    /// Why group g has no possible site at all, or `nil` when it has one.
    func cannotFormReason(_ g: Int) -> Sentence? { cannotForm[g] }

    /// " in Houten or Bunnik", or nothing for a side that accepts any town.
    static func inTowns(_ towns: [String]) -> Sentence.Value {
        towns.isEmpty ? .plain("") : .sentence(Sentence(ReasonWords.inTowns, .or(towns.map { .plain($0) })))
    }

    /// Why a group has no possible site at all (rules 3, 4, 5 and 8 for its founders).
    static func groupCannotFormReason(_ g: Int, scenario: Scenario, eligibility: Eligibility) -> Sentence {
        let group = scenario.groups[g]
        let founders = eligibility.foundersOfGroup[g]
        for p in founders {
            let founder = scenario.seekers[p]
            let id = Sentence.Value.plain(founder.id.rawValue)
            if let own = eligibility.foundedGroup[p], own != g {
                return Sentence(ReasonWords.founderFoundsOther, id, .plain(scenario.groups[own].id.rawValue))
            }
            if founder.excludes.contains(group.id) { return Sentence(ReasonWords.founderExcludes, id) }
            if group.declines.contains(founder.id) { return Sentence(ReasonWords.declinesFounder, id) }
            if let care = founder.care, !group.accepts(careType: care.type) {
                return Sentence(ReasonWords.founderCareType, id, .careType(care.type))
            }
        }
        let towns = inTowns(group.municipalities)
        var sites = scenario.sites.filter { group.accepts($0.municipality) }
        if sites.isEmpty { return Sentence(ReasonWords.noSite, towns, "") }
        if group.needsCommonRoom {
            sites = sites.filter(\.commonRoom)
            if sites.isEmpty { return Sentence(ReasonWords.noSiteWithCommonRoom, towns) }
        }
        let needed = max(group.minSize, founders.count)
        let largest = sites.map { min($0.units, group.maxSize) }.max() ?? 0
        sites = sites.filter { min($0.units, group.maxSize) >= needed }
        if sites.isEmpty {
            return Sentence(ReasonWords.noSiteLargeEnough, towns, .number(Double(needed)), .number(Double(largest)))
        }
        let accessibleFounders = founders.filter { scenario.seekers[$0].needsAccessible }.count
        sites = sites.filter { $0.accessibleUnits >= accessibleFounders }
        if sites.isEmpty {
            return Sentence(ReasonWords.noSiteAccessibleForFounders, towns, .number(Double(accessibleFounders)))
        }
        let siteIndex = Dictionary(scenario.sites.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for p in founders {
            let founder = scenario.seekers[p]
            if !sites.contains(where: { siteIndex[$0.id].map { eligibility.siteFitsSeeker[p][$0] } ?? false }) {
                return Sentence(ReasonWords.noSiteForFounder, towns, .plain(founder.id.rawValue),
                                .sentence(founderLimits(founder)))
            }
        }
        return Sentence(ReasonWords.noSiteForAllFounders, towns)
    }

    private static func founderLimits(_ seeker: Seeker) -> Sentence {
        var limits: [Sentence.Value] = []
        if !seeker.municipalities.isEmpty {
            limits.append(.sentence(Sentence(ReasonWords.limitTowns, .or(seeker.municipalities.map { .plain($0) }))))
        }
        if let rent = seeker.maxRent { limits.append(.sentence(Sentence(ReasonWords.limitRent, .euros(rent)))) }
        if seeker.needsAccessible { limits.append(.sentence(Sentence(ReasonWords.limitAccessible))) }
        if let care = seeker.care {
            limits.append(.sentence(Sentence(ReasonWords.limitCare, .careType(care.type))))
        }
        return limits.isEmpty ? Sentence(ReasonWords.noLimits)
            : Sentence(value: .joined(limits, separator: ", "))
    }

    /// "Houten", "Houten or Bunnik", "Houten, Bunnik or Zeist".
    static func orList(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " or " + items.last!
    }

    /// "h2", "h2 and h3", "h2, h3 and h4".
    static func andList(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
