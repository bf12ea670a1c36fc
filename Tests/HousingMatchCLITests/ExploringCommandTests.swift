import Foundation
import Testing

/// The exploring commands over an earlier solve (`--base`) and their progress
/// in a log, run as a subprocess on the example scenario.
@Suite("housing-match exploring commands: --base and progress in a log")
struct ExploringCommandTests {
    static let example = CompareCommandTests.base

    /// JSON output without its timings, for comparing two runs.
    static func untimed(_ data: Data) throws -> NSObject {
        func strip(_ object: Any) -> Any {
            if let dictionary = object as? [String: Any] {
                return dictionary.filter { !["seconds", "statistics"].contains($0.key) }.mapValues(strip)
            }
            if let array = object as? [Any] { return array.map(strip) }
            return object
        }
        return strip(try JSONSerialization.jsonObject(with: data)) as! NSObject
    }

    @Test("with --base, a command answers from the earlier solve, as it does after solving", arguments: [
        ["candidates", "--group", "g2", "--top", "3"],
        ["explain", "--seeker", "h12"],
        ["site", "--site", "s6"],
        ["placements", "--provider", "c1"],
    ])
    func baseAnswersAlike(_ command: [String]) throws {
        let workspace = try Workspace()
        let solution = workspace.path("solution.json")
        try #require(try workspace.run(["solve", Self.example, "--output", solution]).status == 0)
        let solved = try workspace.run([command[0], Self.example] + command.dropFirst() + ["--format", "json"])
        let reused = try workspace.run([command[0], Self.example] + command.dropFirst() + ["--format", "json", "--base", solution])
        try #require(solved.status == 0 && reused.status == 0, "\(solved.stderr)\(reused.stderr)")
        #expect(try Self.untimed(solved.stdoutData) == Self.untimed(reused.stdoutData))
    }

    @Test("--base with a solution of another scenario is refused, saying why, before anything is asked")
    func baseOfAnotherScenario() throws {
        let workspace = try Workspace()
        let solution = workspace.path("variant.json")
        try #require(try workspace.run(["solve", CompareCommandTests.variant("new-site"), "--output", solution]).status == 0)
        let run = try workspace.run(["candidates", Self.example, "--group", "g2", "--base", solution])
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("cannot use --base \(solution): it is a solution of another scenario"), "\(run.stderr)")

        // A solution without its fingerprint (edited by hand, or from an older version): refused too.
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: solution)))
            as? [String: Any])
        object["scenarioFingerprint"] = nil
        let drafted = workspace.path("drafted.json")
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: drafted))
        let unmarked = try workspace.run(["site", Self.example, "--site", "s6", "--base", drafted])
        #expect(unmarked.status == 65 && unmarked.stderr.contains("records no scenario fingerprint"), "\(unmarked.stderr)")
    }

    @Test("piped to a file, a run's progress comes as plain lines naming each step")
    func progressInALog() throws {
        let run = try Workspace().run(["sensitivity", Self.example, "--no-screen", "--format", "json"],
                                      environment: ["HOUSING_MATCH_PROGRESS_SECONDS": "0"])
        try #require(run.status == 0, "\(run.stderr)")
        let steps = run.stderrLines.filter { $0.contains("] change ") }
        #expect(steps.count >= 2, "\(run.stderr)")
        #expect(steps.contains { $0.contains("change 1 of ") && $0.contains("one more") }, "\(run.stderr)")
        #expect(!run.stderr.contains("\u{1B}") && !run.stderr.contains("\r"))
    }
}
