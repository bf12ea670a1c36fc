import Foundation
import Testing

@Suite("--solver")
struct SolverOptionTests {
    @Test("solve --solver cbc gives the example scenario the same objective as glpk")
    func sameObjective() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let scenario = root.appendingPathComponent("scenarios/utrecht-oost.yaml").path
        let workspace = try Workspace()
        var objectives: [String: (Double?, Double?)] = [:]
        for solver in ["glpk", "cbc"] {
            let run = try workspace.run(["solve", scenario, "--solver", solver, "--format", "json"])
            try #require(run.status == 0, "\(solver): \(run.stderr)")
            let solution = try Solution(run.stdoutData)
            #expect(solution.status == "optimal", "\(solver)")
            objectives[solver] = (solution.objective("housed"), solution.objective("preference"))
        }
        let glpk = try #require(objectives["glpk"]), cbc = try #require(objectives["cbc"])
        #expect(glpk.0 != nil && glpk.0 == cbc.0)
        #expect(abs(try #require(glpk.1) - (try #require(cbc.1))) < 1e-6)
    }

    @Test("auto is accepted and named the default in the help")
    func autoSolver() throws {
        let workspace = try Workspace()
        let run = try workspace.run(["solve", try workspace.write("tiny.yaml", CLITests.tiny), "--solver", "auto",
                                     "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let help = try workspace.run(["solve", "--help"])
        #expect(help.stdout.contains("auto (default"))
    }

    @Test("an unknown solver is refused, naming the option")
    func unknownSolver() throws {
        let workspace = try Workspace()
        let run = try workspace.run(["solve", try workspace.write("tiny.yaml", CLITests.tiny), "--solver", "gurobi"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--solver"))
    }
}
