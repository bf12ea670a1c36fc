import ArgumentParser
import Foundation
import HousingMatch
import HousingMatchReports
import Wording
import LinearProgramming
import ScenarioIO

/// `housing-match compare`: solves a base scenario and its variants and shows what changes.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Solve a base scenario and one or more variants, and show what each variant changes.",
        discussion: """
            For each variant (usually a file in scenarios/variants/ naming the base and its \
            changes) the report shows households housed in total, by care type and by town; \
            the groups that form or no longer form; the households who gain a place, lose \
            their place or move; care providers' clients against their capacity; and the \
            status of every solve. An infeasible variant is an answer shown in the report. \
            Households appear only by id and care type.

            --format table (the default) prints a text report; json prints the comparison \
            for other tools; html makes one self-contained page with charts for readers \
            who do not use a terminal. With --output the report goes to that file \
            (written whole or not at all), and its format follows the file's extension \
            (.html, .json) unless --format says otherwise.

            Each scenario's match is the one solve shows for that file (among equally \
            good matches a fixed rule picks one). That rule may pick, for a variant, a \
            match that moves households the variant does not force; with --stable each \
            variant is solved as a stable re-solve of the base (see solve --keep), so \
            what moves is what the variant changes. --solutions FOLDER writes each \
            scenario's match as a solution file.

            Every file is read and checked before anything is solved. Press Ctrl-C once \
            to stop early: the solve under way and those after it stop with the best match \
            found so far, and their status says so.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json, html
    }

    @Argument(help: ArgumentHelp("The base scenario (or variant) file.", valueName: "base"))
    var basePath: String

    @Argument(help: ArgumentHelp("One or more variant files to compare with the base.", valueName: "variant"))
    var variantPaths: [String] = []

    @Option(help: "How to show the comparison: a text table, JSON, or an HTML report (default: table, or the --output file's kind).")
    var format: OutputFormat?

    @Option(name: .customLong("lang"), help: Language.help)
    var language: Language = .en

    @OptionGroup var care: CareDetailsOption

    @Option(name: .customLong("output"),
            help: ArgumentHelp("Write the report to this file, atomically, instead of printing it.", valueName: "file"))
    var outputPath: String?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Stop each solve after this many seconds with the best match so far (\(TimeLimit.accepted)).",
                               valueName: "seconds"),
            transform: TimeLimit.parse)
    var timeLimit: Double?

    @Option(help: MatchSolver.help)
    var solver: MatchSolver = .auto

    @Option(help: ArgumentHelp("Solve independent parts of a scenario on this many threads (default: one per core).",
                               valueName: "count"))
    var threads: Int?

    @Flag(help: "Keep as many of the base's households in their group, and groups at their site, as each variant allows: the report then shows only the moves a variant forces.")
    var stable = false

    @Option(name: .customLong("solutions"),
            help: ArgumentHelp("Also write each scenario's match into this folder (made when missing), as <name>.json in the format of solve --output: the same match solve gives for that file.",
                               valueName: "folder"))
    var solutionsPath: String?

    func validate() throws {
        if variantPaths.isEmpty { throw ValidationError("name at least one variant file to compare with the base") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        try OutputPaths.validateName(outputPath, option: "--output")
        try OutputPaths.validateName(solutionsPath, option: "--solutions")
    }

    /// A scenario file as read, with the short name it goes by in the report.
    private struct ScenarioFile {
        var path: String
        var label: String
        var scenario: Scenario
        var variant: ScenarioVariant?
    }

    func run() throws {
        try OutputPaths.check([("--output", outputPath)],
                              inputs: OutputPaths.Input.scenario(basePath, role: "the base file")
                                + variantPaths.flatMap { OutputPaths.Input.scenario($0, role: "the variant file") })
        let files = try loadAll()
        let solutions = try solutionsPath.map { path in
            try SolutionFolder(path, inputs: OutputPaths.Input.scenario(basePath, role: "the base file")
                                + variantPaths.flatMap { OutputPaths.Input.scenario($0, role: "the variant file") })
        }
        func keep(_ result: MatchResult, of file: ScenarioFile) throws {
            try solutions?.write(result, of: file.scenario, name: file.label, options: matchOptions(base: nil))
        }
        Interruption.install()
        let base = files[0]
        let baseResult = try solve(base, number: 1, of: files.count, options: matchOptions(base: nil))
        try keep(baseResult, of: base)
        var variants: [ComparisonInput] = []
        for (index, file) in files.enumerated().dropFirst() {
            let result = try solve(file, number: index + 1, of: files.count,
                                   options: matchOptions(base: (base.scenario, baseResult)))
            try keep(result, of: file)
            let names = [file.scenario, base.scenario]
            variants.append(ComparisonInput(label: file.label, scenario: file.scenario, result: result,
                                            description: file.variant?.description,
                                            changes: file.variant?.changes.map { $0.reported(namesFrom: names) } ?? []))
        }
        let comparison = MatchComparison(
            base: ComparisonInput(label: base.label, scenario: base.scenario, result: baseResult,
                                  description: base.variant?.description,
                                  changes: base.variant?.changes.map { $0.reported(namesFrom: [base.scenario]) } ?? []),
            variants: variants)
        try write(comparison)
    }

    /// The engine's options for one solve; `base` is the base's answer when a variant is solved.
    ///
    /// Every option of a comparison's solves is set here, so that one that
    /// depends on the base's answer (a stage that keeps its assignments, say)
    /// has one place to go.
    private func matchOptions(base: (scenario: Scenario, result: MatchResult)?) -> MatchOptions {
        var options = MatchOptions(timeLimit: timeLimit, threads: threads)
        options.solver = solver
        // A variant differs from the base in a few entries, so the base's sites
        // are a good first guess, and when it only takes options away the base's
        // bounds hold for it: the answer is the same, it only comes sooner.
        if let base, base.result.hasMatch {
            if stable { options.keep = base.result.match }
            options.earlierSolve = EarlierSolve(scenario: base.scenario, result: base.result)
        }
        options.shouldStop = { Interruption.requested }
        return options
    }

    /// Reads every file before solving any, so that all problems show at once.
    private func loadAll() throws -> [ScenarioFile] {
        var files: [ScenarioFile] = []
        var failure: ExitCode?
        var labels: Set<String> = []
        for path in [basePath] + variantPaths {
            do {
                let (scenario, variant) = try ScenarioLoader.loadWithVariant(path: path)
                for warning in ScenarioLoader.warnings(path: path) { StandardError.print("warning: \(warning)") }
                files.append(ScenarioFile(path: path, label: Self.uniqueLabel(for: path, taken: &labels),
                                          scenario: scenario, variant: variant))
            } catch {
                // The first failure decides the exit code; later files are still read to list their problems too.
                let code = ExitCodes.report(error)
                if failure == nil { failure = code }
            }
        }
        if let failure { throw failure }
        for file in files.dropFirst() {
            if let variant = file.variant, Self.samePath(variant.base, basePath) == false {
                StandardError.print("warning: \(file.path) is a variant of \(variant.base), not of \(basePath); compared with \(basePath) all the same")
            }
        }
        return files
    }

    /// The file name without its extension (`new-site`), numbered when two files share it.
    private static func uniqueLabel(for path: String, taken: inout Set<String>) -> String {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var label = stem, number = 2
        while taken.contains(label) {
            label = "\(stem) (\(number))"
            number += 1
        }
        taken.insert(label)
        return label
    }

    private static func samePath(_ a: String, _ b: String) -> Bool {
        func canonical(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        return canonical(a) == canonical(b)
    }

    private func solve(_ file: ScenarioFile, number: Int, of count: Int, options: MatchOptions) throws -> MatchResult {
        var options = options
        let progress = ProgressLine(prefix: "\(file.label) (\(number) of \(count)): ")
        progress.announce("solving")
        options.progress = { report in progress.show(report) }
        let result = try ExitCodes.solving(file: file.path, cleanup: { progress.clear() }) {
            try MatchEngine(options: options).solve(file.scenario)
        }
        progress.clear()
        return result
    }

    /// Renders the comparison in the chosen format, to the --output file or stdout.
    private func write(_ comparison: MatchComparison) throws {
        let chosen = format ?? outputPath.flatMap(Self.format(ofFile:)) ?? .table
        let data: Data
        switch chosen {
        case .table: data = Data((ComparisonReport(comparison: comparison, language: language,
                                                            showsCare: care.withCareDetails).render() + "\n").utf8)
        case .json:
            data = try SolutionFiles.json(comparison)
        case .html: data = Data(ComparisonHTML(comparison: comparison, showsHouseholdCare: care.withCareDetails,
                                                      language: language).render().utf8)
        }
        guard let outputPath else {
            try StandardOutput.write(data)
            return
        }
        do { try SolutionFiles.writeAtomically(data, to: outputPath) } catch { throw ExitCodes.report(error) }
        StandardError.print("Wrote the comparison (\(chosen.rawValue)) to \(outputPath)")
    }

    /// The format a file's extension asks for, if it asks for one.
    private static func format(ofFile path: String) -> OutputFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": .html
        case "json": .json
        default: nil
        }
    }
}
