import HousingMatch
import Testing

/// A stable re-solve (`MatchOptions.keep`) keeps as much of an earlier match
/// as the two stages of MODEL.md allow, and never houses fewer or fits worse.
@Suite("Stable re-solves")
struct StableResolveTests {
    private func solve(_ scenario: Scenario, keeping earlier: Match? = nil) throws -> MatchResult {
        try MatchEngine(options: MatchOptions(keep: earlier)).solve(scenario)
    }

    private func match(_ groups: (group: String, site: String, members: [String])...) -> Match {
        Match(groups: groups.map { FormedGroup(id: GroupID($0.group), site: SiteID($0.site),
                                               members: $0.members.map { SeekerID($0) }) })
    }

    @Test("between two equally good households, the one of the earlier match keeps the place")
    func keepsTheEarlierMember() throws {
        // One place, two households alike in every way: both stages tie, so
        // only stage 3 decides, and it must follow whichever match it is given.
        let scenario = Scenario(seekers: [Build.seeker("h1"), Build.seeker("h2")],
                                groups: [Build.group("g1", max: 1)], sites: [Build.site("s1")])
        for kept in ["h1", "h2"] {
            let result = try solve(scenario, keeping: match(("g1", "s1", [kept])))
            #expect(result.members(of: "g1") == [kept])
            #expect(result.kept?.keepsEverything == true)
            #expect(result.objective?.housed == 1)
        }
    }

    @Test("between two equally good sites, the group keeps the site of the earlier match")
    func keepsTheEarlierSite() throws {
        let scenario = Scenario(seekers: [Build.seeker("h1")], groups: [Build.group("g1")],
                                sites: [Build.site("s1"), Build.site("s2")])
        for site in ["s1", "s2"] {
            let result = try solve(scenario, keeping: match(("g1", site, ["h1"])))
            #expect(result.site(of: "g1") == site)
            #expect(result.kept == KeptAssignments(membersKept: 1, membersBefore: 1, sitesKept: 1, groupsBefore: 1,
                                                   membersMoved: [], groupsMoved: []))
        }
    }

    @Test("a change that rules one household out moves only that household")
    func movesOnlyWhatTheChangeForces() throws {
        var scenario = Scenario(
            seekers: ["h1", "h2", "h3", "h4"].map { Build.seeker($0) },
            groups: [Build.group("g1", max: 3), Build.group("g2", max: 3)],
            sites: [Build.site("s1"), Build.site("s2")])
        let earlier = match(("g1", "s1", ["h1", "h2", "h3"]), ("g2", "s2", ["h4"]))
        // h3 can no longer pay any rent here: stage 1 houses the other three
        // and stage 3 keeps them where they were.
        scenario.seekers[2].maxRent = 500
        let result = try solve(scenario, keeping: earlier)
        #expect(result.members(of: "g1") == ["h1", "h2"])
        #expect(result.members(of: "g2") == ["h4"])
        #expect(result.kept?.membersMoved == ["h3"])
        #expect(result.kept?.groupsMoved == [])
        #expect(result.statistics.stageSeconds.count == 3)
    }

    @Test("keeping the optimum of the same scenario changes nothing", arguments: 0..<12)
    func keepingTheSameMatchChangesNothing(seed: Int) throws {
        let scenario = RandomScenarios.small(seed: UInt64(70_000 + seed), seekers: 8...16, groups: 2...3, sites: 2...4)
        let cold = try solve(scenario)
        guard cold.status == .optimal else { return }
        let again = try solve(scenario, keeping: cold.match)
        #expect(again.status == .optimal)
        #expect(again.kept?.keepsEverything == true, "\(String(describing: again.kept))")
        #expect(Set(again.match.groups.map { "\($0.id)@\($0.site):\($0.members.map(\.rawValue).sorted())" })
                == Set(cold.match.groups.map { "\($0.id)@\($0.site):\($0.members.map(\.rawValue).sorted())" }))
        #expect(again.objective?.housed == cold.objective?.housed)
    }

    @Test("after a change, the kept match is as good in both stages and keeps at least as much as a cold solve",
          arguments: 0..<20)
    func neverHousesFewerOrFitsWorse(seed: Int) throws {
        let scenario = RandomScenarios.small(seed: UInt64(80_000 + seed), seekers: 8...16, groups: 2...3, sites: 2...4)
        let before = try solve(scenario)
        guard before.status == .optimal, let used = before.match.groups.first?.site else { return }
        var changed = scenario
        changed.sites.removeAll { $0.id == used }

        let cold = try solve(changed)
        let stable = try solve(changed, keeping: before.match)
        #expect(stable.status == cold.status)
        guard cold.status == .optimal, stable.status == .optimal else { return }
        #expect(stable.objective?.housed == cold.objective?.housed)
        if let a = stable.objective?.preference, let b = cold.objective?.preference { #expect(abs(a - b) < 1e-6) }
        #expect(MatchChecker(scenario: changed).violations(of: stable.match) == [])
        let keptCold = cold.match.kept(from: before.match)
        let keptStable = try #require(stable.kept)
        #expect(keptStable == stable.match.kept(from: before.match))
        #expect(keptStable.total >= keptCold.total, "stable kept \(keptStable.total), cold \(keptCold.total)")
    }

    @Test("what a match keeps is counted per household and per group, with who moved")
    func countingKeptAssignments() {
        let earlier = match(("g1", "s1", ["a", "b", "c"]), ("g2", "s2", ["d"]), ("g3", "s3", ["e"]))
        let now = match(("g1", "s1", ["a", "c"]), ("g2", "s4", ["d", "b"]))
        let kept = now.kept(from: earlier)
        #expect(kept == KeptAssignments(membersKept: 3, membersBefore: 5, sitesKept: 1, groupsBefore: 3,
                                        membersMoved: ["b", "e"], groupsMoved: ["g2", "g3"]))
        #expect(kept.total == 4)
        #expect(!kept.keepsEverything)
        #expect(earlier.kept(from: earlier).keepsEverything)
    }
}
