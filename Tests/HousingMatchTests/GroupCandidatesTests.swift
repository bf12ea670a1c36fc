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

    @Test("both sides of each cost: who gains, who loses, and who leaves a full group, read from the re-solve")
    func twoSidedCosts() throws {
        let result = try WhatIf(scenario).candidates(for: "g1")
        let b = try #require(result.candidates.first { $0.seeker == "b" }?.cost?.effects)
        // b takes e's place in the full g1, and nobody else has room for e.
        #expect(b.gainPlace.map(\.seeker) == ["b"] && b.losePlace.map(\.seeker) == ["e"])
        #expect(b.leaveGroup.map(\.seeker) == ["e"] && b.groupWasFull)
        #expect(result.candidates.first { $0.seeker == "b" }?.cost?.description
                == "e loses their place; b gains one; e leaves g1")
        #expect(b.sentences(in: scenario) == [
            "b gains a place in g1",
            "g1 was full, so to make room e leaves it: e loses their place",
        ])
        // c is free, yet not without effect: e leaves the full g1 for c's old place in g2.
        let cCost = try #require(result.candidates.first { $0.seeker == "c" }?.cost)
        let c = try #require(cCost.effects)
        #expect(cCost.isFree && c.gainPlace.isEmpty && c.losePlace.isEmpty)
        #expect(c.leaveGroup.map(\.seeker) == ["e"] && c.leaveGroup.first?.variant?.group == "g2")
        #expect(cCost.description == "free: nobody loses their place; e leaves g1")
        #expect(c.sentences(in: scenario) == [
            "c moves from g2 to g1",
            "g1 was full, so to make room e leaves it: e moves to g2",
        ])
    }

    /// g1 (founder f) lives at s1 (two dwellings, rent 500, none accessible) because
    /// a pays at most 600; s2 (three dwellings, rent 700) has an accessible one.
    /// c needs an accessible dwelling: with c, g1 must move to s2, where a cannot pay.
    @Test("a candidate whose placement makes the group move site says so, and who leaves because of it")
    func groupMovesSite() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("f"), Build.seeker("a", maxRent: 600, preferences: ["g1"]),
                      Build.seeker("c", accessible: true)],
            groups: [Build.group("g1", max: 3, founders: ["f"])],
            sites: [Build.site("s1", units: 2, rent: 500), Build.site("s2", units: 3, accessible: 1, rent: 700)])
        let whatIf = try WhatIf(scenario)
        #expect(whatIf.base.match.groups.first?.site == "s1")
        let result = try whatIf.candidates(for: "g1")
        #expect(result.candidates.map(\.seeker) == ["c"])
        let cost = try #require(result.candidates.first?.cost)
        let effects = try #require(cost.effects)
        #expect(effects.moveSite.map(\.group) == ["g1"] && effects.moveSite.first?.variant?.site == "s2")
        #expect(cost.description == "a loses their place; c gains one; a leaves g1; g1 moves to s2")
        // g1 was not full, and it moved: a's leaving is not put down to room.
        #expect(effects.sentences(in: scenario) == [
            "c gains a place in g1",
            "g1 moves from s1 to s2",
            "a leaves g1: a loses their place",
        ])
    }

    /// g1 does not form: its founder f needs company of another generation, and
    /// nobody else is a senior. a and b pass every filter, but no match places them in g1.
    @Test("founders and households no match can place are never candidates")
    func foundersAndImpossibleLeftOut() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("f", ["senior"]), Build.seeker("a"), Build.seeker("b"), Build.seeker("g", ["senior"])],
            groups: [Build.group("g1", min: 2, founders: ["f"], minGenerations: 3),
                     Build.group("g2", min: 1, founders: ["g"])],
            sites: [Build.site("s1"), Build.site("s2")])
        let whatIf = try WhatIf(scenario)
        #expect(whatIf.base.members(of: "g1") == nil)
        let result = try whatIf.candidates(for: "g1")
        #expect(!result.candidates.contains { $0.seeker == "f" } && !result.impossible.contains { $0.seeker == "f" })
        #expect(result.candidates.isEmpty)
        #expect(result.impossible.map(\.seeker) == ["a", "b"])
        #expect(result.impossible.allSatisfy { $0.cost?.status == .infeasible })

        // Where some can join and some cannot: g1 forms, but takes nobody with a care
        // need (a care share of at most 0), which no filter of a single household sees.
        let mixed = Scenario(
            seekers: [Build.seeker("f"), Build.seeker("a"), Build.seeker("k", care: "elderly")],
            groups: [Build.group("g1", min: 1, max: 2, founders: ["f"], careShare: (0, 0))],
            sites: [Build.site("s1")],
            providers: [Build.provider("c1", types: ["elderly"])])
        let all = try WhatIf(mixed).candidates(for: "g1")
        #expect(all.members.map(\.seeker) == ["f", "a"])
        #expect(all.candidates.isEmpty && all.impossible.map(\.seeker) == ["k"])
    }

    @Test("an unknown group is an error, not an empty list")
    func unknownGroup() throws {
        #expect(throws: UnknownIdentifierError.group("g9", in: scenario)) { try WhatIf(scenario).candidates(for: "g9") }
    }
}
