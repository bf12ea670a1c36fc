import Foundation
import HousingMatch
import ScenarioIO
import Testing
import Wording

/// The whole way a founder's spreadsheet goes: a workbook of 300 households
/// saved by a spreadsheet program, imported with a key file for the names,
/// solved, and out again as CSV, XLSX and printable lists with the names back.
@Suite("From a spreadsheet to printed lists")
struct SpreadsheetToListsTests {
    @Test("300 households from a LibreOffice workbook import, solve and come out as CSV, XLSX and lists, names only from the key file",
          .enabled(if: LibreOffice.path != nil, "soffice is not installed (.ci/setup --tests installs it)"))
    func workbookToLists() throws {
        let folder = try TemporaryFolder()
        let scenario = try folder.example()
        let before = try ScenarioLoader.load(path: scenario).seekers.count
        _ = try folder.write("huishoudens.csv", DutchSpreadsheet.households(count: 300))
        try LibreOffice.convertToWorkbook(folder.path("huishoudens.csv"), in: folder)

        let imported = try ImportCommandTests().run(
            ["import", "huishoudens.xlsx", "--into", "scenario.yaml", "--key-file", "sleutel.csv"], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("huishoudens toegevoegd: 300"))
        let scenarioText = try String(contentsOfFile: scenario, encoding: .utf8)
        #expect(!scenarioText.contains(DutchSpreadsheet.name(1)) && !scenarioText.contains(DutchSpreadsheet.email(1)))

        let lists = try ImportCommandTests().run(
            ["lists", "scenario.yaml", "--lang", "nl", "--csv", "match.csv", "--xlsx", "match.xlsx", "--html", "lijsten",
             "--names", "sleutel.csv", "--time-limit", "60"], in: folder)
        #expect(lists.status == 0, "\(lists.stderr)")
        let csv = try String(contentsOfFile: folder.path("match.csv"), encoding: .utf8)
        let rows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(rows.count == before + 300, "one row per household")
        #expect(csv.contains(DutchSpreadsheet.name(1)), "names come back from the key file")
        #expect(!csv.contains(DutchSpreadsheet.email(1)), "contact details stay in the key file")
        for word in ["ouderenzorg", "GGZ", "VG"] { #expect(!csv.contains(";\(word);"), "no care type without --with-care-details") }
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("match.xlsx")).starts(with: Array("PK".utf8)))
        let printable = try String(contentsOfFile: folder.path("lijsten/alle-woongroepen.html"), encoding: .utf8)
        #expect(printable.contains("@media print") || printable.contains("@page"))
        #expect(!lists.stderr.contains(DutchSpreadsheet.name(1)) && !lists.stdout.contains(DutchSpreadsheet.name(1)))
    }
}
