/// The match as files: the column headers of the CSV and XLSX export, the
/// sheet names, and the printable lists for a founders' meeting and a care
/// coordinator (`housing-match lists`).
public enum ExportWords {
    // Column headers.
    public static let household = Message("export.household", nl: "Huishouden", en: "Household")
    public static let name = Message("export.name", nl: "Naam", en: "Name")
    public static let group = Message("export.group", nl: "Woongroep", en: "Group")
    public static let groupID = Message("export.groupID", nl: "Code woongroep", en: "Group id")
    public static let site = Message("export.site", nl: "Woonplek", en: "Site")
    public static let siteID = Message("export.siteID", nl: "Code woonplek", en: "Site id")
    public static let town = Message("export.town", nl: "Gemeente", en: "Town")
    public static let rent = Message("export.rent", nl: "Huur (€ per maand)", en: "Rent (€ a month)")
    public static let provider = Message("export.provider", nl: "Zorgaanbieder", en: "Care provider")
    public static let careType = Message("export.careType", nl: "Zorgsoort", en: "Care type")
    public static let careHours = Message("export.careHours", nl: "Zorguren per week", en: "Care hours a week")
    public static let reason = Message("export.reason", nl: "Waarom geen plek", en: "Why no place")
    public static let founder = Message("export.founder", nl: "oprichter", en: "founder")

    // Sheets and files.
    public static let everyoneSheet = Message("export.everyoneSheet", nl: "Iedereen", en: "Everyone")
    public static let groupFile = Message("export.groupFile", nl: "woongroep-{0}", en: "group-{0}")
    public static let providerFile = Message("export.providerFile", nl: "zorgaanbieder-{0}", en: "care-provider-{0}")
    public static let allGroupsFile = Message("export.allGroupsFile", nl: "alle-woongroepen", en: "all-groups")
    public static let allProvidersFile = Message("export.allProvidersFile", nl: "alle-zorgaanbieders", en: "all-care-providers")

    // The founders' list.
    public static let groupListTitle = Message("export.groupListTitle", nl: "Woongroep {0}", en: "Group {0}")
    public static let groupListLead = Message(
        "export.groupListLead", nl: "Ledenlijst voor de oprichtersvergadering, uit de match van scenario ‘{0}’.",
        en: "Member list for the founders' meeting, from the match of scenario ‘{0}’.")
    public static let siteLine = Message("export.siteLine", nl: "{0} in {1}", en: "{0} in {1}")
    public static let rentLine = Message("export.rentLine", nl: "{0} per maand", en: "{0} a month")
    public static let dwellingsLine = Message(
        "export.dwellingsLine", nl: "{0} woningen, waarvan {1} toegankelijk", en: "{0} dwellings, {1} of them accessible")
    public static let commonRoomLine = Message("export.commonRoomLine", nl: "met gemeenschappelijke ruimte", en: "with a common room")
    public static let memberCount = Message("export.memberCount", nl: "{0} leden", en: "{0} members")
    public static let number = Message("export.number", nl: "Nr.", en: "No.")
    public static let brings = Message("export.brings", nl: "Wat zij meebrengen", en: "What they bring")
    public static let supportOffered = Message(
        "export.supportOffered", nl: "biedt {0} uur hulp per week", en: "offers {0} hours of help a week")
    public static let sharedValues = Message("export.sharedValues", nl: "deelt: {0}", en: "shares: {0}")
    public static let notes = Message("export.notes", nl: "Aantekeningen", en: "Notes")
    public static let careShort = Message("export.careShort", nl: "{0}, {1} uur per week", en: "{0}, {1} hours a week")
    public static let noProvider = Message("export.noProvider", nl: "geen zorgaanbieder nodig", en: "no care provider needed")
    public static let notFormedTitle = Message(
        "export.notFormedTitle", nl: "Woongroep {0} vormt zich niet", en: "Group {0} does not form")
    public static let notFormedLead = Message(
        "export.notFormedLead",
        nl: "In deze match vormt deze woongroep zich niet. Zo staan de oprichters ervoor:",
        en: "This group does not form in this match. Where its founders stand:")
    public static let noFounders = Message("export.noFounders", nl: "Deze woongroep heeft geen oprichters.", en: "This group has no founders.")
    public static let careHiddenNote = Message(
        "export.careHiddenNote",
        nl: "Zonder zorggegevens: zorgsoort en zorguren staan niet op deze lijst.",
        en: "Without care details: care types and hours are not on this list.")
    public static let careShownNote = Message(
        "export.careShownNote",
        nl: "Met zorggegevens: vertrouwelijk, alleen voor wie ze nodig heeft.",
        en: "With care details: confidential, only for those who need them.")

    // The care coordinator's list.
    public static let providerListTitle = Message("export.providerListTitle", nl: "Zorgaanbieder {0}", en: "Care provider {0}")
    public static let providerListLead = Message(
        "export.providerListLead", nl: "Cliënten per woongroep en woonplek, uit de match van scenario ‘{0}’.",
        en: "Clients by group and site, from the match of scenario ‘{0}’.")
    public static let providerLoad = Message(
        "export.providerLoad", nl: "{0} van de {1} plaatsen in gebruik", en: "{0} of {1} places used")
    public static let providerNoClients = Message(
        "export.providerNoClients", nl: "In deze match heeft deze zorgaanbieder geen cliënten.",
        en: "This provider has no clients in this match.")
    public static let sharedCare = Message(
        "export.sharedCare", nl: "Samen met {0}: deze zorgaanbieder heeft {1} van deze {2} cliënten.",
        en: "Shared with {0}: this provider has {1} of these {2} clients.")
    public static let client = Message("export.client", nl: "Cliënt", en: "Client")

    // The command.
    public static let pdfMissing = Message(
        "export.pdfMissing",
        nl: "Voor PDF is chromium nodig en dat is hier niet geïnstalleerd; de HTML-lijsten zijn te printen vanuit een browser.",
        en: "PDF needs chromium, which is not installed here; the HTML lists print from any browser.")

    public static let all = [household, name, group, groupID, site, siteID, town, rent, provider, careType, careHours,
                             reason, founder, everyoneSheet, groupFile, providerFile, allGroupsFile, allProvidersFile,
                             groupListTitle, groupListLead, siteLine, rentLine, dwellingsLine, commonRoomLine,
                             memberCount, number, brings, supportOffered, sharedValues, notes, careShort, noProvider,
                             notFormedTitle, notFormedLead, noFounders, careHiddenNote, careShownNote,
                             providerListTitle, providerListLead, providerLoad, providerNoClients, sharedCare, client,
                             pdfMissing]
}
