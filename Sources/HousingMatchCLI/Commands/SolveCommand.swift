import ArgumentParser
import Foundation
import HousingMatch
import LinearProgramming
import ScenarioIO
import Wording

/// `housing-match solve`: finds the best match for a scenario.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Find the best match for a scenario.",
        discussion: """
            First the most households are housed, each counted by its priority (1 unless \
            the scenario gives another; "counted by priority" in the report is that sum). \
            Then, among those matches, the one that fits the households' wishes best: \
            "fit with wishes" adds, for each member, how high the group stands in the \
            household's preferences and how many of its values the household shares. \
            Among matches equally good in both, a fixed rule picks one, so the same \
            scenario always shows the same match. The report shows each group that forms \
            with its site, members and care, then a summary. With --keep, a third stage \
            keeps as much of an earlier match as the first two allow, so a re-run moves \
            only the households it must. Press Ctrl-C once to stop early and get the best \
            match found so far.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var scenario: ScenarioArgument

    @Option(help: "How to print the result: a readable table, or the solution as JSON.")
    var format: OutputFormat = .table

    @Option(name: .customLong("output"),
            help: ArgumentHelp("Also write the solution (JSON) to this file, atomically.", valueName: "file"))
    var outputPath: String?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Stop after this many seconds with the best match so far (\(TimeLimit.accepted)).",
                               valueName: "seconds"),
            transform: TimeLimit.parse)
    var timeLimit: Double?

    @Option(help: ArgumentHelp("Accept a match within this relative gap of the best possible (0.01 = 1%).",
                               valueName: "fraction"))
    var gap: Double = 0

    @Flag(help: "Show the solver's own log on stderr.")
    var verbose = false

    @Option(help: ArgumentHelp("Solve independent parts of the scenario (regions that share nobody) on this many threads (default: one per core).",
                               valueName: "count"))
    var threads: Int?

    @Option(name: .customLong("lang"), help: Language.help)
    var language: Language = .en

    @OptionGroup var care: CareDetailsOption

    @Option(help: MatchSolver.help)
    var solver: MatchSolver = .auto

    @Option(name: .customLong("start-from"),
            help: ArgumentHelp("An earlier solution (JSON) of a similar scenario: its groups' sites are tried first, and if it still meets every rule, the search starts from it. Faster after a small change; the answer is the same. When the scenario is a variant of the solution's own scenario and only takes options away, the earlier bounds hold too.",
                               valueName: "solution"))
    var startFrom: String?

    @Option(name: .customLong("keep"),
            help: ArgumentHelp("An earlier solution (JSON) to stay close to: after housing the most households with the best fit, keep as many of its households in their group and groups at their site as possible.",
                               valueName: "solution"))
    var keepPath: String?

    @Flag(help: "Run only the fast heuristic: a match that meets every rule, found in about a second (or --time-limit), not proven best.")
    var heuristicOnly = false

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        try OutputPaths.validateName(outputPath, option: "--output")
        if !(gap >= 0 && gap < 1) { throw ValidationError("--gap must be a fraction from 0 up to 1, such as 0.01") }
    }

    func run() throws {
        try OutputPaths.check([("--output", outputPath)],
                              inputs: scenario.inputFiles() + OutputPaths.Input.option("--start-from", startFrom)
                                + OutputPaths.Input.option("--keep", keepPath))
        let (loaded, variant) = try scenario.loadWithVariant(showsCare: care.withCareDetails)
        // Encoding a 20,000-household scenario for its fingerprint takes about 0.2 s: once.
        let fingerprint = loaded.fingerprint
        let progress = ProgressLine()
        Interruption.install()
        var options = MatchOptions(timeLimit: timeLimit, relativeGap: gap, verbose: verbose, threads: threads)
        options.solver = solver
        if let startFrom {
            do { options.startingMatch = try SolutionFiles.loadMatch(path: startFrom) } catch { throw ExitCodes.report(error) }
            options.earlierSolve = earlierSolve(from: startFrom, scenario: loaded, fingerprint: fingerprint,
                                                variant: variant)
        }
        if let keepPath {
            do { options.keep = try SolutionFiles.loadMatch(path: keepPath) } catch { throw ExitCodes.report(error) }
        }
        if verbose {
            options.solverOutput = { text in StandardError.print(text, terminator: "") }
        }
        options.progress = { report in progress.show(report) }
        options.shouldStop = { Interruption.requested }

        let result = try ExitCodes.solving(cleanup: { progress.clear() }) {
            heuristicOnly ? try MatchEngine(options: options).solveHeuristically(loaded)
                : try MatchEngine(options: options).solve(loaded)
        }
        progress.clear()

        var recorded = result
        recorded.scenarioFingerprint = fingerprint
        // Reasons about groups that do not form are tried, not guessed (a few
        // short solves, only for those groups); a stop or the heuristic skips them.
        if recorded.hasMatch, !heuristicOnly, !Interruption.requested {
            let checking = options
            recorded = try ExitCodes.solving(cleanup: {}) { try recorded.withCheckedReasons(of: loaded, options: checking) }
        }
        let json = try SolutionFiles.json(recorded)
        if let outputPath {
            do { try SolutionFiles.writeAtomically(json, to: outputPath) } catch { throw ExitCodes.report(error) }
        }
        switch format {
        case .json: try StandardOutput.write(json)
        case .table: try StandardOutput.print(MatchReport(scenario: loaded, result: recorded, language: language,
                                                                  showsCare: care.withCareDetails).render())
        }
    }

    /// The earlier solve in a `--start-from` file, when its recorded
    /// fingerprint shows which scenario it solved: this one, or the base this
    /// variant file names. Otherwise (a match drafted by hand, a solution of
    /// some other scenario, a file from an older version) only its sites are used.
    private func earlierSolve(from path: String, scenario: Scenario, fingerprint: String,
                              variant: ScenarioVariant?) -> EarlierSolve? {
        guard let earlier = try? SolutionFiles.loadResult(path: path), let recorded = earlier.scenarioFingerprint
        else { return nil }
        if recorded == fingerprint { return EarlierSolve(scenario: scenario, result: earlier) }
        guard let variant,
              let base = try? ScenarioLoader.loadBase(of: variant, at: self.scenario.scenarioPath),
              base.fingerprint == recorded
        else { return nil }
        return EarlierSolve(scenario: base, result: earlier)
    }
}
