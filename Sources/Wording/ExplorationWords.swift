/// What the library says when it explores a group or a site: the changes it
/// tries, the rules that hold a group back, what keeps a group from a site,
/// how well a household fits a group, and what a trial changes for everyone
/// (``Sentence``s built by `GroupExplainer`, `SiteOffer`, `candidates`,
/// `TrialEffects`), said by `candidates`, `explain --group`, `site` and the web pages.
///
/// The English is exactly what the tool has always written; the Dutch is what
/// a founder or a corporation's project manager would write.
public enum ExplorationWords {
    private static func m(_ key: String, _ nl: String, _ en: String) -> Message {
        Message("exploration.\(key)", nl: nl, en: en)
    }

    // MARK: Names
    // Groups, sites, providers and households inside a sentence are sentences of
    // their own with these messages, so that a page can turn each into a link.

    /// A group with its name: "g5 (De Bilt Verbonden)"; {0} is the id, {1} the name.
    public static let groupNamed = m("name.group", "{0} ({1})", "{0} ({1})")
    /// A group by its id alone: {0} is the id.
    public static let groupID = m("name.groupID", "{0}", "{0}")
    /// A site with its name: "s5 (Kloosterhof)"; {0} is the id, {1} the name.
    public static let siteNamed = m("name.site", "{0} ({1})", "{0} ({1})")
    /// A site by its id alone.
    public static let siteID = m("name.siteID", "{0}", "{0}")
    /// A site with its name first: "Oude school (s1)"; {0} is the id, {1} the name.
    public static let siteNameFirst = m("name.siteNameFirst", "{1} ({0})", "{1} ({0})")
    /// A care provider with its name: "c1 (Zorggroep Heuvelrug)"; {0} is the id, {1} the name.
    public static let providerNamed = m("name.provider", "{0} ({1})", "{0} ({1})")
    /// A care provider with its name first: "Zorggroep Heuvelrug (c1)".
    public static let providerNameFirst = m("name.providerNameFirst", "{1} ({0})", "{1} ({0})")
    /// A care provider by its id alone.
    public static let providerID = m("name.providerID", "{0}", "{0}")
    /// A household, by its pseudonymous id.
    public static let household = m("name.household", "{0}", "{0}")

    /// Two parts of one statement: "…; …".
    public static let twoParts = m("twoParts", "{0}; {1}", "{0}; {1}")

    // MARK: Changes tried

    public static let siteWith = m("change.siteWith", "{0} met {1}", "{0} with {1}")
    public static let siteNoChange = m("change.siteNoChange", "geen aanpassing", "no change")
    public static let siteCommonRoom = m("change.commonRoom", "een gemeenschappelijke ruimte", "a common room")
    public static let siteDwellings = m("change.dwellings", "{0} woningen ({1})", "{0} dwellings ({1})")
    public static let siteAccessible = m("change.accessible", "{0} toegankelijke woningen ({1})", "{0} accessible ({1})")
    public static let siteRent = m("change.rent", "huur {0}", "rent {0}")
    public static let minSize = m("change.minSize", "{0} ontstaat al met {1} leden", "{0} forms from {1} members")
    public static let maxSize = m("change.maxSize", "{0} neemt tot {1} leden op", "{0} takes up to {1} members")
    public static let careShare = m(
        "change.careShare", "{0} aanvaardt een aandeel leden met een zorgvraag van {1}–{2}",
        "{0} accepts a care share of {1}–{2}")
    public static let withoutCommonRoom = m(
        "change.withoutCommonRoom", "{0} kan zonder gemeenschappelijke ruimte", "{0} does without a common room")
    public static let acceptsCare = m("change.acceptsCare", "{0} neemt ook {1} aan", "{0} accepts care type {1}")
    public static let acceptsTown = m("change.town", "{0} zoekt ook in {1}", "{0} accepts {1}")
    public static let generationsOne = m("change.generationsOne", "{0} vraagt om {1} generatie", "{0} asks for {1} generation")
    public static let generationsMany = m(
        "change.generationsMany", "{0} vraagt om {1} generaties", "{0} asks for {1} generations")
    public static let minClientsOne = m(
        "change.minClientsOne", "{0} begint op een woonplek vanaf {1} cliënt", "{0} serves from {1} client per site")
    public static let minClientsMany = m(
        "change.minClientsMany", "{0} begint op een woonplek vanaf {1} cliënten", "{0} serves from {1} clients per site")
    public static let oneMoreDwelling = m("change.oneMoreDwelling", "één woning meer op {0}", "one more dwelling at {0}")
    public static let oneMoreAccessible = m(
        "change.oneMoreAccessible", "één toegankelijke woning meer op {0}", "one more accessible dwelling at {0}")
    public static let oneMoreCarePlace = m("change.oneMoreCarePlace", "één zorgplek meer bij {0}", "one more care place at {0}")

    // What a re-solve is asked to meet.
    public static let requiresHoused = m("requires.housed", "{0} krijgt een plek", "{0} is housed")
    public static let requiresJoins = m("requires.joins", "{0} komt in {1}", "{0} joins {1}")
    public static let requiresForms = m("requires.forms", "{0} ontstaat", "{0} forms")
    public static let requiresTakes = m("requires.takes", "{0} neemt {1}", "{0} takes {1}")

    // MARK: Rules that hold a group back

    public static let noSiteOpen = m("rule.noSiteOpen", "er staat geen woonplek voor de groep open: {0}", "no site is open to it: {0}")
    public static let closedByFounders = m(
        "rule.closedByFounders", "{0} ({1}) valt af door de eisen van de oprichters: {2}",
        "{0} ({1}) is closed by its founders' limits: {2}")
    public static let poolTooSmallOne = m(
        "rule.poolTooSmallOne", "minstens {0} leden: maar {1} huishouden kan erbij", "at least {0} members: only {1} household could join")
    public static let poolTooSmallMany = m(
        "rule.poolTooSmallMany", "minstens {0} leden: maar {1} huishoudens kunnen erbij",
        "at least {0} members: only {1} households could join")
    public static let poolGenerations = m(
        "rule.poolGenerations", "minstens {0} generaties: de huishoudens die erbij kunnen, beslaan er {1} ({2})",
        "at least {0} generations: the households who could join span {1} ({2})")
    public static let poolCareShareMin = m(
        "rule.poolCareShareMin",
        "aandeel leden met een zorgvraag minstens {0}: {1} van {2} leden moeten zorg nodig hebben, en {3} die erbij kunnen hebben dat",
        "care share at least {0}: {1} of {2} members must need care, {3} who could join do")
    public static let poolCareShareMax = m(
        "rule.poolCareShareMax",
        "aandeel leden met een zorgvraag hooguit {0}: {1} van {2} leden moeten zonder zorgvraag zijn, en {3} die erbij kunnen zijn dat",
        "care share at most {0}: {1} of {2} members must be without care, {3} who could join are")
    public static let siteFull = m("rule.siteFull", "neemt {0} met {1} woningen: vol ({2} van {1})", "takes {0} with {1} dwellings: full ({2} of {1})")
    public static let groupFull = m("rule.groupFull", "hooguit {0} leden: vol ({1} van {0})", "at most {0} members: full ({1} of {0})")
    public static let accessibleTakenOne = m(
        "rule.accessibleTakenOne", "{0} heeft {1} toegankelijke woning: bezet ({2} van {1})",
        "{0} has {1} accessible dwelling: all taken ({2} of {1})")
    public static let accessibleTakenMany = m(
        "rule.accessibleTakenMany", "{0} heeft {1} toegankelijke woningen: alle bezet ({2} van {1})",
        "{0} has {1} accessible dwellings: all taken ({2} of {1})")
    public static let accessibleWantedOne = m(
        "rule.accessibleWantedOne", "{0} huishouden dat erbij kan, heeft er een nodig", "{0} household who could join needs one")
    public static let accessibleWantedMany = m(
        "rule.accessibleWantedMany", "{0} huishoudens die erbij kunnen, hebben er een nodig", "{0} households who could join need one")
    public static let careShareMaxAt = m(
        "rule.careShareMaxAt", "aandeel leden met een zorgvraag hooguit {0}: {1} van {2} leden hebben zorg nodig",
        "care share at most {0}: {1} of {2} members need care")
    public static let careShareMinAt = m(
        "rule.careShareMinAt",
        "aandeel leden met een zorgvraag minstens {0}: {1} van {2} leden hebben zorg nodig, dus nog een lid zonder zorgvraag zou eronder zakken",
        "care share at least {0}: {1} of {2} members need care, so one more without care would go below it")
    public static let supportHoursOne = m(
        "rule.supportHoursOne",
        "steunuren minstens {0} van de zorguren: {1} steunuren voor {2} zorguren; {3} huishouden met een zorgvraag dat erbij kan, zou er meer nodig hebben",
        "support hours at least {0} of care hours: {1} support hours for {2} care hours; {3} care-needing household who could join would need more")
    public static let supportHoursMany = m(
        "rule.supportHoursMany",
        "steunuren minstens {0} van de zorguren: {1} steunuren voor {2} zorguren; {3} huishoudens met een zorgvraag die erbij kunnen, zouden er meer nodig hebben",
        "support hours at least {0} of care hours: {1} support hours for {2} care hours; {3} care-needing households who could join would need more")
    public static let providerAtCapacity = m(
        "rule.providerAtCapacity", "{0} zit aan zijn capaciteit ({1} van {2})", "{0} is at its capacity ({1} of {2})")
    public static let providersFullFor = m("rule.providersFullFor", "{0} voor {1}", "{0} for {1}")
    public static let perSiteMostOne = m(
        "rule.perSiteMostOne", "{0} bedient hooguit {1} cliënt per woonplek: hier {2} van {1}",
        "{0} serves at most {1} client per site: {2} of {1} here")
    public static let perSiteMostMany = m(
        "rule.perSiteMostMany", "{0} bedient hooguit {1} cliënten per woonplek: hier {2} van {1}",
        "{0} serves at most {1} clients per site: {2} of {1} here")
    public static let providerMinimumOne = m(
        "rule.providerMinimumOne",
        "elke aanbieder van {0} daar begint pas bij {1} cliënten per woonplek ({2}): maar {3} huishouden met {0} kan erbij",
        "every {0} provider there serves at least {1} clients per site ({2}): only {3} {0} household could join")
    public static let providerMinimumMany = m(
        "rule.providerMinimumMany",
        "elke aanbieder van {0} daar begint pas bij {1} cliënten per woonplek ({2}): maar {3} huishoudens met {0} kunnen erbij",
        "every {0} provider there serves at least {1} clients per site ({2}): only {3} {0} households could join")
    public static let noCandidatesAt = m(
        "rule.noCandidatesAt",
        "geen ander huishouden kan er op {0} bij (gemeente, huur, toegankelijkheid, zorg, afwijzingen of de eigen wensen van de huishoudens)",
        "no other household could join it at {0} (town, rent, access, care, declines or their own wishes)")
    public static let couldJoinOne = m("rule.couldJoinOne", "{0} huishouden kan erbij", "{0} household could join")
    public static let couldJoinMany = m("rule.couldJoinMany", "{0} huishoudens kunnen erbij", "{0} households could join")
    public static let housedElsewhereOne = m(
        "rule.housedElsewhereOne",
        "daarvan heeft er {0} een plek in een andere woongroep, de rest alleen als anderen hun plek verliezen",
        "{0} of them is housed in other groups, the rest only if others lost their place")
    public static let housedElsewhereMany = m(
        "rule.housedElsewhereMany",
        "daarvan hebben er {0} een plek in andere woongroepen, de rest alleen als anderen hun plek verliezen",
        "{0} of them are housed in other groups, the rest only if others lost their place")

    // MARK: What keeps a group from a site

    public static let founderFoundsOther = m("exclusion.foundsOther", "oprichter {0} richt ook {1} op", "founder {0} founds {1} as well")
    public static let founderExcludes = m("exclusion.founderExcludes", "oprichter {0} sluit de groep uit", "founder {0} excludes the group")
    public static let declinesFounder = m(
        "exclusion.declinesFounder", "de groep wijst haar eigen oprichter {0} af", "the group declines its own founder {0}")
    public static let founderCareType = m(
        "exclusion.founderCareType", "de groep neemt de zorgsoort van oprichter {0} ({1}) niet aan",
        "the group does not accept founder {0}'s care type {1}")
    public static let founderCannotJoin = m(
        "exclusion.founderCannotJoin", "oprichter {0} kan niet in de groep", "founder {0} cannot join the group")
    public static let notGroupTown = m(
        "exclusion.town", "ligt in {0}, niet een van de gemeenten van de woongroep ({1})", "in {0}, not among the group's towns ({1})")
    public static let noCommonRoom = m(
        "exclusion.commonRoom", "geen gemeenschappelijke ruimte, en die heeft de woongroep nodig", "no common room, which the group needs")
    public static let tooFewDwellings = m(
        "exclusion.dwellings", "{0} woningen, de woongroep heeft er minstens {1} nodig ({2})",
        "{0} dwellings, the group needs at least {1} ({2})")
    public static let itsFounders = m("exclusion.itsFounders", "haar {0} oprichters", "its {0} founders")
    public static let itsMinimumSize = m("exclusion.itsMinimumSize", "haar minimale omvang", "its minimum size")
    public static let tooFewAccessible = m(
        "exclusion.accessible", "{0} toegankelijke woningen, de oprichters hebben er {1} nodig ({2})",
        "{0} accessible dwellings, its founders need {1} ({2})")
    public static let notFounderTown = m(
        "exclusion.founderTown", "ligt in {0}, niet een van de gemeenten van oprichter {1} ({2})",
        "in {0}, not among founder {1}'s towns ({2})")
    public static let rentAboveFounder = m(
        "exclusion.rent", "huur {0}, boven de grens van oprichter {1} ({2})", "rent {0} above founder {1}'s limit of {2}")
    public static let noCareForFounder = m(
        "exclusion.founderCare", "geen zorgaanbieder biedt {0} in {1}, en die zorg heeft oprichter {2} nodig",
        "no care provider offers {0} care in {1}, which founder {2} needs")

    // MARK: How a household fits a group

    public static let fitChoice = m("fit.choice", "keuze {0} van {1}", "choice {0} of {1}")
    public static let fitNotChosen = m("fit.notChosen", "niet bij de eigen keuzes", "not among their choices")
    public static let fitShares = m("fit.shares", "deelt {0}", "shares {0}")
    public static let fitSharesNothing = m("fit.sharesNothing", "geen gedeelde waarden", "no shared values")
    public static let fit = m("fit", "{0}, {1} (passing {2})", "{0}, {1} (fit {2})")

    // MARK: What a trial changes, in one line

    public static let nobodyLoses = m("summary.nobodyLoses", "niemand verliest een plek", "nobody loses their place")
    public static let losesOne = m("summary.losesOne", "{0} verliest de plek", "{0} loses their place")
    public static let loseFew = m("summary.loseFew", "{0} verliezen hun plek", "{0} lose their place")
    public static let loseCount = m("summary.loseCount", "{0} verliezen hun plek: {1}", "{0} lose their place: {1}")
    public static let loseAtMost = m("summary.loseAtMost", "hooguit {0} verliezen hun plek: {1}", "at most {0} lose their place: {1}")
    public static let gainsOne = m("summary.gainsOne", "{0} krijgt een plek", "{0} gains one")
    public static let gainFew = m("summary.gainFew", "{0} krijgen een plek", "{0} gain one")
    public static let gainCount = m("summary.gainCount", "{0}: {1} krijgen een plek", "{0}: {1} gain one")
    public static let leavesGroup = m("summary.leaves", "{0} verlaat {1}", "{0} leaves {1}")
    public static let leaveGroup = m("summary.leave", "{0} verlaten {1}", "{0} leave {1}")
    public static let movesTo = m("summary.movesTo", "{0} verhuist naar {1}", "{0} moves to {1}")
    public static let noLongerFormsOne = m("summary.noLongerFormsOne", "{0} ontstaat niet meer", "{0} no longer forms")
    public static let noLongerFormMany = m("summary.noLongerFormMany", "{0} ontstaan niet meer", "{0} no longer form")
    public static let formsOne = m("summary.formsOne", "{0} ontstaat", "{0} forms")
    public static let formMany = m("summary.formMany", "{0} ontstaan", "{0} form")

    // What placing a household costs, in one line.
    public static let costImpossible = m(
        "cost.impossible", "onmogelijk: geen match houdt zich met dit huishouden aan alle regels",
        "impossible: no match meets every rule with it")
    public static let costUnsettled = m("cost.unsettled", "niet uitgezocht binnen de rekentijd", "not settled in the time given")
    public static let costFree = m("cost.free", "{0}", "free: {0}")

    // MARK: What a trial changes, one sentence each

    public static let gainPlaceOne = m("effect.gainOne", "{0} krijgt een plek in {1}", "{0} gains a place in {1}")
    public static let gainPlaceMany = m("effect.gainMany", "{0} krijgen een plek in {1}", "{0} gain a place in {1}")
    public static let losePlaceOne = m("effect.loseOne", "{0} verliest de plek in {1}", "{0} loses their place in {1}")
    public static let losePlaceMany = m("effect.loseMany", "{0} verliezen hun plek in {1}", "{0} lose their place in {1}")
    public static let movesGroup = m("effect.movesGroup", "{0} schuift door van {1} naar {2}", "{0} moves from {1} to {2}")
    public static let movesSite = m("effect.movesSite", "{0} verhuist van {1} naar {2}", "{0} moves from {1} to {2}")
    public static let fateMovesOne = m("effect.fateMovesOne", "{0} schuift door naar {1}", "{0} moves to {1}")
    public static let fateMovesMany = m("effect.fateMovesMany", "{0} schuiven door naar {1}", "{0} move to {1}")
    public static let wasFullOne = m(
        "effect.wasFullOne", "{0} was vol; om plaats te maken gaat {1} eruit: {2}", "{0} was full, so to make room {1} leaves it: {2}")
    public static let wasFullMany = m(
        "effect.wasFullMany", "{0} was vol; om plaats te maken gaan {1} eruit: {2}", "{0} was full, so to make room {1} leave it: {2}")
    public static let leavesOne = m("effect.leavesOne", "{1} verlaat {0}: {2}", "{1} leaves {0}: {2}")
    public static let leavesMany = m("effect.leavesMany", "{1} verlaten {0}: {2}", "{1} leave {0}: {2}")
    public static let stopsForming = m(
        "effect.stopsForming", "{0} ontstaat dan niet meer (had {1} op {2})", "{0} no longer forms (it had {1} at {2})")
    public static let startsForming = m("effect.startsForming", "{0} ontstaat dan op {1} met {2}", "{0} forms at {1} with {2}")
    public static let householdsOne = m("effect.householdsOne", "{0} huishouden", "{0} household")
    public static let householdsMany = m("effect.householdsMany", "{0} huishoudens", "{0} households")
    public static let unproven = m(
        "effect.unproven", "niet bewezen de beste binnen de rekentijd: een betere match kost misschien minder",
        "not proven best in the time given: a better match may cost less")

    public static let all: [Message] = [
        groupNamed, groupID, siteNamed, siteID, siteNameFirst, providerNamed, providerNameFirst, providerID, household, twoParts,
        siteWith, siteNoChange, siteCommonRoom, siteDwellings, siteAccessible, siteRent, minSize, maxSize, careShare,
        withoutCommonRoom, acceptsCare, acceptsTown, generationsOne, generationsMany, minClientsOne, minClientsMany,
        oneMoreDwelling, oneMoreAccessible, oneMoreCarePlace, requiresHoused, requiresJoins, requiresForms, requiresTakes,
        noSiteOpen, closedByFounders, poolTooSmallOne, poolTooSmallMany, poolGenerations, poolCareShareMin, poolCareShareMax,
        siteFull, groupFull, accessibleTakenOne, accessibleTakenMany, accessibleWantedOne, accessibleWantedMany,
        careShareMaxAt, careShareMinAt, supportHoursOne, supportHoursMany, providerAtCapacity, providersFullFor,
        perSiteMostOne, perSiteMostMany, providerMinimumOne, providerMinimumMany, noCandidatesAt, couldJoinOne, couldJoinMany,
        housedElsewhereOne, housedElsewhereMany,
        founderFoundsOther, founderExcludes, declinesFounder, founderCareType, founderCannotJoin, notGroupTown, noCommonRoom,
        tooFewDwellings, itsFounders, itsMinimumSize, tooFewAccessible, notFounderTown, rentAboveFounder, noCareForFounder,
        fitChoice, fitNotChosen, fitShares, fitSharesNothing, fit,
        nobodyLoses, losesOne, loseFew, loseCount, loseAtMost, gainsOne, gainFew, gainCount, leavesGroup, leaveGroup, movesTo,
        noLongerFormsOne, noLongerFormMany, formsOne, formMany, costImpossible, costUnsettled, costFree,
        gainPlaceOne, gainPlaceMany, losePlaceOne, losePlaceMany, movesGroup, movesSite, fateMovesOne, fateMovesMany,
        wasFullOne, wasFullMany, leavesOne, leavesMany, stopsForming, startsForming, householdsOne, householdsMany, unproven,
    ]
}
