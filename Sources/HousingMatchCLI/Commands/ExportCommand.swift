import ArgumentParser
import Foundation
import HousingMatch
import LinearProgramming
import ScenarioIO

/// `housing-match export`: writes the programme the engine solves, for other solvers.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the mixed-integer programme of a scenario as MPS or CPLEX LP.",
        discussion: """
            Stage 1 maximises households housed; stage 2 maximises fit with stage 1's optimum \
            kept as the constraint `keepHoused` (stage 1 is solved first to find it). MPS files \
            are written as minimisation: a maximising objective is negated, as noted in the \
            file's header. --plain writes instead the straightforward one-to-one formulation \
            of MODEL.md that benchmarks give to other solvers.
            """
    )

    @OptionGroup var scenario: ScenarioArgument

    @Option(help: "Which stage's programme: 1 (households housed) or 2 (preference fit).")
    var stage: Int = 1

    @Option(help: ArgumentHelp("Write free MPS to this file.", valueName: "file")) var mps: String?
    @Option(help: ArgumentHelp("Write CPLEX LP to this file.", valueName: "file")) var lp: String?

    @Flag(help: "Write the plain formulation (the peers' model) instead of the engine's.")
    var plain = false

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Time limit for solving stage 1 when exporting stage 2 (\(TimeLimit.accepted)).",
                               valueName: "seconds"),
            transform: TimeLimit.parse)
    var timeLimit: Double?

    @Option(help: MatchSolver.help)
    var solver: MatchSolver = .auto

    @Option(help: ArgumentHelp("For stage 2: the households-housed value to keep, instead of solving stage 1.",
                               valueName: "value"))
    var housed: Double?

    func validate() throws {
        guard stage == 1 || stage == 2 else { throw ValidationError("--stage must be 1 or 2") }
        guard mps != nil || lp != nil else { throw ValidationError("name a file with --mps or --lp") }
        try OutputPaths.validateName(mps, option: "--mps")
        try OutputPaths.validateName(lp, option: "--lp")
    }

    func run() throws {
        try OutputPaths.check([("--mps", mps), ("--lp", lp)], inputs: scenario.inputFiles())
        let loaded = try scenario.load()
        var engineOptions = MatchOptions(timeLimit: timeLimit)
        engineOptions.solver = solver
        let engine = MatchEngine(options: engineOptions)
        let model: LinearModel
        do {
            model = try engine.programme(for: loaded, stage: stage == 1 ? .housed : .preference,
                                         formulation: plain ? .plain : .engine, keepingHoused: housed)
        } catch let error as SolverError {
            StandardError.print("housing-match: \(error)")
            throw ExitCodes.solverFailed
        }
        do {
            if let mps { try SolutionFiles.writeAtomically(Data(MPSWriter.write(model).utf8), to: mps) }
            if let lp { try SolutionFiles.writeAtomically(Data(LPWriter.write(model).utf8), to: lp) }
        } catch {
            throw ExitCodes.report(error)
        }
        StandardError.print("\(model.variables.count) variables (\(model.variables.filter(\.isInteger).count) integer), "
                            + "\(model.constraints.count) constraints, \(model.nonZeroCount) non-zeros")
    }
}
