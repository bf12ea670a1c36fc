/// One hard filter of MODEL.md that keeps a household out of a group, or out
/// of one of the group's possible sites, with its words.
///
/// The kind is for programs (a web front end can group or colour by it); the
/// text is for people. Neither names anything about a household beyond its
/// id, towns, rent limit and care type.
public struct HardFilterReason: Sendable, Equatable, Hashable, Codable {
    /// Which filter it is.
    public enum Kind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        // Between the household and the group as a whole (rules 3, 5 and 6).
        /// The household lists the group in its `excludes`.
        case excluded
        /// The group's founders decline the household.
        case declined
        /// The group does not accept the household's care type.
        case careType
        /// The household founds another group, and founders join no other.
        case foundsAnotherGroup
        /// The group only lives in towns the household does not accept.
        case outsideTowns
        /// The group has no possible site at all (its founders, towns, size, common room).
        case groupCannotForm
        /// None of the group's possible sites suits the household (the site reasons say why).
        case noSuitableSite
        /// A household it must live with (`together`) cannot join the group.
        case togetherPartnerCannotJoin
        /// A founder of the group is a household it must live apart from (`apart`).
        case apartFromFounder
        // Between the household and one site (rules 5 and 8).
        /// The site's rent is above the household's `maxRent`.
        case rentAboveLimit
        /// The site is in a town the household does not accept.
        case townNotAccepted
        /// The household needs an accessible dwelling and the site has none.
        case noAccessibleDwelling
        /// No care provider of the household's care type serves the site's town.
        case noCareProvider
    }

    public var kind: Kind
    /// The reason in words, such as "rent 900 above their limit of 850".
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}
