import HousingMatch
import Testing

/// `WhatIf.candidates(for:)`: who could join a group, ranked by fit, with costs.
@Suite("Candidates for a group")
struct GroupCandidatesTests {
    /// g1 (founded by f, three places, values green and music, declines d) and g2
    /// (one place, value quiet). The best match: g1 at s1 with f, a, e; g2 at s2 (one dwelling) with c; b and d out.
    ///
    /// Fits in g1: a 1.25 (first choice, shares green), e 1, b 0.5 (shares both
    /// values), c 0.5 (second of two choices). Adding b to g1 pushes e out (c keeps
    /// g2, her first choice); adding c lets e move to g2, so nobody loses a place.
    private let scenario = Scenario(
        seekers: [
            Build.seeker("f"), Build.seeker("a", preferences: ["g1"], tags: ["green"]),
            Build.seeker("b", tags: ["green", "music"]), Build.seeker("c", preferences: ["g2", "g1"]),
            Build.seeker("d", tags: ["green"]), Build.seeker("e", preferences: ["g1"], tags: ["quiet"]),
        ],
        groups: [Build.group("g1", max: 3, founders: ["f"], values: ["green", "music"], declines: ["d"]),
                 Build.group("g2", max: 1, values: ["quiet"])],
        sites: [Build.site("s1", units: 5), Build.site("s2", units: 1)])

    @Test("members first, then candidates by fit with their costs, the declined apart")
    func rankedWithCosts() throws {
        let whatIf = try WhatIf(scenario)
        #expect(whatIf.base.members(of: "g1") == ["a", "e", "f"])
        let result = try whatIf.candidates(for: "g1")
        #expect(result.members.map(\.seeker) == ["f", "a", "e"])
        #expect(result.members.map(\.founder) == [true, false, false])
        #expect(result.site == "s1")
        #expect(result.candidates.map(\.seeker) == ["b", "c"])
        #expect(result.candidates.map(\.fit.score) == [0.5, 0.5])
        #expect(result.candidates.map(\.currentGroup) == [nil, "g2"])
        #expect(result.eligibleCount == 2)
        let b = try #require(result.candidates[0].cost), c = try #require(result.candidates[1].cost)
        #expect(b.displaced == ["e"] && b.housedChange == 0 && !b.isFree)
        #expect(c.displaced == [] && c.isFree)
        #expect(result.declined.map(\.seeker) == ["d"] && result.declined[0].cost == nil)

        let top = try whatIf.candidates(for: "g1", top: 1)
        #expect(top.candidates.map(\.seeker) == ["b"] && top.eligibleCount == 2)
    }

    @Test("a candidate's together partners are listed as coming along")
    func partnersComeAlong() throws {
        // h must live with b; z lives only in Zeist, where no site is.
        var scenario = scenario
        scenario.seekers.append(Build.seeker("h", together: ["b"]))
        scenario.seekers.append(Build.seeker("z", towns: ["Zeist"]))
        let result = try WhatIf(scenario).candidates(for: "g1")
        #expect(result.candidates.first { $0.seeker == "b" }?.together == ["h"])
        #expect(result.candidates.first { $0.seeker == "h" }?.together == ["b"])
        #expect(!result.candidates.contains { $0.seeker == "z" })
    }

    @Test("an unknown group is an error, not an empty list")
    func unknownGroup() throws {
        #expect(throws: UnknownIdentifierError.group("g9", in: scenario)) { try WhatIf(scenario).candidates(for: "g9") }
    }
}
