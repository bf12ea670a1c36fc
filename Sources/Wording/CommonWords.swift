/// Words many pages share: the four sides, their fields, yes and no.
public enum CommonWords {
    public static let groups = Message("common.groups", nl: "Woongroepen", en: "Groups")
    public static let households = Message("common.households", nl: "Huishoudens", en: "Households")
    public static let sites = Message("common.sites", nl: "Woonplekken", en: "Sites")
    public static let providers = Message("common.providers", nl: "Zorgaanbieders", en: "Care providers")
    public static let name = Message("common.name", nl: "Naam", en: "Name")
    public static let id = Message("common.id", nl: "Code", en: "Id")
    public static let town = Message("common.town", nl: "Gemeente", en: "Town")
    public static let towns = Message("common.towns", nl: "Gemeenten", en: "Towns")
    public static let anyTown = Message("common.anyTown", nl: "elke gemeente", en: "any town")
    public static let rent = Message("common.rent", nl: "Huur", en: "Rent")
    public static let maxRent = Message("common.maxRent", nl: "Maximale huur", en: "Highest rent")
    public static let dwellings = Message("common.dwellings", nl: "Woningen", en: "Dwellings")
    public static let accessibleDwellings = Message("common.accessible", nl: "Toegankelijke woningen", en: "Accessible dwellings")
    public static let commonRoom = Message("common.commonRoom", nl: "Gemeenschappelijke ruimte", en: "Common room")
    public static let members = Message("common.members", nl: "Leden", en: "Members")
    public static let site = Message("common.site", nl: "Woonplek", en: "Site")
    public static let group = Message("common.group", nl: "Woongroep", en: "Group")
    public static let household = Message("common.household", nl: "Huishouden", en: "Household")
    public static let provider = Message("common.provider", nl: "Zorgaanbieder", en: "Care provider")
    public static let care = Message("common.care", nl: "Zorg", en: "Care")
    public static let careType = Message("common.careType", nl: "Zorgsoort", en: "Care type")
    public static let careHours = Message("common.careHours", nl: "Zorguren per week", en: "Care hours a week")
    public static let careYes = Message("common.careYes", nl: "zorg: ja", en: "care: yes")
    public static let careNo = Message("common.careNo", nl: "geen zorg", en: "no care")
    public static let hoursAWeek = Message("common.hoursAWeek", nl: "{0} uur per week", en: "{0} hours a week")
    public static let generations = Message("common.generations", nl: "Generaties", en: "Generations")
    public static let reason = Message("common.reason", nl: "Reden", en: "Reason")
    public static let yes = Message("common.yes", nl: "ja", en: "yes")
    public static let no = Message("common.no", nl: "nee", en: "no")
    public static let none = Message("common.none", nl: "geen", en: "none")
    public static let clients = Message("common.clients", nl: "cliënten", en: "clients")
    public static let capacity = Message("common.capacity", nl: "Capaciteit", en: "Capacity")
    public static let choose = Message("common.choose", nl: "Kies", en: "Choose")
    public static let show = Message("common.show", nl: "Toon", en: "Show")
    public static let notFound = Message("common.notFound", nl: "{0} staat niet in dit scenario.", en: "{0} is not in this scenario.")

    public static let all = [groups, households, sites, providers, name, id, town, towns, anyTown, rent, maxRent,
                             dwellings, accessibleDwellings, commonRoom, members, site, group, household, provider,
                             care, careType, careHours, careYes, careNo, hoursAWeek, generations, reason, yes, no,
                             none, clients, capacity, choose, show, notFound]
}
