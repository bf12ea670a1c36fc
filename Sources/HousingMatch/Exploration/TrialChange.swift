import Wording

/// A site offered differently: a common room, more (accessible) dwellings, a
/// lower rent. Fields left `nil` stay as they are.
public struct SiteEdit: Sendable, Hashable, Codable {
    public var site: SiteID
    public var commonRoom: Bool?
    /// All dwellings after the change, accessible ones included.
    public var units: Int?
    public var accessibleUnits: Int?
    public var rent: Double?

    public init(site: SiteID, commonRoom: Bool? = nil, units: Int? = nil, accessibleUnits: Int? = nil, rent: Double? = nil) {
        self.site = site
        self.commonRoom = commonRoom
        self.units = units
        self.accessibleUnits = accessibleUnits
        self.rent = rent
    }
}

/// One change to a scenario that an explanation tries, to see what it would
/// bring: more capacity at a site or provider, a site offered differently, or
/// one of a group's own rules loosened.
///
/// Each is tried on its own with ``WhatIf/outcome(of:requiring:)``.
public enum TrialChange: Sendable, Hashable {
    /// One more dwelling, accessible dwelling or care place.
    case capacity(CapacityChange)
    /// The site offered differently.
    case site(SiteEdit)
    /// The group forms with fewer members.
    case minSize(group: GroupID, to: Int)
    /// The group takes more members.
    case maxSize(group: GroupID, to: Int)
    /// The group's care share widened.
    case careShare(group: GroupID, min: Double, max: Double)
    /// The group does without a common room.
    case withoutCommonRoom(group: GroupID)
    /// The group accepts one more care type.
    case acceptsCare(group: GroupID, careType: CareType)
    /// The group accepts one more town.
    case town(group: GroupID, town: Municipality)
    /// The group asks for fewer generations.
    case minGenerations(group: GroupID, to: Int)
    /// A care provider starts at a site with fewer clients.
    case minClientsPerSite(provider: ProviderID, to: Int)

    /// The scenario with this change made, or `nil` when it names nothing in it.
    public func applied(to scenario: Scenario) -> Scenario? {
        var changed = scenario
        switch self {
        case .capacity(let change):
            return change.applied(to: scenario)
        case .site(let edit):
            guard let h = changed.sites.firstIndex(where: { $0.id == edit.site }) else { return nil }
            if let commonRoom = edit.commonRoom { changed.sites[h].commonRoom = commonRoom }
            if let units = edit.units { changed.sites[h].units = units }
            if let accessible = edit.accessibleUnits { changed.sites[h].accessibleUnits = accessible }
            if let rent = edit.rent { changed.sites[h].rent = rent }
            // A site cannot have more accessible dwellings than dwellings (validation).
            changed.sites[h].units = max(changed.sites[h].units, changed.sites[h].accessibleUnits)
            return changed
        case .minSize(let group, let size):
            return changed.editingGroup(group) { $0.minSize = size }
        case .maxSize(let group, let size):
            return changed.editingGroup(group) { $0.maxSize = size }
        case .careShare(let group, let low, let high):
            return changed.editingGroup(group) { $0.careShare = Group.CareShare(min: low, max: high) }
        case .withoutCommonRoom(let group):
            return changed.editingGroup(group) { $0.needsCommonRoom = false }
        case .acceptsCare(let group, let type):
            return changed.editingGroup(group) { $0.acceptsCare = ($0.acceptsCare ?? []) + [type] }
        case .town(let group, let town):
            return changed.editingGroup(group) { $0.municipalities.append(town) }
        case .minGenerations(let group, let count):
            return changed.editingGroup(group) { $0.minGenerations = count }
        case .minClientsPerSite(let provider, let count):
            guard let c = changed.providers.firstIndex(where: { $0.id == provider }) else { return nil }
            changed.providers[c].minClientsPerSite = count
            return changed
        }
    }

    /// The change in words: "s4 with a common room", "g2 accepts care type VG".
    public func description(in scenario: Scenario) -> String {
        sentence(in: scenario).text(in: .en)
    }

    /// The change as a catalogue sentence, to say it in any language: "s4 met een gemeenschappelijke ruimte".
    public func sentence(in scenario: Scenario) -> Sentence {
        typealias W = ExplorationWords
        typealias N = ExplorationNames
        switch self {
        case .capacity(let change):
            switch change {
            case .dwelling(let site): return Sentence(W.oneMoreDwelling, N.siteNameFirst(site, in: scenario))
            case .accessibleDwelling(let site): return Sentence(W.oneMoreAccessible, N.siteNameFirst(site, in: scenario))
            case .carePlace(let provider): return Sentence(W.oneMoreCarePlace, N.providerNameFirst(provider, in: scenario))
            }
        case .site(let edit):
            let site = scenario.sites.first { $0.id == edit.site }
            func signed(_ difference: Int) -> Sentence.Value { .plain((difference > 0 ? "+" : "") + String(difference)) }
            var parts: [Sentence.Value] = []
            if edit.commonRoom == true { parts.append(.sentence(Sentence(W.siteCommonRoom))) }
            if let units = edit.units, let site, units != site.units {
                parts.append(.sentence(Sentence(W.siteDwellings, N.count(units), signed(units - site.units))))
            }
            if let accessible = edit.accessibleUnits, let site, accessible != site.accessibleUnits {
                parts.append(.sentence(Sentence(W.siteAccessible, N.count(accessible), signed(accessible - site.accessibleUnits))))
            }
            if let rent = edit.rent { parts.append(.sentence(Sentence(W.siteRent, N.euros(rent)))) }
            return Sentence(W.siteWith, N.siteID(edit.site),
                            parts.isEmpty ? .sentence(Sentence(W.siteNoChange)) : .commas(parts, more: 0))
        case .minSize(let group, let size):
            return Sentence(W.minSize, N.groupID(group), N.count(size))
        case .maxSize(let group, let size):
            return Sentence(W.maxSize, N.groupID(group), N.count(size))
        case .careShare(let group, let low, let high):
            return Sentence(W.careShare, N.groupID(group), N.percent(low), N.percent(high))
        case .withoutCommonRoom(let group):
            return Sentence(W.withoutCommonRoom, N.groupID(group))
        case .acceptsCare(let group, let type):
            return Sentence(W.acceptsCare, N.groupID(group), .careType(type))
        case .town(let group, let town):
            return Sentence(W.acceptsTown, N.groupID(group), .plain(town))
        case .minGenerations(let group, let count):
            return Sentence(count == 1 ? W.generationsOne : W.generationsMany, N.groupID(group), N.count(count))
        case .minClientsPerSite(let provider, let count):
            return Sentence(count == 1 ? W.minClientsOne : W.minClientsMany, N.providerID(provider), N.count(count))
        }
    }
}

extension MatchRequirement {
    /// The requirement as a catalogue sentence: "g2 neemt s4", "h17 komt in g2".
    public var sentence: Sentence {
        typealias W = ExplorationWords
        typealias N = ExplorationNames
        switch self {
        case .housed(let seeker): return Sentence(W.requiresHoused, N.household(seeker))
        case .joins(let seeker, let group): return Sentence(W.requiresJoins, N.household(seeker), N.groupID(group))
        case .forms(let group): return Sentence(W.requiresForms, N.groupID(group))
        case .takes(let group, let site): return Sentence(W.requiresTakes, N.groupID(group), N.siteID(site))
        }
    }
}

extension Scenario {
    /// The scenario with one group edited, or `nil` when no group has the id.
    fileprivate func editingGroup(_ id: GroupID, _ edit: (inout Group) -> Void) -> Scenario? {
        guard let g = groups.firstIndex(where: { $0.id == id }) else { return nil }
        var changed = self
        edit(&changed.groups[g])
        return changed
    }
}

/// What one tried change brings, against the scenario's best match: for the
/// group or site the question is about, and for everyone.
public struct TrialOutcome: Sendable, Equatable, Codable {
    /// The change tried; `nil` when only requirements were added to the scenario as it is.
    public var change: TrialChange?
    /// The change in words.
    public var description: String
    /// What the re-solve was asked to meet besides the rules ("g2 takes s4"); often none.
    public var requirements: [MatchRequirement]
    /// The status of the re-solve; `infeasible` when the change (or a requirement) allows no match.
    public var status: MatchStatus
    /// Members of the group asked about, before and after; 0 when it does not form.
    public var membersBefore: Int?
    public var membersAfter: Int?
    /// The site that group takes afterwards, and its care there.
    public var siteAfter: SiteID?
    public var careAfter: [CareArrangement]
    /// Priority housed after minus before, over everyone; `nil` without a match.
    public var housedChange: Double?
    /// Households housed after minus before, over everyone; `nil` without a match.
    public var householdsChange: Int?
    public var newlyHoused: [SeekerID]
    public var noLongerHoused: [SeekerID]
    /// Whether both solves are proven optimal: the numbers are exact, not "at least".
    public var proven: Bool
    /// Both sides of the change, read from the re-solve's match against the
    /// base match: who gains and who loses a place, who moves, groups that move
    /// site or start or stop forming, and members who leave the group asked about.
    /// `nil` without a match.
    public var effects: TrialEffects?
    /// When no match meets the requirements, the rules that keep them from holding (when asked for).
    public var conflict: [ConflictingRule]?
    public var seconds: Double

    /// The outcome of a what-if, seen from one group (or from none).
    ///
    /// - Parameter scenario: the base scenario, to tell whether the group was full in the base match.
    public init(change: TrialChange?, description: String, requirements: [MatchRequirement] = [],
                outcome: WhatIf.Outcome, base: Match, group: GroupID?, scenario: Scenario? = nil) {
        self.change = change
        self.description = description
        self.requirements = requirements
        status = outcome.status
        let hasMatch = outcome.status == .optimal || outcome.status == .feasible
        careAfter = []
        if let group {
            membersBefore = base.groups.first { $0.id == group }?.members.count ?? 0
            let after = hasMatch ? outcome.match.groups.first { $0.id == group } : nil
            membersAfter = hasMatch ? (after?.members.count ?? 0) : nil
            siteAfter = after?.site
            careAfter = after?.care ?? []
        }
        housedChange = outcome.housedChange
        householdsChange = outcome.householdsChange
        newlyHoused = outcome.newlyHoused
        noLongerHoused = outcome.noLongerHoused
        proven = outcome.proven
        effects = outcome.differences.map {
            TrialEffects($0, group: group, scenario: scenario, baseMatch: base, proven: outcome.proven)
        }
        conflict = outcome.conflict
        seconds = outcome.seconds
    }

    /// The change tried, or else the requirement asked, as a catalogue sentence, to say
    /// ``description`` in any language; `nil` when there is neither.
    ///
    /// - Parameter scenario: the scenario the change was made to (a site edit is worded against the site as it was).
    public func sentence(in scenario: Scenario) -> Sentence? {
        change?.sentence(in: scenario) ?? (requirements.count == 1 ? requirements[0].sentence : nil)
    }

    /// ``description`` in `language`: "s4 met een gemeenschappelijke ruimte", "g2 neemt s4".
    public func text(in language: Language, scenario: Scenario) -> String {
        sentence(in: scenario)?.text(in: language) ?? description
    }

    /// Whether the change houses more (by priority) than the scenario's best match.
    public var housesMore: Bool { (housedChange ?? 0) > 1e-9 }

    /// Whether the group asked about has more members afterwards.
    public var groupGrows: Bool { (membersAfter ?? 0) > (membersBefore ?? 0) }
}
