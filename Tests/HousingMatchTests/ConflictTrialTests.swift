import Foundation
@testable import HousingMatch
import ScenarioIO
import Testing

/// Each member of a conflict changed on its own on the scenario as it is, and
/// solved: what is printed is what that solve found, never a promise.
@Suite("Conflict members tried on their own")
struct ConflictTrialTests {
    private func conflict(_ scenario: Scenario) throws -> [ConflictingRule] {
        let result = try MatchEngine().solve(scenario)
        try #require(result.status == .infeasible)
        return try #require(result.conflict)
    }

    private func rule(_ kind: ConflictingRule.Kind, _ rules: [ConflictingRule]) throws -> ConflictingRule {
        try #require(rules.first { $0.kind == kind }, "no \(kind) among \(rules.map(\.statement))")
    }

    /// The engine's status for the scenario with a trial's change made.
    private func status(of modification: ScenarioModification, on scenario: Scenario) throws -> MatchResult {
        var options = MatchOptions()
        options.explainsConflicts = false
        return try MatchEngine(options: options).solve(modification.applied(to: scenario))
    }

    /// g1 must form with 4 members at s1 (rent 1000); the households who could
    /// join can pay 990, 950, 900 and 800. A rent of 900 is the first that lets
    /// three of them in; 950 lets two.
    static let rentLine = Scenario(
        seekers: [Build.seeker("h1"), Build.seeker("h2", maxRent: 990), Build.seeker("h3", maxRent: 950),
                  Build.seeker("h4", maxRent: 900), Build.seeker("h5", maxRent: 800)],
        groups: [Build.group("g1", min: 4, founders: ["h1"], mustForm: true)],
        sites: [Build.site("s1", rent: 1000)])

    @Test("a number is tried at the values that matter: the first that gives a match, and the one before it")
    func smallestChange() throws {
        let rules = try conflict(Self.rentLine)
        #expect(rules.map(\.kind) == [.rent, .minimumSize, .mustForm])

        let rent = try #require(try rule(.rent, rules).tried)
        #expect(rent.change == "s1's rent at 900")
        #expect(rent.modify == ScenarioModification(.sites, "s1", [(key: "rent", value: .integer(900))]))
        #expect(rent.status == .optimal && rent.housed == 4)
        #expect(rent.outcome == "a match exists; g1 forms with 4 households, 4 housed in all")
        #expect(rent.smallerChange?.change == "s1's rent at 950")
        #expect(rent.smallerChange?.status == .infeasible)
        // Both claims hold when the engine solves the changed scenarios.
        #expect(try status(of: rent.modify, on: Self.rentLine).housedCount == 4)
        #expect(try status(of: try #require(rent.smallerChange).modify, on: Self.rentLine).status == .infeasible)

        let size = try #require(try rule(.minimumSize, rules).tried)
        #expect(size.change == "g1 at a minimum of 1 member" && size.givesMatch && size.housed == 1)
        #expect(size.smallerChange?.change == "g1 at a minimum of 2 members")

        let mustForm = try #require(try rule(.mustForm, rules).tried)
        #expect(mustForm.change == "g1 not required to form")
        #expect(mustForm.outcome == "a match exists; g1 does not form, 0 housed in all")
    }

    @Test("a member whose loosening alone leaves another conflict reads 'still no match'")
    func stillNoMatch() throws {
        // Two reasons keep g1 out: nobody else can pay s1's rent, and s1 has 3 dwellings
        // for a group of at least 4. The filter names the rent (with the size loosened);
        // on the scenario itself a lower rent is not enough.
        let scenario = Scenario(
            seekers: [Build.seeker("h1")] + (2...5).map { Build.seeker("h\($0)", maxRent: 900) },
            groups: [Build.group("g1", min: 4, founders: ["h1"], mustForm: true)],
            sites: [Build.site("s1", units: 3, rent: 1000)])
        let rules = try conflict(scenario)
        let rent = try #require(try rule(.rent, rules).tried)
        #expect(rent.change == "s1's rent at 900")
        #expect(rent.status == .infeasible && rent.housed == nil && rent.outcome == "still no match")
        #expect(rent.smallerChange == nil)
        #expect(try status(of: rent.modify, on: scenario).status == .infeasible)
    }

    @Test("the example with g5 required to form: only a lower rent at s5 gives a match")
    func utrechtOostWithG5Required() throws {
        var scenario = try ScenarioLoader.load(
            path: ExampleScenarioTests.folder.appendingPathComponent("utrecht-oost.yaml").path)
        let g5 = try #require(scenario.groups.firstIndex { $0.id == "g5" })
        scenario.groups[g5].mustForm = true
        let rules = try conflict(scenario)
        #expect(rules.map { "\($0.kind.rawValue) \($0.subjects.joined(separator: ","))" }
                == ["rent s5", "providerMinimum c3", "groupTowns g5", "minimumSize g5", "mustForm g5"])

        let rent = try #require(try rule(.rent, rules).tried)
        #expect(rent.change == "s5's rent at 1000")
        #expect(rent.modify == ScenarioModification(.sites, "s5", [(key: "rent", value: .integer(1000))]))
        #expect(rent.givesMatch && rent.outcome.hasPrefix("a match exists; g5 forms with 7 households"))
        let rentSolve = try status(of: rent.modify, on: scenario)
        #expect(rentSolve.members(of: "g5")?.count == 7 && rentSolve.housedCount == rent.housed)

        // The old report promised a match for each of these; none gives one.
        for kind in [ConflictingRule.Kind.providerMinimum, .groupTowns, .minimumSize] {
            let tried = try #require(try rule(kind, rules).tried)
            #expect(tried.status == .infeasible && tried.outcome == "still no match", "\(tried.change)")
            #expect(try status(of: tried.modify, on: scenario).status == .infeasible)
        }
        #expect(try rule(.providerMinimum, rules).tried?.change == "c3 at a minimum of 0 clients per site")
        #expect(try rule(.minimumSize, rules).tried?.change == "g5 at a minimum of 1 member")
        #expect(try rule(.mustForm, rules).tried?.outcome.hasPrefix("a match exists; g5 does not form") == true)
    }

    @Test("with triesConflictingRules off (a sweep's points), the conflict is named but not tried")
    func triesCanBeTurnedOff() throws {
        let tried = try conflict(Self.rentLine)
        #expect(tried.allSatisfy { $0.tried != nil })
        var options = MatchOptions()
        options.triesConflictingRules = false
        let plain = try #require(try MatchEngine(options: options).solve(Self.rentLine).conflict)
        #expect(plain.map(\.statement) == tried.map(\.statement))
        #expect(plain.allSatisfy { $0.tried == nil })
    }

    @Test("a what-if question's conflict is not tried member by member")
    func notForWhatIfQuestions() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("h1", care: "VG"), Build.seeker("h2")],
            groups: [Build.group("g1")], sites: [Build.site("s1")],
            providers: [Build.provider("c1", types: ["VG"], minClients: 2)])
        let outcome = try WhatIf(scenario).outcome(requiring: [.joins("h1", "g1")], explainingConflict: true)
        let rules = try #require(outcome.conflict)
        #expect(!rules.isEmpty && rules.allSatisfy { $0.tried == nil })
    }

    @Test("a modification is written as a variant file's modify section, and read back")
    func modificationCoding() throws {
        let modification = ScenarioModification([
            .init(side: .seekers, id: "h1", keys: [(key: "together", value: .texts(["h3"]))]),
            .init(side: .seekers, id: "h2", keys: [(key: "maxRent", value: .null)]),
            .init(side: .groups, id: "g1", keys: [(key: "careShare", value: .object(["min": .number(0.2857), "max": .integer(1)]))]),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(modification), as: UTF8.self)
        #expect(text == #"{"groups":[{"careShare":{"max":1,"min":0.2857},"id":"g1"}],"#
                + #""seekers":[{"id":"h1","together":["h3"]},{"id":"h2","maxRent":null}]}"#)
        let back = try JSONDecoder().decode(ScenarioModification.self, from: Data(text.utf8))
        #expect(back.entries.count == 3)
        #expect(String(decoding: try encoder.encode(back), as: UTF8.self) == text)

        let scenario = Scenario(
            seekers: [Build.seeker("h1", together: ["h2", "h3"]), Build.seeker("h2", maxRent: 700), Build.seeker("h3")],
            groups: [Build.group("g1", careShare: (0.5, 0.8))], sites: [Build.site("s1")])
        let changed = try modification.applied(to: scenario)
        #expect(changed.seekers[0].together == ["h3"] && changed.seekers[1].maxRent == nil)
        #expect(changed.groups[0].careShare == Group.CareShare(min: 0.2857, max: 1))
        #expect(changed.sites == scenario.sites)
        #expect(throws: ScenarioModification.MissingEntryError.self) {
            try ScenarioModification(.sites, "s9", [(key: "rent", value: .integer(1))]).applied(to: scenario)
        }
    }
}
