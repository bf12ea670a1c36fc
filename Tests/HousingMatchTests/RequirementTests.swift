import HousingMatch
import Testing

/// Requirements of a what-if solve (`MatchOptions.requirements`): the best
/// match that meets them, or infeasible when none can.
@Suite("What-if requirements")
struct RequirementTests {
    private func solve(_ scenario: Scenario, _ requirements: MatchRequirement...) throws -> MatchResult {
        try MatchEngine(options: MatchOptions(requirements: requirements)).solve(scenario)
    }

    /// One place; h1 counts twice as much as h2.
    private let onePlace = Scenario(seekers: [Build.seeker("h1", priority: 2), Build.seeker("h2")],
                                    groups: [Build.group("g1", max: 1)], sites: [Build.site("s1")])

    @Test("a household required in a group takes the place of a better one, at a cost")
    func requiredMember() throws {
        #expect(try solve(onePlace).members(of: "g1") == ["h1"])
        let forced = try solve(onePlace, .joins("h2", "g1"))
        #expect(forced.status == .optimal)
        #expect(forced.members(of: "g1") == ["h2"])
        #expect(forced.objective?.housed == 1)
        #expect(try solve(onePlace, .housed("h2")).members(of: "g1") == ["h2"])
    }

    @Test("a requirement the hard filters rule out makes the solve infeasible")
    func impossibleRequirement() throws {
        var scenario = onePlace
        scenario.seekers[1].maxRent = 500
        #expect(try solve(scenario, .joins("h2", "g1")).status == .infeasible)
        #expect(try solve(scenario, .housed("h2")).status == .infeasible)
        #expect(try solve(scenario, .takes("g1", "s9")).status == .infeasible)
    }

    @Test("a group required at a site forms there, even when another site would house more")
    func requiredSite() throws {
        let scenario = Scenario(seekers: ["h1", "h2", "h3"].map { Build.seeker($0) }, groups: [Build.group("g1")],
                                sites: [Build.site("s1", units: 3), Build.site("s2", units: 1)])
        #expect(try solve(scenario).site(of: "g1") == "s1")
        let forced = try solve(scenario, .takes("g1", "s2"))
        #expect(forced.site(of: "g1") == "s2")
        #expect(forced.housedCount == 1)
    }

    @Test("a group required to form forms, though forming it houses nobody more")
    func requiredGroup() throws {
        // g2's only candidate is better off in g1 (her first choice); requiring g2 moves her.
        let scenario = Scenario(seekers: [Build.seeker("h1", preferences: ["g1", "g2"])],
                                groups: [Build.group("g1"), Build.group("g2")],
                                sites: [Build.site("s1"), Build.site("s2")])
        #expect(try solve(scenario).members(of: "g1") == ["h1"])
        let forced = try solve(scenario, .forms("g2"))
        #expect(forced.members(of: "g2") == ["h1"])
        #expect(forced.members(of: "g1") == nil)
    }

    @Test("a what-if question names who gains and who loses a place, and the cost in priority")
    func whatIfOutcome() throws {
        let whatIf = try WhatIf(onePlace)
        let forced = try whatIf.outcome(requiring: [.joins("h2", "g1")])
        #expect(forced.status == .optimal && forced.proven)
        #expect(forced.housedChange == -1 && forced.householdsChange == 0)
        #expect(forced.newlyHoused == ["h2"] && forced.noLongerHoused == ["h1"])

        var noRent = onePlace
        noRent.seekers[1].maxRent = 500
        let impossible = try WhatIf(noRent).outcome(requiring: [.joins("h2", "g1")])
        #expect(impossible.status == .infeasible && impossible.housedChange == nil && impossible.noLongerHoused == [])
    }
}
