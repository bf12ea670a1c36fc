import HousingMatch

/// One household's line in the export: where the match places it, or why not.
///
/// Care type and hours are filled only when the export shows care details:
/// a row never carries them otherwise, so no writer can let them slip out.
public struct HouseholdRow: Sendable, Equatable {
    public var household: SeekerID
    /// The name from the key file, when one is given.
    public var name: String?
    public var group: Group?
    public var site: Site?
    /// The providers that serve this household's care type in its group (one, as a rule).
    public var providers: [CareProvider]
    public var isFounder: Bool
    public var careType: CareType?
    public var careHours: Double?
    /// Why the household has no place, in the export's language, care words kept back unless shown.
    public var reason: String?

    public init(household: SeekerID, name: String? = nil, group: Group? = nil, site: Site? = nil,
                providers: [CareProvider] = [], isFounder: Bool = false, careType: CareType? = nil,
                careHours: Double? = nil, reason: String? = nil) {
        self.household = household
        self.name = name
        self.group = group
        self.site = site
        self.providers = providers
        self.isFounder = isFounder
        self.careType = careType
        self.careHours = careHours
        self.reason = reason
    }
}
