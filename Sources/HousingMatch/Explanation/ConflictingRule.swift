/// One rule or fact of a scenario, named in the explanation of an infeasible
/// scenario: one of a smallest set that cannot all hold together.
public struct ConflictingRule: Sendable, Equatable, Hashable, Codable {
    /// What kind of rule or fact it is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        // The group's own rules.
        case mustForm, minimumSize, maximumSize, founder, groupTowns, commonRoom, acceptedCare,
             careShareMinimum, careShareMaximum, generations, support, declines
        // The household's wishes and needs (of founders and those who must come along).
        case householdTowns, rentLimit, excludes, accessibleNeed, careNeed, together, apart
        // What a site offers.
        case dwellings, accessibleDwellings, rent, noCommonRoom
        // What a care provider offers.
        case providerCapacity, providerMinimum, providerMaximum, providerTowns
    }

    public var kind: Kind
    /// The ids the rule is about: a group, a household, a site, a provider, or two of them.
    public var subjects: [String]
    /// The rule in words: "g2 (Hofje aan de Laan) must form", "s3 (Houten) has 4 dwellings".
    public var statement: String

    public init(kind: Kind, subjects: [String], statement: String) {
        self.kind = kind
        self.subjects = subjects
        self.statement = statement
    }
}
