import ArgumentParser
import Foundation
import HousingMatch
import HousingMatchReports
import LinearProgramming
import ScenarioIO

/// `housing-match sweep`: solves a scenario once per value of one number and
/// charts the households housed against it.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Solve a scenario for a range of values of one number and chart the households housed.",
        discussion: """
            Answers questions such as "how many households are housed as provider c1's \
            capacity goes from 2 to 12?". PATH names one number of one entry by its id, \
            the way a variant file's `modify` names it: providers[c1].capacity, \
            sites[s3].units, sites[s3].accessibleUnits, groups[g2].maxSize, \
            groups[g2].careShare.max, seekers[h17].maxRent, or a weight: weights.preference, \
            weights.values. A whole number in brackets that is no id counts entries from 0.

            The range is FROM...TO or FROM...TO:STEP. STEP is positive and 1 when left \
            out; when FROM is above TO the sweep goes down (12...2:2 is 12, 10, ..., 2). \
            Whole-number fields (units, capacity, sizes) take whole numbers only.

            Each value's scenario is validated before it is solved: a value that makes it \
            invalid (accessibleUnits above units, say) is reported as `invalid` with the \
            reason, and the sweep goes on. Points are solved in order, each starting from \
            the previous point's match, which changes the time but not the answer. A sweep \
            that takes options away as it goes (a capacity from high to low, 12...0) is the \
            quickest: the point before bounds each point, and where its match still meets \
            every rule it is the answer at once.

            The CSV has one row per value (the value, status, households housed, both \
            objectives, households housed without care and per care type, groups formed, \
            seconds); the chart (SVG) shows households housed in total and per care type. \
            Both files are rewritten after every point, atomically. A small table is \
            printed. Press Ctrl-C once to stop: the files keep every point solved so far \
            and the tool exits with 130.

            EXAMPLE
              housing-match sweep scenarios/utrecht-oost.yaml \\
                  --vary 'providers[c1].capacity=2...12' --output-dir capacity-c1
              (quote the argument: brackets mean something to the shell)
            """
    )

    @OptionGroup var scenario: ScenarioArgument

    /// Accepted so that every report command takes it: a sweep shows counts per care type over
    /// the whole region only (statistics), never a household's care.
    @OptionGroup var care: CareDetailsOption

    @Option(name: .customLong("vary"),
            help: ArgumentHelp("The number to vary and its range, such as providers[c1].capacity=2...12 or weights.values=0...1:0.25.",
                               valueName: "path=from...to[:step]"))
    var variation: String

    @Option(name: .customLong("output-dir"),
            help: ArgumentHelp("Write sweep.csv and sweep.svg into this folder (made when missing).", valueName: "folder"))
    var outputDirectory: String?

    @Option(name: .customLong("csv"), help: ArgumentHelp("Write the points as CSV to this file.", valueName: "file"))
    var csvPath: String?

    @Option(name: .customLong("chart"), help: ArgumentHelp("Write the chart as SVG to this file.", valueName: "file"))
    var chartPath: String?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Stop each point's solve after this many seconds with the best match so far (\(TimeLimit.accepted)).",
                               valueName: "seconds"),
            transform: TimeLimit.parse)
    var timeLimit: Double?

    @Option(help: MatchSolver.help)
    var solver: MatchSolver = .auto

    @Option(help: ArgumentHelp("Solve independent parts of each point's scenario on this many threads (default: one per core).",
                               valueName: "count"))
    var threads: Int?

    @Flag(name: .customLong("cold-start"),
          help: ArgumentHelp("Solve each point from scratch instead of from the previous point's match (for timing comparisons).",
                             visibility: .hidden))
    var coldStart = false

    @Option(name: .customLong("solutions"),
            help: ArgumentHelp("Also write each point's match into this folder (made when missing), as point-VALUE.json in the format of solve --output: the same match solve gives for that value.",
                               valueName: "folder"))
    var solutionsPath: String?

    /// Exit code when Ctrl-C stopped the sweep early (128 + SIGINT, as shells report it).
    static let interrupted = ExitCode(130)

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        try OutputPaths.validateName(outputDirectory, option: "--output-dir")
        try OutputPaths.validateName(csvPath, option: "--csv")
        try OutputPaths.validateName(chartPath, option: "--chart")
        try OutputPaths.validateName(solutionsPath, option: "--solutions")
        if outputDirectory != nil, csvPath != nil || chartPath != nil {
            throw ValidationError("--output-dir writes sweep.csv and sweep.svg there; give either it or --csv/--chart")
        }
    }

    func run() throws {
        let files = try outputFiles()
        let base = try scenario.load()
        let sweep: ScenarioSweep
        do {
            sweep = try ScenarioSweep(base: base, specification: variation)
        } catch {
            StandardError.print("housing-match: --vary \(error)")
            throw ExitCodes.invalidInput
        }

        let solutions = try solutionsPath.map { try SolutionFolder($0, inputs: scenario.inputFiles()) }
        let progress = StepProgressLine()
        Interruption.install()
        var options = MatchOptions(timeLimit: timeLimit, threads: threads)
        options.solver = solver
        options.progress = { progress.show($0) }
        // Trying each rule of an infeasible point's conflict costs up to a minute; only a point's file shows it.
        options.triesConflictingRules = solutionsPath != nil
        let runner = SweepRunner(options: options, reusesPreviousMatch: !coldStart, shouldStop: { Interruption.requested })
        let values = sweep.values
        let words = sweep.parameter.shortWords

        let report: SweepReport
        do {
            report = try runner.run(
                sweep,
                willSolve: { index, value in
                    progress.startStep(index: index, count: values.count, noun: "point",
                                        detail: "\(words) = \(Format.number(value, decimals: 6))")
                },
                didSolve: { report in
                    try write(report, to: files, scenarioName: base.name)
                    if let solutions, let point = report.points.last, let result = point.result,
                       case .valid(let solved) = sweep.scenario(at: point.value) {
                        try solutions.write(result, of: solved, name: "point-" + Format.number(point.value, decimals: 6),
                                            options: options)
                    }
                })
        } catch let error as OutputFileError {
            progress.clear()
            throw ExitCodes.report(error)
        } catch let error as SolverError {
            progress.clear()
            StandardError.print("housing-match: the solver failed: \(error); the files keep the points before it")
            throw ExitCodes.solverFailed
        } catch let error as InconsistentSolutionError {
            progress.clear()
            StandardError.print("housing-match: \(error); the files keep the points before it")
            throw ExitCodes.solverFailed
        }
        progress.clear()
        // Also when no point was solved (Ctrl-C at once), so the files always exist afterwards.
        do { try write(report, to: files, scenarioName: base.name) } catch { throw ExitCodes.report(error) }

        try StandardOutput.print(SweepTable(report: report, scenarioName: base.name).render())
        if report.stopped {
            var message = "housing-match: interrupted: kept \(report.points.count) of \(values.count) points"
            if let dropped = report.droppedValue {
                message += " (the solve at \(words) = \(Format.number(dropped, decimals: 6)) was cut short and left out)"
            }
            if !files.isEmpty { message += "; written to " + files.map(\.path).joined(separator: " and ") }
            StandardError.print(message)
            throw Self.interrupted
        }
    }

    // MARK: Files

    private struct OutputFile {
        enum Kind { case csv, chart }
        var kind: Kind
        var path: String
        /// The option that named it, for messages.
        var option: String
    }

    /// The files to write, with `--output-dir`'s folder made when it is missing; each
    /// checked to be no input and writable (``OutputPaths``).
    private func outputFiles() throws -> [OutputFile] {
        let files = try namedFiles()
        try OutputPaths.check(files.map { (option: $0.option, path: Optional($0.path)) },
                              inputs: scenario.inputFiles())
        return files
    }

    private func namedFiles() throws -> [OutputFile] {
        if let outputDirectory {
            // Refused before the folder is made, should it be the scenario file.
            try OutputPaths.makeFolder(outputDirectory, option: "--output-dir", inputs: scenario.inputFiles())
            let folder = URL(fileURLWithPath: outputDirectory)
            return [OutputFile(kind: .csv, path: folder.appendingPathComponent("sweep.csv").path, option: "--output-dir"),
                    OutputFile(kind: .chart, path: folder.appendingPathComponent("sweep.svg").path, option: "--output-dir")]
        }
        return [csvPath.map { OutputFile(kind: .csv, path: $0, option: "--csv") },
                chartPath.map { OutputFile(kind: .chart, path: $0, option: "--chart") }]
            .compactMap { $0 }
    }

    /// Rewrites every file with the points so far; atomically, so a reader (or an
    /// interruption) never meets half a file.
    private func write(_ report: SweepReport, to files: [OutputFile], scenarioName: String) throws(OutputFileError) {
        for file in files {
            let text = switch file.kind {
            case .csv: SweepCSV.text(report)
            case .chart: SweepChart.svg(report, scenarioName: scenarioName)
            }
            try SolutionFiles.writeAtomically(Data(text.utf8), to: file.path)
        }
    }
}
