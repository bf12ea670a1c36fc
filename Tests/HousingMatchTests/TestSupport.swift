import HousingMatch

/// Small builders so each test scenario reads like its description.
enum Build {
    static func seeker(
        _ id: String, _ generations: [String] = ["adult"], care: String? = nil, hours: Double = 4,
        accessible: Bool = false, maxRent: Double? = nil, towns: [String] = [], preferences: [String] = [],
        excludes: [String] = [], tags: [String] = [], support: Double = 0, priority: Double = 1,
        together: [String] = [], apart: [String] = []
    ) -> Seeker {
        Seeker(id: SeekerID(id), generations: generations,
               care: care.map { Seeker.CareNeed(type: $0, hours: hours) }, needsAccessible: accessible,
               maxRent: maxRent, municipalities: towns, preferences: preferences.map { GroupID($0) },
               excludes: excludes.map { GroupID($0) }, tags: tags, supportHours: support, priority: priority,
               together: together.map { SeekerID($0) }, apart: apart.map { SeekerID($0) })
    }

    static func group(
        _ id: String, min: Int = 1, max: Int = 10, founders: [String] = [], mustForm: Bool = false,
        towns: [String] = [], acceptsCare: [String]? = nil, careShare: (Double, Double) = (0, 1),
        minGenerations: Int = 1, supportRatio: Double = 0, commonRoom: Bool = false,
        values: [String] = [], declines: [String] = []
    ) -> Group {
        Group(id: GroupID(id), minSize: min, maxSize: max, founders: founders.map { SeekerID($0) },
              mustForm: mustForm, municipalities: towns, acceptsCare: acceptsCare,
              careShare: Group.CareShare(min: careShare.0, max: careShare.1), minGenerations: minGenerations,
              supportRatio: supportRatio, needsCommonRoom: commonRoom, values: values,
              declines: declines.map { SeekerID($0) })
    }

    static func site(
        _ id: String, town: String = "Houten", units: Int = 10, accessible: Int = 0,
        rent: Double = 800, commonRoom: Bool = false
    ) -> Site {
        Site(id: SiteID(id), municipality: town, units: units, accessibleUnits: accessible, rent: rent,
             commonRoom: commonRoom)
    }

    static func provider(
        _ id: String, types: [String], towns: [String] = [], capacity: Int = 10,
        minClients: Int = 1, maxClients: Int? = nil
    ) -> CareProvider {
        CareProvider(id: ProviderID(id), careTypes: types, municipalities: towns, capacity: capacity,
                     minClientsPerSite: minClients, maxClientsPerSite: maxClients)
    }
}

extension MatchResult {
    /// Members of a group in the match, sorted, or `nil` when it does not form.
    func members(of group: String) -> [String]? {
        match.groups.first { $0.id.rawValue == group }.map { $0.members.map(\.rawValue).sorted() }
    }

    func site(of group: String) -> String? {
        match.groups.first { $0.id.rawValue == group }?.site.rawValue
    }

    var housedCount: Int { match.groups.reduce(0) { $0 + $1.members.count } }

    func reason(for seeker: String) -> String? {
        unassigned.first { $0.seeker.rawValue == seeker }?.reason
    }
}
