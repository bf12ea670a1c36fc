import Wording

/// One more of something a site or a care provider offers: the changes that
/// ``SensitivityAnalysis`` tries one at a time.
public enum CapacityChange: Sendable, Equatable, Hashable, Codable {
    /// One more ordinary dwelling at a site (`units` + 1).
    case dwelling(SiteID)
    /// One more dwelling at a site, and it is accessible (`units` and `accessibleUnits` + 1).
    case accessibleDwelling(SiteID)
    /// One more client a care provider can serve (`capacity` + 1).
    case carePlace(ProviderID)

    /// Every change worth asking about in a scenario: both kinds of dwelling
    /// at each site, then a care place at each provider, in the scenario's order.
    public static func all(in scenario: Scenario) -> [CapacityChange] {
        scenario.sites.flatMap { [.dwelling($0.id), .accessibleDwelling($0.id)] }
            + scenario.providers.map { .carePlace($0.id) }
    }

    /// The scenario with this change made, or `nil` when it names no site or provider of the scenario.
    public func applied(to scenario: Scenario) -> Scenario? {
        var changed = scenario
        switch self {
        case .dwelling(let site):
            guard let i = changed.sites.firstIndex(where: { $0.id == site }) else { return nil }
            changed.sites[i].units += 1
        case .accessibleDwelling(let site):
            guard let i = changed.sites.firstIndex(where: { $0.id == site }) else { return nil }
            changed.sites[i].units += 1
            changed.sites[i].accessibleUnits += 1
        case .carePlace(let provider):
            guard let i = changed.providers.firstIndex(where: { $0.id == provider }) else { return nil }
            changed.providers[i].capacity += 1
        }
        return changed
    }

    /// "one more accessible dwelling at Oude school (s1)".
    public func description(in scenario: Scenario) -> String {
        sentence(in: scenario).text(in: .en)
    }

    /// The change as a sentence, to say it in any language: "één toegankelijke woning meer op Oude school (s1)".
    public func sentence(in scenario: Scenario) -> Sentence {
        switch self {
        case .dwelling(let id):
            Sentence(ProviderWords.oneMoreDwelling, .plain(Self.label(id.rawValue, scenario.sites.first { $0.id == id }?.name)))
        case .accessibleDwelling(let id):
            Sentence(ProviderWords.oneMoreAccessible,
                     .plain(Self.label(id.rawValue, scenario.sites.first { $0.id == id }?.name)))
        case .carePlace(let id):
            Sentence(ProviderWords.oneMoreCarePlace,
                     .plain(Self.label(id.rawValue, scenario.providers.first { $0.id == id }?.name)))
        }
    }

    private static func label(_ id: String, _ name: String?) -> String {
        guard let name, !name.isEmpty, name != id else { return id }
        return "\(name) (\(id))"
    }

    private enum CodingKeys: String, CodingKey { case kind, site, provider }
    private enum Kind: String, Codable { case dwelling, accessibleDwelling, carePlace }

    // {"kind": "accessibleDwelling", "site": "s1"}: flat, for a web front end.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .dwelling(let site): try c.encode(Kind.dwelling, forKey: .kind); try c.encode(site, forKey: .site)
        case .accessibleDwelling(let site):
            try c.encode(Kind.accessibleDwelling, forKey: .kind); try c.encode(site, forKey: .site)
        case .carePlace(let provider): try c.encode(Kind.carePlace, forKey: .kind); try c.encode(provider, forKey: .provider)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(Kind.self, forKey: .kind) {
        case .dwelling: self = .dwelling(try c.decode(SiteID.self, forKey: .site))
        case .accessibleDwelling: self = .accessibleDwelling(try c.decode(SiteID.self, forKey: .site))
        case .carePlace: self = .carePlace(try c.decode(ProviderID.self, forKey: .provider))
        }
    }
}
