/// The comparison report of `housing-match compare` (its HTML and table) and of the Wat-als page.
///
/// The English templates are the report's words as the CLI has always written them.
public enum ComparisonWords {
    // MARK: Statuses and short words
    public static let statusOptimal = Message("comparison.optimal", nl: "optimaal", en: "optimal")
    public static let statusFeasible = Message("comparison.feasible", nl: "geldig, niet bewezen de beste", en: "feasible, not proven best")
    public static let statusInfeasible = Message("comparison.infeasible", nl: "onmogelijk: geen match houdt zich aan alle regels", en: "infeasible: no match meets every rule")
    public static let statusNoSolution = Message("comparison.noSolution", nl: "geen match gevonden binnen de grenzen", en: "no match found within the limits")
    public static let noCare = Message("comparison.noCare", nl: "geen zorg", en: "no care")
    public static let householdsOne = Message("comparison.householdsOne", nl: "{0} huishouden", en: "{0} household")
    public static let householdsMany = Message("comparison.householdsMany", nl: "{0} huishoudens", en: "{0} households")
    public static let moreOne = Message("comparison.moreOne", nl: "{0} huishouden meer", en: "{0} more household")
    public static let moreMany = Message("comparison.moreMany", nl: "{0} huishoudens meer", en: "{0} more households")
    public static let fewerOne = Message("comparison.fewerOne", nl: "{0} huishouden minder", en: "{0} fewer household")
    public static let fewerMany = Message("comparison.fewerMany", nl: "{0} huishoudens minder", en: "{0} fewer households")
    public static let placement = Message("comparison.placement", nl: "{0} op {1} ({2})", en: "{0} at {1} ({2})")
    public static let formation = Message("comparison.formation", nl: "{0}{1} ({2}), {3} leden", en: "{0}{1} ({2}), {3} members")
    public static let gainsPlace = Message("comparison.gainsPlace", nl: "krijgt een plek", en: "gains a place")
    public static let losesPlace = Message("comparison.losesPlace", nl: "verliest zijn plek", en: "loses its place")
    public static let changesGroup = Message("comparison.changesGroup", nl: "gaat naar een andere woongroep", en: "moves to another group")
    public static let changesSite = Message("comparison.changesSite", nl: "verhuist met zijn woongroep naar een andere woonplek", en: "moves with its group to another site")
    public static let gainPlace = Message("comparison.gainPlace", nl: "krijgen een plek", en: "gain a place")
    public static let losePlace = Message("comparison.losePlace", nl: "verliezen hun plek", en: "lose their place")
    public static let changeGroup = Message("comparison.changeGroup", nl: "gaan naar een andere woongroep", en: "move to another group")
    public static let changeSite = Message("comparison.changeSite", nl: "verhuizen met hun woongroep naar een andere woonplek", en: "move with their group to another site")
    public static let groupForms = Message("comparison.groupForms", nl: "ontstaat", en: "forms")
    public static let groupStops = Message("comparison.groupStops", nl: "ontstaat niet meer", en: "no longer forms")
    public static let groupMoves = Message("comparison.groupMoves", nl: "neemt een andere woonplek", en: "takes another site")
    public static let removedByVariant = Message("comparison.removed", nl: "weggehaald door de variant", en: "removed by the variant")
    public static let addedByVariant = Message("comparison.added", nl: "toegevoegd door de variant", en: "added by the variant")
    public static let and = Message("comparison.and", nl: "{0} en {1}", en: "{0} and {1}")

    // MARK: What a variant does, as the subject of its summary
    public static let entryHousehold = Message("comparison.entryHousehold", nl: "huishouden", en: "household")
    public static let entryGroup = Message("comparison.entryGroup", nl: "woongroep", en: "group")
    public static let entrySite = Message("comparison.entrySite", nl: "woonplek", en: "site")
    public static let entryProvider = Message("comparison.entryProvider", nl: "zorgaanbieder", en: "provider")
    public static let entriesHousehold = Message("comparison.entriesHousehold", nl: "huishoudens", en: "households")
    public static let entriesGroup = Message("comparison.entriesGroup", nl: "woongroepen", en: "groups")
    public static let entriesSite = Message("comparison.entriesSite", nl: "woonplekken", en: "sites")
    public static let entriesProvider = Message("comparison.entriesProvider", nl: "zorgaanbieders", en: "providers")
    public static let adding = Message("comparison.adding", nl: "Het toevoegen van {0}", en: "Adding {0}")
    public static let removing = Message("comparison.removing", nl: "Het weghalen van {0}", en: "Removing {0}")
    public static let changing = Message("comparison.changing", nl: "Het wijzigen van {0}", en: "Changing {0}")
    public static let changingWeights = Message("comparison.changingWeights", nl: "Het wijzigen van de gewichten van het tweede doel", en: "Changing the weights of the second objective")
    public static let addingMany = Message("comparison.addingMany", nl: "Het toevoegen van {0} {1}", en: "Adding {0} {1}")
    public static let removingMany = Message("comparison.removingMany", nl: "Het weghalen van {0} {1}", en: "Removing {0} {1}")
    public static let changingMany = Message("comparison.changingMany", nl: "Het wijzigen van {0} {1}", en: "Changing the entries of {0} {1}")
    public static let makingChanges = Message("comparison.makingChanges", nl: "Het doorvoeren van de {0} wijzigingen van {1}", en: "Making the {0} changes of {1}")

    // MARK: A variant's summary
    public static let infeasible = Message(
        "comparison.summaryInfeasible",
        nl: "{0} laat geen match over die zich aan alle regels houdt (onmogelijk): zoals ze nu is, kan deze wijziging niet worden doorgevoerd.",
        en: "{0} leaves no match that meets every rule (infeasible): as it stands, this change cannot be carried out.")
    public static let conflict = Message("comparison.conflict", nl: " Deze regels kunnen niet allemaal gelden: {0}.", en: " These rules cannot all hold: {0}.")
    public static let noSolution = Message(
        "comparison.summaryNoSolution",
        nl: "{0}: binnen de grenzen is geen match gevonden; er is meer rekentijd nodig voordat er iets over te zeggen is.",
        en: "{0}: no match was found within the limits, so the solve needs more time before it says anything.")
    public static let baseWithoutMatch = Message("comparison.baseWithoutMatch", nl: "De basis heeft geen match ({0}); met deze variant hebben {1} een plek.", en: "The base has no match ({0}); with this variant {1} are housed.")
    public static let housesOther = Message("comparison.housesOther", nl: "{0} geeft {1} een plek dan de basis ({2} in plaats van {3}{4})", en: "{0} houses {1} than the base ({2} instead of {3}{4})")
    public static let housesSame = Message("comparison.housesSame", nl: "{0} geeft evenveel huishoudens een plek als de basis ({1}{2})", en: "{0} houses as many households as the base ({1}{2})")
    public static let byPriorityInstead = Message("comparison.byPriorityInstead", nl: "; {0} geteld naar prioriteit in plaats van {1}", en: "; {0} counted by priority instead of {1}")
    public static let noneMoves = Message("comparison.noneMoves", nl: "Geen enkel huishouden verandert van plek", en: "No household changes place")
    public static let groupOne = Message("comparison.groupOne", nl: "woongroep {0} {1}", en: "group {0} {1}")
    public static let groupsForm = Message("comparison.groupsForm", nl: "woongroepen {0} ontstaan", en: "groups {0} form")
    public static let groupsStop = Message("comparison.groupsStop", nl: "woongroepen {0} ontstaan niet meer", en: "groups {0} no longer form")
    public static let groupsMove = Message("comparison.groupsMove", nl: "woongroepen {0} nemen een andere woonplek", en: "groups {0} take another site")
    public static let notProven = Message("comparison.notProven", nl: "Deze match is geldig, maar binnen de rekentijd niet bewezen de beste", en: "This match is valid but was not proven best within the time limit")

    // MARK: The HTML report
    public static let title = Message("comparison.title", nl: "Wat als? {0}", en: "What if? {0}")
    public static let lede = Message(
        "comparison.lede",
        nl: "Dit rapport vergelijkt de beste match voor het basisscenario, <strong>{0}</strong>, met de beste match voor {1}. Een match zegt welke huishoudens bij welke woongroep komen, op welke woonplek, en welke zorgaanbieder de leden met een zorgvraag zorg geeft. De beste match geeft zo veel mogelijk huishoudens een plek (geteld naar hun prioriteit) en sluit daarbinnen het best aan bij hun wensen. Huishoudens staan er alleen in met hun anonieme code{2}",
        en: "This report compares the best match for the base scenario, <strong>{0}</strong>, with the best match for {1}. A match says which households join which housing group, on which site, and which care provider serves the members who need care. The best match houses the most households (counted by their priority) and, among those, fits their wishes best. Households appear only by their anonymous id{2}")
    public static let oneVariant = Message("comparison.oneVariant", nl: "één variant", en: "one variant")
    public static let eachVariant = Message("comparison.eachVariant", nl: "elk van {0} varianten", en: "each of {0} variants")
    public static let andCareType = Message("comparison.andCareType", nl: " en zorgsoort.", en: " and care type.")
    public static let madeWith = Message("comparison.madeWith", nl: "Gemaakt met <code>housing-match compare</code>. {0}", en: "Made with <code>housing-match compare</code>. {0}")
    public static let statusNote = Message(
        "comparison.statusNote",
        nl: "Uitkomsten: <em>optimaal</em> betekent dat de match bewezen de beste is; <em>geldig</em> dat hij zich aan alle regels houdt maar binnen de rekentijd niet bewezen de beste is; <em>onmogelijk</em> dat geen match zich aan alle regels kan houden.",
        en: "Statuses: <em>optimal</em> means the match is proven best; <em>feasible</em> that it meets every rule but was not proven best within the time limit; <em>infeasible</em> that no match can meet every rule.")
    public static let inShort = Message("comparison.inShort", nl: "In het kort", en: "In short")
    public static let baseHoused = Message("comparison.baseHoused", nl: "{0} van de {1} huishoudens hebben een plek", en: "{0} of {1} households housed")
    public static let byPriority = Message("comparison.byPriority", nl: " ({0} geteld naar prioriteit)", en: " ({0} counted by priority)")
    public static let baseGroups = Message("comparison.baseGroups", nl: "; {0} van de {1} woongroepen ontstaan. Uitkomst: {2}.", en: "; {0} of {1} groups form. Status: {2}.")
    public static let theBase = Message("comparison.theBase", nl: "de basis", en: "the base")
    public static let whatChanges = Message("comparison.whatChanges", nl: "Wat deze variant verandert:", en: "What this variant changes:")
    public static let housedTitle = Message("comparison.housedTitle", nl: "Huishoudens met een plek", en: "Households housed")
    public static let housedExplanation = Message(
        "comparison.housedExplanation",
        nl: "<em>Geteld naar prioriteit</em> telt elk huishouden met een plek naar zijn prioriteit (1, tenzij het scenario iets anders zegt); dat is wat de match eerst zo groot mogelijk maakt.",
        en: "<em>Counted by priority</em> counts each housed household by its priority (1 unless the scenario says otherwise); it is what the match makes as large as possible first.")
    public static let scenario = Message("comparison.scenario", nl: "Scenario", en: "Scenario")
    public static let status = Message("comparison.status", nl: "Uitkomst", en: "Status")
    public static let housed = Message("comparison.housed", nl: "Met een plek", en: "Housed")
    public static let change = Message("comparison.change", nl: "Verschil", en: "Change")
    public static let countedByPriority = Message("comparison.countedByPriority", nl: "Geteld naar prioriteit", en: "Counted by priority")
    public static let groupsFormed = Message("comparison.groupsFormed", nl: "Woongroepen", en: "Groups formed")
    public static let ofTotal = Message("comparison.ofTotal", nl: "{0} van {1}", en: "{0} of {1}")
    public static let base = Message("comparison.base", nl: "basis", en: "base")
    public static let byCareTitle = Message("comparison.byCareTitle", nl: "Huishoudens met een plek per zorgsoort", en: "Households housed by care type")
    public static let byCareExplanation = Message("comparison.byCareExplanation", nl: "Hoeveel huishoudens met elke soort zorgvraag een plek vinden, in de basis en in elke variant.", en: "How many households with each kind of care need find a place, in the base and in each variant.")
    public static let byCareAxis = Message("comparison.byCareAxis", nl: "Zorgvraag van het huishouden", en: "Care need of the household")
    public static let byTownTitle = Message("comparison.byTownTitle", nl: "Huishoudens met een plek per gemeente", en: "Households housed by town")
    public static let byTownExplanation = Message("comparison.byTownExplanation", nl: "De gemeente is die van de woonplek van de woongroep van het huishouden.", en: "The town is that of the site the household's group takes.")
    public static let byTownAxis = Message("comparison.byTownAxis", nl: "Gemeente van de woonplek", en: "Town of the group's site")
    public static let noMatchOne = Message("comparison.noMatchOne", nl: "{0} heeft geen match, dus de staven zijn nul.", en: "{0} has no match, so its bars are zero.")
    public static let noMatchMany = Message("comparison.noMatchMany", nl: "{0} hebben geen match, dus hun staven zijn nul.", en: "{0} have no match, so their bars are zero.")
    public static let groupsTitle = Message("comparison.groupsTitle", nl: "Woongroepen die ontstaan, niet meer ontstaan of verhuizen", en: "Groups that form, no longer form or move")
    public static let sameGroups = Message("comparison.sameGroups", nl: "In elke variant ontstaan dezelfde woongroepen op dezelfde woonplekken.", en: "The same groups form on the same sites in every variant.")
    public static let variant = Message("comparison.variant", nl: "Variant", en: "Variant")
    public static let group = Message("comparison.group", nl: "Woongroep", en: "Group")
    public static let inTheBase = Message("comparison.inTheBase", nl: "In de basis", en: "In the base")
    public static let inTheVariant = Message("comparison.inTheVariant", nl: "In de variant", en: "In the variant")
    public static let householdsTitle = Message("comparison.householdsTitle", nl: "Huishoudens die een plek krijgen, verliezen of wisselen", en: "Households who gain, lose or change their place")
    public static let householdsIntro = Message(
        "comparison.householdsIntro",
        nl: "Huishoudens van wie de plek anders is dan in de basis, per variant. Een plek staat er als <em>woongroep op woonplek (gemeente)</em>.",
        en: "Households whose place differs from the base, per variant. A place is written as <em>group at site (town)</em>.")
    public static let noHouseholdMoves = Message("comparison.noHouseholdMoves", nl: "Geen enkel huishouden verandert van plek.", en: "No household changes place.")
    public static let household = Message("comparison.household", nl: "Huishouden", en: "Household")
    public static let careNeed = Message("comparison.careNeed", nl: "Zorgvraag", en: "Care need")
    public static let notListed = Message("comparison.notListed", nl: "Niet vermeld: {0}, want er is geen match om mee te vergelijken.", en: "Not listed: {0}, for want of a match to compare with.")
    public static let providersTitle = Message("comparison.providersTitle", nl: "Zorgaanbieders", en: "Care providers")
    public static let noProviders = Message("comparison.noProviders", nl: "Geen enkel scenario heeft een zorgaanbieder.", en: "No scenario has a care provider.")
    public static let loadsTitle = Message("comparison.loadsTitle", nl: "Zorgaanbieders: cliënten tegenover capaciteit", en: "Care providers: clients served against capacity")
    public static let loadsExplanation = Message(
        "comparison.loadsExplanation",
        nl: "Cliënten zijn de leden met een zorgvraag die de zorgaanbieder zorg geeft, over alle woongroepen samen. De balk toont welk deel van de capaciteit in gebruik is; een donkere balk is vol.",
        en: "Clients are the members with a care need whom the provider serves, over all groups. The bar shows the share of the provider's capacity in use; a dark bar is full.")
    public static let notInScenario = Message("comparison.notInScenario", nl: "niet in dit scenario", en: "not in this scenario")
    public static let ofCapacity = Message("comparison.ofCapacity", nl: "{0} % van de capaciteit", en: "{0} % of capacity")

    public static let all: [Message] = [
        statusOptimal, statusFeasible, statusInfeasible, statusNoSolution, noCare, householdsOne, householdsMany, moreOne,
        moreMany, fewerOne, fewerMany, placement, formation, gainsPlace, losesPlace, changesGroup, changesSite, gainPlace,
        losePlace, changeGroup, changeSite, groupForms, groupStops, groupMoves, removedByVariant, addedByVariant, and,
        entryHousehold, entryGroup, entrySite, entryProvider, entriesHousehold, entriesGroup, entriesSite, entriesProvider,
        adding, removing, changing, changingWeights, addingMany, removingMany, changingMany, makingChanges, infeasible,
        conflict, noSolution, baseWithoutMatch, housesOther, housesSame, byPriorityInstead, noneMoves, groupOne, groupsForm,
        groupsStop, groupsMove, notProven, title, lede, oneVariant, eachVariant, andCareType, madeWith, statusNote, inShort,
        baseHoused, byPriority, baseGroups, theBase, whatChanges, housedTitle, housedExplanation, scenario, status, housed,
        change, countedByPriority, groupsFormed, ofTotal, base, byCareTitle, byCareExplanation, byCareAxis, byTownTitle,
        byTownExplanation, byTownAxis, noMatchOne, noMatchMany, groupsTitle, sameGroups, variant, group, inTheBase,
        inTheVariant, householdsTitle, householdsIntro, noHouseholdMoves, household, careNeed, notListed, providersTitle,
        noProviders, loadsTitle, loadsExplanation, notInScenario, ofCapacity,
    ]
}
