import HousingMatch
import Wording

/// Every field of MODEL.md for each side, in the order the file gives them.
enum DataSchemas {
    static let households = SideSchema(
        side: .households, list: \Scenario.seekers, id: { $0.id.rawValue }, blank: Seeker(id: "", generations: []),
        fields: householdsFields)

    static let householdsFields: [DataField<Seeker>] = [
            .text("id", CommonWords.id, hint: DataWords.idHint, required: true, { $0.id.rawValue }, { $0.id = SeekerID($1) }),
            .list("generations", CommonWords.generations, hint: DataWords.generationsHint, { $0.generations }, { $0.generations = $1 }),
            DataField(key: "care.type", label: CommonWords.careType, kind: .careType, isCare: true,
                      get: { .text($0.care?.type ?? "") },
                      set: { seeker, value in
                          guard case .text(let type) = value else { return }
                          seeker.care = type.isEmpty ? nil : Seeker.CareNeed(type: type, hours: seeker.care?.hours ?? 0)
                      }),
            DataField(key: "care.hours", label: CommonWords.careHours, hint: DataWords.hoursHint, kind: .number(optional: true),
                      isCare: true, get: { .number($0.care?.hours) },
                      set: { seeker, value in
                          guard case .number(let hours) = value, seeker.care != nil else { return }
                          seeker.care?.hours = hours ?? 0
                      }),
            .flag("needsAccessible", DataWords.needsAccessible, { $0.needsAccessible }, { $0.needsAccessible = $1 }),
            .number("maxRent", DataWords.maxRent, hint: DataWords.maxRentHint, optional: true, { $0.maxRent }, { $0.maxRent = $1 }),
            .list("municipalities", CommonWords.towns, hint: DataWords.blankAnyTown, { $0.municipalities }, { $0.municipalities = $1 }),
            .list("preferences", DataWords.preferences, hint: DataWords.orderHint,
                   { $0.preferences.map(\.rawValue) }, { $0.preferences = $1.map { GroupID($0) } }),
            .list("excludes", DataWords.excludes, hint: DataWords.listHint,
                   { $0.excludes.map(\.rawValue) }, { $0.excludes = $1.map { GroupID($0) } }),
            .list("tags", DataWords.tags, hint: DataWords.listHint, { $0.tags }, { $0.tags = $1 }),
            .number("supportHours", DataWords.supportHours, hint: DataWords.hoursHint, optional: true, { $0.supportHours }, { $0.supportHours = $1 ?? 0 }),
            .number("priority", DataWords.priority, hint: DataWords.priorityHint, optional: true, { $0.priority }, { $0.priority = $1 ?? 1 }),
            .list("together", DataWords.together, hint: DataWords.listHint,
                   { $0.together.map(\.rawValue) }, { $0.together = $1.map { SeekerID($0) } }),
            .list("apart", DataWords.apart, hint: DataWords.listHint,
                   { $0.apart.map(\.rawValue) }, { $0.apart = $1.map { SeekerID($0) } }),
    ]

    static let groups = SideSchema(
        side: .groups, list: \Scenario.groups, id: { $0.id.rawValue }, blank: Group(id: "", minSize: 1, maxSize: 1),
        fields: groupsFields)

    static let groupsFields: [DataField<Group>] = [
            .text("id", CommonWords.id, hint: DataWords.idHint, required: true, { $0.id.rawValue }, { $0.id = GroupID($1) }),
            .text("name", CommonWords.name, { $0.name }, { $0.name = $1 }),
            .whole("minSize", DataWords.minSize, { $0.minSize }, { $0.minSize = $1 ?? $0.minSize }),
            .whole("maxSize", DataWords.maxSize, { $0.maxSize }, { $0.maxSize = $1 ?? $0.maxSize }),
            .list("founders", DataWords.founders, hint: DataWords.listHint,
                   { $0.founders.map(\.rawValue) }, { $0.founders = $1.map { SeekerID($0) } }),
            .flag("mustForm", DataWords.mustForm, { $0.mustForm }, { $0.mustForm = $1 }),
            .list("municipalities", CommonWords.towns, hint: DataWords.blankAnyTown, { $0.municipalities }, { $0.municipalities = $1 }),
            DataField(key: "acceptsCare", label: DataWords.acceptsCare, hint: DataWords.blankEveryCare, kind: .listOrEvery,
                      get: { .optionalList($0.acceptsCare) },
                      set: { group, value in if case .optionalList(let types) = value { group.acceptsCare = types } }),
            .share("careShare.min", DataWords.careShareMin, { $0.careShare.min }, { $0.careShare.min = $1 ?? 0 }),
            .share("careShare.max", DataWords.careShareMax, { $0.careShare.max }, { $0.careShare.max = $1 ?? 1 }),
            .whole("minGenerations", DataWords.minGenerations, optional: true, { $0.minGenerations }, { $0.minGenerations = $1 ?? 1 }),
            .number("supportRatio", DataWords.supportRatio, optional: true, { $0.supportRatio }, { $0.supportRatio = $1 ?? 0 }),
            .flag("needsCommonRoom", DataWords.needsCommonRoom, { $0.needsCommonRoom }, { $0.needsCommonRoom = $1 }),
            .list("values", DataWords.values, hint: DataWords.listHint, { $0.values }, { $0.values = $1 }),
            .list("declines", DataWords.declines, hint: DataWords.listHint,
                   { $0.declines.map(\.rawValue) }, { $0.declines = $1.map { SeekerID($0) } }),
    ]

    static let sites = SideSchema(
        side: .sites, list: \Scenario.sites, id: { $0.id.rawValue },
        blank: Site(id: "", municipality: "", units: 0, rent: 0),
        fields: sitesFields)

    static let sitesFields: [DataField<Site>] = [
            .text("id", CommonWords.id, hint: DataWords.idHint, required: true, { $0.id.rawValue }, { $0.id = SiteID($1) }),
            .text("name", CommonWords.name, { $0.name }, { $0.name = $1 }),
            .text("municipality", CommonWords.town, required: true, { $0.municipality }, { $0.municipality = $1 }),
            .whole("units", CommonWords.dwellings, { $0.units }, { $0.units = $1 ?? $0.units }),
            .whole("accessibleUnits", CommonWords.accessibleDwellings, optional: true, { $0.accessibleUnits }, { $0.accessibleUnits = $1 ?? 0 }),
            .number("rent", CommonWords.rent, hint: DataWords.eurosHint, { $0.rent }, { $0.rent = $1 ?? $0.rent }),
            .flag("commonRoom", CommonWords.commonRoom, { $0.commonRoom }, { $0.commonRoom = $1 }),
            .text("owner", DataWords.owner, { $0.owner }, { $0.owner = $1 }),
    ]

    static let providers = SideSchema(
        side: .providers, list: \Scenario.providers, id: { $0.id.rawValue },
        blank: CareProvider(id: "", careTypes: [], capacity: 0),
        fields: providersFields)

    static let providersFields: [DataField<CareProvider>] = [
            .text("id", CommonWords.id, hint: DataWords.idHint, required: true, { $0.id.rawValue }, { $0.id = ProviderID($1) }),
            .text("name", CommonWords.name, { $0.name }, { $0.name = $1 }),
            .list("careTypes", DataWords.careTypes, hint: DataWords.listHint, { $0.careTypes }, { $0.careTypes = $1 }),
            .list("municipalities", CommonWords.towns, hint: DataWords.blankAnyTown, { $0.municipalities }, { $0.municipalities = $1 }),
            .whole("capacity", CommonWords.capacity, { $0.capacity }, { $0.capacity = $1 ?? $0.capacity }),
            .whole("minClientsPerSite", DataWords.minClientsPerSite, optional: true, { $0.minClientsPerSite }, { $0.minClientsPerSite = $1 ?? 1 }),
            .whole("maxClientsPerSite", DataWords.maxClientsPerSite, hint: DataWords.blankCapacity, optional: true,
                    { $0.maxClientsPerSite }, { $0.maxClientsPerSite = $1 }),
    ]
}

/// Short ways to write the usual kinds of field.
extension DataField {
    static func text(_ key: String, _ label: Message, hint: Message? = nil, required: Bool = false,
                     _ get: @escaping @Sendable (Entity) -> String,
                     _ set: @escaping @Sendable (inout Entity, String) -> Void) -> DataField {
        DataField(key: key, label: label, hint: hint, kind: required ? .requiredText : .text,
                  get: { .text(get($0)) }, set: { entity, value in if case .text(let text) = value { set(&entity, text) } })
    }

    static func list(_ key: String, _ label: Message, hint: Message? = nil,
                     _ get: @escaping @Sendable (Entity) -> [String],
                     _ set: @escaping @Sendable (inout Entity, [String]) -> Void) -> DataField {
        DataField(key: key, label: label, hint: hint, kind: .list,
                  get: { .list(get($0)) }, set: { entity, value in if case .list(let items) = value { set(&entity, items) } })
    }

    static func flag(_ key: String, _ label: Message,
                     _ get: @escaping @Sendable (Entity) -> Bool,
                     _ set: @escaping @Sendable (inout Entity, Bool) -> Void) -> DataField {
        DataField(key: key, label: label, hint: nil, kind: .flag,
                  get: { .flag(get($0)) }, set: { entity, value in if case .flag(let on) = value { set(&entity, on) } })
    }

    static func number(_ key: String, _ label: Message, hint: Message? = nil, optional: Bool = false,
                       _ get: @escaping @Sendable (Entity) -> Double?,
                       _ set: @escaping @Sendable (inout Entity, Double?) -> Void) -> DataField {
        DataField(key: key, label: label, hint: hint, kind: .number(optional: optional),
                  get: { .number(get($0)) }, set: { entity, value in if case .number(let number) = value { set(&entity, number) } })
    }

    static func share(_ key: String, _ label: Message,
                      _ get: @escaping @Sendable (Entity) -> Double?,
                      _ set: @escaping @Sendable (inout Entity, Double?) -> Void) -> DataField {
        DataField(key: key, label: label, hint: DataWords.shareHint, kind: .share,
                  get: { .number(get($0)) }, set: { entity, value in if case .number(let number) = value { set(&entity, number) } })
    }

    static func whole(_ key: String, _ label: Message, hint: Message? = nil, optional: Bool = false,
                      _ get: @escaping @Sendable (Entity) -> Int?,
                      _ set: @escaping @Sendable (inout Entity, Int?) -> Void) -> DataField {
        DataField(key: key, label: label, hint: hint, kind: .whole(optional: optional),
                  get: { .whole(get($0)) }, set: { entity, value in if case .whole(let number) = value { set(&entity, number) } })
    }
}
