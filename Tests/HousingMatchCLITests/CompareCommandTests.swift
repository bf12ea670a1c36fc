import Foundation
import HousingMatch
import Testing

/// `housing-match compare` on the example scenario and its variants, run as a subprocess.
///
/// The expected priority sums are those recorded next to the examples
/// (`scenarios/**/*.expected.json`): base 39.5, new-site 40.5, provider-leaves 20.
@Suite("housing-match compare")
struct CompareCommandTests {
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios")
    static let base = scenarios.appendingPathComponent("utrecht-oost.yaml").path
    static func variant(_ name: String) -> String { scenarios.appendingPathComponent("variants/\(name).yaml").path }
    static let twoVariants = [base, variant("new-site"), variant("provider-leaves")]

    /// The expected stage-1 objective of an example, read from its `.expected.json`.
    static func expectedHoused(_ path: String) throws -> Double {
        let expected = URL(fileURLWithPath: (path as NSString).deletingPathExtension + ".expected.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: expected)) as? [String: Any]
        return try #require((object?["objective"] as? [String: Any])?["housed"] as? Double)
    }

    @Test("the expected files hold the numbers these tests rely on")
    func expectedNumbers() throws {
        #expect(try Self.expectedHoused(Self.base) == 39.5)
        #expect(try Self.expectedHoused(Self.variant("new-site")) == 40.5)
        #expect(try Self.expectedHoused(Self.variant("provider-leaves")) == 20)
    }

    @Test("the table shows each scenario's status and priority sum, and the change against the base")
    func table() throws {
        let run = try Workspace().run(["compare"] + Self.twoVariants)
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Comparison of utrecht-oost (Utrecht-Oost, spring) with 2 variants"))
        // The "Households housed" table: scenario, status, housed, change, priority sum, change, groups formed.
        let rows = Dictionary(run.stdout.split(separator: "\n").map { line in
            line.split(separator: "  ", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }
        }.filter { $0.count == 7 }.map { ($0[0], $0) }, uniquingKeysWith: { first, _ in first })
        let base = try #require(rows["utrecht-oost"]), newSite = try #require(rows["new-site"])
        let leaves = try #require(rows["provider-leaves"])
        #expect(base[1] == "optimal" && base[4] == "39.5" && base[5] == "base")
        #expect(newSite[1] == "optimal" && newSite[4] == "40.5" && newSite[5] == "+1")
        #expect(leaves[1] == "optimal" && leaves[4] == "20" && leaves[5] == "-19.5")
        #expect(run.stdout.contains("Adding site s8 (De Nieuwe Hof) houses 1 more household than the base"))
        #expect(run.stdout.contains("Removing provider c1 (Zorggroep Heuvelrug) houses"))
        #expect(run.stdout.contains("Households housed by care type") && run.stdout.contains("Households housed by town"))
        #expect(run.stdout.contains("c1 Zorggroep Heuvelrug"))
    }

    @Test("--format json decodes to the comparison with the recorded totals")
    func json() throws {
        let run = try Workspace().run(["compare"] + Self.twoVariants + ["--format", "json"])
        try #require(run.status == 0, "\(run.stderr)")
        let comparison = try JSONDecoder().decode(MatchComparison.self, from: run.stdoutData)
        #expect(comparison.version == MatchComparison.currentVersion)
        #expect(comparison.base.label == "utrecht-oost" && comparison.base.status == .optimal)
        #expect(abs((comparison.base.housedPriority ?? 0) - 39.5) < 1e-6)
        #expect(comparison.variants.map(\.outcome.label) == ["new-site", "provider-leaves"])
        let newSite = comparison.variants[0], leaves = comparison.variants[1]
        #expect(abs((newSite.outcome.housedPriority ?? 0) - 40.5) < 1e-6)
        #expect(abs((newSite.housedPriorityChange ?? 0) - 1) < 1e-6)
        #expect(newSite.outcome.changes.map(\.text) == ["adds site s8"])
        #expect(abs((leaves.outcome.housedPriority ?? 0) - 20) < 1e-6)
        #expect(leaves.outcome.providerLoads.allSatisfy { $0.provider != "c1" })
        // Without its only provider of elderly care, nobody with elderly care is housed.
        #expect(leaves.outcome.housedByCareType.first { $0.careType == "elderly" }?.housed == 0)
        // Each care type and town adds up to the households housed.
        for outcome in [comparison.base] + comparison.variants.map(\.outcome) {
            #expect(outcome.housedByCareType.reduce(0) { $0 + $1.housed } == outcome.housedHouseholds)
            #expect(outcome.housedByTown.reduce(0) { $0 + $1.housed } == outcome.housedHouseholds)
        }
        // Privacy: no care hours anywhere in what the comparison says.
        #expect(!run.stdout.contains("hours"))
    }

    @Test("--output report.html writes one self-contained page with charts; nothing on stdout")
    func html() throws {
        let workspace = try Workspace()
        let output = workspace.path("report.html")
        let run = try workspace.run(["compare"] + Self.twoVariants + ["--output", output])
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 2)
        for fetched in ["src=\"http", "href=\"http", "src='http", "href='http", "url(http", "url(\"http", "@import",
                        "<script", "<link", "<iframe", "<img"] {
            #expect(!html.contains(fetched), "the report would fetch or run something: \(fetched)")
        }
        #expect(html.contains("What if? Utrecht-Oost, spring"))
        #expect(html.contains("Adding site s8 (De Nieuwe Hof) houses 1 more household than the base"))
        #expect(html.contains("adds site s8") && html.contains("removes provider c1"))
        #expect(html.contains("<td class=\"num\">39.5</td>") && html.contains("<td class=\"num\">40.5</td>")
                && html.contains("<td class=\"num\">20</td>"))
        #expect(html.contains("Households housed by care type") && html.contains("Households housed by town"))
        #expect(html.contains("clients served against capacity"))
    }

    @Test("--format json --output writes the JSON to the file, which decodes")
    func jsonOutput() throws {
        let workspace = try Workspace()
        let output = workspace.path("comparison.txt")
        let run = try workspace.run(["compare", Self.base, Self.variant("new-site"), "--format", "json", "--output", output])
        try #require(run.status == 0, "\(run.stderr)")
        let comparison = try JSONDecoder().decode(MatchComparison.self, from: Data(contentsOf: URL(fileURLWithPath: output)))
        #expect(comparison.variants.count == 1)
    }

    @Test("--stable: a variant that cannot change the best match moves nobody")
    func stable() throws {
        let workspace = try Workspace()
        let variant = try workspace.write("newcomer.yaml", """
            base: \(Self.base)
            description: A household that can pay no rent here joins the list.
            add:
              seekers:
                - {id: h99, generations: [adult], maxRent: 100}

            """)
        let run = try workspace.run(["compare", Self.base, variant, "--stable", "--format", "json"])
        try #require(run.status == 0, "\(run.stderr)")
        let comparison = try JSONDecoder().decode(MatchComparison.self, from: run.stdoutData)
        let differences = try #require(comparison.variants.first?.differences)
        #expect(differences.groups.isEmpty)
        #expect(differences.households.allSatisfy { $0.seeker == "h99" }, "\(differences.households.map(\.seeker))")
    }

    // MARK: Statuses and errors

    @Test("an infeasible variant is an answer: exit 0, its status shown, no list of differences")
    func infeasibleVariant() throws {
        let workspace = try Workspace()
        _ = try workspace.write("tiny.yaml", CLITests.tiny)
        _ = try workspace.write("must-form-in-zeist.yaml", """
            base: tiny.yaml
            description: g1 must form, and only in Zeist, where there is no site.
            modify:
              groups:
                - {id: g1, mustForm: true, municipalities: [Zeist]}

            """)
        let table = try workspace.run(["compare", "tiny.yaml", "must-form-in-zeist.yaml"])
        try #require(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("infeasible: no match meets every rule"))
        #expect(table.stdout.contains("Changing group g1 (Samen Houten) leaves no match that meets every rule"))
        #expect(table.stdout.replacingOccurrences(of: "\n  ", with: " ")
                    .contains("These rules cannot all hold: g1 takes a site only in Zeist; g1 (Samen Houten) must form."),
                "\(table.stdout)")

        let json = try workspace.run(["compare", "tiny.yaml", "must-form-in-zeist.yaml", "--format", "json"])
        try #require(json.status == 0, "\(json.stderr)")
        let variant = try #require(try JSONDecoder().decode(MatchComparison.self, from: json.stdoutData).variants.first)
        #expect(variant.outcome.status == .infeasible)
        #expect(variant.differences == nil && variant.housedChange == nil)

        let html = try workspace.run(["compare", "tiny.yaml", "must-form-in-zeist.yaml", "--format", "html"])
        try #require(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("card warning"))
    }

    @Test("an invalid variant exits 65 naming its problem; an existing output file is left as it was")
    func invalidVariant() throws {
        let workspace = try Workspace()
        _ = try workspace.write("tiny.yaml", CLITests.tiny)
        _ = try workspace.write("broken.yaml", CLITests.tinyVariant.replacingOccurrences(of: "units: 4", with: "units: -4"))
        let output = try workspace.write("report.html", "from an earlier run\n")
        let run = try workspace.run(["compare", "tiny.yaml", "broken.yaml", "--output", output])
        #expect(run.status == 65)
        #expect(run.stderrLines == ["broken.yaml: modify.sites[0].units (line 5): must not be negative (got -4)"])
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "from an earlier run\n")
    }

    @Test("a variant with a number beyond its range is refused with its place, never solved", arguments: [
        ("{id: h3, generations: [child], care: {type: VG, hours: 1e300}}", "add.seekers[0].care.hours (line 8)",
         "must be a number from 0 to 168 (got 1e+300)"),
        ("{id: h3, generations: [child], priority: 1e12}", "add.seekers[0].priority (line 8)",
         "must be a number from 0 to 1,000 (got 1000000000000)"),
    ])
    func variantBeyondItsRange(seeker: String, place: String, message: String) throws {
        let workspace = try Workspace()
        _ = try workspace.write("tiny.yaml", CLITests.tiny)
        _ = try workspace.write("extreme.yaml", CLITests.tinyVariant.replacingOccurrences(
            of: "{id: h3, generations: [child], preferences: [g1]}", with: seeker))
        let run = try workspace.run(["compare", "tiny.yaml", "extreme.yaml"])
        #expect(run.status == 65)
        #expect(run.stderrLines == ["extreme.yaml: \(place): \(message)"], "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("every bad file is reported before anything is solved; the first decides the exit code")
    func everyBadFileReported() throws {
        let workspace = try Workspace()
        _ = try workspace.write("tiny.yaml", CLITests.tiny)
        _ = try workspace.write("invalid.json", CLITests.invalid)
        let run = try workspace.run(["compare", "tiny.yaml", "missing.yaml", "invalid.json"])
        #expect(run.status == 66)
        #expect(run.stderr.contains("missing.yaml") && run.stderr.contains("no such file"))
        #expect(run.stderr.contains("seekers[0].maxRent (line 3): must not be negative"))
        #expect(run.stdout.isEmpty)
    }

    @Test("compare without a variant is a usage error (64)")
    func noVariant() throws {
        let run = try Workspace().run(["compare", Self.base])
        #expect(run.status == 64)
        #expect(run.stderr.contains("at least one variant"))
    }

    @Test("an output folder that does not exist is a file error (66)")
    func outputUnwritable() throws {
        let workspace = try Workspace()
        let run = try workspace.run(["compare", Self.base, Self.variant("new-site"),
                                     "--output", workspace.path("no such folder/report.html")])
        #expect(run.status == 66)
        #expect(run.stderr.contains("report.html"))
    }
}
