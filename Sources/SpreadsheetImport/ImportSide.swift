import Wording

/// Which of a scenario's four lists a sheet's rows go to.
public enum ImportSide: String, Sendable, CaseIterable, Hashable {
    case households
    case groups
    case sites
    case providers

    /// The scenario key of the list: `seekers`, `groups`, `sites`, `providers`.
    public var scenarioKey: String {
        switch self {
        case .households: "seekers"
        case .groups: "groups"
        case .sites: "sites"
        case .providers: "providers"
        }
    }

    /// The side's name in the plural, as a sentence says it ("huishoudens").
    public var words: Message {
        switch self {
        case .households: ImportWords.households
        case .groups: ImportWords.groups
        case .sites: ImportWords.sites
        case .providers: ImportWords.providers
        }
    }

    /// The columns a sheet of this side may have, id first, in template order.
    public var columns: [ImportColumn] {
        switch self {
        case .households: [HouseholdColumns.id] + HouseholdColumns.rules.map(\.column)
        case .groups: [GroupColumns.id] + GroupColumns.rules.map(\.column)
        case .sites: [SiteColumns.id] + SiteColumns.rules.map(\.column)
        case .providers: [ProviderColumns.id] + ProviderColumns.rules.map(\.column)
        }
    }

    /// The columns with personal data that never enter the scenario: a household's
    /// name and contact details; on the other sides only contact details (their name is their name).
    public var personalColumns: [PersonalColumn] {
        self == .households ? PersonalColumn.allCases : PersonalColumn.allCases.filter { $0 != .name }
    }
}

/// A column with personal data: read for the key file, never put in a scenario.
public enum PersonalColumn: String, Sendable, CaseIterable, Hashable {
    case name
    case email
    case phone
    case address

    /// The headers that name it, Dutch and English.
    public var headers: [String] {
        switch self {
        case .name: ["Naam", "Name", "Volledige naam", "Voornaam", "Achternaam", "Contactpersoon", "Full name", "First name", "Last name"]
        case .email: ["E-mail", "Email", "E-mailadres", "Mail", "Email address"]
        case .phone: ["Telefoon", "Telefoonnummer", "Tel", "Mobiel", "Phone", "Telephone", "Mobile"]
        case .address: ["Adres", "Postcode", "Straat", "Huisnummer", "Address", "Postal code", "Zip code", "Street"]
        }
    }
}
