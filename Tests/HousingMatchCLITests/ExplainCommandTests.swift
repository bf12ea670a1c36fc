import Foundation
import Testing

/// `housing-match explain --seeker` and `candidates` on the example scenario, run as a subprocess.
///
/// In its best match h24 (Houten or Bunnik, rent at most 750) is left out and
/// h37 lives in g4; g1 takes s1 (rent 880) with room to spare.
@Suite("housing-match explain and candidates")
struct ExplainCommandTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios/utrecht-oost.yaml").path

    @Test("explain names the smallest change that places a household left out, as a report and as JSON")
    func unassigned() throws {
        let workspace = try Workspace()
        let table = try workspace.run(["explain", Self.example, "--seeker", "h24"])
        try #require(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.hasPrefix("h24 is not placed in Utrecht-Oost, spring.\nReason: no site in Houten or Bunnik at a rent of at most 750."),
                "\(table.stdout)")
        #expect(table.stdout.contains("Smallest change to h24's own wishes that places them without displacing anyone: "
                                      + "with a rent limit of 880 (joins g1)."), "\(table.stdout)")
        #expect(table.stdout.contains("s1 (Houten, rent 880): rent 880 above their limit of 750"), "\(table.stdout)")

        struct Explanation: Decodable {
            struct Check: Decodable { var group: String; var open: Bool }
            struct Search: Decodable {
                struct Trial: Decodable { var verdict: String; var group: String? }
                var tried: [Trial]
            }
            var seeker: String
            var groups: [Check]
            var changeSearch: Search
        }
        let json = try workspace.run(["explain", Self.example, "--seeker", "h24", "--format", "json"])
        try #require(json.status == 0, "\(json.stderr)")
        let explanation = try JSONDecoder().decode(Explanation.self, from: json.stdoutData)
        #expect(explanation.seeker == "h24")
        #expect(explanation.groups.map(\.group) == ["g1", "g2", "g3", "g4", "g5"])
        #expect(explanation.groups.allSatisfy { !$0.open })
        #expect(explanation.changeSearch.tried.first { $0.verdict == "works" }?.group == "g1")
        // Privacy: a care type may appear, hours never do.
        #expect(!json.stdout.contains("hours"))
    }

    @Test("explain says where a placed household lives and why there")
    func placed() throws {
        let run = try Workspace().run(["explain", Self.example, "--seeker", "h37"])
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("h37 is placed in g4 at s4 in Utrecht-Oost, spring: choice 1 of 3, shares green (fit 1.17)."),
                "\(run.stdout)")
        #expect(run.stdout.contains("Also open to h37 under the rules: g1"), "\(run.stdout)")
    }

    @Test("explain needs a subject, and a known one", arguments: [
        ([String](), "give either --seeker ID (a household) or --group ID (a group)"),
        (["--seeker", "h1", "--group", "g1"], "give either --seeker ID"),
        (["--seeker", "h999"], "no seeker has id \"h999\""),
    ])
    func usage(_ arguments: [String], _ message: String) throws {
        let run = try Workspace().run(["explain", Self.example] + arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test("candidates lists the members, then who could join by fit, each with a cost")
    func candidates() throws {
        let workspace = try Workspace()
        let table = try workspace.run(["candidates", Self.example, "--group", "g1", "--top", "3"])
        try #require(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("forms at s1 in the best match, with "), "\(table.stdout)")
        #expect(table.stdout.contains("the best 3 by fit:") || table.stdout.contains("best fit first:"), "\(table.stdout)")

        struct Candidates: Decodable {
            struct Fit: Decodable { var score: Double }
            struct Cost: Decodable { var feasible: Bool; var displaced: [String] }
            struct Candidate: Decodable { var seeker: String; var fit: Fit; var cost: Cost? }
            struct Member: Decodable { var seeker: String }
            var members: [Member]
            var candidates: [Candidate]
            var eligibleCount: Int
        }
        let json = try workspace.run(["candidates", Self.example, "--group", "g1", "--top", "3", "--format", "json"])
        try #require(json.status == 0, "\(json.stderr)")
        let result = try JSONDecoder().decode(Candidates.self, from: json.stdoutData)
        #expect(!result.members.isEmpty)
        #expect(result.candidates.count == min(3, result.eligibleCount))
        let scores = result.candidates.map(\.fit.score)
        #expect(scores == scores.sorted(by: >))
        #expect(result.candidates.allSatisfy { $0.cost != nil })
        let members = Set(result.members.map(\.seeker))
        #expect(result.candidates.allSatisfy { !members.contains($0.seeker) })
        #expect(!json.stdout.contains("hours"))
    }
}
