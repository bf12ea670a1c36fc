import ArgumentParser
import Foundation
import SpreadsheetImport
import Wording

extension ImportSide: ExpressibleByArgument {}

/// `housing-match import`: households, groups, sites or providers from a CSV or XLSX file into a scenario.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import households, groups, sites or care providers from a CSV or XLSX file into a scenario.",
        discussion: """
            Rows are merged by id: a new id is added, a known one updated, and the import says \
            which fields changed. A column the sheet has sets its field (an empty cell sets the \
            default, or keeps a required field as it was); a column it lacks leaves the field as \
            it was. Every problem is listed with its row, column and header (`rij 14, kolom D \
            (Max. huur): '12OO' is geen bedrag`), all at once, and then nothing is written (exit \
            65). The scenario is written whole or not at all, in its own format (YAML or JSON); \
            it is created when it does not exist. --dry-run shows the same without writing.

            CSV: `;` or `,` (read from the header line), UTF-8 with or without BOM. XLSX: the first \
            sheet, or --sheet NAME. Cells as Dutch spreadsheets write them: "€ 1.020,50", "0,5", \
            "25%", ja/nee, lists as "Houten; Bunnik", care types as ouderenzorg, VG, GGZ, \
            lichamelijke beperking (or the scenario's codes). Headers are compared without case, \
            accents or punctuation.

            PERSONAL DATA: names and contact details (Naam, E-mail, Telefoon, Adres) never enter \
            the scenario. A household without an id gets a new pseudonymous id. With --key-file \
            the id and name are kept in that file (CSV, `;`), which the next import reads so that \
            the same person keeps the same id; keep it beside the spreadsheet, not with the scenario.

            `housing-match import --template households > huishoudens.csv` writes a template \
            (Dutch headers, one example row) for each side.

            HEADERS (template header → scenario key; other headers that work):
            \(ImportTemplate.mappingText())
            """
    )

    @Argument(help: ArgumentHelp("The CSV or XLSX file.", valueName: "file"))
    var file: String?

    @Option(help: ArgumentHelp("What the rows are: households, groups, sites or providers (read from the headers when left out).",
                               valueName: "side"))
    var side: ImportSide?

    @Option(help: ArgumentHelp("The XLSX sheet to read (the first when left out).", valueName: "name"))
    var sheet: String?

    @Option(help: ArgumentHelp("The scenario file to import into (YAML or JSON); created when it does not exist.",
                               valueName: "scenario"))
    var into: String?

    @Flag(help: "Show what would change, and write nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("The key file linking household ids to names (CSV), read and kept up to date.",
                               valueName: "file"))
    var keyFile: String?

    @Option(help: ArgumentHelp("Write the template of a side (households, groups, sites or providers) to standard output.",
                               valueName: "side"))
    var template: ImportSide?

    @Option(name: .customLong("lang"), help: Language.help)
    var language: Language = .nl

    func validate() throws {
        if template != nil {
            guard file == nil, into == nil else { throw ValidationError("--template takes no file and no --into") }
            return
        }
        guard file != nil else { throw ValidationError("name the CSV or XLSX file to import") }
        guard let into else { throw ValidationError("name the scenario to import into with --into") }
        if let keyFile {
            let same = [into, file!].map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            guard !same.contains(URL(fileURLWithPath: keyFile).standardizedFileURL.path) else {
                throw ValidationError("--key-file must be a file of its own, not the scenario or the spreadsheet")
            }
        }
    }

    func run() throws {
        if let template {
            try StandardOutput.write(ImportTemplate.csv(for: template))
            return
        }
        guard let file, let into else { return }
        do {
            let outcome = try ScenarioImport.run(file: file, sheet: sheet, side: side, into: into, keyFile: keyFile, dryRun: dryRun)
            try StandardOutput.print(ImportReport.lines(outcome, file: file, scenarioPath: into, keyFile: keyFile,
                                                        dryRun: dryRun, language: language).joined(separator: "\n"))
        } catch let failure as ScenarioImport.Failure {
            for line in ImportReport.lines(failure, language: language) { StandardError.print(line) }
            switch failure {
            case .spreadsheet(_, let error):
                if case .unreadable = error { throw ExitCodes.unreadable }
                throw ExitCodes.invalidInput
            case .scenario(let error):
                switch error {
                case .unreadable: throw ExitCodes.unreadable
                default: throw ExitCodes.invalidInput
                }
            case .variant, .format: throw ExitCodes.usage
            case .problems: throw ExitCodes.invalidInput
            case .output(let error): throw error.kind == .cannotCreate ? ExitCodes.unreadable : ExitCodes.ioError
            }
        }
    }
}
