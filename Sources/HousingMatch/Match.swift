/// How many care-needing members of one care type one provider serves in one group.
public struct CareArrangement: Sendable, Equatable, Hashable, Codable {
    public var provider: ProviderID
    public var careType: CareType
    public var clients: Int

    public init(provider: ProviderID, careType: CareType, clients: Int) {
        self.provider = provider
        self.careType = careType
        self.clients = clients
    }
}

/// A group that forms: the site it takes, its members and its care arrangements.
public struct FormedGroup: Sendable, Equatable, Codable {
    public var id: GroupID
    public var site: SiteID
    /// Member households, founders included.
    public var members: [SeekerID]
    public var care: [CareArrangement]

    public init(id: GroupID, site: SiteID, members: [SeekerID], care: [CareArrangement] = []) {
        self.id = id
        self.site = site
        self.members = members
        self.care = care
    }

    private enum CodingKeys: String, CodingKey { case id, site, members, care }

    // A match drafted by hand may leave out `care` when nobody needs it.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(GroupID.self, forKey: .id),
                  site: try c.decode(SiteID.self, forKey: .site),
                  members: try c.decodeIfPresent([SeekerID].self, forKey: .members) ?? [],
                  care: try c.decodeIfPresent([CareArrangement].self, forKey: .care) ?? [])
    }
}

/// A match: which groups form, where, with whom and with which care.
///
/// Groups not listed do not form; seekers not listed as members join no group.
public struct Match: Sendable, Equatable, Codable {
    public var groups: [FormedGroup]

    public init(groups: [FormedGroup] = []) { self.groups = groups }

    private enum CodingKeys: String, CodingKey { case groups }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(groups: try c.decodeIfPresent([FormedGroup].self, forKey: .groups) ?? [])
    }

    /// The group each housed seeker joins.
    public var groupOfSeeker: [SeekerID: GroupID] {
        var result: [SeekerID: GroupID] = [:]
        for group in groups { for member in group.members { result[member] = group.id } }
        return result
    }
}

/// The two lexicographic objective values of MODEL.md.
public struct MatchObjective: Sendable, Equatable, Codable {
    /// Sum of `priority` over housed seekers (stage 1).
    public var housed: Double
    /// Sum over members of weighted preference rank and values overlap (stage 2).
    public var preference: Double

    public init(housed: Double, preference: Double) {
        self.housed = housed
        self.preference = preference
    }
}
