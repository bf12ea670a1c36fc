/// What one rule of a conflict was changed to, on its own, and what a solve of
/// that changed scenario gave (the library's `ConflictTrial`): "s5's rent at
/// 950: a match exists; g5 forms with 7 households, 23 housed in all".
///
/// A change is said after "with" ("changed on its own, with …"); the Dutch reads
/// after "met". The English is exactly what the tool has always written.
public enum ConflictTrialWords {
    private static func m(_ key: String, _ nl: String, _ en: String) -> Message {
        Message("conflictTrial.\(key)", nl: nl, en: en)
    }

    // MARK: Counted things

    public static let dwellingsOne = m("count.dwellingsOne", "{0} woning", "{0} dwelling")
    public static let dwellingsMany = m("count.dwellingsMany", "{0} woningen", "{0} dwellings")
    public static let accessibleOne = m("count.accessibleOne", "{0} toegankelijke woning", "{0} accessible dwelling")
    public static let accessibleMany = m("count.accessibleMany", "{0} toegankelijke woningen", "{0} accessible dwellings")
    public static let clientsOne = m("count.clientsOne", "{0} cliënt", "{0} client")
    public static let clientsMany = m("count.clientsMany", "{0} cliënten", "{0} clients")
    public static let membersOne = m("count.membersOne", "{0} lid", "{0} member")
    public static let membersMany = m("count.membersMany", "{0} leden", "{0} members")
    public static let generationsOne = m("count.generationsOne", "{0} generatie", "{0} generation")
    public static let generationsMany = m("count.generationsMany", "{0} generaties", "{0} generations")
    public static let householdsOne = m("count.householdsOne", "{0} huishouden", "{0} household")
    public static let householdsMany = m("count.householdsMany", "{0} huishoudens", "{0} households")

    // MARK: Changes

    public static let dwellings = m("change.dwellings", "{1} op {0}", "{0} having {1}")
    public static let rent = m("change.rent", "een huur van {1} op {0}", "{0}'s rent at {1}")
    public static let commonRoom = m("change.commonRoom", "een gemeenschappelijke ruimte op {0}", "{0} having a common room")
    public static let capacity = m("change.capacity", "plaats voor {1} in totaal bij {0}", "{0} able to serve {1} in all")
    public static let providerMinimum = m("change.providerMinimum", "een minimum van {1} per woonplek bij {0}", "{0} at a minimum of {1} per site")
    public static let providerMaximum = m("change.providerMaximum", "een maximum van {1} per woonplek bij {0}", "{0} at a maximum of {1} per site")
    public static let noMaximum = m("change.noMaximum", "geen maximum per woonplek bij {0}", "{0} without a maximum per site")
    public static let everyTown = m("change.everyTown", "{0} in elke gemeente", "{0} serving every town")
    public static let anyTown = m("change.anyTown", "elke gemeente goed voor {0}", "{0} accepting any town")
    public static let rentLimit = m("change.rentLimit", "{0} die een huur van {1} kan betalen", "{0} able to pay a rent of {1}")
    public static let noLongerExcluding = m("change.noLongerExcluding", "{0} die {1} niet meer uitsluit", "{0} no longer excluding {1}")
    public static let noAccessibleNeed = m(
        "change.noAccessibleNeed", "{0} zonder behoefte aan een toegankelijke woning", "{0} not needing an accessible dwelling")
    public static let noCareNeed = m("change.noCareNeed", "{0} zonder zorgvraag", "{0} having no care need")
    public static let freeToLiveApart = m("change.freeApart", "{0} en {1} vrij om apart te wonen", "{0} and {1} free to live apart")
    public static let freeToShare = m("change.freeShare", "{0} en {1} vrij om in één woongroep te wonen", "{0} and {1} free to share a group")
    public static let generations = m("change.generations", "{0} die minstens {1} wil", "{0} wanting at least {1}")
    public static let support = m(
        "change.support", "{0} die {1} uur steun per uur zorg vraagt", "{0} wanting {1} hours of support per hour of care")
    public static let noCareShareMinimum = m(
        "change.noCareShareMinimum", "{0} zonder minimum aandeel leden met een zorgvraag",
        "{0} asking for no minimum share of members with a care need")
    public static let careShareMinimum = m(
        "change.careShareMinimum", "{0} die minstens {1} van de leden met een zorgvraag wil",
        "{0} wanting at least {1} of its members with a care need")
    public static let anyCareShare = m(
        "change.anyCareShare", "{0} die elk aandeel leden met een zorgvraag aanvaardt",
        "{0} accepting any share of members with a care need")
    public static let careShareMaximum = m(
        "change.careShareMaximum", "{0} die tot {1} van de leden met een zorgvraag aanvaardt",
        "{0} accepting up to {1} of its members with a care need")
    public static let everyCareType = m("change.everyCareType", "{0} die elke zorgsoort aanneemt", "{0} accepting every care type")
    public static let noLongerDeclining = m("change.noLongerDeclining", "{0} die {1} niet meer afwijst", "{0} no longer declining {1}")
    public static let noCommonRoomNeeded = m(
        "change.noCommonRoomNeeded", "{0} zonder behoefte aan een gemeenschappelijke ruimte", "{0} not needing a common room")
    public static let siteInAnyTown = m("change.siteInAnyTown", "{0} met een woonplek in elke gemeente", "{0} taking a site in any town")
    public static let maximumSize = m("change.maximumSize", "een maximum van {1} voor {0}", "{0} at a maximum of {1}")
    public static let minimumSize = m("change.minimumSize", "een minimum van {1} voor {0}", "{0} at a minimum of {1}")
    public static let noLongerFounder = m("change.noLongerFounder", "{1} niet meer als oprichter van {0}", "{1} no longer a founder of {0}")
    public static let notRequiredToForm = m("change.notRequiredToForm", "{0} zonder de eis dat het ontstaat", "{0} not required to form")

    // MARK: Outcomes

    public static let stillNoMatch = m("outcome.stillNoMatch", "nog steeds geen match", "still no match")
    public static let noMatchWithin = m("outcome.noMatchWithin", "geen match gevonden binnen {0} seconden", "no match found within {0} seconds")
    public static let matchExists = m("outcome.matchExists", "er is een match; {0}{1}", "a match exists; {0}{1}")
    public static let formsWith = m("outcome.formsWith", "{0} ontstaat met {1}", "{0} forms with {1}")
    public static let doesNotForm = m("outcome.doesNotForm", "{0} ontstaat niet", "{0} does not form")
    public static let housedInAll = m("outcome.housedInAll", "{0} met een plek in totaal", "{0} housed in all")
    public static let notProvenWithin = m(
        "outcome.notProvenWithin", " (het beste dat binnen {0} seconden gevonden is, niet bewezen het beste)",
        " (the engine's best in {0} seconds, not proven best)")

    // MARK: In a report

    public static let changedAlone = m("changedAlone", "op zichzelf veranderd, met {0}: {1}", "changed on its own, with {0}: {1}")
    public static let smallerNoMatch = m("smallerNoMatch", "; met {0}: geen match", "; with {0}: no match")

    public static let all: [Message] = [
        changedAlone, smallerNoMatch,
        dwellingsOne, dwellingsMany, accessibleOne, accessibleMany, clientsOne, clientsMany, membersOne, membersMany,
        generationsOne, generationsMany, householdsOne, householdsMany,
        dwellings, rent, commonRoom, capacity, providerMinimum, providerMaximum, noMaximum, everyTown, anyTown, rentLimit,
        noLongerExcluding, noAccessibleNeed, noCareNeed, freeToLiveApart, freeToShare, generations, support,
        noCareShareMinimum, careShareMinimum, anyCareShare, careShareMaximum, everyCareType, noLongerDeclining,
        noCommonRoomNeeded, siteInAnyTown, maximumSize, minimumSize, noLongerFounder, notRequiredToForm,
        stillNoMatch, noMatchWithin, matchExists, formsWith, doesNotForm, housedInAll, notProvenWithin,
    ]
}
