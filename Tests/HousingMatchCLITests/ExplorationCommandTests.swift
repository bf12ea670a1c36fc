import Foundation
import Testing

/// `explain --group`, `site` and `placements` on the example scenario, run as a subprocess.
///
/// In the example g5 (De Bilt Verbonden) does not form: its founder h10 needs
/// elderly care, and c1 starts at a site only with two elderly clients.
@Suite("housing-match explain --group, site and placements")
struct ExplorationCommandTests {
    static let example = CompareCommandTests.base

    @Test("explain --group names the binding care minimum of a group that does not form, and what changes bring")
    func explainGroup() throws {
        let workspace = try Workspace()
        let table = try workspace.run(["explain", Self.example, "--group", "g5", "--with-care-details"])
        try #require(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.hasPrefix("g5 De Bilt Verbonden (7–12 members): does not form in the best match."), "\(table.stdout)")
        // g5 needs 7 members in De Bilt, where s5's rent of 1020 is too high for most and c3 needs 2 GGZ clients.
        #expect(table.stdout.contains("""
            If it must form: no match lets it form; these rules cannot all hold with it:
              - s5 (Kloosterhof, De Bilt) has a rent of 1020
              - c3 (GGZ Kromme Rijn) serves at least 2 clients at a site
              - g5 takes a site only in De Bilt
              - g5 needs at least 7 members
            """), "\(table.stdout)")
        // The same rules keep it from forming even alone: said once, referred to after.
        #expect(table.stdout.contains("  - cannot form at all, even on its own: the rules above cannot all hold together"))
        #expect(table.stdout.components(separatedBy: "has a rent of 1020").count == 2, "\(table.stdout)")
        #expect(table.stdout.contains(
            "  - every elderly provider there serves at least 2 clients per site (c1): only 1 elderly household could join"))

        let json = try workspace.run(["explain", Self.example, "--group", "g5", "--format", "json"])
        try #require(json.status == 0, "\(json.stderr)")
        struct Explanation: Decodable {
            struct Rule: Decodable { var kind: String }
            struct Trial: Decodable { var description: String; var householdsChange: Int?; var requirements: [AnyRequirement] }
            struct AnyRequirement: Decodable {}
            var possibleSites: [String]
            var bindingRules: [Rule]
            var changes: [Trial]
            var complete: Bool
        }
        let explanation = try JSONDecoder().decode(Explanation.self, from: json.stdoutData)
        #expect(explanation.possibleSites == ["s5"] && explanation.complete)
        // First what trying found: g5 cannot form even on its own.
        #expect(explanation.bindingRules.map(\.kind) == ["cannotFormAtAll", "providerMinimum", "providerMinimum"])
        // Letting c3 start with one GGZ client houses one more household elsewhere, but not g5.
        let lower = try #require(explanation.changes.first { $0.description == "c3 serves from 1 client per site" })
        #expect(lower.householdsChange == 1)
    }

    @Test("explain --group on a full group names the full site")
    func explainFullGroup() throws {
        let run = try Workspace().run(["explain", Self.example, "--group", "g3"])
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("  - takes s3 with 10 dwellings: full (10 of 10)\n  - at most 10 members: full (10 of 10)"),
                "\(run.stdout)")
    }

    @Test("site lists the groups that could take it, what it lacks for one that almost fits, and why others are out")
    func site() throws {
        let workspace = try Workspace()
        let table = try workspace.run(["site", Self.example, "--site", "s6"])
        try #require(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("s6 Boerderij Achterweg (Houten, 6 dwellings, 1 accessible, rent 840, common room, "
                                      + "offered by private owner): unused in the best match."), "\(table.stdout)")
        #expect(table.stdout.contains("g1     6 dwellings, the group needs at least 8 (its minimum size)  s6 with 8 dwellings (+2)"))
        #expect(table.stdout.contains("  g2: in Houten, not among the group's towns (Zeist, De Bilt)"))

        let json = try workspace.run(["site", Self.example, "--site", "s4", "--format", "json"])
        try #require(json.status == 0, "\(json.stderr)")
        struct Offer: Decodable {
            struct Candidate: Decodable {
                struct Outcome: Decodable { var householdsChange: Int?; var membersAfter: Int?; var siteAfter: String? }
                var group: String
                var exclusions: [SiteExclusion]
                var ifTaken: Outcome?
            }
            struct SiteExclusion: Decodable { var kind: String }
            var takenBy: String?
            var groups: [Candidate]
        }
        let offer = try JSONDecoder().decode(Offer.self, from: json.stdoutData)
        #expect(offer.takenBy == "g4")
        #expect(offer.groups.filter(\.exclusions.isEmpty).map(\.group) == ["g1", "g4"])
        // g4 takes s4 in the best match already: requiring it changes nothing.
        let g4 = try #require(offer.groups.first { $0.group == "g4" }?.ifTaken)
        #expect(g4.householdsChange == 0 && g4.membersAfter == 7 && g4.siteAfter == "s4")
        #expect(offer.groups.first { $0.group == "g2" }?.exclusions.first?.kind == "town")
    }

    @Test("site and candidates tell both sides of each trial, and their JSON has named fields only")
    func twoSidedTrials() throws {
        let workspace = try Workspace()
        // g1 lives at s1 in the best match: required to take s4, it moves, and the report says so by name.
        let site = try workspace.run(["site", Self.example, "--site", "s4"])
        try #require(site.status == 0, "\(site.stderr)")
        #expect(site.stdout.contains("If g1 takes s4:\n"), "\(site.stdout)")
        #expect(site.stdout.contains("  - g1 (MeerGeneraties Houten) moves from s1 (Oude school) to s4 (De Meent)"), "\(site.stdout)")
        // s6 is offered changed to g1 (a site edit): in JSON with named fields, not Swift's _0.
        let changed = try workspace.run(["site", Self.example, "--site", "s6", "--format", "json"])
        try #require(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.contains("\"units\" : 8") && !changed.stdout.contains("\"_0\""), "\(changed.stdout)")

        // g5 does not form: its founders h09 and h10 are never candidates, and households
        // the rules let in but no match can place are set apart with the rules that keep them out.
        let g5 = try workspace.run(["candidates", Self.example, "--group", "g5"])
        try #require(g5.status == 0, "\(g5.stderr)")
        #expect(!g5.stdout.contains("h09") && !g5.stdout.contains("h10"), "\(g5.stdout)")
        #expect(g5.stdout.contains("Cannot join g5 after all: the rules let them in, but no match places them there."), "\(g5.stdout)")

        struct Candidates: Decodable {
            struct Change: Decodable { var seeker: String }
            struct Effects: Decodable { var gainPlace: [Change]; var losePlace: [Change]; var leaveGroup: [Change] }
            struct Cost: Decodable { var displaced: [String]; var newlyHoused: [String]; var effects: Effects? }
            struct Candidate: Decodable { var seeker: String; var cost: Cost? }
            var candidates: [Candidate]
            var impossible: [Candidate]
        }
        let json = try workspace.run(["candidates", Self.example, "--group", "g2", "--top", "3", "--format", "json"])
        try #require(json.status == 0, "\(json.stderr)")
        #expect(!json.stdout.contains("\"_0\""))
        let result = try JSONDecoder().decode(Candidates.self, from: json.stdoutData)
        try #require(!result.candidates.isEmpty)
        for candidate in result.candidates {
            let cost = try #require(candidate.cost)
            let effects = try #require(cost.effects)
            // The same facts as the two lists, each side read from the re-solve.
            #expect(Set(effects.losePlace.map(\.seeker)) == Set(cost.displaced))
            #expect(Set(effects.gainPlace.map(\.seeker)) == Set(cost.newlyHoused))
        }
    }

    @Test("placements shows a provider's clients, load and households left out, by id and care type")
    func placements() throws {
        let workspace = try Workspace()
        let run = try workspace.run(["placements", Self.example, "--provider", "c2", "--with-care-details"])
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("c2 Stichting Ankerpunt (VG; Houten, Wijk bij Duurstede, Bunnik; 3–5 clients per site): "
                                     + "4 of 10 places used in the best match."), "\(run.stdout)")
        #expect(run.stdout.contains("  g3     s3    Wijk bij Duurstede  4        4 × VG"))
        #expect(run.stdout.contains("  h11 (VG): no site in Bunnik at a rent of at most 800"))

        let unknown = try workspace.run(["placements", Self.example, "--provider", "c9"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no provider has id \"c9\" (the scenario has c1, c2, c3)"))
    }
}
