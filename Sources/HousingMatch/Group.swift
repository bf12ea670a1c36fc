/// A housing group being founded, such as a "woongroep-plus".
public struct Group: Sendable, Equatable, Identifiable {
    /// Bounds on the share of care-needing members, as fractions of all members.
    public struct CareShare: Sendable, Equatable, Codable {
        public var min: Double
        public var max: Double
        public init(min: Double = 0, max: Double = 1) {
            self.min = min
            self.max = max
        }

        private enum CodingKeys: String, CodingKey { case min, max }

        // Either bound may be left out of a scenario file.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(min: try c.decodeIfPresent(Double.self, forKey: .min) ?? 0,
                      max: try c.decodeIfPresent(Double.self, forKey: .max) ?? 1)
        }
    }

    public var id: GroupID
    /// A name people recognise.
    public var name: String
    /// Fewest members the group can work with when it forms.
    public var minSize: Int
    /// Most members the group wants.
    public var maxSize: Int
    /// Households founding the group: members exactly when it forms.
    public var founders: [SeekerID]
    /// Whether the group must form in every match.
    public var mustForm: Bool
    /// Towns where the group will live; empty means any.
    public var municipalities: [Municipality]
    /// Care types the group accepts; `nil` accepts every type.
    public var acceptsCare: [CareType]?
    /// Share of care-needing members the group wants.
    public var careShare: CareShare
    /// Fewest distinct generations among the members.
    public var minGenerations: Int
    /// Members' support hours must add up to at least this times their care hours.
    public var supportRatio: Double
    /// Whether the group needs a site with a common room.
    public var needsCommonRoom: Bool
    /// What the group stands for, compared with seekers' tags.
    public var values: [String]
    /// Households the founders do not want to join them.
    public var declines: [SeekerID]

    public init(
        id: GroupID,
        name: String = "",
        minSize: Int,
        maxSize: Int,
        founders: [SeekerID] = [],
        mustForm: Bool = false,
        municipalities: [Municipality] = [],
        acceptsCare: [CareType]? = nil,
        careShare: CareShare = CareShare(),
        minGenerations: Int = 1,
        supportRatio: Double = 0,
        needsCommonRoom: Bool = false,
        values: [String] = [],
        declines: [SeekerID] = []
    ) {
        self.id = id
        self.name = name
        self.minSize = minSize
        self.maxSize = maxSize
        self.founders = founders
        self.mustForm = mustForm
        self.municipalities = municipalities
        self.acceptsCare = acceptsCare
        self.careShare = careShare
        self.minGenerations = minGenerations
        self.supportRatio = supportRatio
        self.needsCommonRoom = needsCommonRoom
        self.values = values
        self.declines = declines
    }

    /// The name if there is one, else the id.
    public var displayName: String { name.isEmpty ? id.rawValue : name }

    /// Whether the group accepts a town (an empty list accepts every town).
    public func accepts(_ municipality: Municipality) -> Bool {
        municipalities.isEmpty || municipalities.contains(municipality)
    }

    /// Whether the group accepts members with this care type.
    public func accepts(careType: CareType) -> Bool {
        acceptsCare?.contains(careType) ?? true
    }
}
