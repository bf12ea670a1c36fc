/// What the library's analyses say: a household's own wishes loosened
/// (`explain`, the household page), one more dwelling or care place and what
/// it brings (`sensitivity`, `placements`, the provider page).
///
/// The English is exactly what the tool has always written.
public enum AnalysisWords {
    private static func m(_ key: String, _ nl: String, _ en: String) -> Message {
        Message("analysis.\(key)", nl: nl, en: en)
    }

    // MARK: A household's wishes loosened

    public static let raiseMaxRent = m("raiseMaxRent", "met een huurgrens van {0}", "with a rent limit of {0}")
    public static let addTown = m("addTown", "als {0} ook goed is", "if {0} were acceptable")
    public static let dropExclude = m("dropExclude", "als {0} niet meer uitgesloten is", "without excluding {0}")
    public static let dropApart = m(
        "dropApart", "als het niet apart hoeft te wonen van {0}", "without having to live apart from {0}")
    public static let changesAnd = m("changesAnd", "{0} en {1}", "{0} and {1}")

    // MARK: What one more place brings

    public static let housesNoMore = m("housesNoMore", "{0} huisvest niemand meer", "{0} houses no more households")
    public static let housesOneMore = m("housesOneMore", "{0} huisvest één huishouden meer", "{0} houses one more household")
    public static let housesMore = m("housesMore", "{0} huisvest {1} huishoudens meer", "{0} houses {1} more households")
    public static let housesHigherPriority = m(
        "housesHigherPriority", "{0} huisvest huishoudens met een hogere prioriteit", "{0} houses households of higher priority")
    public static let priorityGain = m("priorityGain", " (prioriteit +{0})", " (priority +{0})")
    public static let whom = m("whom", ": {0}", ": {0}")
    public static let inPlaceOf = m("inPlaceOf", ", in plaats van {0}", ", in place of {0}")
    public static let notProven = m(
        "notProven", " (minstens; niet bewezen de beste in de gegeven tijd)", " (at least; not proven best in the time given)")

    // MARK: The changes a variant makes

    public static let adds = m("adds", "voegt {0} {1} toe", "adds {0} {1}")
    public static let removes = m("removes", "haalt {0} {1} weg", "removes {0} {1}")
    public static let entryField = m("entryField", "{0} {1}: {2}", "{0} {1}: {2}")
    public static let fieldChanged = m("fieldChanged", "{0} {1}: {2} gewijzigd", "{0} {1}: {2} changed")
    public static let weights = m("weights", "gewichten: {0}", "weights: {0}")
    public static let stays = m("stays", "{0} blijft {1}", "{0} stays {1}")
    public static let changedFromTo = m("changedFromTo", "{0} {1} -> {2}", "{0} {1} -> {2}")
    public static let notSet = m("notSet", "niet ingevuld", "not set")
    public static let sideSeeker = m("sideSeeker", "huishouden", "seeker")
    public static let sideGroup = m("sideGroup", "woongroep", "group")
    public static let sideSite = m("sideSite", "woonplek", "site")
    public static let sideProvider = m("sideProvider", "zorgaanbieder", "provider")

    public static let all: [Message] = [
        raiseMaxRent, addTown, dropExclude, dropApart, changesAnd,
        housesNoMore, housesOneMore, housesMore, housesHigherPriority, priorityGain, whom, inPlaceOf, notProven,
        adds, removes, entryField, fieldChanged, weights, stays, changedFromTo, notSet,
        sideSeeker, sideGroup, sideSite, sideProvider,
    ]
}
