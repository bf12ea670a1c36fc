/// The pages of the web workspace and the switches on every page.
public enum NavigationWords {
    public static let appName = Message("nav.app", nl: "HousingMatch", en: "HousingMatch")
    public static let overview = Message("nav.overview", nl: "Overzicht", en: "Overview")
    public static let group = Message("nav.group", nl: "Woongroep", en: "Group")
    public static let household = Message("nav.household", nl: "Huishouden", en: "Household")
    public static let site = Message("nav.site", nl: "Woonplek", en: "Site")
    public static let provider = Message("nav.provider", nl: "Zorgaanbieder", en: "Care provider")
    public static let whatIf = Message("nav.whatIf", nl: "Wat als", en: "What if")
    public static let data = Message("nav.data", nl: "Gegevens", en: "Data")
    public static let glossary = Message("nav.glossary", nl: "Begrippen", en: "Glossary")
    public static let mainMenu = Message("nav.menu", nl: "Hoofdmenu", en: "Main menu")
    public static let skipToContent = Message("nav.skip", nl: "Naar de inhoud", en: "Skip to content")
    public static let showCare = Message("nav.showCare", nl: "Toon zorggegevens", en: "Show care details")
    public static let hideCare = Message("nav.hideCare", nl: "Verberg zorggegevens", en: "Hide care details")
    public static let careHiddenNote = Message(
        "nav.careHidden",
        nl: "Zorggegevens (zorgsoort en uren) zijn verborgen.",
        en: "Care details (care type and hours) are hidden.")
    public static let careShownNote = Message(
        "nav.careShown",
        nl: "Zorggegevens worden getoond: dit zijn gezondheidsgegevens.",
        en: "Care details are shown: these are health data.")
    public static let otherLanguage = Message("nav.otherLanguage", nl: "English", en: "Nederlands")
    public static let workspace = Message("nav.workspace", nl: "Werkmap: {0}", en: "Workspace: {0}")
    public static let print = Message("nav.print", nl: "Afdrukken", en: "Print")

    public static let all = [appName, overview, group, household, site, provider, whatIf, data, glossary,
                             mainMenu, skipToContent, showCare, hideCare, careHiddenNote, careShownNote,
                             otherLanguage, workspace, print]
}
