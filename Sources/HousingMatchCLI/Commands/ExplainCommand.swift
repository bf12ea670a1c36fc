import ArgumentParser
import Foundation
import HousingMatch
import ScenarioIO

/// `housing-match explain`: why a household is or is not placed, and what would place it.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain why a household is or is not placed, and what would place it.",
        discussion: """
            With --seeker: for every group, the hard rules that keep the household out \
            (its towns, rent limit, care type, the groups it excludes, the founders' \
            declines, households it must live with or apart from), down to each site \
            a group could take. For a household left out, also what placing it in each \
            group still open would cost (who would lose their place), and the smallest \
            change to its own wishes (one more town, a higher rent limit, one group or \
            household less to avoid) that places it without displacing anyone. Needs \
            such as care or an accessible dwelling are never loosened. Each question \
            is a fresh solve that keeps the scenario's match where it can; on a large \
            scenario give --time-limit, and answers not proven in time say so.

            Example: housing-match explain scenarios/utrecht-oost.yaml --seeker h12
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    /// What is explained. One subject per run; a group's view is meant to join
    /// the household's here as `--group`, an alternative to `--seeker`.
    enum Subject { case seeker(SeekerID) }

    @OptionGroup var scenario: ScenarioArgument

    @Option(help: ArgumentHelp("The household to explain, by id.", valueName: "id"))
    var seeker: String?

    @Option(help: "How to print the explanation: a readable report, or JSON.")
    var format: OutputFormat = .table

    @Option(help: ArgumentHelp("Stop each solve after this many seconds with the best match so far (answers then say \"at most\" or \"not settled\").",
                               valueName: "seconds"))
    var timeLimit: Double?

    @Option(help: ArgumentHelp("Threads for each solve (default: one per core).", valueName: "count"))
    var threads: Int?

    @Option(help: ArgumentHelp("Solves the search for a change to the household's wishes may spend.", valueName: "count"))
    var changeSolves: Int = 12

    /// The one subject the options name.
    var subject: Subject? { seeker.map { .seeker(SeekerID($0)) } }

    func validate() throws {
        if subject == nil { throw ValidationError("give --seeker ID: the household to explain") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be a positive number of seconds") }
        if changeSolves < 0 { throw ValidationError("--change-solves must not be negative") }
    }

    func run() throws {
        let loaded = try scenario.load()
        guard case .seeker(let id) = subject else { return }
        guard loaded.seekers.contains(where: { $0.id == id }) else {
            throw ValidationError("\(ExplanationError.unknownSeeker(id))")
        }
        Interruption.install()
        let whatIf = try SolveSession.start(loaded, timeLimit: timeLimit, threads: threads, noun: "question")
        let explanation = try ExitCodes.solving(cleanup: { whatIf.bar?.clear() }) {
            try whatIf.session.explanation(of: id, maxChangeSolves: changeSolves) { index, count, question in
                whatIf.step(index, of: count, question)
            }
        }
        whatIf.bar?.clear()
        if !explanation.complete { StandardError.print("Stopped before every question was asked.") }
        switch format {
        case .json: FileHandle.standardOutput.write(try SolutionFiles.json(explanation))
        case .table: print(SeekerExplanationReport(scenario: loaded, explanation: explanation).render())
        }
    }
}
