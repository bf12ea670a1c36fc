/// The household pages: who has a place, why one has none, and the smallest
/// change of its own wishes that would give it one; and the words for what a
/// placement does to everyone else, which the group pages share.
public enum HouseholdWords {
    // MARK: The list
    public static let listTitle = Message("household.listTitle", nl: "Huishoudens", en: "Households")
    public static let listIntro = Message(
        "household.listIntro",
        nl: "Huishoudens worden alleen met hun code getoond. Kies er een om te zien waarom het wel of geen plek heeft, en wat het een plek zou geven.",
        en: "Households are shown by their code only. Choose one to see why it has a place or not, and what would give it one.")
    public static let place = Message("household.place", nl: "Plek", en: "Place")
    public static let hasPlace = Message("household.hasPlace", nl: "heeft een plek", en: "has a place")
    public static let noPlace = Message("household.noPlace", nl: "zonder plek", en: "without a place")
    public static let counts = Message(
        "household.counts", nl: "{0} van de {1} huishoudens hebben een plek; {2} nog niet.",
        en: "{0} of {1} households have a place; {2} do not yet.")
    public static let notFound = Message("household.notFound", nl: "Huishouden {0} staat niet in dit scenario.", en: "Household {0} is not in this scenario.")
    public static let title = Message("household.title", nl: "Huishouden {0}", en: "Household {0}")

    // MARK: One household
    public static let placedIn = Message(
        "household.placedIn", nl: "{0} heeft een plek in {1} op {2}.", en: "{0} has a place in {1} at {2}.")
    public static let notPlaced = Message("household.notPlaced", nl: "{0} heeft in de match van nu geen plek.", en: "{0} has no place in the current match.")
    public static let reason = Message("household.reason", nl: "Waarom niet", en: "Why not")
    public static let fitHere = Message("household.fitHere", nl: "Hoe de groep past: {0}.", en: "How the group fits: {0}.")
    public static let notProven = Message(
        "household.notProven", nl: "De match is niet bewezen de beste.", en: "The match is not proven the best.")
    public static let wishesTitle = Message("household.wishes", nl: "Eigen wensen", en: "Own wishes")
    public static let wishTowns = Message("household.wishTowns", nl: "Gemeenten", en: "Towns")
    public static let wishMaxRent = Message("household.wishMaxRent", nl: "Maximale huur", en: "Highest rent")
    public static let noLimit = Message("household.noLimit", nl: "geen grens", en: "no limit")
    public static let wishPreferences = Message("household.wishPreferences", nl: "Voorkeur voor", en: "Prefers")
    public static let wishExcludes = Message("household.wishExcludes", nl: "Liever niet", en: "Rather not")
    public static let wishGenerations = Message("household.wishGenerations", nl: "Generaties", en: "Generations")
    public static let wishTogether = Message("household.wishTogether", nl: "Woont samen met", en: "Lives together with")
    public static let wishAccessible = Message("household.wishAccessible", nl: "Toegankelijke woning nodig", en: "Needs an accessible dwelling")
    public static let nothingListed = Message("household.nothingListed", nl: "geen", en: "none")

    // MARK: The smallest change
    public static let changeTitle = Message(
        "household.changeTitle", nl: "Wat een plek zou geven", en: "What would give it a place")
    public static let smallestChange = Message(
        "household.smallestChange",
        nl: "De kleinste verandering van de eigen wensen die een plek geeft zonder dat iemand anders de zijne verliest: {0}.",
        en: "The smallest change of its own wishes that gives it a place without anyone else losing theirs: {0}.")
    public static let joins = Message("household.joins", nl: "dan in {0}", en: "then in {0}")
    public static let alsoWorks = Message("household.alsoWorks", nl: "Ook mogelijk", en: "Also possible")
    public static let noChangeOpens = Message(
        "household.noChangeOpens",
        nl: "Geen verandering van de eigen wensen (gemeenten, huurgrens, uitsluitingen, apart wonen) opent een groep of woonplek.",
        en: "No change of its own wishes (towns, rent limit, excludes, apart) opens a group or site.")
    public static let noChangeWorks = Message(
        "household.noChangeWorks",
        nl: "Geen geprobeerde verandering van de eigen wensen geeft een plek zonder dat een ander de zijne verliest.",
        en: "No change of its own wishes tried gives it a place without someone else losing theirs.")
    public static let triedWithout = Message("household.triedWithout", nl: "Geprobeerd zonder succes", en: "Tried without success")
    public static let undecided = Message("household.undecided", nl: "(niet uitgezocht binnen de rekentijd)", en: "(not settled in the time given)")
    public static let screenedOut = Message(
        "household.screenedOut", nl: "{0} andere veranderingen zijn niet geprobeerd: ze openen geen groep of woonplek.",
        en: "{0} other changes were not tried: they open no group or site.")
    public static let searchStopped = Message(
        "household.searchStopped", nl: "Het zoeken is gestopt voor het einde.", en: "The search stopped before its end.")
    public static let raiseRent = Message("household.raiseRent", nl: "met een huurgrens van {0}", en: "with a rent limit of {0}")
    public static let addTown = Message("household.addTown", nl: "als ook {0} goed is", en: "if {0} were acceptable too")
    public static let dropExclude = Message("household.dropExclude", nl: "als {0} niet meer uitgesloten is", en: "without excluding {0}")
    public static let dropApart = Message("household.dropApart", nl: "als het niet apart hoeft te wonen van {0}", en: "without having to live apart from {0}")
    public static let changeAnd = Message("household.changeAnd", nl: "{0} en {1}", en: "{0} and {1}")
    public static let placedNoChange = Message(
        "household.placedNoChange", nl: "Het heeft een plek: er hoeft niets te veranderen.", en: "It has a place: nothing needs to change.")

    // MARK: Groups seen from the household
    public static let groupsTitle = Message("household.groups", nl: "De woongroepen, gezien vanuit dit huishouden", en: "The groups, seen from this household")
    public static let openness = Message("household.openness", nl: "Kan erbij?", en: "Can join?")
    public static let openCurrent = Message("household.openCurrent", nl: "lid", en: "member")
    public static let openYes = Message("household.openYes", nl: "ja, volgens de regels", en: "yes, under the rules")
    public static let openNo = Message("household.openNo", nl: "nee", en: "no")
    public static let whatItTakes = Message("household.whatItTakes", nl: "Wat het kost, of waarom niet", en: "What it costs, or why not")
    public static let sitesThatSuit = Message("household.sitesThatSuit", nl: "Woonplekken die passen: {0}", en: "Sites that suit it: {0}")
    public static let careTypeHidden = Message(
        "household.careTypeHidden", nl: "de groep neemt hun zorgsoort niet aan", en: "the group does not accept their care type")
    public static let careProviderHidden = Message(
        "household.careProviderHidden", nl: "geen zorgaanbieder voor hun zorg werkt daar", en: "no care provider for their care works there")
    public static let accessHidden = Message(
        "household.accessHidden", nl: "de woonplek mist wat zij nodig hebben", en: "the site lacks what they need")

    // MARK: What a placement does to the others (shared with the group pages)
    public static let costFree = Message("effects.free", nl: "Niemand verliest een plek.", en: "Nobody loses their place.")
    public static let costLosesOne = Message("effects.losesOne", nl: "{0} verliest de plek.", en: "{0} loses their place.")
    public static let costLoseMany = Message("effects.loseMany", nl: "{0} verliezen hun plek.", en: "{0} lose their place.")
    public static let costLoseAtMost = Message(
        "effects.loseAtMost", nl: "Hooguit {0} verliezen hun plek: {1}.", en: "At most {0} lose their place: {1}.")
    public static let costImpossible = Message(
        "effects.impossible", nl: "Onmogelijk: geen match houdt zich dan aan alle regels.",
        en: "Impossible: no match then keeps every rule.")
    public static let costUnsettled = Message(
        "effects.unsettled", nl: "Niet uitgezocht binnen de rekentijd.", en: "Not settled in the time given.")
    public static let conflictIntro = Message(
        "effects.conflict", nl: "Deze regels kunnen dan niet allemaal gelden:", en: "These rules cannot then all hold:")

    public static let all = [
        listTitle, listIntro, place, hasPlace, noPlace, counts, notFound, title,
        placedIn, notPlaced, reason, fitHere, notProven, wishesTitle, wishTowns, wishMaxRent, noLimit, wishPreferences,
        wishExcludes, wishGenerations, wishTogether, wishAccessible, nothingListed,
        changeTitle, smallestChange, joins, alsoWorks, noChangeOpens, noChangeWorks, triedWithout, undecided, screenedOut,
        searchStopped, raiseRent, addTown, dropExclude, dropApart, changeAnd, placedNoChange,
        groupsTitle, openness, openCurrent, openYes, openNo, whatItTakes, sitesThatSuit, careTypeHidden,
        careProviderHidden, accessHidden,
        costFree, costLosesOne, costLoseMany, costLoseAtMost, costImpossible, costUnsettled, conflictIntro,
    ]
}
