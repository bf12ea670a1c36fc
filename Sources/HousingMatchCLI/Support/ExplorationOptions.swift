import ArgumentParser
import Foundation
import HousingMatch
import ScenarioIO
import Wording

/// Options shared by the commands that explore one group, site or provider:
/// how to print, where to save, and how long each solve may take.
struct ExplorationOptions: ParsableArguments {
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Option(help: "How to print the result: a readable table, or JSON.")
    var format: OutputFormat = .table

    @Option(name: .customLong("output"), help: ArgumentHelp("Also write the result (JSON) to this file, atomically.", valueName: "file"))
    var outputPath: String?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Stop each solve after this many seconds with the best match so far (numbers then read \"at least\"; \(TimeLimit.accepted)).",
                               valueName: "seconds"),
            transform: TimeLimit.parse)
    var timeLimit: Double?

    @Option(name: .customLong("lang"), help: Language.help)
    var language: Language = .en

    @OptionGroup var care: CareDetailsOption

    /// Whether the report shows households' care types and hours (`--with-care-details`).
    var showsCare: Bool { care.withCareDetails }

    @Option(help: MatchSolver.help)
    var solver: MatchSolver = .auto

    @Option(help: ArgumentHelp("Threads to use (default: one per core): the base solve spreads over them, and the questions after it are asked this many at once.", valueName: "count"))
    var threads: Int?

    @Option(name: .customLong("base"),
            help: ArgumentHelp("An earlier solution of this very scenario (JSON, from solve --output): its match and proven bounds are used instead of solving the scenario again. Refused, with the reason, when it belongs to another scenario or its match breaks a rule.",
                               valueName: "solution"))
    var basePath: String?

    @Option(name: .customLong("save-base"),
            help: ArgumentHelp("Also write the base match (the solution JSON solve --output writes) to this file, atomically: the same match solve gives, and --base for the next question.",
                               valueName: "file"))
    var saveBasePath: String?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        try OutputPaths.validateName(outputPath, option: "--output")
        try OutputPaths.validateName(saveBasePath, option: "--save-base")
    }

    /// Refuses, before anything is solved, an `--output` that is one of `scenario`'s
    /// files or cannot be written.
    func checkOutput(against scenario: ScenarioArgument) throws {
        try OutputPaths.check([("--output", outputPath), ("--save-base", saveBasePath)],
                              inputs: scenario.inputFiles() + OutputPaths.Input.option("--base", basePath))
    }

    /// The base match every question is asked against: read from `--base`
    /// when given (and checked), else solved, with progress on stderr; written
    /// to `--save-base` when asked.
    func start(_ scenario: Scenario, noun: String) throws -> SolveSession {
        var session = try SolveSession.start(scenario, options: matchOptions(), noun: noun, basePath: basePath)
        // A step's words may name a household's care ("adding h17 (GGZ)"): kept back without the switch.
        if !showsCare { session.careMask = CareWordMask(scenario: scenario, language: language) }
        if let saveBasePath {
            var recorded = session.session.base
            recorded.scenarioFingerprint = scenario.fingerprint
            // Reasons checked as solve checks them, so the file is the one solve --output writes.
            if recorded.hasMatch {
                recorded.unassigned = try ExitCodes.solving(cleanup: {}) { try session.session.checkedUnassigned() }
            }
            do {
                try SolutionFiles.writeAtomically(try SolutionFiles.json(recorded), to: saveBasePath)
            } catch let error as OutputFileError {
                throw ExitCodes.report(error)
            }
        }
        return session
    }

    /// Solve options with the limits given and Ctrl-C stopping between questions.
    func matchOptions() -> MatchOptions {
        Interruption.install()
        var options = MatchOptions(timeLimit: timeLimit, threads: threads)
        options.solver = solver
        options.shouldStop = { Interruption.requested }
        return options
    }

    /// Writes the result as JSON to `--output` if asked, then prints it in the chosen format.
    func emit<Result: Encodable>(_ result: Result, table: () -> String) throws {
        let json = try SolutionFiles.json(result)
        if let outputPath {
            do { try SolutionFiles.writeAtomically(json, to: outputPath) } catch { throw ExitCodes.report(error) }
        }
        switch format {
        case .json: try StandardOutput.write(json)
        case .table: try StandardOutput.print(table())
        }
    }
}
