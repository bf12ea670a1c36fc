import HousingMatch
import Wording

/// A cell's value once read: what a rule puts into an entity.
enum ImportValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    case whole(Int)
    case yesNo(Bool)
    case list([String])

    var text: String { if case .text(let t) = self { return t }; return "" }
    var number: Double { switch self { case .number(let n): n; case .whole(let w): Double(w); default: 0 } }
    var whole: Int { if case .whole(let w) = self { return w }; return Int(number) }
    var yes: Bool { if case .yesNo(let b) = self { return b }; return false }
    var list: [String] { if case .list(let l) = self { return l }; return [] }
}

/// How one column fills one field of an entity, and how to read it back to see whether it changed.
struct FieldRule<Entity>: Sendable {
    let column: ImportColumn
    /// Sets the field; `nil` is an empty cell (the field's default). A message is a problem with the row.
    let apply: @Sendable (inout Entity, ImportValue?) -> Message?
    /// The field as text, compared before and after.
    let read: @Sendable (Entity) -> String

    init(_ column: ImportColumn,
         apply: @escaping @Sendable (inout Entity, ImportValue?) -> Message? ,
         read: @escaping @Sendable (Entity) -> String) {
        self.column = column
        self.apply = apply
        self.read = read
    }

    /// A rule that sets a field from the value, or to `empty` for an empty cell.
    static func plain<Value: Sendable>(
        _ column: ImportColumn, _ path: WritableKeyPath<Entity, Value> & Sendable, empty: Value,
        _ convert: @escaping @Sendable (ImportValue) -> Value
    ) -> FieldRule {
        FieldRule(column, apply: { entity, value in
            entity[keyPath: path] = value.map(convert) ?? empty
            return nil
        }, read: { String(describing: $0[keyPath: path]) })
    }

    /// A rule whose empty cell leaves a field as it is (a required field of an existing entity).
    static func kept<Value: Sendable>(
        _ column: ImportColumn, _ path: WritableKeyPath<Entity, Value> & Sendable,
        _ convert: @escaping @Sendable (ImportValue) -> Value
    ) -> FieldRule {
        FieldRule(column, apply: { entity, value in
            if let value { entity[keyPath: path] = convert(value) }
            return nil
        }, read: { String(describing: $0[keyPath: path]) })
    }
}

/// The columns of a households sheet.
enum HouseholdColumns {
    static let id = ImportColumn("id", header: "Huishouden", aliases: ["Code", "Huishoudcode", "Household", "Seeker", "Nummer"],
                                 kind: .id, example: "h101")
    static let rules: [FieldRule<Seeker>] = makeRules()

    private static func makeRules() -> [FieldRule<Seeker>] {
        var rules: [FieldRule<Seeker>] = []
        rules.append(.kept(ImportColumn("generations", header: "Generaties", aliases: ["Generatie", "Generation"], kind: .generations,
                           required: true, example: "senior"), \Seeker.generations, { $0.list }))
        rules.append(FieldRule(ImportColumn("care.type", header: "Zorgtype", aliases: ["Zorgsoort", "Zorg", "Care type", "Care"], kind: .careType,
                               example: "ouderenzorg"),
                  apply: { seeker, value in
                      guard let value else { seeker.care = nil; return nil }
                      seeker.care = Seeker.CareNeed(type: value.text, hours: seeker.care?.hours ?? 0)
                      return nil
                  }, read: { $0.care?.type ?? "" }))
        rules.append(FieldRule(ImportColumn("care.hours", header: "Zorguren", aliases: ["Zorguren per week", "Uren zorg", "Care hours"],
                               kind: .number, example: "6"),
                  apply: { seeker, value in
                      let hours = value?.number ?? 0
                      guard seeker.care != nil else { return hours == 0 ? nil : ImportWords.hoursWithoutCare }
                      seeker.care?.hours = hours
                      return nil
                  }, read: { $0.care.map { "\($0.hours)" } ?? "" }))
        rules.append(.plain(ImportColumn("needsAccessible", header: "Toegankelijk", aliases: ["Toegankelijke woning", "Toegankelijke woning nodig",
                            "Rolstoeltoegankelijk", "Accessible", "Needs accessible"], kind: .yesNo, example: "ja"),
               \Seeker.needsAccessible, empty: false, { $0.yes }))
        rules.append(.plain(ImportColumn("maxRent", header: "Max. huur", aliases: ["Maximale huur", "Max huur", "Huur max", "Max rent", "Maximum rent"],
                            kind: .amount, example: "€ 950"),
               \Seeker.maxRent, empty: nil, { $0.number }))
        rules.append(.plain(ImportColumn("municipalities", header: "Gemeenten", aliases: ["Gemeente", "Woonplaatsen", "Towns", "Town"],
                            kind: .list, example: "Houten; Bunnik"), \Seeker.municipalities, empty: [], { $0.list }))
        rules.append(.plain(ImportColumn("preferences", header: "Voorkeuren", aliases: ["Voorkeur", "Voorkeursgroepen", "Preferred groups"],
                            kind: .list, example: "g1; g2"), \Seeker.preferences, empty: [], { $0.list.map { GroupID($0) } }))
        rules.append(.plain(ImportColumn("excludes", header: "Niet bij", aliases: ["Uitgesloten", "Uitsluiten", "Niet in groep", "Excluded groups"],
                            kind: .list), \Seeker.excludes, empty: [], { $0.list.map { GroupID($0) } }))
        rules.append(.plain(ImportColumn("tags", header: "Waarden", aliases: ["Kenmerken", "Interesses", "Values"], kind: .list,
                            example: "groen; muziek"), \Seeker.tags, empty: [], { $0.list }))
        rules.append(.plain(ImportColumn("supportHours", header: "Steunuren", aliases: ["Uren steun", "Hulpuren", "Burenhulp", "Support hours"],
                            kind: .number, example: "2"), \Seeker.supportHours, empty: 0, { $0.number }))
        rules.append(.plain(ImportColumn("priority", header: "Prioriteit", aliases: ["Voorrang", "Gewicht"], kind: .number, example: "1"),
               \Seeker.priority, empty: 1, { $0.number }))
        rules.append(.plain(ImportColumn("together", header: "Samen met", aliases: ["Samen", "Together with"], kind: .list),
               \Seeker.together, empty: [], { $0.list.map { SeekerID($0) } }))
        rules.append(.plain(ImportColumn("apart", header: "Niet samen met", aliases: ["Apart van", "Apart from", "Not with"], kind: .list),
               \Seeker.apart, empty: [], { $0.list.map { SeekerID($0) } }))
        return rules
    }
}

/// The columns of a housing groups sheet.
enum GroupColumns {
    static let id = ImportColumn("id", header: "Woongroep", aliases: ["Code", "Groep", "Group", "Housing group"], kind: .id, example: "g9")
    static let rules: [FieldRule<Group>] = makeRules()

    private static func makeRules() -> [FieldRule<Group>] {
        var rules: [FieldRule<Group>] = []
        rules.append(.plain(ImportColumn("name", header: "Naam", aliases: ["Name", "Groepsnaam"], kind: .text, example: "MeerGeneraties Houten"),
               \Group.name, empty: "", { $0.text }))
        rules.append(.kept(ImportColumn("minSize", header: "Min. grootte", aliases: ["Minimale grootte", "Min grootte", "Min. huishoudens", "Min size"],
                           kind: .whole, required: true, example: "5"), \Group.minSize, { $0.whole }))
        rules.append(.kept(ImportColumn("maxSize", header: "Max. grootte", aliases: ["Maximale grootte", "Max grootte", "Max. huishoudens", "Max size"],
                           kind: .whole, required: true, example: "14"), \Group.maxSize, { $0.whole }))
        rules.append(.plain(ImportColumn("founders", header: "Initiatiefnemers", aliases: ["Oprichters", "Founders"], kind: .list),
               \Group.founders, empty: [], { $0.list.map { SeekerID($0) } }))
        rules.append(.plain(ImportColumn("mustForm", header: "Moet starten", aliases: ["Moet doorgaan", "Must form"], kind: .yesNo, example: "nee"),
               \Group.mustForm, empty: false, { $0.yes }))
        rules.append(.plain(ImportColumn("municipalities", header: "Gemeenten", aliases: ["Gemeente", "Towns", "Town"], kind: .list,
                            example: "Houten"), \Group.municipalities, empty: [], { $0.list }))
        rules.append(.plain(ImportColumn("acceptsCare", header: "Zorgtypen", aliases: ["Zorgsoorten", "Accepteert zorg", "Care types accepted",
                            "Accepts care"], kind: .careTypes, example: "ouderenzorg; VG"),
               \Group.acceptsCare, empty: nil, { $0.list }))
        rules.append(FieldRule(ImportColumn("careShare.min", header: "Min. aandeel zorg", aliases: ["Minimaal aandeel zorg", "Min care share"],
                               kind: .share, example: "20%"),
                  apply: { group, value in group.careShare.min = value?.number ?? 0; return nil },
                  read: { "\($0.careShare.min)" }))
        rules.append(FieldRule(ImportColumn("careShare.max", header: "Max. aandeel zorg", aliases: ["Maximaal aandeel zorg", "Max care share"],
                               kind: .share, example: "50%"),
                  apply: { group, value in group.careShare.max = value?.number ?? 1; return nil },
                  read: { "\($0.careShare.max)" }))
        rules.append(.plain(ImportColumn("minGenerations", header: "Min. generaties", aliases: ["Minimaal aantal generaties", "Min generations"],
                            kind: .whole, example: "2"), \Group.minGenerations, empty: 1, { $0.whole }))
        rules.append(.plain(ImportColumn("supportRatio", header: "Steun per zorguur", aliases: ["Steunverhouding", "Support ratio"], kind: .number,
                            example: "0,5"), \Group.supportRatio, empty: 0, { $0.number }))
        rules.append(.plain(ImportColumn("needsCommonRoom", header: "Gemeenschappelijke ruimte nodig", aliases: ["Gemeenschapsruimte nodig",
                            "Needs common room"], kind: .yesNo, example: "ja"), \Group.needsCommonRoom, empty: false, { $0.yes }))
        rules.append(.plain(ImportColumn("values", header: "Waarden", aliases: ["Kenmerken", "Values"], kind: .list, example: "groen"),
               \Group.values, empty: [], { $0.list }))
        rules.append(.plain(ImportColumn("declines", header: "Niet welkom", aliases: ["Afgewezen", "Declines", "Declined"], kind: .list),
               \Group.declines, empty: [], { $0.list.map { SeekerID($0) } }))
        return rules
    }
}

/// The columns of a sites sheet.
enum SiteColumns {
    static let id = ImportColumn("id", header: "Woonplek", aliases: ["Code", "Locatie", "Plek", "Project", "Site"], kind: .id, example: "s9")
    static let rules: [FieldRule<Site>] = makeRules()

    private static func makeRules() -> [FieldRule<Site>] {
        var rules: [FieldRule<Site>] = []
        rules.append(.plain(ImportColumn("name", header: "Naam", aliases: ["Name", "Projectnaam"], kind: .text, example: "Oude school"),
               \Site.name, empty: "", { $0.text }))
        rules.append(.kept(ImportColumn("municipality", header: "Gemeente", aliases: ["Plaats", "Woonplaats", "Town"], kind: .text, required: true,
                           example: "Houten"), \Site.municipality, { $0.text }))
        rules.append(.kept(ImportColumn("units", header: "Woningen", aliases: ["Aantal woningen", "Units", "Dwellings"], kind: .whole, required: true,
                           example: "12"), \Site.units, { $0.whole }))
        rules.append(.plain(ImportColumn("accessibleUnits", header: "Toegankelijke woningen", aliases: ["Aantal toegankelijke woningen",
                            "Accessible units"], kind: .whole, example: "4"), \Site.accessibleUnits, empty: 0, { $0.whole }))
        rules.append(.kept(ImportColumn("rent", header: "Huur", aliases: ["Huur per maand", "Kale huur", "Rent"], kind: .amount, required: true,
                           example: "€ 880"), \Site.rent, { $0.number }))
        rules.append(.plain(ImportColumn("commonRoom", header: "Gemeenschappelijke ruimte", aliases: ["Gemeenschapsruimte", "Common room"],
                            kind: .yesNo, example: "ja"), \Site.commonRoom, empty: false, { $0.yes }))
        rules.append(.plain(ImportColumn("owner", header: "Eigenaar", aliases: ["Corporatie", "Verhuurder", "Owner"], kind: .text,
                            example: "Woningcorporatie A"), \Site.owner, empty: "", { $0.text }))
        return rules
    }
}

/// The columns of a care providers sheet.
enum ProviderColumns {
    static let id = ImportColumn("id", header: "Zorgaanbieder", aliases: ["Code", "Aanbieder", "Provider", "Care provider"], kind: .id,
                                 example: "c9")
    static let rules: [FieldRule<CareProvider>] = makeRules()

    private static func makeRules() -> [FieldRule<CareProvider>] {
        var rules: [FieldRule<CareProvider>] = []
        rules.append(.plain(ImportColumn("name", header: "Naam", aliases: ["Name"], kind: .text, example: "Zorg aan de Kromme Rijn"),
               \CareProvider.name, empty: "", { $0.text }))
        rules.append(.kept(ImportColumn("careTypes", header: "Zorgtypen", aliases: ["Zorgsoorten", "Care types"], kind: .careTypes, required: true,
                           example: "VG; GGZ"), \CareProvider.careTypes, { $0.list }))
        rules.append(.plain(ImportColumn("municipalities", header: "Gemeenten", aliases: ["Gemeente", "Werkgebied", "Towns", "Town"], kind: .list,
                            example: "Houten; Bunnik"), \CareProvider.municipalities, empty: [], { $0.list }))
        rules.append(.kept(ImportColumn("capacity", header: "Capaciteit", aliases: ["Aantal plaatsen", "Plaatsen", "Capacity"], kind: .whole,
                           required: true, example: "10"), \CareProvider.capacity, { $0.whole }))
        rules.append(.plain(ImportColumn("minClientsPerSite", header: "Min. cliënten per plek", aliases: ["Minimaal cliënten per plek",
                            "Min clients per site"], kind: .whole, example: "3"), \CareProvider.minClientsPerSite, empty: 1, { $0.whole }))
        rules.append(.plain(ImportColumn("maxClientsPerSite", header: "Max. cliënten per plek", aliases: ["Maximaal cliënten per plek",
                            "Max clients per site"], kind: .whole, example: "6"), \CareProvider.maxClientsPerSite, empty: nil, { $0.whole }))
        return rules
    }
}
