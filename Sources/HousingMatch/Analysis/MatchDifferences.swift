import Foundation

/// Where a household lives in a match: its group, the group's site and the site's town.
public struct Placement: Sendable, Equatable, Codable {
    public var group: GroupID
    public var site: SiteID
    public var town: Municipality

    public init(group: GroupID, site: SiteID, town: Municipality) {
        self.group = group
        self.site = site
        self.town = town
    }
}

/// A group that forms in one match and not the other, or takes another site.
public struct GroupChange: Sendable, Equatable, Codable {
    /// What happens to the group in the variant.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// Forms in the variant, not in the base.
        case forms
        /// Forms in the base, not in the variant.
        case stopsForming
        /// Forms in both, on different sites.
        case changesSite
    }

    /// Where a forming group lives and how many members it has.
    public struct Formation: Sendable, Equatable, Codable {
        public var site: SiteID
        /// The site's name, or its id when it has none.
        public var siteName: String
        public var town: Municipality
        public var members: Int

        public init(site: SiteID, siteName: String, town: Municipality, members: Int) {
            self.site = site
            self.siteName = siteName
            self.town = town
            self.members = members
        }
    }

    public var group: GroupID
    /// The group's name, or its id when it has none.
    public var name: String
    public var kind: Kind
    /// The group in the base match; `nil` when it does not form there.
    public var base: Formation?
    /// The group in the variant's match; `nil` when it does not form there.
    public var variant: Formation?

    public init(group: GroupID, name: String, kind: Kind, base: Formation?, variant: Formation?) {
        self.group = group
        self.name = name
        self.kind = kind
        self.base = base
        self.variant = variant
    }
}

/// A household whose place differs between the two matches.
///
/// Only the care type is told about the household, never its hours or other
/// details: reports built from this are read by people outside the care team.
public struct HouseholdChange: Sendable, Equatable, Codable {
    /// What happens to the household in the variant.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// Housed in the variant, not in the base.
        case gainsPlace
        /// Housed in the base, not in the variant.
        case losesPlace
        /// Housed in both, in different groups.
        case changesGroup
        /// Housed in the same group in both, on a different site.
        case changesSite
    }

    /// In which of the two scenarios the household is listed at all.
    public enum Presence: String, Sendable, Equatable, Codable {
        case both
        /// The variant removes the household.
        case onlyInBase
        /// The variant adds the household.
        case onlyInVariant
    }

    public var seeker: SeekerID
    public var kind: Kind
    /// The household's care type (the variant's, when it is listed there); `nil` without a care need.
    public var careType: CareType?
    public var presence: Presence
    /// Where the household lives in the base; `nil` when it is not housed there.
    public var base: Placement?
    /// Where the household lives in the variant; `nil` when it is not housed there.
    public var variant: Placement?

    public init(seeker: SeekerID, kind: Kind, careType: CareType?, presence: Presence = .both,
                base: Placement?, variant: Placement?) {
        self.seeker = seeker
        self.kind = kind
        self.careType = careType
        self.presence = presence
        self.base = base
        self.variant = variant
    }
}

/// The groups and households whose part differs between two matches.
///
/// Groups and households whose part is the same in both are left out.
/// Changes are listed by kind (in the order of the `Kind` cases), then by id,
/// with numbers in ids compared as numbers (`h2` before `h10`).
public struct MatchDifferences: Sendable, Equatable, Codable {
    public var groups: [GroupChange]
    public var households: [HouseholdChange]

    public init(groups: [GroupChange], households: [HouseholdChange]) {
        self.groups = groups
        self.households = households
    }

    /// The households of one kind of change.
    public func households(_ kind: HouseholdChange.Kind) -> [HouseholdChange] {
        households.filter { $0.kind == kind }
    }

    /// The groups of one kind of change.
    public func groups(_ kind: GroupChange.Kind) -> [GroupChange] {
        groups.filter { $0.kind == kind }
    }

    /// The differences between two matches, each read in its own scenario (a variant may add or remove entries).
    public init(base: Scenario, baseMatch: Match, variant: Scenario, variantMatch: Match) {
        let before = Layout(scenario: base, match: baseMatch)
        let after = Layout(scenario: variant, match: variantMatch)

        var groups: [GroupChange] = []
        for id in Set(before.formations.keys).union(after.formations.keys) {
            let old = before.formations[id], new = after.formations[id]
            let kind: GroupChange.Kind
            switch (old, new) {
            case (nil, .some): kind = .forms
            case (.some, nil): kind = .stopsForming
            case (.some(let old), .some(let new)) where old.site != new.site: kind = .changesSite
            default: continue
            }
            let group = variant.groups.first { $0.id == id } ?? base.groups.first { $0.id == id }
            groups.append(GroupChange(group: id, name: group?.displayName ?? id.rawValue, kind: kind,
                                      base: old, variant: new))
        }

        var households: [HouseholdChange] = []
        let baseSeekers = Dictionary(base.seekers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let variantSeekers = Dictionary(variant.seekers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in Set(before.placements.keys).union(after.placements.keys) {
            let old = before.placements[id], new = after.placements[id]
            let kind: HouseholdChange.Kind
            switch (old, new) {
            case (nil, .some): kind = .gainsPlace
            case (.some, nil): kind = .losesPlace
            case (.some(let old), .some(let new)) where old.group != new.group: kind = .changesGroup
            case (.some(let old), .some(let new)) where old.site != new.site: kind = .changesSite
            default: continue
            }
            let presence: HouseholdChange.Presence = switch (baseSeekers[id], variantSeekers[id]) {
            case (.some, nil): .onlyInBase
            case (nil, .some): .onlyInVariant
            default: .both
            }
            let seeker = variantSeekers[id] ?? baseSeekers[id]
            households.append(HouseholdChange(seeker: id, kind: kind, careType: seeker?.care?.type,
                                              presence: presence, base: old, variant: new))
        }

        self.groups = groups.sorted { Self.ordered(($0.kind, $0.group.rawValue), ($1.kind, $1.group.rawValue)) }
        self.households = households.sorted {
            Self.ordered(($0.kind, $0.seeker.rawValue), ($1.kind, $1.seeker.rawValue))
        }
    }

    /// Kind first (in case order), then id with numbers compared as numbers.
    private static func ordered<Kind: CaseIterable & Equatable>(_ a: (Kind, String), _ b: (Kind, String)) -> Bool {
        let cases = Array(Kind.allCases)
        let ka = cases.firstIndex(of: a.0) ?? 0, kb = cases.firstIndex(of: b.0) ?? 0
        if ka != kb { return ka < kb }
        return a.1.compare(b.1, options: [.numeric]) == .orderedAscending
    }

    /// Where each group forms and each household lives in one match.
    private struct Layout {
        var formations: [GroupID: GroupChange.Formation] = [:]
        var placements: [SeekerID: Placement] = [:]

        init(scenario: Scenario, match: Match) {
            let sites = Dictionary(scenario.sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for group in match.groups {
                let site = sites[group.site]
                let town = site?.municipality ?? ""
                formations[group.id] = GroupChange.Formation(site: group.site, siteName: site?.displayName ?? group.site.rawValue,
                                                             town: town, members: group.members.count)
                for member in group.members {
                    placements[member] = Placement(group: group.id, site: group.site, town: town)
                }
            }
        }
    }
}
