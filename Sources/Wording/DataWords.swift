/// Gegevens: the page where households, groups, sites and providers are edited,
/// with its fields, its checks, its saves and its history.
public enum DataWords {
    public static let title = Message("data.title", nl: "Gegevens", en: "Data")
    public static let intro = Message(
        "data.intro",
        nl: "Hier past u de huishoudens, woongroepen, woonplekken en zorgaanbieders van het scenario aan. Elke keer opslaan bewaart de versie ervoor, zodat u altijd terug kunt.",
        en: "Here you change the households, groups, sites and care providers of the scenario. Every save keeps the version before it, so you can always go back.")
    public static let commentsNote = Message(
        "data.comments",
        nl: "Let op: opmerkingen (regels met #) in het scenariobestand blijven bij opslaan niet bewaard. De versie mét opmerkingen staat daarna in de geschiedenis (map .history).",
        en: "Note: comments (lines with #) in the scenario file are not kept when you save. The version with them is then in the history (folder .history).")
    public static let sections = Message("data.sections", nl: "Onderdelen", en: "Parts")

    // Tables
    public static let filterLabel = Message("data.filter", nl: "Zoek op code, naam of gemeente", en: "Search by id, name or town")
    public static let filterButton = Message("data.filterButton", nl: "Zoek", en: "Search")
    public static let showAll = Message("data.showAll", nl: "Toon alles", en: "Show all")
    public static let shownRange = Message("data.shownRange", nl: "{0} tot en met {1} van {2}", en: "{0} to {1} of {2}")
    public static let previousPage = Message("data.previous", nl: "Vorige", en: "Previous")
    public static let nextPage = Message("data.next", nl: "Volgende", en: "Next")
    public static let pages = Message("data.pages", nl: "Bladzijden", en: "Pages")
    public static let nothingFound = Message("data.nothingFound", nl: "Niets gevonden.", en: "Nothing found.")
    public static let edit = Message("data.edit", nl: "Wijzig", en: "Edit")
    public static let editLabel = Message("data.editLabel", nl: "Wijzig {0}", en: "Edit {0}")
    public static let add = Message("data.add", nl: "Nieuw: {0}", en: "New: {0}")
    public static let actions = Message("data.actions", nl: "Acties", en: "Actions")
    public static let accessible = Message("data.accessibleShort", nl: "Toegankelijk", en: "Accessible")
    public static let noLimit = Message("data.noLimit", nl: "geen grens", en: "no limit")
    public static let everyCareType = Message("data.everyCareType", nl: "elke zorgsoort", en: "every care type")
    public static let size = Message("data.size", nl: "Grootte", en: "Size")
    public static let clientsPerSite = Message("data.clientsPerSite", nl: "Cliënten per plek", en: "Clients per site")

    // The form
    public static let editTitle = Message("data.editTitle", nl: "{0} {1} wijzigen", en: "Edit {0} {1}")
    public static let addTitle = Message("data.addTitle", nl: "Nieuw: {0}", en: "New: {0}")
    public static let save = Message("data.save", nl: "Opslaan", en: "Save")
    public static let back = Message("data.back", nl: "Terug zonder opslaan", en: "Back without saving")
    public static let remove = Message("data.remove", nl: "Verwijder {0} {1}", en: "Remove {0} {1}")
    public static let removeHint = Message(
        "data.removeHint",
        nl: "Verwijderen kan alleen als niemand anders nog naar deze code verwijst. U kunt het daarna ongedaan maken.",
        en: "Removing works only when nothing else refers to this id any more. You can undo it afterwards.")
    public static let listHint = Message("data.listHint", nl: "Meerdere gescheiden door komma's.", en: "Several separated by commas.")
    public static let generationsHint = Message(
        "data.generationsHint", nl: "Met komma's, in de woorden van het bestand: senior, adult, young adult, child.",
        en: "With commas, in the file's words: senior, adult, young adult, child.")
    public static let orderHint = Message("data.orderHint", nl: "Met komma's, de liefste eerst.", en: "With commas, the favourite first.")
    public static let maxRentHint = Message(
        "data.maxRentHint", nl: "In euro per maand, bijvoorbeeld €\u{00A0}850; leeg: geen grens.", en: "In euros a month, for example €850; empty: no limit.")
    public static let blankAnyTown = Message("data.blankAnyTown", nl: "Met komma's; leeg: elke gemeente.", en: "With commas; empty: any town.")
    public static let blankEveryCare = Message(
        "data.blankEveryCare", nl: "Met komma's; leeg: elke zorgsoort; \"geen\": geen zorg.",
        en: "With commas; empty: every care type; \"none\": no care.")
    public static let blankCapacity = Message("data.blankCapacity", nl: "Leeg: gelijk aan de capaciteit.", en: "Empty: the same as the capacity.")
    public static let eurosHint = Message("data.eurosHint", nl: "In euro per maand, bijvoorbeeld €\u{00A0}850.", en: "In euros a month, for example €850.")
    public static let shareHint = Message("data.shareHint", nl: "Een deel tussen 0 en 1, zoals 0,25, of een percentage, zoals 25%.", en: "A share from 0 to 1, such as 0.25, or a percentage, such as 25%.")
    public static let hoursHint = Message("data.hoursHint", nl: "Uren per week.", en: "Hours a week.")
    public static let idHint = Message("data.idHint", nl: "Een korte code, uniek binnen deze lijst.", en: "A short id, unique in this list.")
    public static let careHidden = Message(
        "data.careHidden",
        nl: "Zorgsoort en zorguren zijn verborgen. Zet \"Toon zorggegevens\" aan om ze te zien en te wijzigen; bij opslaan blijven ze zoals ze zijn.",
        en: "Care type and hours are hidden. Switch on \"Show care details\" to see and change them; saving keeps them as they are.")

    // Fields
    public static let needsAccessible = Message("data.needsAccessible", nl: "Heeft een toegankelijke woning nodig", en: "Needs an accessible dwelling")
    public static let maxRent = Message("data.maxRent", nl: "Hoogste huur die past", en: "Highest rent that fits")
    public static let preferences = Message("data.preferences", nl: "Voorkeur voor woongroepen", en: "Preferred groups")
    public static let excludes = Message("data.excludes", nl: "Wil niet bij woongroepen", en: "Will not join groups")
    public static let tags = Message("data.tags", nl: "Kenmerken en wensen", en: "Tags")
    public static let supportHours = Message("data.supportHours", nl: "Hulp aan anderen", en: "Support given to others")
    public static let priority = Message("data.priority", nl: "Voorrang", en: "Priority")
    public static let priorityHint = Message("data.priorityHint", nl: "Gewicht bij het tellen van wie een plek krijgt; gewoon is 1.", en: "Weight in counting who gets a place; normal is 1.")
    public static let together = Message("data.together", nl: "Woont samen met huishoudens", en: "Lives together with households")
    public static let apart = Message("data.apart", nl: "Niet in één groep met huishoudens", en: "Not in one group with households")
    public static let noCare = Message("data.noCare", nl: "geen zorg", en: "no care")
    public static let minSize = Message("data.minSize", nl: "Kleinste aantal huishoudens", en: "Fewest households")
    public static let maxSize = Message("data.maxSize", nl: "Grootste aantal huishoudens", en: "Most households")
    public static let founders = Message("data.founders", nl: "Initiatiefnemers (huishoudens)", en: "Founders (households)")
    public static let mustForm = Message("data.mustForm", nl: "Moet zeker van start gaan", en: "Must form")
    public static let acceptsCare = Message("data.acceptsCare", nl: "Neemt mensen met deze zorgsoorten op", en: "Takes in people with these care types")
    public static let careShareMin = Message("data.careShareMin", nl: "Deel met zorg: minstens", en: "Share with care: at least")
    public static let careShareMax = Message("data.careShareMax", nl: "Deel met zorg: hoogstens", en: "Share with care: at most")
    public static let minGenerations = Message("data.minGenerations", nl: "Minstens zoveel generaties", en: "At least this many generations")
    public static let supportRatio = Message("data.supportRatio", nl: "Hulpuren nodig per zorguur", en: "Support hours needed per care hour")
    public static let needsCommonRoom = Message("data.needsCommonRoom", nl: "Heeft een gemeenschappelijke ruimte nodig", en: "Needs a common room")
    public static let values = Message("data.values", nl: "Waarden van de groep", en: "The group's values")
    public static let declines = Message("data.declines", nl: "Wijst deze huishoudens af", en: "Declines these households")
    public static let owner = Message("data.owner", nl: "Eigenaar", en: "Owner")
    public static let careTypes = Message("data.careTypes", nl: "Zorgsoorten", en: "Care types")
    public static let minClientsPerSite = Message("data.minClients", nl: "Minstens zoveel cliënten per plek", en: "At least this many clients per site")
    public static let maxClientsPerSite = Message("data.maxClients", nl: "Hoogstens zoveel cliënten per plek", en: "At most this many clients per site")

    // Checks
    public static let numberNeeded = Message(
        "data.numberNeeded", nl: "Vul een getal in, bijvoorbeeld 850 of 0,5 (nu: \"{0}\").",
        en: "Fill in a number, for example 850 or 0.5 (now: \"{0}\").")
    public static let wholeNeeded = Message(
        "data.wholeNeeded", nl: "Vul een heel getal in, bijvoorbeeld 12 (nu: \"{0}\").",
        en: "Fill in a whole number, for example 12 (now: \"{0}\").")
    public static let required = Message("data.required", nl: "Vul dit in.", en: "Fill this in.")
    public static let notSaved = Message(
        "data.notSaved", nl: "Niet opgeslagen: verbeter wat bij de velden staat. Wat u invulde staat er nog.",
        en: "Not saved: correct what is said at the fields. What you filled in is still there.")
    public static let problemsElsewhere = Message(
        "data.elsewhere", nl: "Deze wijziging maakt elders in het scenario iets ongeldig:",
        en: "This change makes something elsewhere in the scenario invalid:")
    public static let stale = Message(
        "data.stale",
        nl: "Niet opgeslagen: het bestand is intussen veranderd (door een ander programma of in een ander tabblad). Er is niets overschreven. Hieronder staat wat u invulde; vergelijk het met de nieuwe gegevens en sla opnieuw op.",
        en: "Not saved: the file has changed in the meantime (in another program or another tab). Nothing was overwritten. What you filled in is below; compare it with the new data and save again.")
    public static let staleUndo = Message(
        "data.staleUndo",
        nl: "Niet gedaan: het bestand is intussen veranderd (door een ander programma of in een ander tabblad). Er is niets overschreven; bekijk de nieuwe stand en probeer het opnieuw.",
        en: "Not done: the file has changed in the meantime (in another program or another tab). Nothing was overwritten; look at the new state and try again.")
    public static let variantFile = Message(
        "data.variant",
        nl: "Dit werkbestand is een variant van een ander scenario. Pas de gegevens aan in het basisscenario.",
        en: "This workspace's file is a variant of another scenario. Change the data in the base scenario.")
    public static let saveFailed = Message("data.saveFailed", nl: "Opslaan is mislukt: {0}", en: "Saving failed: {0}")
    public static let saved = Message(
        "data.saved", nl: "Opgeslagen: {0}. De vorige versie staat in de geschiedenis.",
        en: "Saved: {0}. The previous version is in the history.")
    public static let nothingChanged = Message("data.nothingChanged", nl: "Er was niets veranderd; er is niets opgeslagen.", en: "Nothing had changed; nothing was saved.")
    public static let undoneNotice = Message(
        "data.undoneNotice", nl: "{0}. Ook de versie daarvoor is bewaard, dus dit kunt u weer ongedaan maken.",
        en: "{0}. The version before it is kept too, so you can undo this as well.")

    // History
    public static let history = Message("data.history", nl: "Geschiedenis", en: "History")
    public static let historyIntro = Message(
        "data.historyIntro", nl: "Elke opslag bewaart de versie ervoor in de map .history van de werkmap. De nieuwste staat bovenaan.",
        en: "Every save keeps the version before it in the workspace's .history folder. The newest is at the top.")
    public static let historyEmpty = Message("data.historyEmpty", nl: "Nog niets opgeslagen.", en: "Nothing saved yet.")
    public static let undo = Message("data.undo", nl: "Laatste opslag ongedaan maken", en: "Undo the last save")
    public static let restore = Message("data.restore", nl: "Terug naar de versie hiervoor", en: "Back to the version before this")
    public static let when = Message("data.when", nl: "Wanneer", en: "When")
    public static let whatChanged = Message("data.whatChanged", nl: "Wat veranderde", en: "What changed")
    public static let changedEntry = Message("data.changedEntry", nl: "{0} {1} gewijzigd: {2}", en: "{0} {1} changed: {2}")
    public static let changedEntryRenamed = Message("data.changedRenamed", nl: "{0} {1} gewijzigd", en: "{0} {1} changed")
    public static let addedEntry = Message("data.addedEntry", nl: "{0} {1} toegevoegd", en: "{0} {1} added")
    public static let removedEntry = Message("data.removedEntry", nl: "{0} {1} verwijderd", en: "{0} {1} removed")
    public static let undoneEntry = Message("data.undoneEntry", nl: "Ongedaan gemaakt: terug naar de versie van {0}", en: "Undone: back to the version of {0}")
    public static let restoredEntry = Message("data.restoredEntry", nl: "Teruggezet: de versie van {0}", en: "Restored: the version of {0}")

    // Import and export
    public static let importExport = Message("data.importExport", nl: "Importeren en exporteren", en: "Import and export")
    public static let importExportLater = Message(
        "data.importExportLater", nl: "Gegevens inlezen uit en wegschrijven naar een spreadsheet komt hier in een volgende versie.",
        en: "Reading data from a spreadsheet and writing it to one will come here in a next version.")

    public static let all = [
        title, intro, commentsNote, sections, filterLabel, filterButton, showAll, shownRange, previousPage, nextPage, pages,
        nothingFound, edit, editLabel, add, actions, accessible, noLimit, everyCareType, size, clientsPerSite,
        editTitle, addTitle, save, back, remove, removeHint, listHint, generationsHint, orderHint, maxRentHint, blankAnyTown,
        blankEveryCare, blankCapacity, eurosHint, shareHint, hoursHint, idHint, careHidden,
        needsAccessible, maxRent, preferences, excludes, tags, supportHours, priority, priorityHint, together, apart,
        noCare, minSize, maxSize, founders, mustForm, acceptsCare, careShareMin, careShareMax, minGenerations,
        supportRatio, needsCommonRoom, values, declines, owner, careTypes, minClientsPerSite, maxClientsPerSite,
        numberNeeded, wholeNeeded, required, notSaved, problemsElsewhere, stale, staleUndo, variantFile, saveFailed,
        saved, nothingChanged, undoneNotice,
        history, historyIntro, historyEmpty, undo, restore, when, whatChanged, changedEntry, changedEntryRenamed,
        addedEntry, removedEntry, undoneEntry, restoredEntry, importExport, importExportLater,
    ]
}
