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

    @Option(help: ArgumentHelp("Stop each solve after this many seconds with the best match so far (numbers then read \"at least\").",
                               valueName: "seconds"))
    var timeLimit: Double?

    @Option(help: ArgumentHelp("Threads for each solve (default: one per core).", valueName: "count"))
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be a positive number of seconds") }
    }

    /// Solve options with the limits given and Ctrl-C stopping between questions.
    func matchOptions() -> MatchOptions {
        Interruption.install()
        var options = MatchOptions(timeLimit: timeLimit, threads: threads)
        options.shouldStop = { Interruption.requested }
        return options
    }

    /// Writes the result as JSON to `--output` if asked, then prints it in the chosen format.
    func emit<Result: Encodable>(_ result: Result, table: () -> String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let json = try encoder.encode(result)
        if let outputPath {
            do { try SolutionFiles.writeAtomically(json, to: outputPath) } catch { throw ExitCodes.report(error) }
        }
        switch format {
        case .json: FileHandle.standardOutput.write(json + Data("\n".utf8))
        case .table: print(table())
        }
    }

    /// Runs solver work behind a progress bar on a terminal.
    static func solving<Result>(noun: String, _ work: (_ bar: StepProgress?) throws -> Result) throws -> Result {
        let bar = StandardError.isTerminal ? StepProgress(noun: noun) : nil
        let result = try ExitCodes.solving(cleanup: { bar?.clear() }) { try work(bar) }
        bar?.clear()
        return result
    }
}
