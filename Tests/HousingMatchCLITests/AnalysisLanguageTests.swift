import Foundation
import Testing

/// `--lang nl` on `placements`, `compare`, `sensitivity` and `validate`: the same
/// report in Dutch, and English when no language is asked.
@Suite("housing-match --lang on the analysis commands")
struct AnalysisLanguageTests {
    static let scarce = """
        name: Scarce
        seekers:
          - {id: h1, generations: [adult]}
          - {id: h2, generations: [adult]}
          - {id: h3, generations: [senior], needsAccessible: true}
        groups:
          - {id: g1, minSize: 1, maxSize: 5}
        sites:
          - {id: s1, name: Oude school, municipality: Houten, units: 2, rent: 800}

        """

    @Test("sensitivity --lang nl names the best change in Dutch; without it, in English")
    func sensitivity() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("scarce.yaml", Self.scarce)
        let dutch = try workspace.run(["sensitivity", scenario, "--lang", "nl"])
        try #require(dutch.status == 0, "\(dutch.stderr)")
        #expect(dutch.stdout.contains("Scarce: 2 van de 3 huishoudens hebben een plek"), "\(dutch.stdout)")
        #expect(dutch.stdout.contains("Het meest: één toegankelijke woning meer op Oude school (s1) huisvest één huishouden meer: h3."),
                "\(dutch.stdout)")
        #expect(dutch.stdout.contains("Geen winst van één woning meer op s1."), "\(dutch.stdout)")
        let english = try workspace.run(["sensitivity", scenario])
        #expect(english.stdout.contains("The most: one more accessible dwelling at Oude school (s1) houses one more household: h3."),
                "\(english.stdout)")
    }

    @Test("placements --lang nl says a provider's load and the care types in Dutch")
    func placements() throws {
        let workspace = try Workspace()
        let dutch = try workspace.run(["placements", ExplainCommandTests.example, "--provider", "c2", "--lang", "nl"])
        try #require(dutch.status == 0, "\(dutch.stderr)")
        #expect(dutch.stdout.contains("cliënten per woonplek):"), "\(dutch.stdout)")
        #expect(dutch.stdout.contains("plaatsen gebruikt in de beste match."), "\(dutch.stdout)")
        #expect(dutch.stdout.contains("wijzigingen geprobeerd in"), "\(dutch.stdout)")
        #expect(!dutch.stdout.contains("clients per site"), "\(dutch.stdout)")
        let english = try workspace.run(["placements", ExplainCommandTests.example, "--provider", "c2"])
        #expect(english.stdout.contains("clients per site): "), "\(english.stdout)")
        #expect(english.stdout.contains("places used in the best match."), "\(english.stdout)")
    }

    @Test("compare --lang nl heads the table and lists a variant's changes in Dutch")
    func compare() throws {
        let workspace = try Workspace()
        let arguments = ["compare", CompareCommandTests.base, CompareCommandTests.variant("new-site")]
        let dutch = try workspace.run(arguments + ["--lang", "nl"])
        try #require(dutch.status == 0, "\(dutch.stderr)")
        #expect(dutch.stdout.hasPrefix("Vergelijking van utrecht-oost"), "\(dutch.stdout)")
        #expect(dutch.stdout.contains("Huishoudens met een plek\n"), "\(dutch.stdout)")
        #expect(dutch.stdout.contains("wijzigingen: voegt woonplek s8 toe"), "\(dutch.stdout)")
        let english = try workspace.run(arguments)
        #expect(english.stdout.hasPrefix("Comparison of utrecht-oost"), "\(english.stdout)")
        #expect(english.stdout.contains("changes: adds site s8"), "\(english.stdout)")
    }

    @Test("validate --lang nl says each problem in Dutch at its path and line; the summary too")
    func validate() throws {
        let workspace = try Workspace()
        let invalid = try workspace.write("invalid.json", CLITests.invalid)
        let dutch = try workspace.run(["validate", invalid, "--lang", "nl"])
        #expect(dutch.status == 65)
        #expect(dutch.stderrLines.contains("seekers[0].maxRent (regel 3): mag niet negatief zijn (nu -5)"), "\(dutch.stderr)")
        #expect(dutch.stderrLines.contains("groups[0].founders[0] (regel 7): geen huishouden heeft code \"h9\""), "\(dutch.stderr)")
        let english = try workspace.run(["validate", invalid])
        #expect(english.stderrLines.contains(CLITests.invalidLines[0]), "\(english.stderr)")

        let tiny = try workspace.write("tiny.yaml", CLITests.tiny)
        let valid = try workspace.run(["validate", tiny, "--lang", "nl"])
        #expect(valid.status == 0, "\(valid.stderr)")
        #expect(valid.stdout == "\(tiny): geldig: 2 huishoudens, 1 woongroep, 2 woonplekken, 0 zorgaanbieders\n", "\(valid.stdout)")
    }
}
