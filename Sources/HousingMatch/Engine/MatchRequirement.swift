/// A condition a what-if solve adds to MODEL.md's rules: this household must
/// be housed, must join this group; this group must form, at this site.
///
/// Explanations ask such questions ("what would it cost to place h17 in
/// g2?"): the answer is the best match that meets the requirement, compared
/// with the best match without it. A requirement no match can meet (a pair
/// the hard filters rule out) makes the solve infeasible, which is the answer.
public enum MatchRequirement: Sendable, Hashable, Codable {
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
