/// Weights of the second objective: how much a preference rank and a values overlap count.
public struct ObjectiveWeights: Sendable, Equatable, Codable {
    public var preference: Double
    public var values: Double
    public init(preference: Double = 1.0, values: Double = 0.5) {
        self.preference = preference
        self.values = values
    }

    private enum CodingKeys: String, CodingKey { case preference, values }

    // Either weight may be left out of a scenario file.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(preference: try c.decodeIfPresent(Double.self, forKey: .preference) ?? 1.0,
                  values: try c.decodeIfPresent(Double.self, forKey: .values) ?? 0.5)
    }
}

/// Everything the engine matches: seekers, groups, sites and care providers.
///
/// A scenario says what is wanted and offered; ``validationIssues()`` lists
/// what makes it unreadable as a scenario, and ``MatchEngine`` solves it.
public struct Scenario: Sendable, Equatable {
    public var name: String
    public var weights: ObjectiveWeights
    public var seekers: [Seeker]
    public var groups: [Group]
    public var sites: [Site]
    public var providers: [CareProvider]

    public init(
        name: String = "",
        weights: ObjectiveWeights = ObjectiveWeights(),
        seekers: [Seeker] = [],
        groups: [Group] = [],
        sites: [Site] = [],
        providers: [CareProvider] = []
    ) {
        self.name = name
        self.weights = weights
        self.seekers = seekers
        self.groups = groups
        self.sites = sites
        self.providers = providers
    }
}
