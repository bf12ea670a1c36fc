// Scenario files leave most fields out; the defaults here are the ones
// MODEL.md gives, so a file means exactly what the contract says.

extension Seeker: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, generations, care, needsAccessible, maxRent, municipalities, preferences,
             excludes, tags, supportHours, priority, together, apart
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(SeekerID.self, forKey: .id),
            generations: try c.decode([Generation].self, forKey: .generations),
            care: try c.decodeIfPresent(CareNeed.self, forKey: .care),
            needsAccessible: try c.decodeIfPresent(Bool.self, forKey: .needsAccessible) ?? false,
            maxRent: try c.decodeIfPresent(Double.self, forKey: .maxRent),
            municipalities: try c.decodeIfPresent([Municipality].self, forKey: .municipalities) ?? [],
            preferences: try c.decodeIfPresent([GroupID].self, forKey: .preferences) ?? [],
            excludes: try c.decodeIfPresent([GroupID].self, forKey: .excludes) ?? [],
            tags: try c.decodeIfPresent([String].self, forKey: .tags) ?? [],
            supportHours: try c.decodeIfPresent(Double.self, forKey: .supportHours) ?? 0,
            priority: try c.decodeIfPresent(Double.self, forKey: .priority) ?? 1,
            together: try c.decodeIfPresent([SeekerID].self, forKey: .together) ?? [],
            apart: try c.decodeIfPresent([SeekerID].self, forKey: .apart) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(generations, forKey: .generations)
        try c.encodeIfPresent(care, forKey: .care)
        if needsAccessible { try c.encode(needsAccessible, forKey: .needsAccessible) }
        try c.encodeIfPresent(maxRent, forKey: .maxRent)
        if !municipalities.isEmpty { try c.encode(municipalities, forKey: .municipalities) }
        if !preferences.isEmpty { try c.encode(preferences, forKey: .preferences) }
        if !excludes.isEmpty { try c.encode(excludes, forKey: .excludes) }
        if !tags.isEmpty { try c.encode(tags, forKey: .tags) }
        if supportHours != 0 { try c.encode(supportHours, forKey: .supportHours) }
        if priority != 1 { try c.encode(priority, forKey: .priority) }
        if !together.isEmpty { try c.encode(together, forKey: .together) }
        if !apart.isEmpty { try c.encode(apart, forKey: .apart) }
    }
}

extension Group: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, name, minSize, maxSize, founders, mustForm, municipalities, acceptsCare,
             careShare, minGenerations, supportRatio, needsCommonRoom, values, declines
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(GroupID.self, forKey: .id),
            name: try c.decodeIfPresent(String.self, forKey: .name) ?? "",
            minSize: try c.decode(Int.self, forKey: .minSize),
            maxSize: try c.decode(Int.self, forKey: .maxSize),
            founders: try c.decodeIfPresent([SeekerID].self, forKey: .founders) ?? [],
            mustForm: try c.decodeIfPresent(Bool.self, forKey: .mustForm) ?? false,
            municipalities: try c.decodeIfPresent([Municipality].self, forKey: .municipalities) ?? [],
            acceptsCare: try c.decodeIfPresent([CareType].self, forKey: .acceptsCare),
            careShare: try c.decodeIfPresent(CareShare.self, forKey: .careShare) ?? CareShare(),
            minGenerations: try c.decodeIfPresent(Int.self, forKey: .minGenerations) ?? 1,
            supportRatio: try c.decodeIfPresent(Double.self, forKey: .supportRatio) ?? 0,
            needsCommonRoom: try c.decodeIfPresent(Bool.self, forKey: .needsCommonRoom) ?? false,
            values: try c.decodeIfPresent([String].self, forKey: .values) ?? [],
            declines: try c.decodeIfPresent([SeekerID].self, forKey: .declines) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        if !name.isEmpty { try c.encode(name, forKey: .name) }
        try c.encode(minSize, forKey: .minSize)
        try c.encode(maxSize, forKey: .maxSize)
        if !founders.isEmpty { try c.encode(founders, forKey: .founders) }
        if mustForm { try c.encode(mustForm, forKey: .mustForm) }
        if !municipalities.isEmpty { try c.encode(municipalities, forKey: .municipalities) }
        try c.encodeIfPresent(acceptsCare, forKey: .acceptsCare)
        if careShare != CareShare() { try c.encode(careShare, forKey: .careShare) }
        if minGenerations != 1 { try c.encode(minGenerations, forKey: .minGenerations) }
        if supportRatio != 0 { try c.encode(supportRatio, forKey: .supportRatio) }
        if needsCommonRoom { try c.encode(needsCommonRoom, forKey: .needsCommonRoom) }
        if !values.isEmpty { try c.encode(values, forKey: .values) }
        if !declines.isEmpty { try c.encode(declines, forKey: .declines) }
    }
}

extension Site: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, name, municipality, units, accessibleUnits, rent, commonRoom, owner
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(SiteID.self, forKey: .id),
            name: try c.decodeIfPresent(String.self, forKey: .name) ?? "",
            municipality: try c.decode(Municipality.self, forKey: .municipality),
            units: try c.decode(Int.self, forKey: .units),
            accessibleUnits: try c.decodeIfPresent(Int.self, forKey: .accessibleUnits) ?? 0,
            rent: try c.decode(Double.self, forKey: .rent),
            commonRoom: try c.decodeIfPresent(Bool.self, forKey: .commonRoom) ?? false,
            owner: try c.decodeIfPresent(String.self, forKey: .owner) ?? "")
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        if !name.isEmpty { try c.encode(name, forKey: .name) }
        try c.encode(municipality, forKey: .municipality)
        try c.encode(units, forKey: .units)
        if accessibleUnits != 0 { try c.encode(accessibleUnits, forKey: .accessibleUnits) }
        try c.encode(rent, forKey: .rent)
        if commonRoom { try c.encode(commonRoom, forKey: .commonRoom) }
        if !owner.isEmpty { try c.encode(owner, forKey: .owner) }
    }
}

extension CareProvider: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, name, careTypes, municipalities, capacity, minClientsPerSite, maxClientsPerSite
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(ProviderID.self, forKey: .id),
            name: try c.decodeIfPresent(String.self, forKey: .name) ?? "",
            careTypes: try c.decode([CareType].self, forKey: .careTypes),
            municipalities: try c.decodeIfPresent([Municipality].self, forKey: .municipalities) ?? [],
            capacity: try c.decode(Int.self, forKey: .capacity),
            minClientsPerSite: try c.decodeIfPresent(Int.self, forKey: .minClientsPerSite) ?? 1,
            maxClientsPerSite: try c.decodeIfPresent(Int.self, forKey: .maxClientsPerSite))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        if !name.isEmpty { try c.encode(name, forKey: .name) }
        try c.encode(careTypes, forKey: .careTypes)
        if !municipalities.isEmpty { try c.encode(municipalities, forKey: .municipalities) }
        try c.encode(capacity, forKey: .capacity)
        if minClientsPerSite != 1 { try c.encode(minClientsPerSite, forKey: .minClientsPerSite) }
        try c.encodeIfPresent(maxClientsPerSite, forKey: .maxClientsPerSite)
    }
}

extension Scenario: Codable {
    private enum CodingKeys: String, CodingKey { case name, weights, seekers, groups, sites, providers }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try c.decodeIfPresent(String.self, forKey: .name) ?? "",
            weights: try c.decodeIfPresent(ObjectiveWeights.self, forKey: .weights) ?? ObjectiveWeights(),
            seekers: try c.decodeIfPresent([Seeker].self, forKey: .seekers) ?? [],
            groups: try c.decodeIfPresent([Group].self, forKey: .groups) ?? [],
            sites: try c.decodeIfPresent([Site].self, forKey: .sites) ?? [],
            providers: try c.decodeIfPresent([CareProvider].self, forKey: .providers) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if !name.isEmpty { try c.encode(name, forKey: .name) }
        try c.encode(weights, forKey: .weights)
        try c.encode(seekers, forKey: .seekers)
        try c.encode(groups, forKey: .groups)
        try c.encode(sites, forKey: .sites)
        try c.encode(providers, forKey: .providers)
    }
}
