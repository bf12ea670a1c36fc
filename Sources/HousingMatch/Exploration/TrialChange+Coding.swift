/// In JSON each change is an object named by its kind, with named fields:
/// `{"site": {"site": "s6", "units": 8}}`, `{"minSize": {"group": "g1", "to": 5}}`,
/// `{"capacity": {"kind": "dwelling", "site": "s1"}}`; never Swift's `_0`.
extension TrialChange: Codable {
    private enum Kind: String, CodingKey {
        case capacity, site, minSize, maxSize, careShare, withoutCommonRoom, acceptsCare, town, minGenerations,
             minClientsPerSite
    }
    private enum Field: String, CodingKey { case group, provider, to, min, max, careType, town }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Kind.self)
        switch self {
        case .capacity(let change):
            try container.encode(change, forKey: .capacity)
        case .site(let edit):
            try container.encode(edit, forKey: .site)
        case .minSize(let group, let size):
            var fields = container.nestedContainer(keyedBy: Field.self, forKey: .minSize)
            try fields.encode(group, forKey: .group)
            try fields.encode(size, forKey: .to)
        case .maxSize(let group, let size):
            var fields = container.nestedContainer(keyedBy: Field.self, forKey: .maxSize)
            try fields.encode(group, forKey: .group)
            try fields.encode(size, forKey: .to)
        case .careShare(let group, let low, let high):
            var fields = container.nestedContainer(keyedBy: Field.self, forKey: .careShare)
            try fields.encode(group, forKey: .group)
            try fields.encode(low, forKey: .min)
            try fields.encode(high, forKey: .max)
        case .withoutCommonRoom(let group):
            var fields = container.nestedContainer(keyedBy: Field.self, forKey: .withoutCommonRoom)
            try fields.encode(group, forKey: .group)
        case .acceptsCare(let group, let type):
            var fields = container.nestedContainer(keyedBy: Field.self, forKey: .acceptsCare)
            try fields.encode(group, forKey: .group)
            try fields.encode(type, forKey: .careType)
        case .town(let group, let town):
            var fields = container.nestedContainer(keyedBy: Field.self, forKey: .town)
            try fields.encode(group, forKey: .group)
            try fields.encode(town, forKey: .town)
        case .minGenerations(let group, let count):
            var fields = container.nestedContainer(keyedBy: Field.self, forKey: .minGenerations)
            try fields.encode(group, forKey: .group)
            try fields.encode(count, forKey: .to)
        case .minClientsPerSite(let provider, let count):
            var fields = container.nestedContainer(keyedBy: Field.self, forKey: .minClientsPerSite)
            try fields.encode(provider, forKey: .provider)
            try fields.encode(count, forKey: .to)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Kind.self)
        guard let kind = container.allKeys.first, container.allKeys.count == 1 else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "a change is one of " + ["capacity", "site", "minSize", "maxSize", "careShare",
                                                           "withoutCommonRoom", "acceptsCare", "town", "minGenerations",
                                                           "minClientsPerSite"].joined(separator: ", ")))
        }
        func fields() throws -> KeyedDecodingContainer<Field> { try container.nestedContainer(keyedBy: Field.self, forKey: kind) }
        switch kind {
        case .capacity: self = .capacity(try container.decode(CapacityChange.self, forKey: .capacity))
        case .site: self = .site(try container.decode(SiteEdit.self, forKey: .site))
        case .minSize: self = .minSize(group: try fields().decode(GroupID.self, forKey: .group),
                                       to: try fields().decode(Int.self, forKey: .to))
        case .maxSize: self = .maxSize(group: try fields().decode(GroupID.self, forKey: .group),
                                       to: try fields().decode(Int.self, forKey: .to))
        case .careShare: self = .careShare(group: try fields().decode(GroupID.self, forKey: .group),
                                           min: try fields().decode(Double.self, forKey: .min),
                                           max: try fields().decode(Double.self, forKey: .max))
        case .withoutCommonRoom: self = .withoutCommonRoom(group: try fields().decode(GroupID.self, forKey: .group))
        case .acceptsCare: self = .acceptsCare(group: try fields().decode(GroupID.self, forKey: .group),
                                               careType: try fields().decode(CareType.self, forKey: .careType))
        case .town: self = .town(group: try fields().decode(GroupID.self, forKey: .group),
                                 town: try fields().decode(Municipality.self, forKey: .town))
        case .minGenerations: self = .minGenerations(group: try fields().decode(GroupID.self, forKey: .group),
                                                     to: try fields().decode(Int.self, forKey: .to))
        case .minClientsPerSite: self = .minClientsPerSite(provider: try fields().decode(ProviderID.self, forKey: .provider),
                                                           to: try fields().decode(Int.self, forKey: .to))
        }
    }
}
