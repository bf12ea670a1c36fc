/// Import and export in the web workspace: spreadsheets in on the data page,
/// the match and printable lists out on the export page.
public enum ExchangeWords {
    // Import
    public static let importTitle = Message("exchange.importTitle", nl: "Importeren uit een spreadsheet", en: "Import from a spreadsheet")
    public static let importIntro = Message(
        "exchange.importIntro",
        nl: "Lees huishoudens, woongroepen, woonplekken of zorgaanbieders in uit een CSV- of XLSX-bestand, zoals Excel het bewaart. Eerst ziet u wat er zou veranderen, of wat er mis is (met rij, kolom en kop); pas na ‘Toepassen’ wordt het scenario opgeslagen, met de vorige versie in de geschiedenis.",
        en: "Read households, groups, sites or care providers from a CSV or XLSX file, as Excel saves it. First you see what would change, or what is wrong (with row, column and header); only after ‘Apply’ is the scenario saved, with the previous version in the history.")
    public static let namesNote = Message(
        "exchange.namesNote",
        nl: "Namen en contactgegevens (Naam, E-mail, Telefoon, Adres) komen nooit in het scenario. Ze blijven in het sleutelbestand {0} in de werkmap, dat een huishouden aan zijn code koppelt; alleen lijsten om te printen lezen het. Het geüploade bestand wordt niet bewaard.",
        en: "Names and contact details (Name, E-mail, Phone, Address) never enter the scenario. They stay in the key file {0} in the workspace folder, which links a household to its id; only printable lists read it. The uploaded file is not kept.")
    public static let fileLabel = Message("exchange.file", nl: "Bestand (CSV of XLSX, hoogstens 10 MB)", en: "File (CSV or XLSX, at most 10 MB)")
    public static let sideLabel = Message("exchange.side", nl: "Wat staat erin?", en: "What does it hold?")
    public static let sideDetect = Message("exchange.sideDetect", nl: "Lees het af uit de kolomkoppen", en: "Tell from the column headers")
    public static let sheetLabel = Message("exchange.sheet", nl: "Werkblad (alleen XLSX; leeg is het eerste)", en: "Sheet (XLSX only; empty is the first)")
    public static let dryRunButton = Message("exchange.dryRunButton", nl: "Controleer (nog niets opslaan)", en: "Check (save nothing yet)")
    public static let noFile = Message("exchange.noFile", nl: "Kies eerst een bestand.", en: "Choose a file first.")
    public static let notAForm = Message("exchange.notAForm", nl: "Het formulier kwam niet goed aan. Probeer het opnieuw.", en: "The form did not arrive whole. Please try again.")
    public static let templates = Message("exchange.templates", nl: "Sjablonen", en: "Templates")
    public static let templatesIntro = Message(
        "exchange.templatesIntro",
        nl: "Een leeg sjabloon met Nederlandse kolomkoppen en één voorbeeldrij, om in Excel in te vullen:",
        en: "An empty template with Dutch column headers and one example row, to fill in with Excel:")
    public static let templateLink = Message("exchange.templateLink", nl: "Sjabloon {0} (CSV)", en: "Template {0} (CSV)")
    public static let openImport = Message("exchange.openImport", nl: "Importeren uit een spreadsheet", en: "Import from a spreadsheet")
    public static let openExport = Message("exchange.openExport", nl: "Exporteren en lijsten printen", en: "Export and print lists")
    public static let dataSectionIntro = Message(
        "exchange.dataSectionIntro",
        nl: "Gegevens inlezen uit een spreadsheet (met sjablonen), of het resultaat wegschrijven als spreadsheet en lijsten om te printen.",
        en: "Read data from a spreadsheet (with templates), or write the result as a spreadsheet and lists to print.")

    // The dry run
    public static let dryRunTitle = Message("exchange.dryRunTitle", nl: "Controle van {0}", en: "Check of {0}")
    public static let problemsFound = Message(
        "exchange.problemsFound",
        nl: "Er is niets opgeslagen. Verbeter deze punten in de spreadsheet en probeer het opnieuw:",
        en: "Nothing was saved. Correct these points in the spreadsheet and try again:")
    public static let problemCount = Message("exchange.problemCount", nl: "{0} problemen", en: "{0} problems")
    public static let row = Message("exchange.row", nl: "Rij", en: "Row")
    public static let column = Message("exchange.column", nl: "Kolom", en: "Column")
    public static let header = Message("exchange.header", nl: "Kop", en: "Header")
    public static let problem = Message("exchange.problem", nl: "Wat er mis is", en: "What is wrong")
    public static let wouldChange = Message(
        "exchange.wouldChange",
        nl: "Nog niets opgeslagen. Zo zou het scenario veranderen:",
        en: "Nothing saved yet. This is how the scenario would change:")
    public static let readSummary = Message("exchange.readSummary", nl: "{0} rijen gelezen: {1}.", en: "{0} rows read: {1}.")
    public static let addedHeading = Message("exchange.added", nl: "Nieuw ({0})", en: "Added ({0})")
    public static let updatedHeading = Message("exchange.updated", nl: "Bijgewerkt ({0})", en: "Updated ({0})")
    public static let unchangedLine = Message("exchange.unchanged", nl: "Ongewijzigd: {0}.", en: "Unchanged: {0}.")
    public static let rowOf = Message("exchange.rowOf", nl: "rij {0}", en: "row {0}")
    public static let fieldsChanged = Message("exchange.fieldsChanged", nl: "(rij {0}): {1}", en: "(row {0}): {1}")
    public static let nothingWouldChange = Message(
        "exchange.nothingWouldChange", nl: "Het scenario heeft dit alles al: er verandert niets.",
        en: "The scenario already has all of this: nothing would change.")
    public static let newNames = Message(
        "exchange.newNames", nl: "Huishoudens met een nieuwe code: {0}. Hun namen gaan naar het sleutelbestand {1}.",
        en: "Households given a new id: {0}. Their names go to the key file {1}.")
    public static let apply = Message("exchange.apply", nl: "Toepassen", en: "Apply")
    public static let cancel = Message("exchange.cancel", nl: "Annuleren", en: "Cancel")
    public static let draftGone = Message(
        "exchange.draftGone",
        nl: "Deze controle is verlopen of al toegepast. Upload het bestand opnieuw.",
        en: "This check has expired or was applied already. Upload the file again.")
    public static let staleImport = Message(
        "exchange.stale",
        nl: "Het scenario is intussen veranderd (in een ander tabblad of programma). Er is niets opgeslagen: upload het bestand opnieuw om de controle te herhalen.",
        en: "The scenario changed in the meantime (in another tab or program). Nothing was saved: upload the file again to check anew.")
    public static let importedEntry = Message("exchange.importedEntry", nl: "Geïmporteerd: {0} {1} nieuw of bijgewerkt", en: "Imported: {0} {1} added or updated")

    // Export
    public static let exportMenu = Message("exchange.exportMenu", nl: "Exporteren", en: "Export")
    public static let exportTitle = Message("exchange.exportTitle", nl: "Exporteren", en: "Export")
    public static let exportIntro = Message(
        "exchange.exportIntro",
        nl: "Het huidige resultaat als spreadsheet, en lijsten om te printen: per woongroep voor een bijeenkomst van initiatiefnemers, per zorgaanbieder voor de zorgcoördinator.",
        en: "The current match as a spreadsheet, and lists to print: per group for a meeting of founders, per care provider for the care coordinator.")
    public static let spreadsheetHeading = Message("exchange.spreadsheetHeading", nl: "Het resultaat als spreadsheet", en: "The match as a spreadsheet")
    public static let spreadsheetIntro = Message(
        "exchange.spreadsheetIntro",
        nl: "Eén rij per huishouden: woongroep, woonplek, gemeente, huur en zorgaanbieder, of waarom het geen plek heeft. Het XLSX-bestand heeft daarnaast een blad per woongroep.",
        en: "One row per household: group, site, town, rent and care provider, or why it has no place. The XLSX file also has a sheet per group.")
    public static let downloadCSV = Message("exchange.downloadCSV", nl: "Download CSV", en: "Download CSV")
    public static let downloadXLSX = Message("exchange.downloadXLSX", nl: "Download XLSX", en: "Download XLSX")
    public static let listsHeading = Message("exchange.listsHeading", nl: "Lijsten om te printen", en: "Lists to print")
    public static let listLabel = Message("exchange.listLabel", nl: "Welke lijst?", en: "Which list?")
    public static let groupList = Message("exchange.groupList", nl: "Woongroep {0}", en: "Group {0}")
    public static let providerList = Message("exchange.providerList", nl: "Zorgaanbieder {0}", en: "Care provider {0}")
    public static let allGroups = Message("exchange.allGroups", nl: "Alle woongroepen (een bladzijde per groep)", en: "Every group (a page each)")
    public static let allProviders = Message("exchange.allProviders", nl: "Alle zorgaanbieders (een bladzijde per aanbieder)", en: "Every care provider (a page each)")
    public static let openList = Message("exchange.openList", nl: "Open om te printen", en: "Open to print")
    public static let downloadList = Message("exchange.downloadList", nl: "Download (HTML)", en: "Download (HTML)")
    public static let withCare = Message(
        "exchange.withCare", nl: "Met zorgsoort en uren per huishouden (vertrouwelijk: alleen voor wie ze nodig heeft)",
        en: "With care type and hours per household (confidential: only for those who need them)")
    public static let careSwitchFirst = Message(
        "exchange.careSwitchFirst",
        nl: "Zorgsoort en uren van huishoudens staan er niet in. Wie ze nodig heeft, zet eerst ‘Toon zorggegevens’ aan en vinkt ze dan hier aan.",
        en: "Care type and hours of households are left out. Those who need them first switch on ‘Show care details’ and then tick them here.")
    public static let namesFromKey = Message(
        "exchange.namesFromKey", nl: "Namen komen uit het sleutelbestand {0} ({1} namen); zonder dat bestand staan alleen codes op de lijsten.",
        en: "Names come from the key file {0} ({1} names); without that file the lists show ids only.")
    public static let noKeyFile = Message(
        "exchange.noKeyFile", nl: "Er is geen sleutelbestand {0}: de lijsten tonen huishoudens met hun code.",
        en: "There is no key file {0}: the lists show households by their id.")
    public static let noMatch = Message(
        "exchange.noMatch", nl: "Er is nog geen resultaat om te exporteren.", en: "There is no match to export yet.")
    public static let unknownList = Message("exchange.unknownList", nl: "Die lijst bestaat niet.", en: "That list does not exist.")
    public static let matchFileStem = Message("exchange.matchFileStem", nl: "indeling", en: "match")
    public static let templateFileStem = Message("exchange.templateFileStem", nl: "sjabloon-{0}", en: "template-{0}")
    public static let keyUnreadable = Message(
        "exchange.keyUnreadable", nl: "Het sleutelbestand {0} kan niet worden gelezen; de lijsten tonen codes.",
        en: "The key file {0} cannot be read; the lists show ids.")

    public static let all = [
        importTitle, importIntro, namesNote, fileLabel, sideLabel, sideDetect, sheetLabel, dryRunButton, noFile, notAForm,
        templates, templatesIntro, templateLink, openImport, openExport, dataSectionIntro,
        dryRunTitle, problemsFound, problemCount, row, column, header, problem, wouldChange, readSummary, addedHeading,
        updatedHeading, unchangedLine, rowOf, fieldsChanged, nothingWouldChange, newNames, apply, cancel, draftGone,
        staleImport, importedEntry,
        exportMenu, exportTitle, exportIntro, spreadsheetHeading, spreadsheetIntro, downloadCSV, downloadXLSX, listsHeading,
        listLabel, groupList, providerList, allGroups, allProviders, openList, downloadList, withCare, careSwitchFirst,
        namesFromKey, noKeyFile, noMatch, unknownList, matchFileStem, templateFileStem, keyUnreadable, sideUnknown, more,
    ]
}

extension ExchangeWords {
    /// Said instead of the CLI's "give --side" when the headers do not tell the side.
    public static let sideUnknown = Message(
        "exchange.sideUnknown",
        nl: "Uit de kolomkoppen valt niet op te maken of dit huishoudens, woongroepen, woonplekken of zorgaanbieders zijn: kies het bij ‘Wat staat erin?’.",
        en: "The column headers do not tell whether these are households, groups, sites or care providers: choose it at ‘What does it hold?’.")
    public static let more = Message("exchange.more", nl: "… en nog {0}", en: "… and {0} more")
}
