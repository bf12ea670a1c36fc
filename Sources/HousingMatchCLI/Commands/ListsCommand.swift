import ArgumentParser
import Foundation
import HousingMatch
import MatchExport
import SpreadsheetImport
import ScenarioIO
import Spreadsheets
import Wording

/// `housing-match lists`: the match as spreadsheets and printable lists.
struct ListsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lists",
        abstract: "Write the match as spreadsheets (CSV, XLSX) and printable lists per group and per care provider.",
        discussion: """
            For founders and care coordinators. Solves the scenario (or takes the match \
            in --solution) and writes: with --csv, one row per household (group, site, \
            town, rent, care provider, or why it has no place) as Excel opens it; with \
            --xlsx, a workbook with a sheet of everyone and a sheet per group; with --html, \
            a folder of lists to print (A4, a page per list): one per group for a \
            founders' meeting (members, what each brings, the site and its rent, the care \
            provider) and one per care provider for its coordinator (its clients by group \
            and site); with --pdf, the same lists as PDF (needs chromium). --group and \
            --provider choose which lists; all of them otherwise.

            Care type and hours of households appear only with --with-care-details. \
            Households are shown by id, or by name with --names: a key file kept beside \
            the spreadsheet (`import --key-file`); names go only into these files.

            Files this command did not write itself are not replaced without --force. \
            Example: housing-match lists scenarios/utrecht-oost.yaml --lang nl --xlsx \
            match.xlsx --html lijsten
            """
    )

    @OptionGroup var scenario: ScenarioArgument

    @Option(help: ArgumentHelp("Take the match from this solution file (as `solve --output` writes, or drafted by hand) instead of solving.",
                               valueName: "file"))
    var solution: String?

    @Option(help: ArgumentHelp("Write one row per household to this CSV file (Dutch Excel style with --lang nl: `;` and decimal commas).",
                               valueName: "file"))
    var csv: String?

    @Option(help: ArgumentHelp("Write a workbook to this XLSX file: everyone, then a sheet per group.", valueName: "file"))
    var xlsx: String?

    @Option(help: ArgumentHelp("Write printable lists (HTML) into this folder, made when missing.", valueName: "folder"))
    var html: String?

    @Option(help: ArgumentHelp("Write the printable lists as PDF into this folder (needs chromium).", valueName: "folder"))
    var pdf: String?

    @Option(name: .customLong("group"), help: ArgumentHelp("Print the list of this group (repeatable).", valueName: "id"))
    var groups: [String] = []

    @Option(name: .customLong("provider"), help: ArgumentHelp("Print the list of this care provider (repeatable).", valueName: "id"))
    var providers: [String] = []

    @Flag(help: "Show each household's care type and hours (confidential: only for those who need them).")
    var withCareDetails = false

    @Option(help: ArgumentHelp("The key file `housing-match import --key-file` keeps beside the spreadsheet: household names by id.",
                               valueName: "file"))
    var names: String?

    @Option(name: .customLong("lang"), help: ArgumentHelp("The language of the headers and lists: en (English) or nl (Nederlands).",
                                                          valueName: "nl|en"))
    var language: Language = .en

    @Flag(help: "Replace files of the same name that this command did not write.")
    var force = false

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Stop solving after this many seconds with the best match so far (\(TimeLimit.accepted)).",
                               valueName: "seconds"),
            transform: TimeLimit.parse)
    var timeLimit: Double?

    func validate() throws {
        if csv == nil, xlsx == nil, html == nil, pdf == nil {
            throw ValidationError("name at least one of --csv, --xlsx, --html or --pdf")
        }
        for (option, path) in [("--csv", csv), ("--xlsx", xlsx), ("--html", html), ("--pdf", pdf), ("--names", names),
                               ("--solution", solution)] {
            try OutputPaths.validateName(path, option: option)
        }
    }

    func run() throws {
        let inputs = scenario.inputFiles() + OutputPaths.Input.option("--solution", solution)
            + OutputPaths.Input.option("--names", names)
        try OutputPaths.check([("--csv", csv), ("--xlsx", xlsx)], inputs: inputs)
        var chromium: String?
        if pdf != nil {
            chromium = PDFPrinter.chromiumPath()
            if chromium == nil {
                StandardError.print("housing-match: " + ExportWords.pdfMissing(language))
                throw ExitCodes.unreadable
            }
        }
        if let csv { try refuseForeign(csv, option: "--csv", isOurs: ExportSignature.isOurCSV) }
        if let xlsx { try refuseForeign(xlsx, option: "--xlsx", isOurs: ExportSignature.isOurXLSX) }
        let loaded = try scenario.load()
        for id in groups where !loaded.groups.contains(where: { $0.id == GroupID(id) }) {
            throw ValidationError(UnknownIdentifierError.group(GroupID(id), in: loaded).description)
        }
        for id in providers where !loaded.providers.contains(where: { $0.id == ProviderID(id) }) {
            throw ValidationError(UnknownIdentifierError.provider(ProviderID(id), in: loaded).description)
        }
        var options = ExportOptions(language: language, withCareDetails: withCareDetails)
        if let names { options.names = try readNames(names, scenario: loaded) }

        var listFiles: [String] = []
        if html != nil || pdf != nil {
            let lists = ListFiles(PrintableLists(MatchRows(scenario: loaded, result: emptyResult(loaded), options: options)))
            listFiles = lists.files(groups: chosenGroups, providers: chosenProviders).map { $0.name }
        }
        // Folders and the files in them are checked before solving, as single files are.
        if let html { try prepareFolder(html, option: "--html", files: listFiles, inputs: inputs) }
        if let pdf { try prepareFolder(pdf, option: "--pdf", files: listFiles.map(PDFPrinter.pdfName), inputs: inputs) }

        let result = try matchResult(of: loaded)
        let rows = MatchRows(scenario: loaded, result: result, options: options)
        let sheets = MatchSheets(rows)
        if let csv {
            let writer = CSVWriter(style: language == .nl ? .dutch : .english)
            try write(writer.data(for: sheets.everyone), to: csv)
        }
        if let xlsx {
            let data: Data
            do { data = try XLSXWriter(application: ExportSignature.application).data(for: sheets.all) } catch {
                StandardError.print("housing-match: \(xlsx): cannot be written: \(error)")
                throw ExitCodes.ioError
            }
            try write(data, to: xlsx)
        }
        let files: [ListFiles.File] = ListFiles(PrintableLists(rows)).files(groups: chosenGroups, providers: chosenProviders)
        if let html {
            for file in files { try write(Data(file.document.html.utf8), to: path(html, file.name)) }
            try ExportSignature.record(files.map { $0.name }, in: html)
        }
        if let pdf, let chromium {
            for file in files {
                let target = path(pdf, PDFPrinter.pdfName(file.name))
                do { try PDFPrinter(chromium: chromium).print(file.document.html, to: target) } catch {
                    StandardError.print("housing-match: \(target): cannot be written: \(error)")
                    throw ExitCodes.ioError
                }
            }
            try ExportSignature.record(files.map { PDFPrinter.pdfName($0.name) }, in: pdf)
        }
    }

    private var chosenGroups: [GroupID] { groups.map { GroupID($0) } }
    private var chosenProviders: [ProviderID] { providers.map { ProviderID($0) } }

    // MARK: The match

    /// The match of --solution, checked against the scenario, or a new solve; reasons checked either way.
    private func matchResult(of loaded: Scenario) throws -> MatchResult {
        var options = MatchOptions(timeLimit: timeLimit)
        if let solution {
            let match: Match
            do { match = try SolutionFiles.loadMatch(path: solution) } catch { throw ExitCodes.report(error) }
            let checker = MatchChecker(scenario: loaded)
            let broken = checker.violations(of: match).count
            if broken > 0 {
                // Only the count: the rules' words may name a household's care.
                StandardError.print("housing-match: \(solution): the match breaks \(broken) rule\(broken == 1 ? "" : "s") "
                                    + "of this scenario; `housing-match check` names them")
                throw ExitCodes.invalidInput
            }
            let result = MatchResult(scenarioName: loaded.name, status: .feasible, objective: checker.objective(of: match),
                                     match: match, unassigned: [], statistics: SolveStatistics())
            return try ExitCodes.solving { try result.withCheckedReasons(of: loaded, options: options) }
        }
        let progress = ProgressLine()
        Interruption.install()
        options.progress = { report in progress.show(report) }
        options.shouldStop = { Interruption.requested }
        let result = try ExitCodes.solving(cleanup: { progress.clear() }) { try MatchEngine(options: options).solve(loaded) }
        progress.clear()
        guard result.hasMatch, !Interruption.requested else { return result }
        options.progress = nil
        return try ExitCodes.solving { try result.withCheckedReasons(of: loaded, options: options) }
    }

    /// A result with no match: only to learn the lists' file names before solving.
    private func emptyResult(_ loaded: Scenario) -> MatchResult {
        MatchResult(scenarioName: loaded.name, status: .noSolution, objective: nil, match: Match(), unassigned: [],
                    statistics: SolveStatistics())
    }

    // MARK: Files

    private func readNames(_ path: String, scenario loaded: Scenario) throws -> [SeekerID: String] {
        guard FileManager.default.isReadableFile(atPath: path) else {
            StandardError.print("\(path): cannot be read")
            throw ExitCodes.unreadable
        }
        let key: PseudonymKey
        do {
            key = try PseudonymKey.load(path: path)
        } catch {
            StandardError.print(ImportReport.said(error, file: path, language: language))
            throw ExitCodes.invalidInput
        }
        let known = Set(loaded.seekers.map(\.id))
        let names = Dictionary(key.namesByID.compactMap { id, name in
            known.contains(SeekerID(id)) && !name.isEmpty ? (SeekerID(id), name) : nil
        }, uniquingKeysWith: { first, _ in first })
        if names.isEmpty { StandardError.print("warning: \(path): no line names a household of this scenario") }
        return names
    }

    private func refuseForeign(_ path: String, option: String, isOurs: (String) -> Bool) throws {
        guard !force, FileManager.default.fileExists(atPath: path), !isOurs(path) else { return }
        StandardError.print("housing-match: \(option) \(path) exists and was not written by `housing-match lists`; "
                            + "name another file, or add --force to replace it")
        throw ExitCodes.usage
    }

    private func prepareFolder(_ folder: String, option: String, files: [String], inputs: [OutputPaths.Input]) throws {
        try OutputPaths.makeFolder(folder, option: option, inputs: inputs)
        let known = ExportSignature.recorded(in: folder)
        for name in files {
            let file = path(folder, name)
            if let input = inputs.first(where: { OutputPaths.sameFile(file, $0.path) }) {
                StandardError.print("housing-match: \(option) \(folder) would overwrite an input of this run, \(input.role); "
                                    + "name another folder")
                throw ExitCodes.usage
            }
            if !known.contains(name) { try refuseForeign(file, option: option, isOurs: { _ in false }) }
            do { try SolutionFiles.checkWritable(file) } catch { throw ExitCodes.report(error) }
        }
    }

    private func write(_ data: Data, to path: String) throws {
        do { try SolutionFiles.writeAtomically(data, to: path) } catch { throw ExitCodes.report(error) }
    }

    private func path(_ folder: String, _ name: String) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent(name).path
    }
}
