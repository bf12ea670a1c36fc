/// A rule of a feasible match, numbered as in MODEL.md's "What a feasible match is".
///
/// The raw value is the rule's number in MODEL.md, so that a violation can be
/// looked up there; a malformed match comes first (number 0) because a match
/// that cannot be read makes every other finding about it less certain.
public enum MatchRule: Int, Sendable, Hashable, CaseIterable, Comparable,
    CustomStringConvertible
{
    /// The match cannot be read against its scenario: an unknown id, a seeker
    /// listed twice in one group, a care arrangement without clients, and so on.
    case malformed = 0
    /// Rule 1: a seeker joins at most one group, a group takes at most one site
    /// and a site hosts at most one group.
    case assignment = 1
    /// Rule 2: a forming group's size lies between its bounds and fits its site's
    /// dwellings and accessible dwellings.
    case sizeAndCapacity = 2
    /// Rule 3: founders are members exactly when their group forms and join no
    /// other group; a group that must form does.
    case founders = 3
    /// Rule 4: a group takes only a site in a town it accepts, with a common room
    /// when it needs one.
    case groupSiteFit = 4
    /// Rule 5: a seeker joins only a group whose site and care acceptance suit
    /// the seeker, which the seeker does not exclude and which does not decline
    /// the seeker.
    case seekerFit = 5
    /// Rule 6: households that must live together share a group or stay
    /// unhoused together; households that must live apart never share a group.
    case togetherAndApart = 6
    /// Rule 7: a group's share of care-needing members, its generations and its
    /// support hours.
    case composition = 7
    /// Rule 8: every care-needing member is served by a suitable provider, within
    /// the provider's per-site bounds and capacity.
    case care = 8

    /// The rule's number in MODEL.md, or `nil` for a malformed match.
    public var number: Int? { self == .malformed ? nil : rawValue }

    /// A short title in words, for reports.
    public var title: String {
        switch self {
        case .malformed: "malformed match"
        case .assignment: "one group per seeker, one site per group, one group per site"
        case .sizeAndCapacity: "group size and site capacity"
        case .founders: "founders and groups that must form"
        case .groupSiteFit: "group fits its site"
        case .seekerFit: "seeker fits group and site"
        case .togetherAndApart: "households together and apart"
        case .composition: "group composition"
        case .care: "care provision"
        }
    }

    /// The rule's number and title, such as "rule 2 (group size and site capacity)".
    public var description: String {
        number.map { "rule \($0) (\(title))" } ?? title
    }

    /// Orders rules by their number in MODEL.md, a malformed match first.
    public static func < (lhs: MatchRule, rhs: MatchRule) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
