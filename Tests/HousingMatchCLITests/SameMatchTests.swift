import Foundation
import Testing

/// The same scenario gives the same match in every command and on either
/// solver: solve, compare (base and a variant that changes nothing), a sweep
/// through the scenario's own value (from both sides, each point starting from
/// the one before) and the base match of explain are byte for byte the same
/// solution JSON, statistics (times) aside.
@Suite("The same match in every command")
struct SameMatchTests {
    static let utrechtOost = SweepCommandTests.utrechtOost

    /// A scenario to try, the provider whose capacity the sweep runs through, that capacity, and a group to explain.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var provider: String
        var capacity: Int
        var group: String
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "utrecht-oost", provider: "c2", capacity: 10, group: "g5"),
        Case(name: "generated", provider: "c1", capacity: 6, group: "g1"),
    ]

    @Test("solve, compare, sweep and explain write the same match", arguments: cases, ["glpk", "cbc"])
    func sameMatch(_ example: Case, solver: String) throws {
        let workspace = try Workspace()
        let scenario: String
        if example.name == "generated" {
            let generated = try workspace.run(["generate", "--seekers", "80", "--groups", "8", "--sites", "10",
                                               "--providers", "3", "--seed", "4", "--output", "region.json"])
            try #require(generated.status == 0, "\(generated.stderr)")
            scenario = workspace.path("region.json")
        } else {
            scenario = Self.utrechtOost
        }
        let same = try workspace.write("same.yaml", """
            base: \(scenario)
            modify:
              providers:
                - {id: \(example.provider), capacity: \(example.capacity)}
            """)
        let runs: [[String]] = [
            ["solve", scenario, "--output", "solve.json"],
            ["compare", scenario, same, "--solutions", "compare"],
            ["sweep", scenario, "--vary", "providers[\(example.provider)].capacity=\(example.capacity + 2)...\(example.capacity)",
             "--solutions", "down"],
            ["sweep", scenario, "--vary", "providers[\(example.provider)].capacity=\(example.capacity - 2)...\(example.capacity)",
             "--solutions", "up"],
            ["explain", scenario, "--group", example.group, "--save-base", "explain.json"],
        ]
        for arguments in runs {
            let run = try workspace.run(arguments + ["--solver", solver])
            try #require(run.status == 0, "\(arguments[0]): \(run.stderr)")
        }

        let solved = try Self.match(workspace.path("solve.json"))
        let statistics = try Self.statistics(workspace.path("solve.json"))
        #expect(statistics["tieBreakSettled"] as? Bool == true)
        // The same scenario file: every key but the statistics is the same.
        for file in ["compare/" + URL(fileURLWithPath: scenario).deletingPathExtension().lastPathComponent + ".json",
                     "explain.json"] {
            #expect(try Self.match(workspace.path(file)) == solved, "\(file)")
        }
        // The same scenario reached another way (a variant, a sweep's point): the match and its status and objective.
        let matchOnly = try Self.match(workspace.path("solve.json"), keeping: Self.matchKeys)
        for file in ["compare/same.json", "down/point-\(example.capacity).json", "up/point-\(example.capacity).json"] {
            #expect(try Self.match(workspace.path(file), keeping: Self.matchKeys) == matchOnly, "\(file)")
        }
    }

    @Test("GLPK and CBC write the same match")
    func sameOnBothSolvers() throws {
        let workspace = try Workspace()
        for solver in ["glpk", "cbc"] {
            let run = try workspace.run(["solve", Self.utrechtOost, "--solver", solver, "--output", "\(solver).json"])
            try #require(run.status == 0, "\(run.stderr)")
        }
        #expect(try Self.match(workspace.path("glpk.json")) == Self.match(workspace.path("cbc.json")))
    }

    static let matchKeys: Set<String> = ["status", "objective", "groups", "unassigned"]

    /// The solution file's JSON without its statistics (or with only `keeping`), keys sorted.
    static func match(_ path: String, keeping: Set<String>? = nil) throws -> Data {
        var object = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
            as? [String: Any])
        object["statistics"] = nil
        if let keeping { object = object.filter { keeping.contains($0.key) } }
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    static func statistics(_ path: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        return try #require(object?["statistics"] as? [String: Any])
    }
}
