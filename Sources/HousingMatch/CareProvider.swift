/// A care provider that can serve care-needing members of groups.
public struct CareProvider: Sendable, Equatable, Identifiable {
    public var id: ProviderID
    public var name: String
    /// Care types the provider offers.
    public var careTypes: [CareType]
    /// Towns the provider serves; empty means any.
    public var municipalities: [Municipality]
    /// Most clients the provider serves over all groups.
    public var capacity: Int
    /// Fewest clients in one group for serving it to be viable.
    public var minClientsPerSite: Int
    /// Most clients in one group; `nil` means up to ``capacity``.
    public var maxClientsPerSite: Int?

    public init(
        id: ProviderID,
        name: String = "",
        careTypes: [CareType],
        municipalities: [Municipality] = [],
        capacity: Int,
        minClientsPerSite: Int = 1,
        maxClientsPerSite: Int? = nil
    ) {
        self.id = id
        self.name = name
        self.careTypes = careTypes
        self.municipalities = municipalities
        self.capacity = capacity
        self.minClientsPerSite = minClientsPerSite
        self.maxClientsPerSite = maxClientsPerSite
    }

    /// The name if there is one, else the id.
    public var displayName: String { name.isEmpty ? id.rawValue : name }

    /// Most clients in one group, with the default (``capacity``) applied.
    public var effectiveMaxClientsPerSite: Int { maxClientsPerSite ?? capacity }

    /// Whether the provider serves a town (an empty list serves every town).
    public func serves(_ municipality: Municipality) -> Bool {
        municipalities.isEmpty || municipalities.contains(municipality)
    }
}
