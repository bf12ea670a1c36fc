/// Importing spreadsheets: where a problem is, what is wrong with a cell, and what an import changed.
public enum ImportWords {
    // The four kinds of rows a sheet may hold.
    public static let households = Message("import.side.households", nl: "huishoudens", en: "households")
    public static let groups = Message("import.side.groups", nl: "woongroepen", en: "housing groups")
    public static let sites = Message("import.side.sites", nl: "woonplekken", en: "sites")
    public static let providers = Message("import.side.providers", nl: "zorgaanbieders", en: "care providers")

    // Where a problem is.
    public static let cellPlace = Message("import.place.cell", nl: "rij {0}, kolom {1} ({2})", en: "row {0}, column {1} ({2})")
    public static let rowPlace = Message("import.place.row", nl: "rij {0}", en: "row {0}")
    public static let columnPlace = Message("import.place.column", nl: "kolom {0} ({1})", en: "column {0} ({1})")
    public static let problemAt = Message("import.problemAt", nl: "{0}: {1}", en: "{0}: {1}")

    // What is wrong with a cell.
    public static let notAnAmount = Message("import.cell.amount", nl: "'{0}' is geen bedrag", en: "'{0}' is not an amount")
    public static let notANumber = Message("import.cell.number", nl: "'{0}' is geen getal", en: "'{0}' is not a number")
    public static let notAWholeNumber = Message("import.cell.whole", nl: "'{0}' is geen heel getal", en: "'{0}' is not a whole number")
    public static let notAShare = Message(
        "import.cell.share", nl: "'{0}' is geen aandeel: schrijf een getal van 0 tot 1 of een percentage (25%)",
        en: "'{0}' is not a share: write a number from 0 to 1 or a percentage (25%)")
    public static let notYesNo = Message("import.cell.yesNo", nl: "'{0}' is geen ja of nee", en: "'{0}' is not yes or no")
    public static let unknownCareType = Message(
        "import.cell.careType", nl: "'{0}' is geen bekend zorgtype (bekend: {1})", en: "'{0}' is not a known care type (known: {1})")
    public static let unknownGeneration = Message(
        "import.cell.generation", nl: "'{0}' is geen bekende generatie (bekend: {1})", en: "'{0}' is not a known generation (known: {1})")
    // Care details are not repeated in a message: the place says where to look.
    public static let careTypeNotKnown = Message(
        "import.cell.careTypeHidden", nl: "is geen bekend zorgtype (bekend: {0})", en: "is not a known care type (known: {0})")
    public static let careHoursNotANumber = Message(
        "import.cell.careHoursHidden", nl: "is geen aantal uren", en: "is not a number of hours")
    public static let empty = Message("import.cell.empty", nl: "is leeg; een nieuwe regel heeft hier een waarde nodig",
                                      en: "is empty; a new row needs a value here")
    public static let badId = Message("import.cell.id", nl: "'{0}' is geen bruikbare code (1 tot 64 tekens, geen stuurtekens)",
                                      en: "'{0}' is not a usable id (1 to 64 characters, no control characters)")
    public static let duplicateId = Message("import.cell.duplicateId", nl: "code {0} staat ook in rij {1}", en: "id {0} is also in row {1}")
    public static let hoursWithoutCare = Message(
        "import.cell.hoursWithoutCare", nl: "zorguren zonder zorgtype: vul ook het zorgtype in",
        en: "care hours without a care type: fill in the care type too")
    public static let noIdNoName = Message(
        "import.row.noIdNoName", nl: "geen code en geen naam: vul een van beide in",
        en: "no id and no name: fill in one of them")
    public static let sameNameAs = Message(
        "import.row.sameName", nl: "zelfde naam als rij {0} en geen code: geef een code of een e-mailadres om ze uit elkaar te houden",
        en: "same name as row {0} and no id: give an id or an e-mail address to tell them apart")
    public static let missingColumn = Message(
        "import.column.missing", nl: "de kolom {0} ontbreekt; nieuwe regels hebben die nodig",
        en: "the column {0} is missing; new rows need it")
    public static let missingIdColumn = Message(
        "import.column.missingId", nl: "geen kolom met de code ({0}) en geen kolom met de naam",
        en: "no column with the id ({0}) and no column with the name")
    public static let doubleColumn = Message(
        "import.column.double", nl: "staat er twee keer: ook in kolom {0}", en: "is there twice: also in column {0}")
    public static let notInScenario = Message(
        "import.validation", nl: "{0} (in het scenario: {1})", en: "{0} (in the scenario: {1})")

    // The file and sheet as a whole.
    public static let unreadable = Message("import.file.unreadable", nl: "{0}: kan niet gelezen worden ({1})", en: "{0}: cannot be read ({1})")
    public static let notASpreadsheet = Message(
        "import.file.notSpreadsheet", nl: "{0}: is geen spreadsheet (CSV of XLSX)", en: "{0}: is not a spreadsheet (CSV or XLSX)")
    public static let encryptedOrLegacy = Message(
        "import.file.legacy",
        nl: "{0}: is een oud Excel-bestand (.xls) of heeft een wachtwoord; sla het op als .xlsx zonder wachtwoord of als CSV",
        en: "{0}: is an old Excel file (.xls) or has a password; save it as .xlsx without a password or as CSV")
    public static let notUTF8 = Message(
        "import.file.notUTF8", nl: "{0}: de tekst is geen UTF-8; sla op als 'CSV UTF-8 (door komma's gescheiden)'",
        en: "{0}: the text is not UTF-8; save as 'CSV UTF-8 (comma delimited)'")
    public static let missingSheet = Message(
        "import.file.missingSheet", nl: "{0}: heeft geen blad '{1}'; wel: {2}", en: "{0}: has no sheet '{1}'; it has: {2}")
    public static let damaged = Message(
        "import.file.damaged", nl: "{0}: is beschadigd (onderdeel {1} is onleesbaar)", en: "{0}: is damaged (part {1} cannot be read)")
    public static let emptySheet = Message("import.sheet.empty", nl: "{0}: het blad is leeg", en: "{0}: the sheet is empty")
    public static let sideUnknown = Message(
        "import.sheet.sideUnknown",
        nl: "{0}: uit de kolomkoppen is niet op te maken of dit huishoudens, woongroepen, woonplekken of zorgaanbieders zijn; geef --side",
        en: "{0}: the column headers do not tell whether these are households, groups, sites or care providers; give --side")
    public static let variantRefused = Message(
        "import.scenario.variant", nl: "{0}: is een variant; importeer in het basisscenario ({1})",
        en: "{0}: is a variant; import into its base scenario ({1})")
    public static let scenarioFormat = Message(
        "import.scenario.format", nl: "{0}: een scenario eindigt op .yaml, .yml of .json", en: "{0}: a scenario ends in .yaml, .yml or .json")
    public static let problemCount = Message(
        "import.problems", nl: "{0} problemen; er is niets geschreven.", en: "{0} problems; nothing was written.")
    public static let oneProblem = Message("import.oneProblem", nl: "1 probleem; er is niets geschreven.", en: "1 problem; nothing was written.")

    // Notes on columns.
    public static let readSheet = Message("import.read", nl: "{0}: {1} rijen {2} gelezen (blad {3})", en: "{0}: read {1} rows of {2} (sheet {3})")
    public static let unknownColumn = Message(
        "import.column.unknown", nl: "kolom {0} ({1}) is onbekend en wordt overgeslagen", en: "column {0} ({1}) is unknown and skipped")
    public static let personalKept = Message(
        "import.column.personalKept", nl: "kolom {0} ({1}): persoonsgegevens, niet in het scenario; bewaard in het sleutelbestand",
        en: "column {0} ({1}): personal data, not in the scenario; kept in the key file")
    public static let personalDropped = Message(
        "import.column.personalDropped", nl: "kolom {0} ({1}): persoonsgegevens, niet in het scenario en nergens bewaard",
        en: "column {0} ({1}): personal data, not in the scenario and kept nowhere")
    public static let freshIdsWithoutKey = Message(
        "import.freshIdsWithoutKey",
        nl: "{0} huishoudens zonder code kregen een nieuwe code; zonder --key-file is niet terug te vinden wie dat zijn, en een volgende import maakt ze opnieuw aan",
        en: "{0} households without an id got a new id; without --key-file nobody can tell who they are, and a next import adds them again")
    public static let commentsLost = Message(
        "import.commentsLost", nl: "let op: de opmerkingen (regels met #) in {0} blijven niet bewaard",
        en: "note: the comments (lines with #) in {0} are not kept")

    // What changed.
    public static let added = Message("import.added", nl: "{1} toegevoegd: {0}", en: "{1} added: {0}")
    public static let updated = Message("import.updated", nl: "{1} bijgewerkt: {0}", en: "{1} updated: {0}")
    public static let unchanged = Message("import.unchanged", nl: "{1} ongewijzigd: {0}", en: "{1} unchanged: {0}")
    public static let addedLine = Message("import.addedLine", nl: "  + {0} (rij {1})", en: "  + {0} (row {1})")
    public static let updatedLine = Message("import.updatedLine", nl: "  ~ {0} (rij {1}): {2}", en: "  ~ {0} (row {1}): {2}")
    public static let andMore = Message("import.andMore", nl: "  … en nog {0}", en: "  … and {0} more")
    public static let dryRun = Message("import.dryRun", nl: "Proefdraai: er is niets geschreven.", en: "Dry run: nothing was written.")
    public static let written = Message("import.written", nl: "Geschreven: {0}", en: "Written: {0}")
    public static let keyWritten = Message(
        "import.keyWritten", nl: "Sleutelbestand: {0} ({1} namen; bewaar het apart, het hoort niet bij het scenario)",
        en: "Key file: {0} ({1} names; keep it apart, it does not belong with the scenario)")
    public static let nothingToWrite = Message("import.nothingToWrite", nl: "Niets veranderd; er is niets geschreven.", en: "Nothing changed; nothing was written.")
    public static let newScenario = Message("import.newScenario", nl: "{0} bestaat nog niet en wordt aangemaakt", en: "{0} does not exist yet and is created")

    /// Every message of this area, for the catalogue.
    public static let all: [Message] = [
        households, groups, sites, providers,
        cellPlace, rowPlace, columnPlace, problemAt,
        notAnAmount, notANumber, notAWholeNumber, notAShare, notYesNo, unknownCareType, careTypeNotKnown, careHoursNotANumber, unknownGeneration, empty, badId,
        duplicateId, hoursWithoutCare, noIdNoName, sameNameAs, missingColumn, missingIdColumn, doubleColumn, notInScenario,
        unreadable, notASpreadsheet, encryptedOrLegacy, notUTF8, missingSheet, damaged, emptySheet, sideUnknown,
        variantRefused, scenarioFormat, problemCount, oneProblem,
        readSheet, unknownColumn, personalKept, personalDropped, freshIdsWithoutKey, commentsLost,
        added, updated, unchanged, addedLine, updatedLine, andMore, dryRun, written, keyWritten, nothingToWrite, newScenario,
    ]
}
