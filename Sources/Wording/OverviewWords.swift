/// The overview page, and the summary lines of the CLI's match report.
public enum OverviewWords {
    public static let title = Message("overview.title", nl: "De match van nu", en: "The current match")
    public static let scenario = Message("overview.scenario", nl: "Scenario: {0}", en: "Scenario: {0}")
    public static let summary = Message(
        "overview.summary",
        nl: "{0} van de {1} huishoudens hebben een plek in {2} woongroepen.",
        en: "{0} of {1} households have a place in {2} groups.")
    public static let statusOptimal = Message(
        "overview.optimal",
        nl: "Dit is bewezen de beste match: zo veel mogelijk huishoudens, en daarbinnen de beste aansluiting bij hun wensen.",
        en: "This is proven the best match: as many households as possible, and among those the best fit with their wishes.")
    public static let statusFeasible = Message(
        "overview.feasible",
        nl: "Een geldige match, maar niet bewezen de beste (de rekentijd was op).",
        en: "A valid match, but not proven the best (the time ran out).")
    public static let statusInfeasible = Message(
        "overview.infeasible",
        nl: "Geen match houdt zich aan alle regels.",
        en: "No match keeps every rule.")
    public static let statusNoSolution = Message(
        "overview.noSolution",
        nl: "Er is geen match gevonden voordat de rekentijd op was.",
        en: "No match was found before the time ran out.")
    public static let formedGroups = Message("overview.formed", nl: "Woongroepen die ontstaan", en: "Groups that form")
    public static let unplaced = Message("overview.unplaced", nl: "Huishoudens zonder plek", en: "Households without a place")
    public static let noneUnplaced = Message("overview.noneUnplaced", nl: "Ieder huishouden heeft een plek.", en: "Every household has a place.")
    public static let perCareType = Message("overview.perCareType", nl: "Per zorgsoort", en: "Per care type")
    public static let housed = Message("overview.housed", nl: "Met plek", en: "Housed")
    public static let looking = Message("overview.looking", nl: "Zoekend", en: "Looking")
    public static let withoutCare = Message("overview.withoutCare", nl: "zonder zorgvraag", en: "no care need")
    public static let chartTitle = Message(
        "overview.chart",
        nl: "Bezette woningen tegen beschikbare woningen, per woonplek",
        en: "Dwellings taken against dwellings offered, per site")
    public static let chartTaken = Message("overview.taken", nl: "bezet", en: "taken")
    public static let chartOffered = Message("overview.offered", nl: "beschikbaar", en: "offered")
    public static let membersCount = Message("overview.membersCount", nl: "{0} huishoudens", en: "{0} households")
    public static let notFormed = Message("overview.notFormed", nl: "Woongroepen die (nu) niet ontstaan", en: "Groups that do not form (now)")
    public static let careArrangement = Message("overview.careArrangement", nl: "{0}: {1} cliënten ({2})", en: "{0}: {1} clients ({2})")
    public static let countedByPriority = Message(
        "overview.priority",
        nl: "Geteld naar voorrang: {0}",
        en: "Counted by priority: {0}")
    public static let fitWithWishes = Message(
        "overview.fit",
        nl: "Aansluiting bij wensen (voorkeursgroepen, gedeelde waarden): {0}",
        en: "Fit with wishes (preferred groups, shared values): {0}")
    public static let solveSeconds = Message("overview.seconds", nl: "Berekend in {0} s.", en: "Computed in {0} s.")

    public static let all = [title, scenario, summary, statusOptimal, statusFeasible, statusInfeasible, statusNoSolution,
                             formedGroups, unplaced, noneUnplaced, perCareType, housed, looking, withoutCare, chartTitle,
                             chartTaken, chartOffered, membersCount, notFormed, careArrangement, countedByPriority,
                             fitWithWishes, solveSeconds]
}
