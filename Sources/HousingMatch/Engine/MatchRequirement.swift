/// A condition a what-if solve adds to MODEL.md's rules: this household must
/// be housed, must join this group; this group must form, at this site.
///
/// Explanations ask such questions ("what would it cost to place h17 in
/// g2?"): the answer is the best match that meets the requirement, compared
/// with the best match without it. A requirement no match can meet (a pair
/// the hard filters rule out) makes the solve infeasible, which is the answer.
public enum MatchRequirement: Sendable, Hashable {
    /// The household joins some group.
    case housed(SeekerID)
    /// The household joins this group.
    case joins(SeekerID, GroupID)
    /// The group forms, at some site.
    case forms(GroupID)
    /// The group forms at this site.
    case takes(GroupID, SiteID)

    /// Whether a match meets the requirement, judged from the match alone.
    public func isMet(by match: Match) -> Bool {
        switch self {
        case .housed(let seeker): match.groups.contains { $0.members.contains(seeker) }
        case .joins(let seeker, let group): match.groups.contains { $0.id == group && $0.members.contains(seeker) }
        case .forms(let group): match.groups.contains { $0.id == group }
        case .takes(let group, let site): match.groups.contains { $0.id == group && $0.site == site }
        }
    }
}

extension MatchRequirement: CustomStringConvertible {
    /// "h17 joins g2", in the words of an explanation.
    public var description: String {
        switch self {
        case .housed(let seeker): "\(seeker) is housed"
        case .joins(let seeker, let group): "\(seeker) joins \(group)"
        case .forms(let group): "\(group) forms"
        case .takes(let group, let site): "\(group) takes \(site)"
        }
    }
}

/// In JSON each requirement is an object named by its kind, with named
/// fields: `{"takes": {"group": "g1", "site": "s1"}}`, not Swift's `_0`/`_1`.
extension MatchRequirement: Codable {
    private enum Kind: String, CodingKey { case housed, joins, forms, takes }
    private enum Field: String, CodingKey { case seeker, group, site }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Kind.self)
        switch self {
        case .housed(let seeker):
            var fields = container.nestedContainer(keyedBy: Field.self, forKey: .housed)
            try fields.encode(seeker, forKey: .seeker)
        case .joins(let seeker, let group):
            var fields = container.nestedContainer(keyedBy: Field.self, forKey: .joins)
            try fields.encode(seeker, forKey: .seeker)
            try fields.encode(group, forKey: .group)
        case .forms(let group):
            var fields = container.nestedContainer(keyedBy: Field.self, forKey: .forms)
            try fields.encode(group, forKey: .group)
        case .takes(let group, let site):
            var fields = container.nestedContainer(keyedBy: Field.self, forKey: .takes)
            try fields.encode(group, forKey: .group)
            try fields.encode(site, forKey: .site)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Kind.self)
        guard let kind = container.allKeys.first, container.allKeys.count == 1 else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "a requirement is one of housed, joins, forms or takes"))
        }
        let fields = try container.nestedContainer(keyedBy: Field.self, forKey: kind)
        switch kind {
        case .housed: self = .housed(try fields.decode(SeekerID.self, forKey: .seeker))
        case .joins: self = .joins(try fields.decode(SeekerID.self, forKey: .seeker),
                                   try fields.decode(GroupID.self, forKey: .group))
        case .forms: self = .forms(try fields.decode(GroupID.self, forKey: .group))
        case .takes: self = .takes(try fields.decode(GroupID.self, forKey: .group),
                                   try fields.decode(SiteID.self, forKey: .site))
        }
    }
}
