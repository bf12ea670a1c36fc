/// The headings, column names and connecting words of the terminal reports of
/// `candidates`, `explain --group` and `site` (`--lang nl|en`); the sentences
/// inside them are the library's own (``ExplorationWords``). English is exactly
/// what these reports have always printed.
public enum ExplorationReportWords {
    private static func m(_ key: String, _ nl: String, _ en: String) -> Message {
        Message("explorationReport.\(key)", nl: nl, en: en)
    }

    // MARK: Shared by the three reports

    public static let notAsked = m("notAsked", "niet gevraagd", "not asked")
    public static let cannot = m("cannot", "kan niet", "cannot")
    public static let noMatchInTime = m("noMatchInTime", "geen match op tijd", "no match in time")
    public static let membersChange = m("membersChange", "{0} → {1}", "{0} → {1}")
    public static let atSite = m("atSite", " op {0}", " at {0}")
    public static let foundNotProven = m("foundNotProven", "{0} gevonden, niet bewezen", "{0} found, not proven")
    public static let nobodyElseChanges = m("nobodyElseChanges", "verder verandert er niets", "nobody else changes")
    public static let notHoused = m("notHoused", "niet {0}", "not {0}")
    public static let noMatchMeetsIt = m("noMatchMeetsIt", "geen match voldoet eraan", "no match meets it")
    public static let noMatchFoundInTime = m("noMatchFoundInTime", "geen match gevonden op tijd", "no match found in time")
    public static let priority = m("priority", " (voorrang {0})", " (priority {0})")
    public static let statusNotProven = m("statusNotProven", " ({0}: niet bewezen de beste)", " ({0}: not proven best)")
    public static let rulesCannotHoldWithIt = m(
        "rulesCannotHoldWithIt", "deze regels kunnen er niet allemaal tegelijk mee gelden:", "these rules cannot all hold with it:")
    public static let stoppedEarly = m("stoppedEarly", " (vroeg gestopt)", " (stopped early)")
    public static let columnGroup = m("column.group", "woongroep", "group")
    public static let columnHouseholdsOverall = m("column.householdsOverall", "huishoudens in totaal", "households overall")
    public static let columnWho = m("column.who", "wie", "who")
    public static let columnMembersThere = m("column.membersThere", "leden daar", "members there")
    public static let columnCareThere = m("column.careThere", "zorg daar", "care there")

    // MARK: candidates

    public static let cannotForm = m("candidates.cannotForm", "{0} kan niet ontstaan: {1}.", "{0} cannot form: {1}.")
    public static let formsAt = m(
        "candidates.formsAt", "{0} ontstaat in de beste match op {1}{2}, met {3}.", "{0} forms at {1} in the best match{2}, with {3}.")
    public static let notProvenBest = m("candidates.notProvenBest", " (niet bewezen de beste)", " (not proven best)")
    public static let doesNotFormStatus = m(
        "candidates.doesNotForm", "{0} ontstaat niet in de beste match ({1}).", "{0} does not form in the best match ({1}).")
    public static let founder = m("candidates.founder", "oprichter", "founder")
    public static let careNote = m("candidates.care", "zorg: {0}", "care: {0}")
    public static let noOtherCouldJoin = m(
        "candidates.noOtherCouldJoin", "Volgens de regels kan geen ander huishouden bij {0}.",
        "No other household could join {0} under the rules.")
    public static let noneFound = m(
        "candidates.noneFound", "Er is geen huishouden gevonden dat een match in {0} kan plaatsen.",
        "No household was found that a match can place in {0}.")
    public static let columnSeeker = m("candidates.column.seeker", "huishouden", "seeker")
    public static let columnCare = m("candidates.column.care", "zorg", "care")
    public static let columnFit = m("candidates.column.fit", "passing", "fit")
    public static let columnChoice = m("candidates.column.choice", "keuze", "choice")
    public static let columnValues = m("candidates.column.values", "waarden", "values")
    public static let columnNowIn = m("candidates.column.nowIn", "nu in", "now in")
    public static let columnComesWith = m("candidates.column.comesWith", "komt met", "comes with")
    public static let columnWhatItChanges = m("candidates.column.whatItChanges", "wat het verandert", "what it changes")
    public static let choiceOf = m("candidates.choiceOf", "{0} van {1}", "{0} of {1}")
    public static let bestByFit = m(
        "candidates.bestByFit", "Volgens de regels kunnen {0} huishoudens erbij; de beste {1} naar passing:",
        "{0} households could join under the rules; the best {1} by fit:")
    public static let couldJoinOne = m("candidates.couldJoinOne", "{0} huishouden kan erbij, best passend eerst:", "{0} household could join, best fit first:")
    public static let couldJoinMany = m(
        "candidates.couldJoinMany", "{0} huishoudens kunnen erbij, best passend eerst:", "{0} households could join, best fit first:")
    public static let couldJoinNotAsked = m(
        "candidates.couldJoinNotAsked",
        "{0} huishoudens kunnen erbij ({1} anderen die de regels toelaten, zijn niet gevraagd), best passend eerst:",
        "{0} households could join ({1} more the rules let in were not asked), best fit first:")
    public static let fitNote = m(
        "candidates.fitNote",
        "  passing: hoe goed de wensen van het huishouden bij {0} passen: de plaats van de groep in hun eigen lijst (keuze) en de waarden die ze met de groep delen, gewogen zoals het scenario zegt; hoger is beter.",
        "  fit: how well the household's wishes meet {0}: where it stands in their own list of groups (choice) and the group's values they share, weighted as the scenario says; higher is better.")
    public static let ifJoins = m("candidates.ifJoins", "Als {0} bij {1} komt:", "If {0} joins {1}:")
    public static let cannotJoinAfterAll = m(
        "candidates.cannotJoinAfterAll", "Kunnen toch niet bij {0}: de regels laten ze toe, maar geen match plaatst ze daar.",
        "Cannot join {0} after all: the rules let them in, but no match places them there.")
    public static let rulesWithOne = m(
        "candidates.rulesWithOne", "{0}: deze regels kunnen niet allemaal gelden met dit huishouden erbij:",
        "{0}: these rules cannot all hold with it:")
    public static let rulesWithMany = m(
        "candidates.rulesWithMany", "{0}: deze regels kunnen niet allemaal gelden met deze huishoudens erbij:",
        "{0}: these rules cannot all hold with them:")
    public static let moreNotAsked = m(
        "candidates.moreNotAsked", "{0} anderen die de regels toelaten, zijn niet gevraagd (zie --top).",
        "{0} more the rules let in were not asked about (see --top).")
    public static let declinedByFounders = m(
        "candidates.declined", "Afgewezen door de oprichters (anders konden ze erbij): {0}.",
        "Declined by the founders (otherwise they could join): {0}.")
    public static let withFit = m("candidates.withFit", "{0} (passing {1})", "{0} (fit {1})")
    public static let addingTo = m("candidates.addingTo", "{0} toevoegen aan {1}", "adding {0} to {1}")

    // MARK: explain --group

    public static let groupHead = m("group.head", "{0} {1} ({2}–{3} leden): {4}", "{0} {1} ({2}–{3} members): {4}")
    public static let takesWith = m("group.takesWith", "neemt {0} met {1} leden in de beste match", "takes {0} with {1} members in the best match")
    public static let doesNotFormBest = m("group.doesNotForm", "ontstaat niet in de beste match", "does not form in the best match")
    public static let possibleSites = m("group.possibleSites", "mogelijke woonplekken: {0}", "possible sites: {0}")
    public static let none = m("group.none", "geen", "none")
    public static let notSite = m("group.notSite", "niet {0}: {1}", "not {0}: {1}")
    public static let sitesOutsideOne = m("group.sitesOutsideOne", "{0} woonplek buiten haar gemeenten", "{0} site outside its towns")
    public static let sitesOutsideMany = m("group.sitesOutsideMany", "{0} woonplekken buiten haar gemeenten", "{0} sites outside its towns")
    public static let ifMustForm = m(
        "group.ifMustForm", "Als het moet ontstaan: {0} met zorg {1}; huishoudens met een plek in totaal {2}{3}.",
        "If it must form: {0} with care {1}; households housed overall {2}{3}.")
    public static let ifMustFormNot = m("group.ifMustFormNot", "Als het moet ontstaan: {0}{1}", "If it must form: {0}{1}")
    public static let noMatchLetsItForm = m("group.noMatchLetsItForm", "geen match laat het ontstaan", "no match lets it form")
    public static let whyNotForm = m("group.whyNotForm", "Waarom het niet ontstaat", "Why it does not form")
    public static let whyNotLarger = m("group.whyNotLarger", "Waarom het niet groter is", "Why it is not larger")
    public static let whereItWouldForm = m("group.whereItWouldForm", " (waar het zou ontstaan)", " (where it would form)")
    public static let nothingFound = m("group.nothingFound", "niets gevonden", "nothing found")
    public static let cannotFormRulesAbove = m(
        "group.cannotFormRulesAbove", "kan zelfs op zichzelf niet ontstaan: de regels hierboven kunnen niet allemaal tegelijk gelden",
        "cannot form at all, even on its own: the rules above cannot all hold together")
    public static let columnChange = m("group.column.change", "wijziging", "change")
    public static let columnMembersOf = m("group.column.membersOf", "leden van {0}", "{0} members")
    public static let andIfMustForm = m("group.andIfMustForm", "  en als {0} moet ontstaan", "  and if {0} must form")
    public static let changesTriedOne = m("group.changesTriedOne", "{0} wijziging geprobeerd in {1}{2}: {3}", "{0} change tried in {1}{2}: {3}")
    public static let changesTriedMany = m(
        "group.changesTriedMany", "{0} wijzigingen geprobeerd in {1}{2}: {3}", "{0} changes tried in {1}{2}: {3}")
    public static let noneHelps = m(
        "group.noneHelps", "geen enkele laat het ontstaan of groeien, of geeft iemand meer een plek.",
        "none lets it form or grow, or houses anyone more.")
    public static let helping = m("group.helping", "dit helpt: {0}.", "helping: {0}.")

    // MARK: site

    public static let siteHead = m(
        "site.head", "{0} {1} ({2}, {3} woningen, {4} toegankelijk, huur {5}, {6}{7})",
        "{0} {1} ({2}, {3} dwellings, {4} accessible, rent {5}, {6}{7})")
    public static let commonRoom = m("site.commonRoom", "gemeenschappelijke ruimte", "common room")
    public static let noCommonRoom = m("site.noCommonRoom", "geen gemeenschappelijke ruimte", "no common room")
    public static let offeredBy = m("site.offeredBy", ", aangeboden door {0}", ", offered by {0}")
    public static let takenBy = m("site.takenBy", ": in de beste match genomen door {0} met {1} leden.", ": taken by {0} with {1} members in the best match.")
    public static let unused = m("site.unused", ": leeg in de beste match.", ": unused in the best match.")
    public static let noGroupAsItIs = m("site.noGroupAsItIs", "Geen woongroep kan de plek nemen zoals hij is.", "No group could take it as it is.")
    public static let couldTakeTitle = m(
        "site.couldTakeTitle", "Woongroepen die de plek kunnen nemen, elk daartoe verplicht (tegen de beste match):",
        "Groups that could take it, each required to (against the best match):")
    public static let ifTakes = m("site.ifTakes", "Als {0} {1} neemt:", "If {0} takes {1}:")
    public static let cannotTakeIt = m("site.cannotTakeIt", "{0} kan de plek niet nemen", "{0} cannot take it")
    public static let columnLacks = m("site.column.lacks", "mist", "lacks")
    public static let columnChangedTo = m("site.column.changedTo", "plek aangepast tot", "site changed to")
    public static let almostTitle = m(
        "site.almostTitle",
        "Woongroepen die er bijna passen: wat de plek mist, en wat het oplevert als hij zo wordt aangepast (de groep verplicht hem te nemen):",
        "Groups that almost fit: what the site lacks, and what it brings changed (the group required to take it):")
    public static let withIfTakes = m("site.withIfTakes", "Met {0}, als {1} de plek neemt:", "With {0}, if {1} takes it:")
    public static let otherTitle = m("site.otherTitle", "Andere woongroepen, en wat elk tegenhoudt:", "Other groups, and what keeps each out:")
    public static let answeredIn = m("site.answeredIn", "Beantwoord in {0}{1}.", "Answered in {0}{1}.")

    public static let all: [Message] = [
        notAsked, cannot, noMatchInTime, membersChange, atSite, foundNotProven, nobodyElseChanges, notHoused, noMatchMeetsIt,
        noMatchFoundInTime, priority, statusNotProven, rulesCannotHoldWithIt, stoppedEarly, columnGroup, columnHouseholdsOverall,
        columnWho, columnMembersThere, columnCareThere,
        cannotForm, formsAt, notProvenBest, doesNotFormStatus, founder, careNote, noOtherCouldJoin, noneFound, columnSeeker,
        columnCare, columnFit, columnChoice, columnValues, columnNowIn, columnComesWith, columnWhatItChanges, choiceOf,
        bestByFit, couldJoinOne, couldJoinMany, couldJoinNotAsked, fitNote, ifJoins, cannotJoinAfterAll, rulesWithOne,
        rulesWithMany, moreNotAsked, declinedByFounders, withFit, addingTo,
        groupHead, takesWith, doesNotFormBest, possibleSites, none, notSite, sitesOutsideOne, sitesOutsideMany, ifMustForm,
        ifMustFormNot, noMatchLetsItForm, whyNotForm, whyNotLarger, whereItWouldForm, nothingFound, cannotFormRulesAbove,
        columnChange, columnMembersOf, andIfMustForm, changesTriedOne, changesTriedMany, noneHelps, helping,
        siteHead, commonRoom, noCommonRoom, offeredBy, takenBy, unused, noGroupAsItIs, couldTakeTitle, ifTakes, cannotTakeIt,
        columnLacks, columnChangedTo, almostTitle, withIfTakes, otherTitle, answeredIn,
    ]
}
