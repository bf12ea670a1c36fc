import Wording

import Foundation

/// One rule that keeps a group from a site before any solving: the group's
/// own wishes (town, common room, size), the site's dwellings, or a founder's
/// limits (rent, town, accessible dwelling, care), with the numbers.
///
/// Founders are members whenever their group forms, so a site that does not
/// suit one founder is closed to the whole group.
public struct SiteExclusion: Sendable, Hashable, Codable {
    /// Which rule it is; a web front end can group or filter by it.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A founder cannot be a member at all (declined, excludes the group,
        /// care type not accepted, founds another group): no site helps.
        case founders
        /// The site's town is not among the group's towns (rule 4).
        case town
        /// The group needs a common room and the site has none (rule 4).
        case commonRoom
        /// Fewer dwellings than the group's minimum size or its founders (rule 2).
        case dwellings
        /// Fewer accessible dwellings than founders who need one (rule 2).
        case accessibleDwellings
        /// The rent is above a founder's limit (rule 5).
        case rent
        /// The site's town is not among a founder's towns (rule 5).
        case founderTown
        /// No usable provider of a founder's care type serves the site's town (rules 5 and 8).
        case founderCare
    }

    public var kind: Kind
    /// The founder the rule is about, for the founder kinds.
    public var founder: SeekerID?
    /// What the group needs, where the rule is a number (dwellings, accessible dwellings, a rent limit).
    public var needed: Double?
    /// What the site has, where the rule is a number.
    public var available: Double?
    /// The rule in words, such as "6 dwellings, the group needs at least 8".
    public var message: String
    /// ``message`` as a catalogue sentence, to say it in any language; `nil` when read from a file.
    public var sentence: Sentence?

    public init(kind: Kind, founder: SeekerID? = nil, needed: Double? = nil, available: Double? = nil, message: String) {
        self.kind = kind
        self.founder = founder
        self.needed = needed
        self.available = available
        self.message = message
    }

    /// A rule worded from the catalogue; its English is the ``message``.
    public init(kind: Kind, founder: SeekerID? = nil, needed: Double? = nil, available: Double? = nil, sentence: Sentence) {
        self.init(kind: kind, founder: founder, needed: needed, available: available, message: sentence.text(in: .en))
        self.sentence = sentence
    }

    /// The rule in `language`: "geen gemeenschappelijke ruimte, en die heeft de woongroep nodig".
    public func text(in language: Language) -> String {
        sentence?.text(in: language) ?? message
    }

    /// The rule as a sentence, for sentences that name it.
    var clause: Sentence { sentence ?? Sentence(value: .plain(message)) }

    private enum CodingKeys: String, CodingKey { case kind, founder, needed, available, message }

    public static func == (left: SiteExclusion, right: SiteExclusion) -> Bool {
        left.kind == right.kind && left.founder == right.founder && left.needed == right.needed
            && left.available == right.available && left.message == right.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(founder)
        hasher.combine(needed)
        hasher.combine(available)
        hasher.combine(message)
    }

    /// Whether the site's owner could lift the rule by changing the site
    /// (a common room, dwellings, accessible dwellings, the rent), rather than
    /// the group, its founders or a care provider changing.
    public var isSiteMatter: Bool {
        [.commonRoom, .dwellings, .accessibleDwellings, .rent].contains(kind)
    }
}

/// Every rule that keeps each group from each site, worded, using the same
/// tests as ``Eligibility`` so that a group and a site with no exclusion are
/// exactly a pair the solver may use.
///
/// Unlike the solver's filters, which stop at the first failing test, this
/// lists them all: a site owner wants to know everything a site lacks.
public struct SiteFilters: Sendable {
    private typealias W = ExplorationWords
    private typealias N = ExplorationNames
    public let scenario: Scenario
    let eligibility: Eligibility
    /// Care types that some usable provider offers in each town, as in ``Eligibility``.
    private let careInTown: [Municipality: Set<CareType>]
    private let seekerIndex: [SeekerID: Int]

    public init(_ scenario: Scenario) {
        self.init(scenario, eligibility: Eligibility(scenario))
    }

    init(_ scenario: Scenario, eligibility: Eligibility) {
        self.scenario = scenario
        self.eligibility = eligibility
        seekerIndex = Dictionary(scenario.seekers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let usable = eligibility.usableProviders.map { scenario.providers[$0] }
        var care: [Municipality: Set<CareType>] = [:]
        for town in Set(scenario.sites.map(\.municipality)) {
            care[town] = Set(usable.filter { $0.serves(town) }.flatMap(\.careTypes))
        }
        careInTown = care
    }

    /// Whether the solver may place the group at the site (no exclusion at all).
    public func groupCanTake(_ group: GroupID, _ site: SiteID) -> Bool {
        guard let g = scenario.groups.firstIndex(where: { $0.id == group }),
              let h = scenario.sites.firstIndex(where: { $0.id == site }) else { return false }
        return eligibility.sitesOfGroup[g].contains(h)
    }

    /// Every rule that keeps the group from the site; empty when the group could take it.
    /// Unknown ids give no exclusions.
    public func exclusions(of group: GroupID, from site: SiteID) -> [SiteExclusion] {
        guard let g = scenario.groups.firstIndex(where: { $0.id == group }),
              let h = scenario.sites.firstIndex(where: { $0.id == site }) else { return [] }
        return exclusions(group: g, site: h)
    }

    /// Every rule that keeps group g from site h, by position; the founders' own
    /// standing first, since no change to the site lifts it.
    func exclusions(group g: Int, site h: Int) -> [SiteExclusion] {
        let group = scenario.groups[g]
        let site = scenario.sites[h]
        let founders = eligibility.foundersOfGroup[g].map { scenario.seekers[$0] }
        var found: [SiteExclusion] = []

        // Rule 3 and 5 for founders, whatever the site: the same test as Eligibility's.
        for founder in founders {
            guard let p = seekerIndex[founder.id] else { continue }
            if let why = founderStanding(founder, position: p, in: g) {
                found.append(SiteExclusion(kind: .founders, founder: founder.id, sentence: why))
            }
        }
        // Rule 4: the group's own wishes.
        if !group.accepts(site.municipality) {
            found.append(SiteExclusion(kind: .town, sentence: Sentence(
                W.notGroupTown, .plain(site.municipality), .commas(group.municipalities.map { .plain($0) }, more: 0))))
        }
        if group.needsCommonRoom && !site.commonRoom {
            found.append(SiteExclusion(kind: .commonRoom, sentence: Sentence(W.noCommonRoom)))
        }
        // Rule 2: the fewest members the group can form with must fit.
        let needed = max(group.minSize, founders.count)
        if min(site.units, group.maxSize) < needed {
            let why = founders.count > group.minSize ? Sentence(W.itsFounders, N.count(founders.count)) : Sentence(W.itsMinimumSize)
            found.append(SiteExclusion(kind: .dwellings, needed: Double(needed), available: Double(site.units),
                                       sentence: Sentence(W.tooFewDwellings, N.count(site.units), N.count(needed), .sentence(why))))
        }
        let accessibleFounders = founders.filter(\.needsAccessible)
        if site.accessibleUnits < accessibleFounders.count {
            found.append(SiteExclusion(
                kind: .accessibleDwellings, needed: Double(accessibleFounders.count), available: Double(site.accessibleUnits),
                sentence: Sentence(W.tooFewAccessible, N.count(site.accessibleUnits), N.count(accessibleFounders.count),
                                   .commas(accessibleFounders.map { N.household($0.id) }, more: 0))))
        }
        // Rule 5 and 8 for each founder at this site.
        for founder in founders {
            if !founder.accepts(site.municipality) {
                found.append(SiteExclusion(kind: .founderTown, founder: founder.id, sentence: Sentence(
                    W.notFounderTown, .plain(site.municipality), N.household(founder.id),
                    .commas(founder.municipalities.map { .plain($0) }, more: 0))))
            }
            if let limit = founder.maxRent, !founder.canPay(site.rent) {
                found.append(SiteExclusion(kind: .rent, founder: founder.id, needed: limit, available: site.rent, sentence: Sentence(
                    W.rentAboveFounder, N.euros(site.rent), N.household(founder.id), N.euros(limit))))
            }
            if let care = founder.care, !(careInTown[site.municipality]?.contains(care.type) ?? false) {
                found.append(SiteExclusion(kind: .founderCare, founder: founder.id, sentence: Sentence(
                    W.noCareForFounder, .careType(care.type), .plain(site.municipality), N.household(founder.id))))
            }
        }
        return found
    }

    /// Why a founder cannot be a member of group g at any site, or `nil` when they can.
    private func founderStanding(_ founder: Seeker, position p: Int, in g: Int) -> Sentence? {
        let group = scenario.groups[g]
        let who = N.household(founder.id)
        if let own = eligibility.foundedGroup[p], own != g {
            return Sentence(W.founderFoundsOther, who, N.groupID(scenario.groups[own].id))
        }
        if founder.excludes.contains(group.id) { return Sentence(W.founderExcludes, who) }
        if group.declines.contains(founder.id) { return Sentence(W.declinesFounder, who) }
        if let care = founder.care, !group.accepts(careType: care.type) {
            return Sentence(W.founderCareType, who, .careType(care.type))
        }
        // Eligibility's own test, so the two can never disagree.
        return Eligibility.group(group, admits: founder) ? nil : Sentence(W.founderCannotJoin, who)
    }

    /// The smallest change to the site that would lift every site matter in
    /// `exclusions`, or `nil` when some exclusion is not the site's to lift.
    public func siteRemedy(for exclusions: [SiteExclusion], at site: SiteID) -> SiteEdit? {
        guard !exclusions.isEmpty, exclusions.allSatisfy(\.isSiteMatter),
              let current = scenario.sites.first(where: { $0.id == site }) else { return nil }
        var edit = SiteEdit(site: site)
        if exclusions.contains(where: { $0.kind == .commonRoom }) { edit.commonRoom = true }
        let units = exclusions.filter { $0.kind == .dwellings }.compactMap(\.needed).max().map(Int.init)
        if let accessible = exclusions.filter({ $0.kind == .accessibleDwellings }).compactMap(\.needed).max().map(Int.init) {
            // New accessible dwellings are new dwellings: the ordinary ones stay.
            edit.accessibleUnits = accessible
            edit.units = max(units ?? 0, current.units + accessible - current.accessibleUnits)
        } else if let units {
            edit.units = units
        }
        // The lowest founder's limit, so that every founder can pay.
        edit.rent = exclusions.filter { $0.kind == .rent }.compactMap(\.needed).min()
        return edit
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.2f", value)
    }
}
