/// The headings and labels of the CLI's text reports (`solve`'s table,
/// `explain --seeker`), for `--lang nl|en`. The English is what the reports
/// have always printed.
public enum ReportWords {
    private static func m(_ key: String, _ nl: String, _ en: String) -> Message {
        Message("report.\(key)", nl: nl, en: en)
    }

    // MARK: solve

    public static let statusOptimal = m(
        "statusOptimal", "beste match (beide stappen bewezen het best)", "optimal match (both stages proven best)")
    public static let statusFeasible = m(
        "statusFeasible", "een geldige match, niet bewezen de beste binnen de grenzen",
        "a valid match, not proven best within the limits")
    public static let statusInfeasible = m(
        "statusInfeasible", "onmogelijk: geen match houdt zich aan alle regels", "infeasible: no match meets every rule")
    public static let statusNoSolution = m(
        "statusNoSolution", "geen match gevonden binnen de grenzen", "no match found within the limits")
    public static let scenario = m("scenario", "Scenario", "Scenario")
    public static let groupAtSite = m("groupAtSite", "{0} op {1}", "{0} at {1}")
    public static let siteFacts = m(
        "siteFacts", "({0}, {1} woningen, {2} toegankelijk, huur {3})", "({0}, {1} dwellings, {2} accessible, rent {3})")
    public static let members = m("members", "{0} leden", "{0} members")
    public static let size = m("size", " (omvang {0}–{1})", " (size {0}–{1})")
    public static let columnMember = m("columnMember", "lid", "member")
    public static let columnGenerations = m("columnGenerations", "generaties", "generations")
    public static let columnCare = m("columnCare", "zorg", "care")
    public static let columnAccessible = m("columnAccessible", "toegankelijk", "accessible")
    public static let columnNote = m("columnNote", "opmerking", "note")
    public static let yes = m("yes", "ja", "yes")
    public static let founder = m("founder", "oprichter", "founder")
    public static let choice = m("choice", "keuze {0} van {1}", "choice {0} of {1}")
    public static let care = m("care", "zorg: {0}", "care: {0}")
    public static let conflictHeading = m("conflictHeading", "Deze regels gaan niet samen:", "These rules cannot all hold together:")
    public static let summary = m("summary", "Samenvatting", "Summary")
    public static let housed = m(
        "housed", "met een plek: {0} van de {1} huishoudens ({2} geteld naar voorrang{3})",
        "housed: {0} of {1} households ({2} counted by priority{3})")
    public static let housedBound = m("housedBound", "; hooguit {0} mogelijk", "; at most {0} possible")
    public static let fit = m(
        "fit", "aansluiting bij wensen (voorkeursgroepen, gedeelde waarden): {0}{1}",
        "fit with wishes (preferred groups, shared values): {0}{1}")
    public static let fitBound = m(
        "fitBound", "; hooguit {0} mogelijk met evenveel huishoudens met een plek",
        "; at most {0} possible with as many housed")
    public static let groupsFormed = m(
        "groupsFormed", "woongroepen die ontstaan: {0} van de {1}; woonplekken gebruikt: {2} van de {3}",
        "groups formed: {0} of {1}; sites used: {2} of {3}")
    public static let unassigned = m("unassigned", "zonder plek: {0}", "unassigned: {0}")

    // MARK: explain --seeker

    public static let careOf = m("careOf", "{0} (zorg: {1})", "{0} (care: {1})")
    public static let theScenario = m("theScenario", "het scenario", "the scenario")
    public static let notProvenBest = m("notProvenBest", " (de match is niet bewezen de beste)", " (the match is not proven best)")
    public static let isPlaced = m("isPlaced", "{0} heeft een plek in {1} op {2} in {3}{4}: {5}.", "{0} is placed in {1} at {2} in {3}{4}: {5}.")
    public static let noOtherOpen = m(
        "noOtherOpen", "Geen andere woongroep staat volgens de regels open voor {0}.", "No other group is open to {0} under the rules.")
    public static let alsoOpen = m("alsoOpen", "Volgens de regels staan ook open voor {0}: {1}.", "Also open to {0} under the rules: {1}.")
    public static let notPlaced = m("notPlaced", "{0} heeft geen plek in {1}{2}.", "{0} is not placed in {1}{2}.")
    public static let reason = m("reason", "Reden: {0}.", "Reason: {0}.")
    public static let groups = m("groups", "Woongroepen:", "Groups:")
    public static let member = m("member", "lid", "member")
    public static let open = m("open", "open", "open")
    public static let ruledOut = m("ruledOut", "uitgesloten: {0}", "ruled out: {0}")
    public static let siteRent = m("siteRent", "{0} ({1}, huur {2}): {3}", "{0} ({1}, rent {2}): {3}")
    public static let rulesWithIt = m(
        "rulesWithIt", "deze regels gaan er niet mee samen: {0}", "these rules cannot all hold with it: {0}")
    public static let sitesThatSuit = m("sitesThatSuit", "woonplekken die passen: {0}", "sites that suit them: {0}")

    public static let all: [Message] = [
        statusOptimal, statusFeasible, statusInfeasible, statusNoSolution, scenario, groupAtSite, siteFacts, members,
        size, columnMember, columnGenerations, columnCare, columnAccessible, columnNote, yes, founder, choice, care,
        conflictHeading, summary, housed, housedBound, fit, fitBound, groupsFormed, unassigned, careOf, theScenario,
        notProvenBest, isPlaced, noOtherOpen, alsoOpen, notPlaced, reason, groups, member, open, ruledOut, siteRent,
        rulesWithIt, sitesThatSuit,
    ]
}
