/// The text reports of `sensitivity`, `placements`, `compare` and `validate`
/// (`--lang nl|en`): headings, columns and the sentences around the library's own.
///
/// The English is exactly what these commands have always printed.
public enum AnalysisReportWords {
    private static func m(_ key: String, _ nl: String, _ en: String) -> Message {
        Message("analysisReport.\(key)", nl: nl, en: en)
    }

    // MARK: sensitivity

    public static let noBase = m(
        "noBase", "{0}: geen match om van uit te gaan ({1}); niets om mee te vergelijken.",
        "{0}: no match to start from ({1}); nothing to compare against.")
    public static let baseHoused = m(
        "baseHoused", "{0}: {1} van de {2} huishoudens hebben een plek ({3} geteld naar prioriteit)",
        "{0}: {1} of {2} households housed ({3} counted by priority)")
    public static let baseNotProven = m(
        "baseNotProven", ", niet bewezen de beste: de winst is gemeten tegen deze match.",
        ", not proven best: gains are measured against this match.")
    public static let changesTried = m(
        "changesTried",
        "{0} wijzigingen geprobeerd in {1}: {2} beslist zonder opnieuw te rekenen (een snelle bovengrens, de regels, of een grotere wijziging die niets oplevert), {3} opnieuw doorgerekend.",
        "{0} changes tried in {1}: {2} settled without solving (a quick upper estimate, the rules, or a larger change that brings nothing), {3} solved again.")
    public static let theMost = m("theMost", "Het meest: {0}.", "The most: {0}.")
    public static let theMostAlike = m("theMostAlike", "Het meest, {0} wijzigingen even veel: {1}.", "The most, {0} changes alike: {1}.")
    public static let columnChange = m("columnChange", "wijziging", "change")
    public static let columnHouseholds = m("columnHouseholds", "huishoudens", "households")
    public static let columnPriority = m("columnPriority", "prioriteit", "priority")
    public static let columnWho = m("columnWho", "wie", "who")
    public static let columnSettledBy = m("columnSettledBy", "beslist door", "settled by")
    public static let orMore = m("orMore", "{0} of meer", "{0} or more")
    public static let insteadOf = m("insteadOf", "{0} (in plaats van {1})", "{0} (instead of {1})")
    public static let estimate = m("estimate", "schatting", "estimate")
    public static let resolve = m("resolve", "opnieuw doorgerekend", "re-solve")
    public static let noSingleChange = m(
        "noSingleChange", "Geen enkele extra woning of zorgplaats geeft iemand meer een plek.",
        "No single extra dwelling or care place houses anyone more.")
    public static let noGainFrom = m("noGainFrom", "Geen winst van {0}.", "No gain from {0}.")

    // MARK: placements

    public static let everyTown = m("everyTown", "elke gemeente", "every town")
    public static let providerHead = m("providerHead", "{0} {1} ({2}; {3}; ", "{0} {1} ({2}; {3}; ")
    public static let neverServes = m(
        "neverServes", "{0} plaatsen): kan nooit zorg leveren aan een woongroep: {1}.", "{0} places): can never serve a group: {1}.")
    public static let load = m(
        "load", "{0}–{1} cliënten per woonplek): {2} van de {3} plaatsen gebruikt in de beste match.",
        "{0}–{1} clients per site): {2} of {3} places used in the best match.")
    public static let notProvenBest = m("notProvenBest", " ({0}: niet bewezen de beste)", " ({0}: not proven best)")
    public static let noClients = m("noClients", "Geen cliënten geplaatst.", "No clients placed.")
    public static let columnGroup = m("columnGroup", "woongroep", "group")
    public static let columnSite = m("columnSite", "woonplek", "site")
    public static let columnTown = m("columnTown", "gemeente", "town")
    public static let columnClients = m("columnClients", "cliënten", "clients")
    public static let columnByCareType = m("columnByCareType", "per zorgsoort", "by care type")
    public static let clientsPlaced = m("clientsPlaced", "Geplaatste cliënten:", "Clients placed:")
    public static let everyoneHoused = m(
        "everyoneHoused", "Elk huishouden van zijn zorgsoorten in zijn gemeenten heeft een plek.",
        "Every household of its care types in its towns is housed.")
    public static let leftOut = m(
        "leftOut", "Huishoudens van zijn zorgsoorten zonder plek ({0}):", "Households of its care types left out ({0}):")
    public static let changesTriedIn = m("changesTriedIn", "{0} wijzigingen geprobeerd in {1}", "{0} changes tried in {1}")
    public static let stoppedEarly = m("stoppedEarly", ", vroeg gestopt", ", stopped early")
    public static let noExtraPlace = m(
        "noExtraPlace",
        "Geen enkele extra zorgplaats hier, of woning in zijn gemeenten, geeft iemand meer een plek ({0}).",
        "No single extra care place here, or dwelling in its towns, houses anyone more ({0}).")
    public static let atLeastGain = m("atLeastGain", "minstens +{0}", "at least +{0}")
    public static let columnOfItsTypes = m("columnOfItsTypes", "van zijn zorgsoorten", "of its care types")
    public static let notAnyMore = m("notAnyMore", "{0}; niet meer {1}", "{0}; not {1}")
    public static let wherePlace = m(
        "wherePlace", "Waar één plaats meer iemand een plek zou geven ({0}):", "Where one more place would house someone ({0}):")

    // MARK: compare

    public static let comparisonOne = m(
        "comparisonOne", "Vergelijking van {0} ({1}) met {2} variant", "Comparison of {0} ({1}) with {2} variant")
    public static let comparisonMany = m(
        "comparisonMany", "Vergelijking van {0} ({1}) met {2} varianten", "Comparison of {0} ({1}) with {2} variants")
    public static let columnScenario = m("columnScenario", "scenario", "scenario")
    public static let columnStatus = m("columnStatus", "uitkomst", "status")
    public static let columnHoused = m("columnHoused", "met een plek", "housed")
    public static let columnDifference = m("columnDifference", "verschil", "change")
    public static let columnByPriority = m("columnByPriority", "naar prioriteit", "by priority")
    public static let columnGroupsFormed = m("columnGroupsFormed", "woongroepen", "groups formed")
    public static let ofTotal = m("ofTotal", "{0} van {1}", "{0} of {1}")
    public static let base = m("base", "basis", "base")
    public static let householdsHoused = m("householdsHoused", "Huishoudens met een plek", "Households housed")
    public static let byCareType = m("byCareType", "Huishoudens met een plek per zorgsoort", "Households housed by care type")
    public static let columnCareType = m("columnCareType", "zorgsoort", "care type")
    public static let byTown = m(
        "byTown", "Huishoudens met een plek per gemeente (van de woonplek van de woongroep)",
        "Households housed by town (of the group's site)")
    public static let columnProvider = m("columnProvider", "zorgaanbieder", "care provider")
    public static let providerLoads = m(
        "providerLoads", "Zorgaanbieders: cliënten / capaciteit (- waar een scenario die aanbieder niet heeft)",
        "Care providers: clients served / capacity (- where a scenario has no such provider)")
    public static let changesInline = m("changesInline", "  wijzigingen: {0}", "  changes: {0}")
    public static let changesHeading = m("changesHeading", "  wijzigingen:", "  changes:")
    public static let groupsHeading = m("groupsHeading", "  Woongroepen", "  Groups")
    public static let householdsHeading = m("householdsHeading", "  Huishoudens", "  Households")
    public static let columnBase = m("columnBase", "basis", "base")
    public static let columnVariant = m("columnVariant", "variant", "variant")
    public static let columnHousehold = m("columnHousehold", "huishouden", "household")

    // MARK: validate

    public static let seekersOne = m("seekersOne", "{0} huishouden", "{0} seeker")
    public static let seekersMany = m("seekersMany", "{0} huishoudens", "{0} seekers")
    public static let groupsOne = m("groupsOne", "{0} woongroep", "{0} group")
    public static let groupsMany = m("groupsMany", "{0} woongroepen", "{0} groups")
    public static let sitesOne = m("sitesOne", "{0} woonplek", "{0} site")
    public static let sitesMany = m("sitesMany", "{0} woonplekken", "{0} sites")
    public static let providersOne = m("providersOne", "{0} zorgaanbieder", "{0} care provider")
    public static let providersMany = m("providersMany", "{0} zorgaanbieders", "{0} care providers")
    public static let valid = m("valid", "{0}: geldig: {1}", "{0}: valid: {1}")
    public static let validVariant = m("validVariant", "{0}: geldige variant van {1} ({2}): {3}", "{0}: valid variant of {1} ({2}): {3}")
    public static let noChanges = m("noChanges", "geen wijzigingen", "no changes")
    public static let changesCount = m("changesCount", "{0} wijzigingen", "{0} changes")
    public static let line = m("line", "regel {0}", "line {0}")
    public static let lines = m("lines", "regels {0}", "lines {0}")
    public static let warning = m("warning", "waarschuwing: {0}", "warning: {0}")
    public static let problemAt = m("problemAt", "{0} ({1}): {2}", "{0} ({1}): {2}")

    public static let all: [Message] = [
        noBase, baseHoused, baseNotProven, changesTried, theMost, theMostAlike, columnChange, columnHouseholds,
        columnPriority, columnWho, columnSettledBy, orMore, insteadOf, estimate, resolve, noSingleChange, noGainFrom,
        everyTown, providerHead, neverServes, load, notProvenBest, noClients, columnGroup, columnSite, columnTown,
        columnClients, columnByCareType, clientsPlaced, everyoneHoused, leftOut, changesTriedIn, stoppedEarly,
        noExtraPlace, atLeastGain, columnOfItsTypes, notAnyMore, wherePlace,
        comparisonOne, comparisonMany, columnScenario, columnStatus, columnHoused, columnDifference, columnByPriority,
        columnGroupsFormed, ofTotal, base, householdsHoused, byCareType, columnCareType, byTown, columnProvider,
        providerLoads, changesInline, changesHeading, groupsHeading, householdsHeading, columnBase, columnVariant,
        columnHousehold,
        seekersOne, seekersMany, groupsOne, groupsMany, sitesOne, sitesMany, providersOne, providersMany, valid,
        validVariant, noChanges, changesCount, line, lines, warning, problemAt,
    ]
}
