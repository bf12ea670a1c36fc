import Foundation
import Testing

/// Issue 19 at the command line: every problem of a file in one run, a match
/// file's misspelt keys refused, entries that can never take part warned about.
@Suite("Input problems at the command line")
struct InputProblemsCLITests {
    /// c4 needs 6 VG clients per site but has room for 5; h1 and h2 need VG.
    static let deadProvider = """
        seekers:
          - {id: h1, generations: [adult], care: {type: VG, hours: 4}}
          - {id: h2, generations: [senior], care: {type: VG, hours: 4}}
          - {id: h3, generations: [adult]}
        groups:
          - {id: g1, minSize: 1, maxSize: 6}
        sites:
          - {id: s1, municipality: Houten, units: 6, rent: 800}
        providers:
          - {id: c4, careTypes: [VG], capacity: 5, minClientsPerSite: 6}

        """

    @Test("validate warns about a provider that can never serve and the households it leaves, and exits 0")
    func validateWarnsAboutDeadEntries() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("dead.yaml", Self.deadProvider)
        let run = try workspace.run(["validate", scenario, "--with-care-details"])
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stderrLines == [
            "warning: \(scenario): seekers[0].care.type (line 2): h1 can never be housed: care type VG is offered only by c4, which can never serve",
            "warning: \(scenario): seekers[1].care.type (line 3): h2 can never be housed: care type VG is offered only by c4, which can never serve",
            "warning: \(scenario): providers[0].minClientsPerSite (line 10): c4 can never serve: it needs at least 6 clients per site but has room for 5",
        ])
        // solve gives the same warnings before its report, and solves.
        let solve = try workspace.run(["solve", scenario, "--with-care-details"])
        #expect(solve.status == 0)
        #expect(solve.stderrLines.filter { $0.hasPrefix("warning:") } == run.stderrLines)
    }

    @Test("validate names misspelt keys in the same run as the problems that keep the file from loading")
    func typoWarningsWithProblems() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("typos.yaml", """
            seekers:
              - {id: h1, generations: senior, maxrent: 900}
              - {id: h2, generation: [adult]}

            """)
        let run = try workspace.run(["validate", scenario])
        #expect(run.status == 65)
        #expect(run.stderrLines == [
            "warning: \(scenario): seekers[0].maxrent (line 2): unknown key, ignored; did you mean maxRent?",
            "warning: \(scenario): seekers[1].generation (line 3): unknown key, ignored; did you mean generations?",
            "\(scenario): seekers[0].generations (line 2): expected a list of generations, e.g. [senior] or [adult, child] (got senior)",
            "\(scenario): seekers[1].generations (line 3): is required but missing: expected a list of generations, "
                + "e.g. [senior] or [adult, child]; is generation meant to be generations?",
        ])
    }

    @Test("check refuses `member:` for `members:` with its path and the key meant, not with complaints about founders")
    func checkRefusesMisspeltMatchKey() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("tiny.yaml", CLITests.tiny)
        let match = try workspace.write("draft.yaml", """
            groups:
              - id: g1
                site: s1
                member: [h1, h2]

            """)
        let run = try workspace.run(["check", scenario, match])
        #expect(run.status == 65)
        #expect(run.stderrLines == ["\(match): groups[0].member (line 4): is not a key of a match; did you mean members?"])
        #expect(!run.stdout.contains("founder"))
    }
}
