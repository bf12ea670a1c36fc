/// A household looking for a housing group. One household takes one dwelling.
///
/// Seekers are pseudonymous: an id and only the attributes matching needs.
/// Health details stop at a care type and a number of hours.
public struct Seeker: Sendable, Equatable, Identifiable {
    /// A care need: which kind and how many hours a week.
    public struct CareNeed: Sendable, Equatable, Codable {
        public var type: CareType
        public var hours: Double
        public init(type: CareType, hours: Double = 0) {
            self.type = type
            self.hours = hours
        }

        private enum CodingKeys: String, CodingKey { case type, hours }

        // Hours may be left out of a scenario file.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(type: try c.decode(CareType.self, forKey: .type),
                      hours: try c.decodeIfPresent(Double.self, forKey: .hours) ?? 0)
        }
    }

    public var id: SeekerID
    /// The generations in the household; never empty.
    public var generations: [Generation]
    /// The household's care need, or `nil` when it has none.
    public var care: CareNeed?
    /// Whether the household needs an accessible dwelling.
    public var needsAccessible: Bool
    /// The highest rent the household can pay; `nil` for no limit.
    public var maxRent: Double?
    /// Towns the household accepts; empty means any.
    public var municipalities: [Municipality]
    /// Groups the household would like, most wanted first.
    public var preferences: [GroupID]
    /// Groups the household will not join.
    public var excludes: [GroupID]
    /// What matters to the household, compared with groups' values.
    public var tags: [String]
    /// Hours a week of support the household offers the others.
    public var supportHours: Double
    /// Weight of housing this household in the first objective.
    public var priority: Double
    /// Households that must join the same group or none.
    public var together: [SeekerID]
    /// Households that must never share a group with this one.
    public var apart: [SeekerID]

    public init(
        id: SeekerID,
        generations: [Generation],
        care: CareNeed? = nil,
        needsAccessible: Bool = false,
        maxRent: Double? = nil,
        municipalities: [Municipality] = [],
        preferences: [GroupID] = [],
        excludes: [GroupID] = [],
        tags: [String] = [],
        supportHours: Double = 0,
        priority: Double = 1,
        together: [SeekerID] = [],
        apart: [SeekerID] = []
    ) {
        self.id = id
        self.generations = generations
        self.care = care
        self.needsAccessible = needsAccessible
        self.maxRent = maxRent
        self.municipalities = municipalities
        self.preferences = preferences
        self.excludes = excludes
        self.tags = tags
        self.supportHours = supportHours
        self.priority = priority
        self.together = together
        self.apart = apart
    }

    /// Whether the household needs care (a `care` entry, whatever its hours).
    public var needsCare: Bool { care != nil }

    /// Whether the household accepts a town (an empty list accepts every town).
    public func accepts(_ municipality: Municipality) -> Bool {
        municipalities.isEmpty || municipalities.contains(municipality)
    }

    /// Whether the household can pay a rent.
    public func canPay(_ rent: Double) -> Bool {
        maxRent.map { rent <= $0 } ?? true
    }
}
