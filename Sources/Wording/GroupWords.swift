/// The founders' pages: the list of groups, one group's wishes, members,
/// candidates, sites, and what dropping one of its requirements would bring.
public enum GroupWords {
    // MARK: The list
    public static let listTitle = Message("group.listTitle", nl: "Woongroepen", en: "Groups")
    public static let listIntro = Message(
        "group.listIntro",
        nl: "Kies een woongroep om te zien wie erbij past, wat het kost om iemand toe te voegen, welke woonplekken in aanmerking komen en wat het oplevert om een eis te laten vallen.",
        en: "Choose a group to see who fits it, what adding someone costs, which sites could suit it, and what dropping one of its requirements would bring.")
    public static let size = Message("group.size", nl: "Omvang", en: "Size")
    public static let sizeRange = Message("group.sizeRange", nl: "{0} tot {1} huishoudens", en: "{0} to {1} households")
    public static let now = Message("group.now", nl: "In de match van nu", en: "In the current match")
    public static let formsAt = Message("group.formsAt", nl: "ontstaat op {0} met {1} huishoudens", en: "forms at {0} with {1} households")
    public static let doesNotForm = Message("group.doesNotForm", nl: "ontstaat nu niet", en: "does not form now")
    public static let notFound = Message("group.notFound", nl: "Woongroep {0} staat niet in dit scenario.", en: "Group {0} is not in this scenario.")

    // MARK: Where the group stands
    public static let standsFormed = Message(
        "group.standsFormed",
        nl: "In de match van nu ontstaat deze woongroep op {0} met {1} huishoudens.",
        en: "In the current match this group forms at {0} with {1} households.")
    public static let standsNotFormed = Message(
        "group.standsNotFormed",
        nl: "In de match van nu ontstaat deze woongroep niet.",
        en: "In the current match this group does not form.")
    public static let cannotForm = Message("group.cannotForm", nl: "Er is geen woonplek voor de groep: {0}", en: "No site is open to the group: {0}")
    public static let printHint = Message(
        "group.printHint",
        nl: "Afdrukken geeft de wensen en de ledenlijst, zonder menu; zorggegevens alleen als ze nu getoond worden.",
        en: "Printing gives the wishes and the member list, without the menu; care details only when shown now.")

    // MARK: Wishes
    public static let wishesTitle = Message("group.wishes", nl: "Wat de groep wil", en: "What the group wants")
    public static let wishTowns = Message("group.wishTowns", nl: "Gemeenten", en: "Towns")
    public static let wishCare = Message("group.wishCare", nl: "Zorg", en: "Care")
    public static let acceptsEveryCare = Message("group.acceptsEveryCare", nl: "neemt elke zorgsoort aan", en: "accepts every care type")
    public static let acceptsCare = Message("group.acceptsCare", nl: "neemt aan: {0}", en: "accepts: {0}")
    public static let acceptsNoCare = Message("group.acceptsNoCare", nl: "neemt geen leden met een zorgvraag aan", en: "accepts no members with a care need")
    public static let careShareRange = Message(
        "group.careShareRange",
        nl: "{0} tot {1} van de leden heeft een zorgvraag",
        en: "{0} to {1} of the members have a care need")
    public static let careShareAtLeast = Message(
        "group.careShareAtLeast", nl: "minstens {0} van de leden heeft een zorgvraag", en: "at least {0} of the members have a care need")
    public static let careShareAtMost = Message(
        "group.careShareAtMost", nl: "hooguit {0} van de leden heeft een zorgvraag", en: "at most {0} of the members have a care need")
    public static let wishGenerations = Message("group.wishGenerations", nl: "Generaties", en: "Generations")
    public static let generationsAtLeast = Message("group.generationsAtLeast", nl: "minstens {0} generaties", en: "at least {0} generations")
    public static let generationsAny = Message("group.generationsAny", nl: "geen eis", en: "no requirement")
    public static let wishSupport = Message("group.wishSupport", nl: "Onderlinge steun", en: "Support among members")
    public static let supportRatio = Message(
        "group.supportRatio",
        nl: "de leden geven samen minstens {0} uur steun per uur zorg",
        en: "the members give at least {0} hours of support per hour of care together")
    public static let wishCommonRoom = Message("group.wishCommonRoom", nl: "Gemeenschappelijke ruimte", en: "Common room")
    public static let needed = Message("group.needed", nl: "nodig", en: "needed")
    public static let notNeeded = Message("group.notNeeded", nl: "niet nodig", en: "not needed")
    public static let wishValues = Message("group.wishValues", nl: "Waarden", en: "Values")
    public static let wishFounders = Message("group.wishFounders", nl: "Initiatiefnemers", en: "Founders")
    public static let wishDeclines = Message("group.wishDeclines", nl: "Wijzen af", en: "Decline")
    public static let mustForm = Message("group.mustForm", nl: "Moet ontstaan", en: "Must form")

    // MARK: Members
    public static let membersTitle = Message("group.members", nl: "Leden", en: "Members")
    public static let membersNone = Message(
        "group.membersNone", nl: "De groep heeft in de match van nu geen leden: ze ontstaat niet.",
        en: "The group has no members in the current match: it does not form.")
    public static let founder = Message("group.founder", nl: "initiatiefnemer", en: "founder")
    public static let role = Message("group.role", nl: "Rol", en: "Role")
    public static let member = Message("group.member", nl: "lid", en: "member")
    public static let whyFits = Message("group.whyFits", nl: "Waarom het past", en: "Why it fits")
    public static let fitColumn = Message("group.fitColumn", nl: "Aansluiting", en: "Fit")
    public static let fitChoice = Message("group.fitChoice", nl: "keuze {0} van {1}", en: "choice {0} of {1}")
    public static let fitNotChosen = Message("group.fitNotChosen", nl: "niet bij hun gekozen groepen", en: "not among their chosen groups")
    public static let fitShares = Message("group.fitShares", nl: "deelt {0}", en: "shares {0}")
    public static let fitSharesNothing = Message("group.fitSharesNothing", nl: "geen gedeelde waarden", en: "no shared values")
    public static let fitExplained = Message(
        "group.fitExplained",
        nl: "Aansluiting: hoe goed de groep past bij de wensen van het huishouden: de plaats van de groep in hun eigen lijst en de waarden die ze delen; hoger is beter.",
        en: "Fit: how well the group meets the household's wishes: where it stands in their own list of groups and the values they share; higher is better.")

    // MARK: Candidates
    public static let candidatesTitle = Message("group.candidates", nl: "Wie er nog bij zou kunnen", en: "Who else could join")
    public static let candidatesIntro = Message(
        "group.candidatesIntro",
        nl: "Huishoudens die volgens de regels bij de groep kunnen, best passend eerst, met wat het de anderen kost en oplevert als ze erbij komen.",
        en: "Households the rules let join the group, best fit first, with what adding each costs and brings the others.")
    public static let candidatesNone = Message(
        "group.candidatesNone", nl: "Geen ander huishouden kan volgens de regels bij deze groep.",
        en: "No other household can join this group under the rules.")
    public static let candidatesNonePossible = Message(
        "group.candidatesNonePossible", nl: "Er is geen huishouden gevonden dat een match in deze groep kan plaatsen.",
        en: "No household was found that a match can place in this group.")
    public static let candidatesNotAsked = Message(
        "group.candidatesNotAsked",
        nl: "Nog {0} huishoudens kunnen volgens de regels bij de groep; naar hen is niet gevraagd.",
        en: "{0} more households could join under the rules; they were not asked about.")
    public static let candidatesNotAskedOne = Message(
        "group.candidatesNotAskedOne",
        nl: "Nog {0} huishouden kan volgens de regels bij de groep; daarnaar is niet gevraagd.",
        en: "{0} more household could join under the rules; it was not asked about.")
    public static let candidatesStopped = Message(
        "group.candidatesStopped", nl: "Gestopt voordat alles was uitgezocht.", en: "Stopped before everything was asked.")
    public static let nowIn = Message("group.nowIn", nl: "Nu in", en: "Now in")
    public static let withoutPlace = Message("group.withoutPlace", nl: "zonder plek", en: "without a place")
    public static let comesWith = Message("group.comesWith", nl: "Komt mee", en: "Comes along")
    public static let costAndGain = Message("group.costAndGain", nl: "Wat het kost en oplevert", en: "What it costs and brings")
    public static let impossibleTitle = Message(
        "group.impossible", nl: "Toch niet mogelijk", en: "Not possible after all")
    public static let impossibleIntro = Message(
        "group.impossibleIntro",
        nl: "De regels laten deze huishoudens toe, maar geen match plaatst ze in de groep. Deze regels kunnen dan niet allemaal gelden:",
        en: "The rules let these households in, but no match places them in the group. These rules cannot then all hold:")
    public static let declinedTitle = Message(
        "group.declined", nl: "Afgewezen door de initiatiefnemers (anders konden ze erbij)",
        en: "Declined by the founders (otherwise they could join)")

    // MARK: Sites
    public static let sitesTitle = Message("group.sites", nl: "Woonplekken", en: "Sites")
    public static let possibleSites = Message("group.possibleSites", nl: "Woonplekken die de groep kan nemen", en: "Sites the group can take")
    public static let possibleNone = Message("group.possibleNone", nl: "Geen enkele woonplek is open voor de groep.", en: "No site is open to the group.")
    public static let lackingSites = Message(
        "group.lackingSites", nl: "Woonplekken in haar gemeenten die niet passen, en wat ze missen",
        en: "Sites in its towns that do not suit it, and what they lack")
    public static let whatLacks = Message("group.whatLacks", nl: "Wat ontbreekt", en: "What is lacking")
    public static let sitesElsewhere = Message(
        "group.sitesElsewhere", nl: "{0} andere woonplekken liggen buiten haar gemeenten.",
        en: "{0} other sites lie outside its towns.")
    public static let ifMustForm = Message("group.ifMustForm", nl: "Als de groep moet ontstaan", en: "If the group must form")
    public static let holdsBackTitle = Message("group.holdsBack", nl: "Wat de groep tegenhoudt", en: "What holds the group back")
    public static let holdsBackNothing = Message("group.holdsBackNothing", nl: "Niets gevonden.", en: "Nothing found.")
    public static let helpfulTitle = Message("group.helpful", nl: "Veranderingen die helpen", en: "Changes that help")
    public static let helpfulNone = Message(
        "group.helpfulNone",
        nl: "Geen van de {0} geprobeerde veranderingen laat de groep ontstaan of groeien, of geeft meer huishoudens een plek.",
        en: "None of the {0} changes tried lets the group form or grow, or houses more households.")
    public static let helpfulLine = Message("group.helpfulLine", nl: "{0}: leden {1} → {2}; huishoudens met plek {3}", en: "{0}: members {1} → {2}; households housed {3}")

    // MARK: Dropping a requirement
    public static let dropTitle = Message("group.dropTitle", nl: "Wat als we een eis laten vallen?", en: "What if we drop a requirement?")
    public static let dropIntro = Message(
        "group.dropIntro",
        nl: "Eén klik rekent de match opnieuw uit zonder die eis. Het scenario zelf verandert niet.",
        en: "One click works out the match again without that requirement. The scenario itself does not change.")
    public static let dropNone = Message("group.dropNone", nl: "Deze groep heeft geen eisen om te laten vallen.", en: "This group has no requirements to drop.")
    public static let dropCommonRoom = Message("group.dropCommonRoom", nl: "Zonder gemeenschappelijke ruimte", en: "Without a common room")
    public static let dropGenerations = Message("group.dropGenerations", nl: "Zonder eis aan generaties (nu minstens {0})", en: "Without a generations requirement (now at least {0})")
    public static let dropCareShare = Message("group.dropCareShare", nl: "Zonder eis aan het zorgaandeel (nu {0} tot {1})", en: "Without a care share requirement (now {0} to {1})")
    public static let dropCareTypes = Message("group.dropCareTypes", nl: "Elke zorgsoort aannemen", en: "Accept every care type")
    public static let dropTowns = Message("group.dropTowns", nl: "Elke gemeente is goed (nu {0})", en: "Any town will do (now {0})")
    public static let dropMinimumSize = Message("group.dropMinimumSize", nl: "Ook klein beginnen: vanaf {0} huishoudens (nu {1})", en: "Start small too: from {0} households (now {1})")
    public static let dropSupport = Message("group.dropSupport", nl: "Zonder eis aan onderlinge steun", en: "Without a support requirement")
    public static let dropResultTitle = Message("group.dropResultTitle", nl: "{0}: {1}", en: "{0}: {1}")
    public static let dropUnknown = Message("group.dropUnknown", nl: "Deze eis heeft de groep niet.", en: "The group has no such requirement.")
    public static let dropNotSaved = Message(
        "group.dropNotSaved", nl: "Uitgerekend op een kopie van het scenario; er is niets opgeslagen.",
        en: "Worked out on a copy of the scenario; nothing was saved.")
    public static let compareNow = Message("group.compareNow", nl: "Nu", en: "Now")
    public static let compareWithout = Message("group.compareWithout", nl: "Zonder deze eis", en: "Without this requirement")
    public static let compareHoused = Message("group.compareHoused", nl: "Huishoudens met een plek", en: "Households with a place")
    public static let compareOutcome = Message("group.compareOutcome", nl: "Uitkomst", en: "Outcome")
    public static let housedOf = Message("group.housedOf", nl: "{0} van de {1}", en: "{0} of {1}")
    public static let noMatch = Message("group.noMatch", nl: "geen match", en: "no match")
    public static let dropNothingChanges = Message(
        "group.dropNothingChanges", nl: "Voor niemand verandert er iets.", en: "Nothing changes for anyone.")
    public static let backToGroup = Message("group.back", nl: "Terug naar {0}", en: "Back to {0}")

    public static let all = [
        listTitle, listIntro, size, sizeRange, now, formsAt, doesNotForm, notFound,
        standsFormed, standsNotFormed, cannotForm, printHint,
        wishesTitle, wishTowns, wishCare, acceptsEveryCare, acceptsCare, acceptsNoCare, careShareRange, careShareAtLeast,
        careShareAtMost, wishGenerations, generationsAtLeast, generationsAny, wishSupport, supportRatio, wishCommonRoom,
        needed, notNeeded, wishValues, wishFounders, wishDeclines, mustForm,
        membersTitle, membersNone, founder, role, member, whyFits, fitColumn, fitChoice, fitNotChosen, fitShares,
        fitSharesNothing, fitExplained,
        candidatesTitle, candidatesIntro, candidatesNone, candidatesNonePossible, candidatesNotAsked, candidatesNotAskedOne, candidatesStopped,
        nowIn, withoutPlace, comesWith, costAndGain, impossibleTitle, impossibleIntro, declinedTitle,
        sitesTitle, possibleSites, possibleNone, lackingSites, whatLacks, sitesElsewhere, ifMustForm, holdsBackTitle,
        holdsBackNothing, helpfulTitle, helpfulNone, helpfulLine,
        dropTitle, dropIntro, dropNone, dropCommonRoom, dropGenerations, dropCareShare, dropCareTypes, dropTowns,
        dropMinimumSize, dropSupport, dropResultTitle, dropUnknown, dropNotSaved, compareNow, compareWithout,
        compareHoused, compareOutcome, housedOf, noMatch,
        dropNothingChanges, backToGroup,
    ]
}
