import ArgumentParser
import Foundation
import HousingMatch
import ScenarioIO

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

    @Option(help: MatchSolver.help)
    var solver: MatchSolver = .auto

    @Option(help: ArgumentHelp("Threads for each solve (default: one per core).", valueName: "count"))
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        try OutputPaths.validateName(outputPath, option: "--output")
    }

    /// Refuses, before anything is solved, an `--output` that is one of `scenario`'s
    /// files or cannot be written.
    func checkOutput(against scenario: ScenarioArgument) throws {
        try OutputPaths.check([("--output", outputPath)], inputs: scenario.inputFiles())
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

    /// Runs solver work in steps behind a progress line (``StepProgressLine``); `work`
    /// gets solve options that add each solve's progress to it, and reports each step
    /// as (index from 0, count, what it is about).
    func solving<Result>(noun: String,
                         _ work: (_ options: MatchOptions, _ step: @escaping (Int, Int, String) -> Void) throws -> Result) throws -> Result {
        let bar = StepProgressLine()
        var options = matchOptions()
        options.progress = { bar.show($0) }
        let result = try ExitCodes.solving(cleanup: { bar.clear() }) {
            try work(options) { index, count, detail in bar.startStep(index: index, count: count, noun: noun, detail: detail) }
        }
        bar.clear()
        return result
    }
}
