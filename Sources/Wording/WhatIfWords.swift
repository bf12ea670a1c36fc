/// Wat als: the analyst's page, where variants are made by form, compared with the base, and one number is swept.
public enum WhatIfWords {
    public static let title = Message("whatIf.title", nl: "Wat als?", en: "What if?")
    public static let intro = Message(
        "whatIf.intro",
        nl: "Maak een variant van het scenario (een woonplek valt weg, de huren stijgen, een zorgaanbieder heeft meer of minder plaats, een woongroep verandert een regel, er komt een woonplek bij), vergelijk varianten met de basis, of laat één getal variëren en zie wat het doet met het aantal huishoudens met een plek.",
        en: "Make a variant of the scenario (a site is withdrawn, rents rise, a care provider has more or less room, a group changes a rule, a site is added), compare variants with the base, or let one number vary and see what it does to the number of households housed.")

    // MARK: The list of variants
    public static let variants = Message("whatIf.variants", nl: "Varianten", en: "Variants")
    public static let noVariants = Message("whatIf.noVariants", nl: "Er zijn nog geen varianten. Maak er hieronder een.", en: "There are no variants yet. Make one below.")
    public static let variantFile = Message("whatIf.variantFile", nl: "Variant", en: "Variant")
    public static let description = Message("whatIf.description", nl: "Beschrijving", en: "Description")
    public static let chooseToCompare = Message("whatIf.chooseToCompare", nl: "Vergelijk", en: "Compare")
    public static let compareButton = Message("whatIf.compareButton", nl: "Vergelijk de gekozen varianten met de basis", en: "Compare the chosen variants with the base")
    public static let unreadableVariant = Message("whatIf.unreadable", nl: "Dit bestand kan niet gelezen worden: {0}", en: "This file cannot be read: {0}")
    public static let saved = Message("whatIf.saved", nl: "Variant {0} is opgeslagen in variants/{1}. Kies hem hieronder om te vergelijken.", en: "Variant {0} was saved in variants/{1}. Choose it below to compare.")
    public static let chooseOne = Message("whatIf.chooseOne", nl: "Kies ten minste één variant om te vergelijken.", en: "Choose at least one variant to compare.")

    // MARK: The forms
    public static let newVariant = Message("whatIf.newVariant", nl: "Nieuwe variant", en: "New variant")
    public static let newVariantIntro = Message(
        "whatIf.newVariantIntro",
        nl: "Elke variant wordt een bestand in de map variants/ van de werkmap, in dezelfde vorm als housing-match compare leest. Een bestaand bestand wordt alleen vervangen als u dat aanvinkt.",
        en: "Each variant becomes a file in the workspace's variants/ folder, in the form housing-match compare reads. An existing file is only replaced when you tick the box.")
    public static let withdrawSite = Message("whatIf.withdrawSite", nl: "Een woonplek valt weg", en: "Withdraw a site")
    public static let raiseRents = Message("whatIf.raiseRents", nl: "Alle huren veranderen", en: "Change all rents")
    public static let providerCapacity = Message("whatIf.providerCapacity", nl: "Capaciteit van een zorgaanbieder", en: "A care provider's capacity")
    public static let groupRule = Message("whatIf.groupRule", nl: "Een regel van een woongroep", en: "A group's rule")
    public static let addSite = Message("whatIf.addSite", nl: "Een woonplek erbij", en: "Add a site")
    public static let fileName = Message("whatIf.fileName", nl: "Naam van de variant", en: "Name of the variant")
    public static let fileNameHint = Message("whatIf.fileNameHint", nl: "Letters, cijfers en streepjes; wordt de bestandsnaam.", en: "Letters, digits and dashes; becomes the file name.")
    public static let descriptionHint = Message("whatIf.descriptionHint", nl: "Wat de variant voorstelt (mag leeg: dan schrijven we het zelf).", en: "What the variant stands for (may be empty: we then write it ourselves).")
    public static let replaceExisting = Message("whatIf.replace", nl: "Vervang een bestaande variant met deze naam", en: "Replace an existing variant of this name")
    public static let saveVariant = Message("whatIf.save", nl: "Variant opslaan", en: "Save the variant")
    public static let percent = Message("whatIf.percent", nl: "Verandering in procenten (bijvoorbeeld 10 of -5)", en: "Change in per cent (for example 10 or -5)")
    public static let newCapacity = Message("whatIf.newCapacity", nl: "Nieuwe capaciteit (cliënten)", en: "New capacity (clients)")
    public static let currentCapacity = Message("whatIf.currentCapacity", nl: "nu {0}", en: "now {0}")
    public static let unchanged = Message("whatIf.unchanged", nl: "ongewijzigd", en: "unchanged")
    public static let leaveEmpty = Message("whatIf.leaveEmpty", nl: "Laat leeg wat niet verandert.", en: "Leave empty what does not change.")
    public static let needsCommonRoom = Message("whatIf.needsCommonRoom", nl: "Wil een gemeenschappelijke ruimte", en: "Needs a common room")
    public static let minSize = Message("whatIf.minSize", nl: "Minimaal aantal huishoudens", en: "Fewest households")
    public static let maxSize = Message("whatIf.maxSize", nl: "Maximaal aantal huishoudens", en: "Most households")
    public static let careShareMin = Message("whatIf.careShareMin", nl: "Minimaal aandeel met zorg (0 tot 1)", en: "Smallest share with care (0 to 1)")
    public static let careShareMax = Message("whatIf.careShareMax", nl: "Maximaal aandeel met zorg (0 tot 1)", en: "Largest share with care (0 to 1)")
    public static let siteID = Message("whatIf.siteID", nl: "Code van de woonplek", en: "Id of the site")
    public static let siteIDHint = Message("whatIf.siteIDHint", nl: "Leeg: de eerstvolgende vrije code.", en: "Empty: the next free id.")
    public static let owner = Message("whatIf.owner", nl: "Eigenaar (corporatie, ontwikkelaar)", en: "Owner (corporation, developer)")
    public static let rentInEuros = Message("whatIf.rentInEuros", nl: "Huur per maand in euro", en: "Rent a month in euros")

    // MARK: Problems at the fields
    public static let required = Message("whatIf.required", nl: "Vul dit in.", en: "Fill this in.")
    public static let notANumber = Message("whatIf.notANumber", nl: "Dit is geen getal.", en: "This is not a number.")
    public static let notAWholeNumber = Message("whatIf.notAWholeNumber", nl: "Vul een heel getal in, 0 of meer.", en: "Enter a whole number, 0 or more.")
    public static let notAShare = Message("whatIf.notAShare", nl: "Vul een getal van 0 tot 1 in (0,3 is 30%).", en: "Enter a number from 0 to 1 (0.3 is 30%).")
    public static let tooLow = Message("whatIf.tooLow", nl: "Huren kunnen niet met meer dan 100% dalen.", en: "Rents cannot fall by more than 100%.")
    public static let unknownEntry = Message("whatIf.unknownEntry", nl: "Kies er een uit de lijst.", en: "Choose one from the list.")
    public static let nothingChanges = Message("whatIf.nothingChanges", nl: "Vul ten minste één regel in die verandert.", en: "Fill in at least one rule that changes.")
    public static let badFileName = Message("whatIf.badFileName", nl: "Gebruik letters, cijfers, - en _ (hooguit 60 tekens).", en: "Use letters, digits, - and _ (at most 60 characters).")
    public static let exists = Message("whatIf.exists", nl: "Er is al een variant {0}. Kies een andere naam, of vink aan dat u hem wilt vervangen.", en: "There already is a variant {0}. Choose another name, or tick the box to replace it.")
    public static let idTaken = Message("whatIf.idTaken", nl: "Deze code is al in gebruik.", en: "This id is already taken.")
    public static let accessibleAboveUnits = Message("whatIf.accessibleAboveUnits", nl: "Niet meer toegankelijke woningen dan woningen.", en: "No more accessible dwellings than dwellings.")
    public static let variantInvalid = Message("whatIf.variantInvalid", nl: "Met deze wijziging klopt het scenario niet meer; niets is opgeslagen:", en: "With this change the scenario is no longer valid; nothing was saved:")
    public static let formHasProblems = Message("whatIf.formHasProblems", nl: "Het formulier heeft fouten; ze staan bij de velden. Niets is opgeslagen.", en: "The form has mistakes, shown at the fields. Nothing was saved.")
    public static let saveFailed = Message("whatIf.saveFailed", nl: "Opslaan lukte niet: {0}", en: "Saving failed: {0}")

    // MARK: Descriptions written for a variant without one
    public static let describeWithdraw = Message("whatIf.describeWithdraw", nl: "Woonplek {0} valt weg.", en: "Site {0} is withdrawn.")
    public static let describeRents = Message("whatIf.describeRents", nl: "Alle huren veranderen met {0}.", en: "All rents change by {0}.")
    public static let describeCapacity = Message("whatIf.describeCapacity", nl: "Zorgaanbieder {0} heeft plaats voor {1} cliënten in plaats van {2}.", en: "Care provider {0} has room for {1} clients instead of {2}.")
    public static let describeGroup = Message("whatIf.describeGroup", nl: "Woongroep {0} verandert: {1}.", en: "Group {0} changes: {1}.")
    public static let describeAddSite = Message("whatIf.describeAddSite", nl: "Er komt een woonplek bij: {0} in {1}, {2} woningen.", en: "A site is added: {0} in {1}, {2} dwellings.")

    // MARK: The comparison
    public static let comparisonTitle = Message("whatIf.comparisonTitle", nl: "Vergelijking met de basis", en: "Comparison with the base")
    public static let inShort = Message("whatIf.inShort", nl: "Huishoudens met een plek: {0} in de basis, {1} met {2} ({3}).", en: "Households housed: {0} in the base, {1} with {2} ({3}).")
    public static let noMatch = Message("whatIf.noMatch", nl: "geen match", en: "no match")
    public static let backToWhatIf = Message("whatIf.back", nl: "Terug naar Wat als", en: "Back to What if")

    // MARK: The sweep
    public static let sweep = Message("whatIf.sweep", nl: "Eén getal laten variëren", en: "Vary one number")
    public static let sweepIntro = Message(
        "whatIf.sweepIntro",
        nl: "Kies een getal uit het scenario en de waarden die het aanneemt. Voor elke waarde wordt de beste match gezocht; de grafiek toont hoeveel huishoudens een plek hebben.",
        en: "Choose a number of the scenario and the values it takes. The best match is sought for each value; the chart shows how many households are housed.")
    public static let parameter = Message("whatIf.parameter", nl: "Getal", en: "Number")
    public static let from = Message("whatIf.from", nl: "Van", en: "From")
    public static let to = Message("whatIf.to", nl: "Tot en met", en: "To")
    public static let step = Message("whatIf.step", nl: "Stap", en: "Step")
    public static let runSweep = Message("whatIf.runSweep", nl: "Laat variëren", en: "Vary")
    public static let sweepTitle = Message("whatIf.sweepTitle", nl: "{0}: van {1} tot {2}", en: "{0}: from {1} to {2}")
    public static let sweepProblem = Message("whatIf.sweepProblem", nl: "Deze reeks kan niet: {0}", en: "This range cannot be run: {0}")
    public static let tooManyValues = Message("whatIf.tooManyValues", nl: "Dat zijn {0} waarden; kies er hooguit {1} (een grotere stap).", en: "That is {0} values; choose at most {1} (a larger step).")
    public static let value = Message("whatIf.value", nl: "Waarde", en: "Value")
    public static let status = Message("whatIf.status", nl: "Uitkomst", en: "Outcome")
    public static let housed = Message("whatIf.housed", nl: "Huishoudens met een plek", en: "Households housed")
    public static let groupsFormed = Message("whatIf.groupsFormed", nl: "Woongroepen die ontstaan", en: "Groups formed")
    public static let shortOptimal = Message("whatIf.shortOptimal", nl: "beste match", en: "best match")
    public static let shortFeasible = Message("whatIf.shortFeasible", nl: "geldig, niet bewezen de beste", en: "valid, not proven best")
    public static let shortInfeasible = Message("whatIf.shortInfeasible", nl: "geen match houdt zich aan alle regels", en: "no match keeps every rule")
    public static let shortNoSolution = Message("whatIf.shortNoSolution", nl: "geen match gevonden", en: "no match found")
    public static let invalidPoint = Message("whatIf.invalidPoint", nl: "ongeldig", en: "invalid")
    public static let sweepStopped = Message("whatIf.sweepStopped", nl: "Gestopt na {0} van de {1} waarden.", en: "Stopped after {0} of {1} values.")
    public static let capacityOf = Message("whatIf.capacityOf", nl: "Capaciteit van {0}", en: "Capacity of {0}")
    public static let unitsOf = Message("whatIf.unitsOf", nl: "Woningen van {0}", en: "Dwellings of {0}")
    public static let accessibleOf = Message("whatIf.accessibleOf", nl: "Toegankelijke woningen van {0}", en: "Accessible dwellings of {0}")
    public static let rentOf = Message("whatIf.rentOf", nl: "Huur van {0}", en: "Rent of {0}")
    public static let minSizeOf = Message("whatIf.minSizeOf", nl: "Minimale grootte van {0}", en: "Fewest households of {0}")
    public static let maxSizeOf = Message("whatIf.maxSizeOf", nl: "Maximale grootte van {0}", en: "Most households of {0}")
    public static let preferenceWeight = Message("whatIf.preferenceWeight", nl: "Gewicht van de voorkeuren", en: "Weight of preferences")
    public static let valuesWeight = Message("whatIf.valuesWeight", nl: "Gewicht van de gedeelde waarden", en: "Weight of shared values")
    public static let chartAll = Message("whatIf.chartAll", nl: "alle huishoudens", en: "all households")
    public static let chartNoCare = Message("whatIf.chartNoCare", nl: "zonder zorgvraag", en: "no care need")
    public static let chartCare = Message("whatIf.chartCare", nl: "zorg: {0}", en: "care: {0}")
    public static let chartTitle = Message("whatIf.chartTitle", nl: "Huishoudens met een plek bij {0}", en: "Households housed by {0}")
    public static let chartGap = Message("whatIf.chartGap", nl: "geen match of ongeldig", en: "no match or invalid")

    public static let all: [Message] = [
        title, intro, variants, noVariants, variantFile, description, chooseToCompare, compareButton, unreadableVariant,
        saved, chooseOne, newVariant, newVariantIntro, withdrawSite, raiseRents, providerCapacity, groupRule, addSite,
        fileName, fileNameHint, descriptionHint, replaceExisting, saveVariant, percent, newCapacity, currentCapacity,
        unchanged, leaveEmpty, needsCommonRoom, minSize, maxSize, careShareMin, careShareMax, siteID, siteIDHint, owner,
        rentInEuros, required, notANumber, notAWholeNumber, notAShare, tooLow, unknownEntry, nothingChanges, badFileName,
        exists, idTaken, accessibleAboveUnits, variantInvalid, formHasProblems, saveFailed, describeWithdraw,
        describeRents, describeCapacity, describeGroup, describeAddSite, comparisonTitle,
        inShort, noMatch, backToWhatIf, sweep, sweepIntro, parameter, from, to, step, runSweep, sweepTitle, sweepProblem,
        tooManyValues, value, status, shortOptimal, shortFeasible, shortInfeasible, shortNoSolution, housed, groupsFormed, invalidPoint, sweepStopped, capacityOf, unitsOf, accessibleOf, rentOf,
        minSizeOf, maxSizeOf, preferenceWeight, valuesWeight, chartAll, chartNoCare, chartCare, chartTitle, chartGap,
    ]
}
