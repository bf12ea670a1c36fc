import Foundation
import Testing

/// End-to-end tests of the `housing-match` executable, run as a subprocess.
///
/// The test target depends on the executable target, so `swift test` builds
/// `housing-match` into the same products folder as the test bundle.
@Suite("housing-match command line")
struct CLITests {
    // MARK: Scenario files

    /// Two households, one group founded by h1, and two sites of which only s1 is big enough.
    ///
    /// The best match: g1 at s1 with h1 and h2. Housed 2; preference fit 1.5
    /// (h2 ranks g1 first: 1.0; h1 shares g1's one value "green": 0.5 x 1).
    static let tiny = """
        name: Tiny
        seekers:
          - {id: h1, generations: [adult], tags: [green]}
          - {id: h2, generations: [senior], preferences: [g1]}
        groups:
          - {id: g1, name: Samen Houten, minSize: 2, maxSize: 3, founders: [h1], values: [green]}
        sites:
          - {id: s1, name: Oude school, municipality: Houten, units: 4, rent: 800}
          - {id: s2, municipality: Houten, units: 1, rent: 700}

        """

    /// Four problems on known lines (the line numbers are 1-based).
    static let invalid = """
        {
          "seekers": [
            {"id": "h1", "generations": ["adult"], "maxRent": -5},
            {"id": "h2", "generations": []}
          ],
          "groups": [
            {"id": "g1", "minSize": 0, "maxSize": 3, "founders": ["h9"]}
          ],
          "sites": [
            {"id": "s1", "municipality": "Houten", "units": 4, "rent": 800}
          ]
        }

        """

    /// What `invalid` must produce on stderr, one problem per line.
    static let invalidLines = [
        "seekers[0].maxRent (line 3): must not be negative (got -5)",
        "seekers[1].generations (line 4): must list at least one generation",
        "groups[0].minSize (line 7): must be at least 1 (got 0)",
        "groups[0].founders[0] (line 7): no seeker has id \"h9\"",
    ]

    /// A comma missing between two keys on line 3, at column 17.
    static let syntaxError = """
        {
          "seekers": [
            {"id": "h1" "generations": ["adult"]}
          ]
        }

        """

    /// A group that must form in Zeist, and a site only in Houten: no match meets every rule.
    static let infeasible = """
        seekers:
          - {id: h1, generations: [adult]}
          - {id: h2, generations: [senior]}
        groups:
          - {id: g1, minSize: 1, maxSize: 3, mustForm: true, municipalities: [Zeist]}
        sites:
          - {id: s1, municipality: Houten, units: 4, rent: 800}

        """

    // MARK: Help and usage

    @Test("--help exits 0 and documents the exit codes")
    func help() throws {
        let run = try Workspace().run(["--help"])
        #expect(run.status == 0)
        for code in ["65", "66", "70"] {
            #expect(run.stdout.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix(code + " ") },
                    "exit code \(code) is not documented:\n\(run.stdout)")
        }
        #expect(run.stdout.contains("solve") && run.stdout.contains("validate") && run.stdout.contains("check"))
    }

    /// Options ArgumentParser must refuse before anything is read.
    struct BadOption: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var mentions: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test("bad solver limits are a usage error (64)", arguments: [
        BadOption(arguments: ["--time-limit", "-1"], mentions: "--time-limit <seconds>': must be a positive number"),
        BadOption(arguments: ["--time-limit=-1"], mentions: "--time-limit <seconds>': must be a positive number"),
        BadOption(arguments: ["--time-limit", "0"], mentions: "--time-limit <seconds>': must be a positive number"),
        BadOption(arguments: ["--gap", "2"], mentions: "--gap must be a fraction"),
        BadOption(arguments: ["--gap=-0.1"], mentions: "--gap must be a fraction"),
        BadOption(arguments: ["--format", "csv"], mentions: "--format"),
        BadOption(arguments: ["--threads", "0"], mentions: "--threads must be at least 1"),
    ])
    func usageError(_ option: BadOption) throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("tiny.yaml", Self.tiny)
        let run = try workspace.run(["solve", scenario] + option.arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains(option.mentions), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    // MARK: solve

    @Test("solve prints a table naming the forming group, then a summary")
    func solveTable() throws {
        let workspace = try Workspace()
        let run = try workspace.run(["solve", try workspace.write("tiny.yaml", Self.tiny)])
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Tiny: optimal"))
        #expect(run.stdout.contains("g1 Samen Houten at s1 Oude school"))
        #expect(run.stdout.contains("Summary"))
        #expect(run.stdout.contains("housed: 2 of 2 households"))
        #expect(run.stdout.contains("fit with wishes (preferred groups, shared values): 1.5"))
        #expect(run.stdout.contains("h1") && run.stdout.contains("h2"))
    }

    @Test("solve --format json prints the solution file of MODEL.md")
    func solveJSON() throws {
        let workspace = try Workspace()
        let run = try workspace.run(["solve", try workspace.write("tiny.yaml", Self.tiny), "--format", "json"])
        try #require(run.status == 0, "\(run.stderr)")
        let solution = try Solution(run.stdoutData)
        #expect(Set(solution.object.keys).isSuperset(of: ["status", "objective", "groups", "unassigned"]))
        #expect(solution.status == "optimal")
        #expect(abs(try #require(solution.objective("housed")) - 2) < 1e-6)
        #expect(abs(try #require(solution.objective("preference")) - 1.5) < 1e-6)
        #expect(solution.groups.map(\.id) == ["g1"])
        #expect(solution.groups.first?.site == "s1")
        #expect(solution.groups.first?.members.sorted() == ["h1", "h2"])
        #expect(solution.unassigned.isEmpty)
    }

    @Test("solve --output writes the same JSON to the file")
    func solveOutput() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("tiny.yaml", Self.tiny)
        let output = workspace.path("match.json")
        let run = try workspace.run(["solve", scenario, "--format", "json", "--output", output])
        try #require(run.status == 0, "\(run.stderr)")
        let written = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(written == run.stdoutData)
        #expect(try Solution(written).status == "optimal")

        // With the table on stdout, the file still holds the JSON solution.
        let tableRun = try workspace.run(["solve", scenario, "--output", output])
        try #require(tableRun.status == 0, "\(tableRun.stderr)")
        #expect(tableRun.stdout.contains("Summary"))
        let solution = try Solution(try Data(contentsOf: URL(fileURLWithPath: output)))
        #expect(solution.groups.first?.members.sorted() == ["h1", "h2"])
    }

    @Test("solve --start-from an earlier solution gives the same answer; a missing one exits 66")
    func startFrom() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("tiny.yaml", Self.tiny)
        let earlier = workspace.path("earlier.json")
        try #require(try workspace.run(["solve", scenario, "--format", "json", "--output", earlier]).status == 0)
        let again = try workspace.run(["solve", scenario, "--format", "json", "--start-from", earlier])
        try #require(again.status == 0, "\(again.stderr)")
        let solution = try Solution(again.stdoutData)
        #expect(solution.status == "optimal")
        #expect(solution.groups.first?.members.sorted() == ["h1", "h2"])

        let missing = try workspace.run(["solve", scenario, "--start-from", workspace.path("none.json")])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("none.json"), "\(missing.stderr)")
    }

    @Test("solve --start-from a solution of the variant's base reuses it when the variant only takes options away")
    func startFromBaseOfRestrictingVariant() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("tiny.yaml", Self.tiny)
        // The optimum houses h1 and h2 at s1; s2, with one dwelling, is unused.
        let withoutS2 = try workspace.write("without-s2.yaml", "base: tiny.yaml\nremove: {sites: [s2]}\n")
        let earlier = workspace.path("earlier.json")
        try #require(try workspace.run(["solve", scenario, "--format", "json", "--output", earlier]).status == 0)
        func settledBy(_ arguments: [String]) throws -> (steps: [String], members: [String]?) {
            let run = try workspace.run(["solve"] + arguments + ["--format", "json"])
            try #require(run.status == 0, "\(run.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any])
            let statistics = try #require(object["statistics"] as? [String: Any])
            return (statistics["settledBy"] as? [String] ?? [], try Solution(run.stdoutData).groups.first?.members.sorted())
        }

        let reused = try settledBy([withoutS2, "--start-from", earlier])
        #expect(reused.steps == ["earlier match", "earlier match"])
        #expect(reused.members == ["h1", "h2"])
        #expect(try settledBy([scenario, "--start-from", earlier]).steps == ["earlier match", "earlier match"])

        // A solution whose fingerprint names another scenario proves nothing here: solved anew, same answer.
        let text = try String(contentsOfFile: earlier, encoding: .utf8)
        let other = try workspace.write("other.json", text.replacingOccurrences(of: "fnv1a64:", with: "fnv1a64:0"))
        let anew = try settledBy([withoutS2, "--start-from", other])
        #expect(!anew.steps.contains("earlier match"))
        #expect(anew.members == ["h1", "h2"])
    }

    @Test("solve --keep its own solution keeps every household and group and says so")
    func keepOwnSolution() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("tiny.yaml", Self.tiny)
        let earlier = workspace.path("earlier.json")
        try #require(try workspace.run(["solve", scenario, "--format", "json", "--output", earlier]).status == 0)
        let again = try workspace.run(["solve", scenario, "--keep", earlier])
        try #require(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("kept from the earlier match: 2 of 2 households in their group; 1 of 1 groups at their site"),
                "\(again.stdout)")
        let json = try workspace.run(["solve", scenario, "--format", "json", "--keep", earlier])
        #expect(json.stdout.contains("\"membersKept\" : 2"), "\(json.stdout)")

        let missing = try workspace.run(["solve", scenario, "--keep", workspace.path("none.json")])
        #expect(missing.status == 66)
    }

    @Test("sensitivity names the change that houses the most, as a table and as JSON")
    func sensitivity() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("scarce.yaml", """
            name: Scarce
            seekers:
              - {id: h1, generations: [adult]}
              - {id: h2, generations: [adult]}
              - {id: h3, generations: [senior], needsAccessible: true}
            groups:
              - {id: g1, minSize: 1, maxSize: 5}
            sites:
              - {id: s1, name: Oude school, municipality: Houten, units: 2, rent: 800}

            """)
        let table = try workspace.run(["sensitivity", scenario])
        try #require(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Scarce: 2 of 3 households housed"), "\(table.stdout)")
        #expect(table.stdout.contains("The most: one more accessible dwelling at Oude school (s1) houses one more household: h3."),
                "\(table.stdout)")
        #expect(table.stdout.contains("No gain from one more dwelling at s1."), "\(table.stdout)")

        let json = try workspace.run(["sensitivity", scenario, "--format", "json"])
        struct Report: Decodable {
            struct Effect: Decodable { var housedGain: Double; var newlyHoused: [String] }
            var effects: [Effect]
        }
        let report = try JSONDecoder().decode(Report.self, from: json.stdoutData)
        #expect(report.effects.map(\.housedGain) == [0, 1])
        #expect(report.effects.last?.newlyHoused == ["h3"])
    }

    @Test("an infeasible scenario names the rules that cannot all hold, in the table and in the JSON")
    func conflict() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("zeist.yaml", Self.tiny.replacingOccurrences(
            of: "founders: [h1], values: [green]}", with: "founders: [h1], values: [green], mustForm: true, municipalities: [Zeist]}"))
        let table = try workspace.run(["solve", scenario])
        try #require(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("infeasible"), "\(table.stdout)")
        #expect(table.stdout.contains("These rules cannot all hold together:\n  - g1 takes a site only in Zeist\n"
                                      + "    changed on its own, with g1 taking a site in any town: a match exists; "),
                "\(table.stdout)")
        #expect(table.stdout.contains("  - g1 (Samen Houten) must form\n    changed on its own, with g1 not required to form: a match exists"),
                "\(table.stdout)")
        #expect(!table.stdout.contains("loosen any one"))
        let json = try workspace.run(["solve", scenario, "--format", "json"])
        #expect(json.stdout.contains("\"kind\" : \"mustForm\""), "\(json.stdout)")
        #expect(json.stdout.contains("\"mustForm\" : false"), "\(json.stdout)")
    }

    @Test("generate --regions makes regions whose ids carry the region; bad counts are usage errors")
    func generateRegions() throws {
        let workspace = try Workspace()
        let run = try workspace.run(["generate", "--seekers", "40", "--groups", "4", "--sites", "4", "--providers", "2",
                                     "--regions", "2", "--seed", "3", "--output", workspace.path("two.json")])
        try #require(run.status == 0, "\(run.stderr)")
        let validated = try workspace.run(["validate", workspace.path("two.json")])
        #expect(validated.status == 0, "\(validated.stderr)")
        let text = try String(contentsOfFile: workspace.path("two.json"), encoding: .utf8)
        #expect(text.contains("\"r1-h1\"") && text.contains("\"r2-h1\""))
        for bad in [["--regions", "0"], ["--regions", "3", "--towns", "2"]] {
            let refused = try workspace.run(["generate", "--seekers", "4", "--groups", "1", "--sites", "1",
                                             "--providers", "0", "--seed", "1"] + bad)
            #expect(refused.status == 64, "\(bad)")
            #expect(refused.stderr.contains("--regions") || refused.stderr.contains("--towns"))
        }
    }

    @Test("solve --output leaves an existing file untouched when the scenario is invalid")
    func outputUntouchedWhenInvalid() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("invalid.json", Self.invalid)
        let output = try workspace.write("match.json", "{\"status\": \"from an earlier run\"}\n")
        let before = try Data(contentsOf: URL(fileURLWithPath: output))
        let run = try workspace.run(["solve", scenario, "--format", "json", "--output", output])
        #expect(run.status == 65)
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == before)
        #expect(run.stdout.isEmpty)
    }

    @Test("solve --output into a folder that does not exist is a file error (66)")
    func outputUnwritable() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("infeasible.yaml", Self.infeasible)
        let output = workspace.path("no such folder/match.json")
        let run = try workspace.run(["solve", scenario, "--output", output])
        #expect(run.status == 66)
        #expect(run.stderr.contains("match.json"))
    }

    @Test("solve on an invalid scenario exits 65 and lists every problem with its path and line")
    func solveInvalid() throws {
        let workspace = try Workspace()
        let run = try workspace.run(["solve", try workspace.write("invalid.json", Self.invalid)])
        #expect(run.status == 65)
        #expect(run.stderrLines == Self.invalidLines)
        #expect(run.stdout.isEmpty)
    }

    @Test("a missing scenario file exits 66")
    func missingFile() throws {
        let workspace = try Workspace()
        let missing = workspace.path("nowhere.yaml")
        let run = try workspace.run(["solve", missing])
        #expect(run.status == 66)
        #expect(run.stderr.contains(missing))
        #expect(run.stderr.contains("no such file"))
    }

    @Test("a JSON syntax error exits 65 and names the line and column")
    func syntaxErrorIsLocated() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("broken.json", Self.syntaxError)
        let run = try workspace.run(["solve", scenario])
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("\(scenario):3:17: invalid JSON"), "\(run.stderr)")
    }

    @Test("an infeasible scenario is an answer: exit 0, status infeasible")
    func infeasibleIsAnAnswer() throws {
        let workspace = try Workspace()
        let run = try workspace.run(["solve", try workspace.write("infeasible.yaml", Self.infeasible),
                                     "--format", "json"])
        try #require(run.status == 0, "\(run.stderr)")
        let solution = try Solution(run.stdoutData)
        #expect(solution.status == "infeasible")
        #expect(solution.object["objective"] is NSNull)
        #expect(solution.groups.isEmpty)
        #expect(solution.unassigned.map(\.seeker).sorted() == ["h1", "h2"])
        #expect(solution.unassigned.allSatisfy { !$0.reason.isEmpty })
    }

    @Test("the example scenario solves")
    func exampleScenario() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let scenario = root.appendingPathComponent("scenarios/utrecht-oost.yaml").path
        let workspace = try Workspace()
        let run = try workspace.run(["solve", scenario])
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Utrecht-Oost, spring: optimal"))
        #expect(run.stdout.contains("Summary"))
    }

    // MARK: validate

    @Test("validate on a valid file exits 0")
    func validateValid() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("tiny.yaml", Self.tiny)
        let run = try workspace.run(["validate", scenario])
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("valid"))
        #expect(run.stdout.contains("2 seekers"))
        #expect(run.stderr.isEmpty)
    }

    @Test("validate on an invalid file prints each problem and exits 65")
    func validateInvalid() throws {
        let workspace = try Workspace()
        let run = try workspace.run(["validate", try workspace.write("invalid.json", Self.invalid)])
        #expect(run.status == 65)
        #expect(run.stderrLines == Self.invalidLines)
    }

    // MARK: check

    @Test("check says a valid hand-made match meets every rule and prints its objective values")
    func checkValidMatch() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("tiny.yaml", Self.tiny)
        let match = try workspace.write("draft.yaml", """
            groups:
              - {id: g1, site: s1, members: [h1, h2]}

            """)
        let run = try workspace.run(["check", scenario, match])
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("The match meets every rule."))
        #expect(run.stdout.contains("Households housed: 2 of 2 (2 counted by priority)"))
        #expect(run.stdout.contains("Fit with wishes (preferred groups, shared values): 1.5"))
    }

    @Test("check names a broken rule in words and still exits 0")
    func checkBrokenMatch() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("tiny.yaml", Self.tiny)
        // s2 has one dwelling; g1 brings two households.
        let match = try workspace.write("draft.json", """
            {"groups": [{"id": "g1", "site": "s2", "members": ["h1", "h2"]}]}

            """)
        let run = try workspace.run(["check", scenario, match])
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("The match breaks 1 rule:"))
        #expect(run.stdout.contains("rule 2 (group size and site capacity)"))
        #expect(run.stdout.contains("g1 has 2 members, more than the 1 dwelling of s2"))
        #expect(!run.stdout.contains("meets every rule"))
    }

    @Test("check with a missing match file exits 66")
    func checkMissingMatch() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("tiny.yaml", Self.tiny)
        let run = try workspace.run(["check", scenario, workspace.path("draft.yaml")])
        #expect(run.status == 66)
    }
}

// MARK: - Variant files

extension CLITests {
    /// A what-if on `tiny`: the small site s2 grows to four dwellings, and a third household joins.
    static let tinyVariant = """
        base: tiny.yaml
        description: s2 grows
        modify:
          sites:
            - {id: s2, units: 4}
        add:
          seekers:
            - {id: h3, generations: [child], preferences: [g1]}

        """

    @Test("validate and solve accept a variant file, and validate names its base and changes")
    func variantFile() throws {
        let workspace = try Workspace()
        _ = try workspace.write("tiny.yaml", Self.tiny)
        _ = try workspace.write("what-if.yaml", Self.tinyVariant)
        let validated = try workspace.run(["validate", "what-if.yaml"])
        try #require(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout == "what-if.yaml: valid variant of tiny.yaml (site s2: units 1 -> 4; adds seeker h3): "
                + "3 seekers, 1 group, 2 sites, 0 care providers\n")

        let solved = try workspace.run(["solve", "what-if.yaml", "--format", "json"])
        try #require(solved.status == 0, "\(solved.stderr)")
        let solution = try Solution(solved.stdoutData)
        #expect(solution.status == "optimal")
        #expect(solution.object["scenario"] as? String == "Tiny (variant what-if)")
        #expect(abs(try #require(solution.objective("housed")) - 3) < 1e-6)
        #expect(solution.groups.first?.members.sorted() == ["h1", "h2", "h3"])
    }

    @Test("a variant whose change breaks a rule exits 65 and names the change's path and line")
    func invalidVariant() throws {
        let workspace = try Workspace()
        _ = try workspace.write("tiny.yaml", Self.tiny)
        _ = try workspace.write("what-if.yaml", Self.tinyVariant.replacingOccurrences(of: "units: 4", with: "units: -4"))
        for command in ["validate", "solve"] {
            let run = try workspace.run([command, "what-if.yaml"])
            #expect(run.status == 65)
            #expect(run.stderrLines == ["what-if.yaml: modify.sites[0].units (line 5): must not be negative (got -4)"])
            #expect(run.stdout.isEmpty)
        }
    }
}

// MARK: - Support

/// A temporary folder for one test's files, removed afterwards, and the way to run the tool in it.
final class Workspace {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("housing-match-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Writes a file and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let path = path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// What one run of the tool did.
    struct Run {
        var status: Int32
        var stdoutData: Data
        var stderrData: Data
        var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
        var stderr: String { String(decoding: stderrData, as: UTF8.self) }
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// Runs `housing-match` with the given arguments in this folder.
    ///
    /// Output goes to files rather than pipes, so a chatty run cannot fill a
    /// pipe and block; and to files, not a terminal, so no progress line is drawn.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        try launch(try #require(CLITestBinary.url, "housing-match not found next to the test bundle"), arguments,
                   environment: environment)
    }

    /// Runs a program in this folder with an empty stdin and stderr captured;
    /// stdout goes to `standardOutput`, or is captured when that is `nil`.
    func launch(_ executable: URL, _ arguments: [String], standardOutput: FileHandle? = nil,
                environment: [String: String] = [:]) throws -> Run {
        let streams = folder.appendingPathComponent(".streams-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: streams, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: streams) }
        let outURL = streams.appendingPathComponent("stdout"), errURL = streams.appendingPathComponent("stderr")
        try #require(FileManager.default.createFile(atPath: outURL.path, contents: nil))
        try #require(FileManager.default.createFile(atPath: errURL.path, contents: nil))
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, given in given }
        }
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = standardOutput ?? out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(status: process.terminationStatus,
                   stdoutData: try Data(contentsOf: outURL), stderrData: try Data(contentsOf: errURL))
    }
}

/// Where the `housing-match` executable is: in the build products folder that holds the test bundle.
enum CLITestBinary {
    static let url: URL? = locate()

    private static func locate() -> URL? {
        var starts = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL { starts.append(executable.deletingLastPathComponent()) }
        for argument in [CommandLine.arguments.first, ProcessInfo.processInfo.arguments.first].compactMap({ $0 }) {
            starts.append(URL(fileURLWithPath: argument).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        // The package's own products folder, should the test runner live elsewhere.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        starts.append(root.appendingPathComponent(".build/debug"))

        for start in starts {
            var folder = start.standardizedFileURL
            // The test bundle may be a folder (.xctest on Darwin) inside the products folder.
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("housing-match")
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
                folder.deleteLastPathComponent()
            }
        }
        return nil
    }
}

/// A solution file of MODEL.md, read with JSONSerialization so that only its documented keys are assumed.
struct Solution {
    struct FormedGroup {
        var id: String
        var site: String
        var members: [String]
    }

    struct Unassigned {
        var seeker: String
        var reason: String
    }

    let object: [String: Any]

    init(_ data: Data) throws {
        object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any],
                              "the solution is not a JSON object")
    }

    var status: String? { object["status"] as? String }

    func objective(_ key: String) -> Double? {
        ((object["objective"] as? [String: Any])?[key] as? NSNumber)?.doubleValue
    }

    var groups: [FormedGroup] {
        (object["groups"] as? [[String: Any]] ?? []).map {
            FormedGroup(id: $0["id"] as? String ?? "", site: $0["site"] as? String ?? "",
                        members: $0["members"] as? [String] ?? [])
        }
    }

    var unassigned: [Unassigned] {
        (object["unassigned"] as? [[String: Any]] ?? []).map {
            Unassigned(seeker: $0["seeker"] as? String ?? "", reason: $0["reason"] as? String ?? "")
        }
    }
}
