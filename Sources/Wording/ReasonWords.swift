/// Why a household has no place, and the hard filters that keep a household
/// out of a group or a site: the library's reasons (``Sentence``), said by
/// `solve`, `explain` and the web pages.
///
/// The English is exactly what solution files have always held; the Dutch is
/// what a founder or care coordinator would write. Most reasons are said
/// about a household without naming it ("het huishouden"): the id stands
/// beside the reason wherever it is shown.
public enum ReasonWords {
    private static func m(_ key: String, _ nl: String, _ en: String) -> Message {
        Message("reason.\(key)", nl: nl, en: en)
    }

    // MARK: No match at all

    public static let infeasibleMustForm = m(
        "infeasibleMustForm", "geen match houdt zich aan alle regels: {0} moet ontstaan, maar {1}",
        "no match meets every rule: {0} must form but {1}")
    public static let infeasible = m(
        "infeasible",
        "geen match houdt zich aan alle regels (een woongroep die moet ontstaan kan dat niet, met haar oprichters, woonplekken en zorg)",
        "no match meets every rule (a group that must form cannot, with its founders, sites and care)")
    public static let stopped = m(
        "stopped", "er is geen match gevonden voordat het rekenen stopte (tijdslimiet of onderbreking)",
        "no match was found before the solve stopped (time limit or interruption)")

    // MARK: Founders

    public static let founderCannotForm = m(
        "founderCannotForm", "oprichter van {0}, dat niet kan ontstaan: {1}", "founder of {0}, which cannot form: {1}")
    public static let founderCannotJoin = m(
        "founderCannotJoin", "oprichter van {0}, maar kan er zelf niet in: {1}", "founder of {0}, but cannot join it: {1}")
    public static let founderOutcompeted = m(
        "founderOutcompeted", "oprichter van {0}, dat in de beste match niet ontstaat: het {1}",
        "founder of {0}, which does not form in the best match: it {1}")
    public static let founderWhich = m("founderWhich", "oprichter van {0}, dat {1}", "founder of {0}, which {1}")
    public static let founderNotFormed = m(
        "founderNotFormed", "oprichter van {0}, dat in de beste match niet ontstaat {1}",
        "founder of {0}, which does not form in the best match {1}")
    public static let possibleSite = m("possibleSite", "(mogelijke woonplek: {0})", "(its possible site: {0})")
    public static let possibleSites = m("possibleSites", "(mogelijke woonplekken: {0})", "(its possible sites: {0})")
    public static let siteGoesTo = m("siteGoesTo", "{0}, die naar {1} gaat", "{0}, which goes to {1}")
    public static let siteFree = m("siteFree", "{0}, vrij", "{0}, free")

    // MARK: Households no group can take

    public static let eligibleFor = m("eligibleFor", "kan terecht bij {0}; {1}", "eligible for {0}; {1}")
    public static let groupSays = m("groupSays", "{0} {1}", "{0} {1}")
    public static let groupsBecause = m("groupsBecause", "{0}: {1}", "{0}: {1}")
    public static let noGroupAcceptsCare = m(
        "noGroupAcceptsCare", "geen woongroep neemt {0} aan", "no group accepts care type {0}")
    public static let noProviderOffersCare = m(
        "noProviderOffersCare", "geen zorgaanbieder biedt {0}", "no care provider offers care type {0}")
    public static let providerNeverServes = m(
        "providerNeverServes", "{0} biedt {1}, maar kan nergens zorg leveren: {2}", "{0} offers {1} but can never serve: {2}")
    public static let providerTooFewRoom = m(
        "providerTooFewRoom", "de aanbieder heeft minstens {0} cliënten per plek nodig en heeft plaats voor {1}",
        "it needs at least {0} clients per site and has room for {1}")
    public static let providerTooFewPerSite = m(
        "providerTooFewPerSite",
        "de aanbieder heeft minstens {0} cliënten per plek nodig en neemt er hooguit {1} per plek",
        "it needs at least {0} clients per site and takes at most {1} per site")
    public static let declinedByAll = m(
        "declinedByAll", "afgewezen door elke woongroep die het huishouden zou kunnen opnemen",
        "declined by every group that could take them")
    public static let excludesAll = m(
        "excludesAll", "sluit elke woongroep uit die het huishouden zou kunnen opnemen",
        "excludes every group that could take them")
    public static let noGroupFits = m("noGroupFits", "kan nergens terecht: {0}", "no group fits: {0}")
    public static let groupsElsewhere = m(
        "groupsElsewhere", "{0} woongroepen elders: hun mogelijke woonplekken liggen alle buiten de gemeenten die het huishouden zoekt",
        "{0} groups elsewhere: possible sites only outside their towns")
    public static let sitesOutsideOne = m(
        "sitesOutsideOne", "{0} heeft alleen plekken in {1}, buiten de gemeenten die het huishouden zoekt",
        "{0}: possible sites in {1}, outside their towns")
    public static let sitesOutsideMany = m(
        "sitesOutsideMany", "{0} hebben alleen plekken in {1}, buiten de gemeenten die het huishouden zoekt",
        "{0}: possible sites in {1}, outside their towns")
    public static let townsOutsideOne = m(
        "townsOutsideOne", "{0} zoekt alleen in {1}, buiten de gemeenten die het huishouden zoekt",
        "{0}: in {1}, outside their towns")
    public static let townsOutsideMany = m(
        "townsOutsideMany", "{0} zoeken alleen in {1}, buiten de gemeenten die het huishouden zoekt",
        "{0}: in {1}, outside their towns")
    public static let noSite = m("noSite", "er is geen woonplek{0}{1}", "no site{0}{1}")
    public static let noAccessibleSite = m(
        "noAccessibleSite", "er is geen woonplek met een toegankelijke woning{0}{1}",
        "no site with an accessible dwelling{0}{1}")
    public static let noCareAtSite = m(
        "noCareAtSite", "geen zorgaanbieder voor {0} komt op een geschikte woonplek{1}{2}",
        "no care provider for {0} serves a suitable site{1}{2}")
    public static let inTowns = m("inTowns", " in {0}", " in {0}")
    public static let atRent = m("atRent", " met een huur van hooguit {0}", " at a rent of at most {0}")

    // MARK: Why a group is out (hard filters)

    public static let excluded = m("excluded", "het huishouden sluit deze groep uit", "excluded by them")
    public static let declined = m("declined", "wijst het huishouden af", "declined them")
    public static let careTypeNotAccepted = m("careType", "neemt geen {0} aan", "care type {0} not accepted")
    public static let foundsAnother = m("foundsAnother", "het huishouden richt {0} op", "they found {0}")
    public static let cannotForm = m("cannotForm", "kan niet ontstaan ({0})", "cannot form ({0})")
    public static let outsideTowns = m(
        "outsideTowns", "mogelijke woonplekken alleen buiten de gemeenten die het huishouden zoekt",
        "possible sites only outside their towns")
    public static let partnerCannotJoin = m(
        "partnerCannotJoin", "{0}, met wie het huishouden samen moet wonen, kan er niet in",
        "{0}, whom they must live with, cannot join")
    public static let partnersCannotJoin = m(
        "partnersCannotJoin", "{0}, met wie het huishouden samen moet wonen, kunnen er niet in",
        "{0}, whom they must live with, cannot join")
    public static let someoneCannotJoin = m(
        "someoneCannotJoin", "een huishouden waarmee het samen moet wonen kan er niet in",
        "a household they must live with cannot join")
    public static let apartFromFounder = m(
        "apartFromFounder", "opgericht door {0}, met wie het huishouden niet samen mag wonen",
        "founded by {0}, whom they must live apart from")

    // MARK: Why a site is out

    public static let rentAbove = m(
        "rentAbove", "huur {0}, meer dan de {1} die het huishouden kan betalen", "rent {0} above their limit of {1}")
    public static let townNotAccepted = m(
        "townNotAccepted", "in {0}, geen gemeente waar het huishouden zoekt", "in {0}, not one of their towns")
    public static let noAccessibleDwelling = m("noAccessibleDwelling", "geen toegankelijke woning", "no accessible dwelling")
    public static let noCareProvider = m(
        "noCareProvider", "geen zorgaanbieder voor {0} in {1}", "no {0} care provider serves {1}")
    public static let sitesAboveRent = m(
        "sitesAboveRent", "de mogelijke woonplekken kosten meer dan de {0} die het huishouden kan betalen",
        "possible sites above their rent limit of {0}")
    public static let noAccessibleAtSites = m(
        "noAccessibleAtSites", "geen toegankelijke woning op de mogelijke woonplekken",
        "no accessible dwelling at its possible sites")
    public static let noCareAtSites = m(
        "noCareAtSites", "geen zorgaanbieder voor {0} in de gemeenten van de mogelijke woonplekken",
        "no {0} care provider in the towns of its possible sites")
    public static let noSiteSuits = m(
        "noSiteSuits", "geen mogelijke woonplek past bij het huishouden (gemeente, huur, toegankelijkheid of zorg)",
        "no possible site suits them (town, rent, access or care)")

    // MARK: Why a group has no possible site

    public static let founderFoundsOther = m("founderFoundsOther", "oprichter {0} richt ook {1} op", "its founder {0} founds {1}")
    public static let founderExcludes = m("founderExcludes", "oprichter {0} sluit de groep uit", "its founder {0} excludes it")
    public static let declinesFounder = m(
        "declinesFounder", "de groep wijst haar eigen oprichter {0} af", "it declines its own founder {0}")
    public static let founderCareType = m(
        "founderCareType", "de groep neemt de zorgsoort van oprichter {0} ({1}) niet aan",
        "it does not accept its founder {0}'s care type {1}")
    public static let noSiteWithCommonRoom = m(
        "noSiteWithCommonRoom", "er is geen woonplek met een gemeenschappelijke ruimte{0}", "no site with a common room{0}")
    public static let noSiteLargeEnough = m(
        "noSiteLargeEnough", "geen geschikte woonplek{0} heeft {1} woningen (de grootste heeft er {2})",
        "no suitable site{0} has {1} dwellings (the largest has {2})")
    public static let noSiteAccessibleForFounders = m(
        "noSiteAccessibleForFounders", "geen geschikte woonplek{0} heeft {1} toegankelijke woningen voor de oprichters",
        "no suitable site{0} has {1} accessible dwellings for its founders")
    public static let noSiteForFounder = m(
        "noSiteForFounder", "geen geschikte woonplek{0} past bij oprichter {1} ({2})",
        "no suitable site{0} suits its founder {1} ({2})")
    public static let noSiteForAllFounders = m(
        "noSiteForAllFounders", "geen geschikte woonplek{0} past bij alle oprichters tegelijk",
        "no suitable site{0} suits all its founders at once")
    public static let limitTowns = m("limitTowns", "alleen {0}", "only {0}")
    public static let limitRent = m("limitRent", "huur hooguit {0}", "rent at most {0}")
    public static let limitAccessible = m(
        "limitAccessible", "heeft een toegankelijke woning nodig", "needs an accessible dwelling")
    public static let limitCare = m("limitCare", "heeft daar {0} nodig", "needs {0} care there")
    public static let noLimits = m("noLimits", "geen eigen eisen", "no limits of its own")

    // MARK: The competition in the match

    public static let cannotFormAtAll = m(
        "cannotFormAtAll", "kan zelfs op zichzelf niet ontstaan", "cannot form at all, even on its own")
    public static let blockedByMustForm = m(
        "blockedByMustForm", "kan niet ontstaan zolang de groepen die moeten ontstaan dat doen",
        "cannot form while the groups that must form do")
    public static let notHereThoughMore = m(
        "notHereThoughMore",
        "ontstaat hier niet, hoewel een match waarin het op {0} ontstaat meer huishoudens een plek geeft (deze match is niet bewezen de beste)",
        "does not form here, though a match that forms it at {0} houses more (this match is not proven best)")
    public static let notFormedOneFewer = m(
        "notFormedOneFewer", "ontstaat niet (als het op {0} ontstaat, krijgt {1} huishouden minder een plek)",
        "does not form (forming it at {0} would house {1} household fewer)")
    public static let notFormedFewer = m(
        "notFormedFewer", "ontstaat niet (als het op {0} ontstaat, krijgen {1} huishoudens minder een plek)",
        "does not form (forming it at {0} would house {1} households fewer)")
    public static let notFormedOneFewerUnproven = m(
        "notFormedOneFewerUnproven",
        "ontstaat niet (in de beste match die binnen de tijd gevonden is en het op {0} laat ontstaan, krijgt {1} huishouden minder een plek)",
        "does not form (the best match found in time that forms it at {0} houses {1} household fewer)")
    public static let notFormedFewerUnproven = m(
        "notFormedFewerUnproven",
        "ontstaat niet (in de beste match die binnen de tijd gevonden is en het op {0} laat ontstaan, krijgen {1} huishoudens minder een plek)",
        "does not form (the best match found in time that forms it at {0} houses {1} households fewer)")
    public static let notFormedLowerPriority = m(
        "notFormedLowerPriority",
        "ontstaat niet (als het op {0} ontstaat, krijgen huishoudens met minder voorrang een plek)",
        "does not form (forming it at {0} would house households of lower priority)")
    public static let notFormedLowerPriorityUnproven = m(
        "notFormedLowerPriorityUnproven",
        "ontstaat niet (in de beste match die binnen de tijd gevonden is en het op {0} laat ontstaan, krijgen huishoudens met minder voorrang een plek)",
        "does not form (the best match found in time that forms it at {0} houses households of lower priority)")
    public static let notFormedNoBetter = m(
        "notFormedNoBetter", "ontstaat niet (ontstaan op {0} geeft geen betere match)",
        "does not form (forming it at {0} gives no better match)")
    public static let notFormed = m("notFormed", "ontstaat niet", "does not form")
    public static let takesUnsuitableSite = m(
        "takesUnsuitableSite", "neemt {0}, dat niet bij het huishouden past", "takes {0}, which does not suit them")
    public static let full = m("full", "is vol ({0} van {1})", "is full ({0} of {1})")
    public static let noAccessibleFree = m(
        "noAccessibleFree", "heeft op {0} geen toegankelijke woning meer vrij", "has no accessible dwelling free at {0}")
    public static let hasApart = m(
        "hasApart", "heeft {0} als lid, met wie het huishouden niet samen mag wonen", "has {0}, who must live apart from them")
    public static let aboveCareShare = m(
        "aboveCareShare", "zou boven het aandeel leden met een zorgvraag van {0} uitkomen",
        "would go above its care share of {0}")
    public static let belowCareShare = m(
        "belowCareShare", "zou onder het aandeel leden met een zorgvraag van {0} zakken",
        "would fall below its care share of {0}")
    public static let noFreeCarePlace = m(
        "noFreeCarePlace", "heeft op {1} geen vrije plek voor {0}", "has no free {0} care place at {1}")
    public static let tooFewSupportHours = m(
        "tooFewSupportHours", "zou te weinig steunuren hebben voor de zorguren van de leden",
        "would have too few support hours for its care hours")
    public static let noRoomTogether = m(
        "noRoomTogether", "heeft geen plaats voor het huishouden samen met {0}", "has no room for them together with {0}")
    public static let onlyIfOthersLose = m(
        "onlyIfOthersLose", "zou het huishouden alleen kunnen opnemen als anderen hun plek verliezen",
        "could take them only if others lost their place")

    public static let all: [Message] = [
        infeasibleMustForm, infeasible, stopped, founderCannotForm, founderCannotJoin, founderOutcompeted, founderWhich,
        founderNotFormed, possibleSite, possibleSites, siteGoesTo, siteFree, eligibleFor, groupSays, groupsBecause,
        noGroupAcceptsCare, noProviderOffersCare, providerNeverServes, providerTooFewRoom, providerTooFewPerSite,
        declinedByAll, excludesAll, noGroupFits, groupsElsewhere, sitesOutsideOne, sitesOutsideMany, townsOutsideOne,
        townsOutsideMany, noSite, noAccessibleSite, noCareAtSite, inTowns, atRent, excluded, declined,
        careTypeNotAccepted, foundsAnother, cannotForm, outsideTowns, partnerCannotJoin, partnersCannotJoin,
        someoneCannotJoin, apartFromFounder, rentAbove, townNotAccepted, noAccessibleDwelling, noCareProvider,
        sitesAboveRent, noAccessibleAtSites, noCareAtSites, noSiteSuits, founderFoundsOther, founderExcludes,
        declinesFounder, founderCareType, noSiteWithCommonRoom, noSiteLargeEnough, noSiteAccessibleForFounders,
        noSiteForFounder, noSiteForAllFounders, limitTowns, limitRent, limitAccessible, limitCare, noLimits,
        cannotFormAtAll, blockedByMustForm, notHereThoughMore, notFormedOneFewer, notFormedFewer,
        notFormedOneFewerUnproven, notFormedFewerUnproven, notFormedLowerPriority, notFormedLowerPriorityUnproven,
        notFormedNoBetter, notFormed, takesUnsuitableSite, full, noAccessibleFree, hasApart, aboveCareShare,
        belowCareShare, noFreeCarePlace, tooFewSupportHours, noRoomTogether, onlyIfOthersLose,
    ]
}
