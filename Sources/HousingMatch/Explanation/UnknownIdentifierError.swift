/// A seeker, group, site or provider id that the scenario does not have: bad input, thrown.
public struct UnknownIdentifierError: Error, Sendable, Equatable, CustomStringConvertible {
    /// "seeker", "group", "site" or "provider".
    public var side: String
    public var id: String
    /// The ids the scenario does have, for the message.
    public var known: [String]

    public init(side: String, id: String, known: [String]) {
        self.side = side
        self.id = id
        self.known = known
    }

    public var description: String {
        "no \(side) has id \"\(id)\"" + (known.isEmpty ? "" : " (the scenario has " + known.prefix(12).joined(separator: ", ")
            + (known.count > 12 ? ", …" : "") + ")")
    }
}

extension UnknownIdentifierError {
    public static func seeker(_ id: SeekerID, in scenario: Scenario) -> Self {
        Self(side: "seeker", id: id.rawValue, known: scenario.seekers.map(\.id.rawValue))
    }

    public static func group(_ id: GroupID, in scenario: Scenario) -> Self {
        Self(side: "group", id: id.rawValue, known: scenario.groups.map(\.id.rawValue))
    }

    public static func site(_ id: SiteID, in scenario: Scenario) -> Self {
        Self(side: "site", id: id.rawValue, known: scenario.sites.map(\.id.rawValue))
    }

    public static func provider(_ id: ProviderID, in scenario: Scenario) -> Self {
        Self(side: "provider", id: id.rawValue, known: scenario.providers.map(\.id.rawValue))
    }
}
