/// Rules that cannot all hold together, and what trying to let a group form
/// found: the library's ``Sentence``s about conflicts and forming checks.
///
/// A forming check is said in two ways in Dutch, where the verb moves: as a
/// clause after the group ("g5 kan zelfs op zichzelf niet ontstaan") and after
/// "dat" ("oprichter van g5, dat zelfs op zichzelf niet kan ontstaan"). The
/// English is the same for both.
public enum ConflictWords {
    private static func m(_ key: String, _ nl: String, _ en: String) -> Message {
        Message("conflict.\(key)", nl: nl, en: en)
    }

    // MARK: Forming checks

    public static let cannotFormNoMatch = m(
        "cannotFormNoMatch", "kan zelfs op zichzelf niet ontstaan: geen enkele match laat het ontstaan",
        "cannot form at all, even on its own: no match lets it form")
    public static let cannotFormNoMatchAfterDat = m(
        "cannotFormNoMatchAfterDat", "zelfs op zichzelf niet kan ontstaan: geen enkele match laat het ontstaan",
        "cannot form at all, even on its own: no match lets it form")
    public static let cannotFormOneRule = m(
        "cannotFormOneRule", "kan zelfs op zichzelf niet ontstaan: deze regel laat het niet toe: {0}",
        "cannot form at all, even on its own: this rule cannot hold: {0}")
    public static let cannotFormOneRuleAfterDat = m(
        "cannotFormOneRuleAfterDat", "zelfs op zichzelf niet kan ontstaan: deze regel laat het niet toe: {0}",
        "cannot form at all, even on its own: this rule cannot hold: {0}")
    public static let cannotFormRules = m(
        "cannotFormRules", "kan zelfs op zichzelf niet ontstaan: deze regels gaan niet samen: {0}",
        "cannot form at all, even on its own: these rules cannot all hold together: {0}")
    public static let cannotFormRulesAfterDat = m(
        "cannotFormRulesAfterDat", "zelfs op zichzelf niet kan ontstaan: deze regels gaan niet samen: {0}",
        "cannot form at all, even on its own: these rules cannot all hold together: {0}")
    public static let blocked = m(
        "blocked", "zou op zichzelf kunnen ontstaan, maar niet zolang de groepen die moeten ontstaan dat doen{0}",
        "could form on its own, but not while the groups that must form do{0}")
    public static let blockedAfterDat = m(
        "blockedAfterDat", "op zichzelf zou kunnen ontstaan, maar niet zolang de groepen die moeten ontstaan dat doen{0}",
        "could form on its own, but not while the groups that must form do{0}")
    public static let rulesSuffix = m(
        "rulesSuffix", ": deze regels gaan niet samen: {0}", ": these rules cannot all hold together: {0}")
    public static let undecided = m(
        "undecided", "ontstaat niet in de beste match; of het zou kunnen, bleef binnen {0} seconden onbeslist",
        "does not form in the best match; whether it could was not settled within {0} seconds")

    public static let movesTo = m("movesTo", "{0} verhuist van {1} naar {2}", "{0} moves from {1} to {2}")
    public static let losesSite = m("losesSite", "{0} verliest {1} en ontstaat niet", "{0} loses {1} and does not form")
    public static let oneOtherMoves = m(
        "oneOtherMoves", "nog {0} andere groep verhuist of ontstaat niet", "{0} other group moves or does not form")
    public static let othersMove = m(
        "othersMove", "nog {0} andere groepen verhuizen of ontstaan niet", "{0} other groups move or do not form")
    public static let housesOneFewer = m(
        "housesOneFewer", "de match geeft {0} huishouden minder een plek", "the match houses {0} household fewer")
    public static let housesFewer = m(
        "housesFewer", "de match geeft {0} huishoudens minder een plek", "the match houses {0} households fewer")
    public static let lowerPriority = m(
        "lowerPriority", "de match geeft huishoudens met minder voorrang een plek",
        "the match houses households of lower priority")
    public static let worseFit = m(
        "worseFit", "de match sluit minder goed aan bij de voorkeuren van de huishoudens",
        "the match fits households' preferences less well")
    public static let couldFormOne = m(
        "couldFormOne", "zou op {0} kunnen ontstaan met {1} lid", "could form at {0} with {1} member")
    public static let couldForm = m(
        "couldForm", "zou op {0} kunnen ontstaan met {1} leden", "could form at {0} with {1} members")
    public static let housesMore = m(
        "housesMore", "{0} in een match die meer huishoudens een plek geeft dan de gevonden match{1}",
        "{0} in a match that houses more than the one found{1}")
    public static let butThen = m("butThen", "{0}, maar dan: {1}", "{0}, but then {1}")
    public static let justAsGood = m("justAsGood", "{0} in een even goede match{1}", "{0} in a match just as good{1}")
    public static let inWhich = m("inWhich", ", waarin {0}", ", in which {0}")
    public static let losesPlace = m("losesPlace", "{0} verliest de plek", "{0} loses their place")
    public static let losePlace = m("losePlace", "{0} verliezen hun plek", "{0} lose their place")
    public static let gainsOne = m("gainsOne", "{0} krijgt een plek", "{0} gains one")
    public static let gainOne = m("gainOne", "{0} krijgen een plek", "{0} gain one")
    public static let whoSuffix = m("whoSuffix", "{0} ({1})", "{0} ({1})")
    public static let notProvenSuffix = m(
        "notProvenSuffix", "{0} (niet bewezen de beste binnen de tijdslimiet)", "{0} (not proven best within the time limit)")

    // MARK: Rules of a scenario

    public static let siteName = m("siteName", "{0} ({1})", "{0} ({1})")
    public static let dwellings = m("dwellings", "{0} heeft {1} woningen", "{0} has {1} dwellings")
    public static let accessibleDwellings = m(
        "accessibleDwellings", "{0} heeft {1} toegankelijke woningen", "{0} has {1} accessible dwellings")
    public static let rent = m("rent", "{0} heeft een huur van {1}", "{0} has a rent of {1}")
    public static let noCommonRoom = m("noCommonRoom", "{0} heeft geen gemeenschappelijke ruimte", "{0} has no common room")
    public static let providerCapacity = m(
        "providerCapacity", "{0} kan in totaal {1} cliënten zorg geven", "{0} can serve {1} clients in all")
    public static let providerMinimum = m(
        "providerMinimum", "{0} komt pas op een plek met minstens {1} cliënten", "{0} serves at least {1} clients at a site")
    public static let providerMaximum = m(
        "providerMaximum", "{0} geeft op een plek zorg aan hooguit {1} cliënten", "{0} serves at most {1} clients at a site")
    public static let providerTowns = m("providerTowns", "{0} werkt alleen in {1}", "{0} serves only {1}")
    public static let householdTowns = m("householdTowns", "{0} zoekt alleen in {1}", "{0} accepts only {1}")
    public static let rentLimit = m("rentLimit", "{0} kan hooguit {1} huur betalen", "{0} can pay a rent of at most {1}")
    public static let excludes = m("excludes", "{0} sluit {1} uit", "{0} excludes {1}")
    public static let accessibleNeed = m(
        "accessibleNeed", "{0} heeft een toegankelijke woning nodig", "{0} needs an accessible dwelling")
    public static let careNeed = m("careNeed", "{0} heeft zorg nodig: {1}", "{0} needs {1} care")
    public static let together = m("together", "{0} en {1} wonen samen of helemaal niet", "{0} and {1} live together or not at all")
    public static let apart = m("apart", "{0} en {1} wonen niet in dezelfde groep", "{0} and {1} do not share a group")
    public static let generations = m("generations", "{0} wil minstens {1} generaties", "{0} wants at least {1} generations")
    public static let support = m(
        "support", "{0} wil {1} steunuren per uur zorg", "{0} wants {1} hours of support per hour of care")
    public static let careShareMinimum = m(
        "careShareMinimum", "{0} wil dat minstens {1} van de leden een zorgvraag heeft",
        "{0} wants at least {1} of its members with a care need")
    public static let careShareMaximum = m(
        "careShareMaximum", "{0} wil dat hooguit {1} van de leden een zorgvraag heeft",
        "{0} wants at most {1} of its members with a care need")
    public static let acceptsNoCare = m(
        "acceptsNoCare", "{0} neemt geen leden met een zorgvraag aan", "{0} accepts no care needs")
    public static let acceptsOnlyCare = m(
        "acceptsOnlyCare", "{0} neemt alleen {1} aan", "{0} accepts only care of type {1}")
    public static let declines = m("declines", "{0} wijst {1} af", "{0} declines {1}")
    public static let commonRoom = m(
        "commonRoom", "{0} wil een woonplek met een gemeenschappelijke ruimte", "{0} needs a site with a common room")
    public static let groupTowns = m("groupTowns", "{0} zoekt alleen een woonplek in {1}", "{0} takes a site only in {1}")
    public static let maximumSize = m("maximumSize", "{0} heeft hooguit {1} leden", "{0} has at most {1} members")
    public static let minimumSize = m("minimumSize", "{0} heeft minstens {1} leden nodig", "{0} needs at least {1} members")
    public static let founder = m(
        "founder", "{0} is oprichter van {1} en doet mee als het ontstaat", "{0} is a founder of {1} and joins when it forms")
    public static let mustForm = m("mustForm", "{0} moet ontstaan", "{0} must form")

    public static let all: [Message] = [
        cannotFormNoMatch, cannotFormNoMatchAfterDat, cannotFormOneRule, cannotFormOneRuleAfterDat, cannotFormRules,
        cannotFormRulesAfterDat, blocked, blockedAfterDat, rulesSuffix, undecided, movesTo, losesSite, oneOtherMoves,
        othersMove, housesOneFewer, housesFewer, lowerPriority, worseFit, couldFormOne, couldForm, housesMore, butThen,
        justAsGood, inWhich, losesPlace, losePlace, gainsOne, gainOne, whoSuffix, notProvenSuffix, siteName, dwellings,
        accessibleDwellings, rent, noCommonRoom, providerCapacity, providerMinimum, providerMaximum, providerTowns,
        householdTowns, rentLimit, excludes, accessibleNeed, careNeed, together, apart, generations, support,
        careShareMinimum, careShareMaximum, acceptsNoCare, acceptsOnlyCare, declines, commonRoom, groupTowns,
        maximumSize, minimumSize, founder, mustForm,
    ]
}
