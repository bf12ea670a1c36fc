/// One broken rule of a match, worded so that a founder can read it.
///
/// Messages name seekers, groups, sites and providers by id and say nothing
/// about a household's health beyond its care type and hours.
public struct RuleViolation: Sendable, Equatable, CustomStringConvertible {
    /// The rule that is broken.
    public var rule: MatchRule
    /// A full sentence with the ids and numbers involved, such as
    /// "h5 and h30 must live apart, but both join g1".
    public var message: String
    /// The group the violation is about, if it is about one.
    public var group: GroupID?
    /// The seeker the violation is about, if it is about one.
    public var seeker: SeekerID?

    /// Creates a violation of a rule, optionally tied to a group and a seeker.
    public init(rule: MatchRule, message: String, group: GroupID? = nil, seeker: SeekerID? = nil) {
        self.rule = rule
        self.message = message
        self.group = group
        self.seeker = seeker
    }

    /// The rule followed by the message, such as "rule 6 (households together
    /// and apart): h5 and h30 must live apart, but both join g1".
    public var description: String { "\(rule): \(message)" }
}
