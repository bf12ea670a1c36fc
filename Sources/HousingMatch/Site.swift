/// A place where a group can live: a building or project with dwellings.
public struct Site: Sendable, Equatable, Identifiable {
    public var id: SiteID
    public var name: String
    /// The town the site is in.
    public var municipality: Municipality
    /// Number of dwellings; one household takes one.
    public var units: Int
    /// Dwellings fit for households that need an accessible one.
    public var accessibleUnits: Int
    /// Monthly rent of a dwelling.
    public var rent: Double
    /// Whether the site has a common room.
    public var commonRoom: Bool
    /// Who offers the site (a housing corporation, developer or owner).
    public var owner: String

    public init(
        id: SiteID,
        name: String = "",
        municipality: Municipality,
        units: Int,
        accessibleUnits: Int = 0,
        rent: Double,
        commonRoom: Bool = false,
        owner: String = ""
    ) {
        self.id = id
        self.name = name
        self.municipality = municipality
        self.units = units
        self.accessibleUnits = accessibleUnits
        self.rent = rent
        self.commonRoom = commonRoom
        self.owner = owner
    }

    /// The name if there is one, else the id.
    public var displayName: String { name.isEmpty ? id.rawValue : name }
}
