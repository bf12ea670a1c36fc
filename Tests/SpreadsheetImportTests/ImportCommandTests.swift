import Foundation
import HousingMatch
import LoopbackHTTP
import ScenarioIO
import Testing
@testable import SpreadsheetImport

/// `housing-match import` run as a person runs it, and a workbook a spreadsheet program wrote.
@Suite("housing-match import")
struct ImportCommandTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], in folder: TemporaryFolder) throws -> Run {
        let process = Process()
        process.executableURL = try #require(BuiltTool.housingMatch, "housing-match not found next to the test bundle")
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        process.standardInput = FileHandle.nullDevice
        let out = folder.path(".stdout"), err = folder.path(".stderr")
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: try String(contentsOfFile: out, encoding: .utf8),
                   stderr: try String(contentsOfFile: err, encoding: .utf8))
    }

    @Test("Mistakes are listed in Dutch with row, column and header, exit 65; a clean sheet imports and says what changed")
    func command() throws {
        let folder = try TemporaryFolder()
        _ = try folder.example()
        try folder.write("fout.csv", "Huishouden;Generaties;Max. huur\r\nh70;senior;12OO\r\nh71;;€ 900\r\n")
        let failed = try run(["import", "fout.csv", "--into", "scenario.yaml"], in: folder)
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("rij 2, kolom C (Max. huur): '12OO' is geen bedrag"))
        #expect(failed.stderr.contains("rij 3, kolom B (Generaties): is leeg"))
        #expect(failed.stderr.contains("2 problemen; er is niets geschreven."))

        try folder.write("goed.csv", DutchSpreadsheet.households(count: 5))
        let dry = try run(["import", "goed.csv", "--into", "scenario.yaml", "--dry-run", "--key-file", "sleutel.csv", "--lang", "en"],
                          in: folder)
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("households added: 5"))
        #expect(dry.stdout.contains("Dry run: nothing was written."))
        #expect(!dry.stdout.contains(DutchSpreadsheet.name(1)))
        let done = try run(["import", "goed.csv", "--into", "scenario.yaml", "--key-file", "sleutel.csv"], in: folder)
        #expect(done.status == 0)
        #expect(done.stdout.contains("huishoudens toegevoegd: 5"))
        #expect(done.stdout.contains("Sleutelbestand: sleutel.csv (5 namen"))
        #expect(!done.stdout.contains(DutchSpreadsheet.name(1)) && !done.stderr.contains(DutchSpreadsheet.name(1)))
        #expect(try ScenarioLoader.load(path: folder.path("scenario.yaml")).seekers.count == 65)
    }

    @Test("--template writes each side's template; a missing sheet lists the sheets there are")
    func template() throws {
        let folder = try TemporaryFolder()
        let households = try run(["import", "--template", "households"], in: folder)
        #expect(households.status == 0)
        #expect(households.stdout.contains("Huishouden;Naam;Generaties;Zorgtype;Zorguren;Toegankelijk;Max. huur;Gemeenten"))
        #expect(try Data(contentsOf: folder.url.appendingPathComponent(".stdout")).starts(with: [0xEF, 0xBB, 0xBF]))
        let sites = try run(["import", "--template", "sites"], in: folder)
        #expect(sites.stdout.contains("Woonplek;Naam;Gemeente;Woningen"))
    }

    @Test("A workbook LibreOffice converted from the Dutch CSV imports like the CSV itself",
          .enabled(if: LibreOffice.path != nil, "soffice is not installed (.ci/setup --tests installs it)"))
    func libreOfficeWorkbook() throws {
        let folder = try TemporaryFolder()
        let scenario = try folder.example()
        try folder.write("huishoudens.csv", DutchSpreadsheet.households(count: 300))
        try LibreOffice.convertToWorkbook(folder.path("huishoudens.csv"), in: folder)
        let workbook = folder.path("huishoudens.xlsx")
        try #require(FileManager.default.fileExists(atPath: workbook))
        let fromWorkbook = try ScenarioImport.run(file: workbook, side: nil, into: scenario, keyFile: folder.path("sleutel.csv"),
                                                  dryRun: false)
        #expect(fromWorkbook.plan.changes.filter { $0.kind == .added }.count == 300)
        let loaded = try ScenarioLoader.load(path: scenario)
        let csvPlan = SheetImport.plan(sheet: try Spreadsheets.SpreadsheetReader.read(path: folder.path("huishoudens.csv")),
                                       side: nil, into: try ScenarioLoader.load(path: DutchSpreadsheet.exampleScenarioPath),
                                       key: try PseudonymKey.load(path: folder.path("sleutel.csv")))
        #expect(csvPlan.problems.isEmpty)
        // The same households, the same ids (the key file gave the nameless ones theirs), the same values.
        #expect(csvPlan.scenario.seekers == loaded.seekers)
    }
}

import Spreadsheets

/// LibreOffice's command, when installed.
enum LibreOffice {
    static let path: String? = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Converts a `;`-separated UTF-8 CSV into an XLSX beside it, as a person saving it from Calc would.
    static func convertToWorkbook(_ csv: String, in folder: TemporaryFolder) throws {
        let convert = Process()
        convert.executableURL = URL(fileURLWithPath: try #require(path))
        // 59 is `;`, 34 the quote, 76 UTF-8, 1 the first line; the profile stays in the temporary folder.
        convert.arguments = ["-env:UserInstallation=file://\(folder.path("lo-profile"))", "--headless",
                             "--infilter=CSV:59,34,76,1", "--convert-to", "xlsx", "--outdir", folder.url.path, csv]
        convert.standardOutput = FileHandle.nullDevice
        convert.standardError = FileHandle.nullDevice
        try convert.run()
        convert.waitUntilExit()
    }
}

