/// What `validate` and the data page say about a value the contract refuses:
/// the message beside the path (`seekers[12].maxRent`), which stays as it is.
///
/// The English is exactly what `validate` has always printed; field names
/// (`maxSize`, `units`) stay as the file writes them, in both languages.
public enum ValidationWords {
    private static func m(_ key: String, _ nl: String, _ en: String) -> Message {
        Message("validation.\(key)", nl: nl, en: en)
    }

    // Identifiers
    public static let duplicateID = m("duplicateID", "dubbele code {0} (ook {1})", "duplicate id {0} (also {1})")
    public static let idEmpty = m("idEmpty", "mag niet leeg zijn", "must not be empty")
    public static let idTooLong = m(
        "idTooLong", "mag hooguit {0} tekens lang zijn (nu {1})", "must be at most {0} characters (got {1})")
    public static let idControl = m(
        "idControl", "mag geen stuurtekens bevatten (nu {0})", "must not contain control characters (got {0})")
    public static let noGroupWithID = m("noGroupWithID", "geen woongroep heeft code {0}", "no group has id {0}")
    public static let noSeekerWithID = m("noSeekerWithID", "geen huishouden heeft code {0}", "no seeker has id {0}")
    public static let noEntryWithID = m("noEntryWithID", "geen {0} heeft code {1}", "no {0} has id {1}")

    // Numbers
    public static let notFinite = m("notFinite", "moet een eindig getal zijn (nu {0})", "must be a finite number (got {0})")
    public static let negative = m("negative", "mag niet negatief zijn (nu {0})", "must not be negative (got {0})")
    public static let atLeast = m("atLeast", "moet minstens {0} zijn (nu {1})", "must be at least {0} (got {1})")
    public static let outOfRange = m("outOfRange", "{0} (nu {1})", "{0} (got {1})")
    public static let wholeFromTo = m(
        "wholeFromTo", "moet een geheel getal van {0} tot en met {1} zijn", "must be a whole number from {0} to {1}")
    public static let numberFromTo = m(
        "numberFromTo", "moet een getal van {0} tot en met {1} zijn", "must be a number from {0} to {1}")
    public static let share = m(
        "share", "moet een aandeel tussen 0 en 1 zijn (nu {0})", "must be a share between 0 and 1 (got {0})")
    public static let mustNotExceed = m(
        "mustNotExceed", "mag niet groter zijn dan {0} {1} (nu {2})", "must not exceed {0} {1} (got {2})")
    public static let minAboveMax = m("minAboveMax", "min {0} is hoger dan max {1}", "min {0} is above max {1}")

    // Lists and relations
    public static let listedTwice = m("listedTwice", "woongroep {0} staat er twee keer in", "group {0} is listed twice")
    public static let noGeneration = m(
        "noGeneration", "moet minstens één generatie noemen", "must list at least one generation")
    public static let ownRelation = m(
        "ownRelation", "{0} kan niet in de eigen lijst {1} staan", "{0} cannot be listed in its own {1}")
    public static let tooManyFounders = m(
        "tooManyFounders", "{0} oprichters, meer dan maxSize {1}", "{0} founders, more than maxSize {1}")
    public static let foundsTwice = m(
        "foundsTwice", "{0} richt al woongroep {1} op; een huishouden richt hooguit één woongroep op",
        "{0} already founds group {1}; a seeker founds at most one group")

    // MARK: Entries that can never take part (warnings)

    public static let providerNeverServes = m("providerNeverServes", "{0} kan nooit zorg leveren: {1}", "{0} can never serve: {1}")
    public static let roomForNone = m(
        "roomForNone", "de aanbieder heeft plaats voor geen enkele cliënt", "it has room for no clients")
    public static let needsMoreThanRoom = m(
        "needsMoreThanRoom", "de aanbieder heeft minstens {0} cliënten per woonplek nodig maar heeft plaats voor {1}",
        "it needs at least {0} clients per site but has room for {1}")
    public static let noSite = m("noSite", "er is geen woonplek{0}", "there is no site{0}")
    public static let inTowns = m("inTowns", " in {0}", " in {0}")
    public static let atRent = m("atRent", " met een huur van hooguit {0}", " at a rent of at most {0}")
    public static let withAccessible = m("withAccessible", " met een toegankelijke woning", " with an accessible dwelling")
    public static let providerSitesTooSmall = m(
        "providerSitesTooSmall",
        "de aanbieder heeft minstens {0} cliënten per woonplek nodig, maar de grootste woonplek in zijn gemeenten ({1}) heeft {2} woningen",
        "it needs at least {0} clients per site, but the largest site in its towns ({1}) has {2} dwellings")
    public static let neverHoused = m("neverHoused", "{0} kan nooit een plek krijgen: {1}", "{0} can never be housed: {1}")
    public static let noProviderOffers = m(
        "noProviderOffers", "geen zorgaanbieder biedt {0}", "no care provider offers care type {0}")
    public static let offeredOnlyBy = m(
        "offeredOnlyBy", "{0} wordt alleen geboden door {1}, die nooit zorg kan leveren",
        "care type {0} is offered only by {1}, which can never serve")
    public static let noGroupAccepts = m("noGroupAccepts", "geen woongroep neemt {0} aan", "no group accepts care type {0}")
    public static let neverForms = m("neverForms", "{0} kan nooit ontstaan: {1}", "{0} can never form: {1}")
    public static let needsCommonRoom = m(
        "needsCommonRoom", "de woongroep heeft een gemeenschappelijke ruimte nodig, en geen woonplek{0} heeft er een",
        "it needs a common room, and no site{0} has one")
    public static let hasFounders = m("hasFounders", "de woongroep heeft {0} oprichters", "it has {0} founders")
    public static let needsMembers = m("needsMembers", "de woongroep heeft minstens {0} leden nodig", "it needs at least {0} members")
    public static let largestTooSmall = m(
        "largestTooSmall", "{0}, maar de grootste woonplek die ze kan nemen ({1}) heeft {2} woningen",
        "{0}, but the largest site it may take ({1}) has {2} dwellings")
    public static let needsGenerations = m(
        "needsGenerations", "de woongroep heeft {0} generaties nodig, maar de huishoudens samen hebben er maar {1} ({2})",
        "it needs {0} generations, but the households together have only {1} ({2})")
    public static let percent = m("percent", "{0} %", "{0} %")
    public static let careNobodyBrings = m(
        "careNobodyBrings",
        "minstens {0} van de leden moet zorg nodig hebben, maar geen huishouden heeft zorg nodig van een soort die de woongroep aanneemt",
        "at least {0} of its members must need care, but no household needs care of a type it accepts")
    public static let careUnserved = m(
        "careUnserved",
        "minstens {0} van de leden moet zorg nodig hebben, maar geen zorgaanbieder kan de zorgsoorten leveren van de huishoudens die de woongroep aanneemt ({1})",
        "at least {0} of its members must need care, but no care provider can serve the care types of the households it accepts ({1})")
    public static let tooFewMembers = m(
        "tooFewMembers",
        "de woongroep heeft minstens {0} leden nodig, maar {1} (bij elk ander huishouden staan de gemeenten, de huur, de zorgvraag of een uitsluiting in de weg)",
        "it needs at least {0} members, but {1} (for each other household its towns, rent, care need or an exclusion stands in the way)")
    public static let nobodyCouldJoin = m("nobodyCouldJoin", "geen enkel huishouden kan er ooit bij", "no household could ever join it")
    public static let onlyCouldJoin = m("onlyCouldJoin", "alleen {0} kunnen er ooit bij", "only {0} could ever join it")
    public static let founderExcludes = m("founderExcludes", "haar oprichter {0} sluit {1} uit", "its founder {0} excludes {1}")
    public static let declinesFounder = m(
        "declinesFounder", "de woongroep wijst haar eigen oprichter {0} af", "it declines its own founder {0}")
    public static let founderCareNotAccepted = m(
        "founderCareNotAccepted", "haar oprichter {0} heeft {1} nodig, die {2} niet aanneemt",
        "its founder {0} needs care of type {1}, which {2} does not accept")
    public static let founderCareUnserved = m(
        "founderCareUnserved", "haar oprichter {0} heeft {1} nodig, die geen zorgaanbieder kan leveren",
        "its founder {0} needs care of type {1}, which no care provider can serve")
    public static let foundersApart = m(
        "foundersApart", "haar oprichters {0} en {1} mogen niet in één woongroep wonen",
        "its founders {0} and {1} must not live in one group")
    public static let tooFewAccessible = m(
        "tooFewAccessible", "{0} heeft {1} toegankelijke woningen voor de {2} oprichters die er een nodig hebben",
        "{0} has {1} accessible dwellings for the {2} founders who need one")
    public static let moreSites = m("moreSites", "; en nog {0} woonplekken", "; and {0} more sites")
    public static let noSiteSuitsFounder = m(
        "noSiteSuitsFounder", "geen woonplek die de woongroep kan nemen past bij haar oprichter {0}: {1}",
        "no site it may take suits its founder {0}: {1}")
    public static let noSiteSuitsFounders = m(
        "noSiteSuitsFounders", "geen woonplek die de woongroep kan nemen past bij al haar oprichters: {0}",
        "no site it may take suits all its founders: {0}")
    public static let siteElsewhere = m(
        "siteElsewhere", "{0} ligt in {1}, en {2} wil alleen {3}", "{0} is in {1}, and {2} only accepts {3}")
    public static let rentAbove = m(
        "rentAbove", "de huur van {0} ({1}) is hoger dan het maximum van {2} ({3})", "{0}'s rent of {1} is above {2}'s maximum of {3}")
    public static let noAccessibleFor = m(
        "noAccessibleFor", "{0} heeft geen toegankelijke woning, die {1} nodig heeft", "{0} has no accessible dwelling, which {1} needs")

    public static let all: [Message] = [
        duplicateID, idEmpty, idTooLong, idControl, noGroupWithID, noSeekerWithID, noEntryWithID,
        notFinite, negative, atLeast, outOfRange, wholeFromTo, numberFromTo, share, mustNotExceed, minAboveMax,
        listedTwice, noGeneration, ownRelation, tooManyFounders, foundsTwice,
        providerNeverServes, roomForNone, needsMoreThanRoom, noSite, inTowns, atRent, withAccessible, providerSitesTooSmall,
        neverHoused, noProviderOffers, offeredOnlyBy, noGroupAccepts, neverForms, needsCommonRoom, hasFounders, needsMembers,
        largestTooSmall, needsGenerations, percent, careNobodyBrings, careUnserved, tooFewMembers, nobodyCouldJoin,
        onlyCouldJoin, founderExcludes, declinesFounder, founderCareNotAccepted, founderCareUnserved, foundersApart,
        tooFewAccessible, moreSites, noSiteSuitsFounder, noSiteSuitsFounders, siteElsewhere, rentAbove, noAccessibleFor,
    ]
}
