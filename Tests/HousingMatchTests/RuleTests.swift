import HousingMatch
import Testing

/// One small scenario per rule of MODEL.md in which that rule alone changes
/// the optimum: dropping the rule from the formulation makes its test fail.
/// Each comment gives the answer with and without the rule.
@Suite("Rules of MODEL.md")
struct RuleTests {
    private func solve(_ scenario: Scenario) throws -> MatchResult {
        let result = try MatchEngine().solve(scenario)
        // Every answer must also pass the independent checker.
        if result.hasMatch {
            #expect(MatchChecker(scenario: scenario).violations(of: result.match).isEmpty)
        }
        return result
    }

    // MARK: Rule 1

    @Test("1: a seeker joins at most one group")
    func seekerJoinsOneGroup() throws {
        // Without the rule h1 joins both groups: housed 2.
        let result = try solve(Scenario(
            seekers: [Build.seeker("h1")],
            groups: [Build.group("g1"), Build.group("g2")],
            sites: [Build.site("s1"), Build.site("s2")]))
        #expect(result.status == .optimal)
        #expect(result.objective?.housed == 1)
    }

    @Test("1: a site hosts at most one group")
    func siteHostsOneGroup() throws {
        // Two founders' groups, one site. Without the rule both form there: housed 2.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a"), Build.seeker("b")],
            groups: [Build.group("g1", founders: ["a"]), Build.group("g2", founders: ["b"])],
            sites: [Build.site("s1")]))
        #expect(result.objective?.housed == 1)
        #expect(result.match.groups.count == 1)
    }

    @Test("1: a group takes at most one site")
    func groupTakesOneSite() throws {
        // Two sites of 2 dwellings. Without the rule the group takes both: housed 4.
        let result = try solve(Scenario(
            seekers: ["a", "b", "c", "d"].map { Build.seeker($0) },
            groups: [Build.group("g1", max: 10)],
            sites: [Build.site("s1", units: 2), Build.site("s2", units: 2)]))
        #expect(result.objective?.housed == 2)
    }

    // MARK: Rule 2

    @Test("2: a forming group has at least minSize members")
    func minimumSize() throws {
        // Without the rule the two seekers form g1: housed 2.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a"), Build.seeker("b")],
            groups: [Build.group("g1", min: 3)],
            sites: [Build.site("s1")]))
        #expect(result.objective?.housed == 0)
        #expect(result.match.groups.isEmpty)
    }

    @Test("2: a forming group has at most maxSize members")
    func maximumSize() throws {
        // Without the rule all three join: housed 3.
        let result = try solve(Scenario(
            seekers: ["a", "b", "c"].map { Build.seeker($0) },
            groups: [Build.group("g1", max: 2)],
            sites: [Build.site("s1", units: 10)]))
        #expect(result.objective?.housed == 2)
    }

    @Test("2: no more members than the site's dwellings")
    func siteUnits() throws {
        // Without the rule all three join: housed 3.
        let result = try solve(Scenario(
            seekers: ["a", "b", "c"].map { Build.seeker($0) },
            groups: [Build.group("g1", max: 10)],
            sites: [Build.site("s1", units: 2)]))
        #expect(result.objective?.housed == 2)
    }

    @Test("2: no more accessible-needing members than accessible dwellings")
    func accessibleUnits() throws {
        // Without the rule both join: housed 2.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", accessible: true), Build.seeker("b", accessible: true)],
            groups: [Build.group("g1")],
            sites: [Build.site("s1", accessible: 1)]))
        #expect(result.objective?.housed == 1)
    }

    // MARK: Rule 3

    @Test("3: founders are members when their group forms")
    func foundersAreMembers() throws {
        // Founder f has priority 0.5. Without the rule g1 forms with a and b: housed 2.
        let result = try solve(Scenario(
            seekers: [Build.seeker("f", priority: 0.5), Build.seeker("a"), Build.seeker("b")],
            groups: [Build.group("g1", max: 2, founders: ["f"])],
            sites: [Build.site("s1")]))
        #expect(result.objective?.housed == 1.5)
        #expect(result.members(of: "g1")?.contains("f") == true)
    }

    @Test("3: founders join no other group")
    func foundersJoinNoOtherGroup() throws {
        // g1 cannot reach its minimum. Without the rule f joins g2: housed 1.
        let result = try solve(Scenario(
            seekers: [Build.seeker("f")],
            groups: [Build.group("g1", min: 2, founders: ["f"]), Build.group("g2")],
            sites: [Build.site("s1"), Build.site("s2")]))
        #expect(result.objective?.housed == 0)
        #expect(result.reason(for: "f")?.contains("founder of g1") == true)
    }

    @Test("3: a group with mustForm forms")
    func mustForm() throws {
        // Without the rule g2 forms with all three: housed 3.
        let result = try solve(Scenario(
            seekers: ["a", "b", "c"].map { Build.seeker($0) },
            groups: [Build.group("g1", min: 2, max: 2, mustForm: true), Build.group("g2", min: 3, max: 3)],
            sites: [Build.site("s1"), Build.site("s2")]))
        #expect(result.objective?.housed == 2)
        #expect(result.members(of: "g1")?.count == 2)
    }

    @Test("3: a mustForm group that cannot form makes the scenario infeasible")
    func mustFormInfeasible() throws {
        let result = try solve(Scenario(
            seekers: [Build.seeker("a")],
            groups: [Build.group("g1", min: 2, mustForm: true)],
            sites: [Build.site("s1")]))
        #expect(result.status == .infeasible)
        #expect(result.objective == nil)
        #expect(result.unassigned.count == 1)
    }

    // MARK: Rule 4

    @Test("4: a group takes only a site in a town it accepts")
    func groupTown() throws {
        // Without the rule g1 forms at s1 in Zeist: housed 1.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a")],
            groups: [Build.group("g1", towns: ["Houten"])],
            sites: [Build.site("s1", town: "Zeist")]))
        #expect(result.objective?.housed == 0)
    }

    @Test("4: a group that needs a common room takes only a site with one")
    func commonRoom() throws {
        // s1 is larger but has no common room. Without the rule g1 takes s1: housed 3.
        let result = try solve(Scenario(
            seekers: ["a", "b", "c"].map { Build.seeker($0) },
            groups: [Build.group("g1", commonRoom: true)],
            sites: [Build.site("s1", units: 3), Build.site("s2", units: 2, commonRoom: true)]))
        #expect(result.objective?.housed == 2)
        #expect(result.site(of: "g1") == "s2")
    }

    // MARK: Rule 5

    @Test("5: a seeker joins only a group whose site is in a town it accepts")
    func seekerTownFollowsTheSite() throws {
        // g1 can take s1 (Houten) or s2 (Zeist), one at a time. Without the rule
        // (or with only "some site of the group suits") both join: housed 2.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", towns: ["Houten"]), Build.seeker("b", towns: ["Zeist"])],
            groups: [Build.group("g1")],
            sites: [Build.site("s1", town: "Houten"), Build.site("s2", town: "Zeist")]))
        #expect(result.objective?.housed == 1)
    }

    @Test("5: a seeker joins only a group whose site's rent it can pay")
    func rent() throws {
        // Without the rule a joins at s1: housed 1.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", maxRent: 700)],
            groups: [Build.group("g1")],
            sites: [Build.site("s1", rent: 800)]))
        #expect(result.objective?.housed == 0)
        #expect(result.reason(for: "a") == "no site at a rent of at most 700")
    }

    @Test("5: a seeker never joins a group it excludes")
    func excludes() throws {
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", excludes: ["g1"])],
            groups: [Build.group("g1")],
            sites: [Build.site("s1")]))
        #expect(result.objective?.housed == 0)
        #expect(result.reason(for: "a") == "excludes every group that could take them")
    }

    @Test("5: a care-needing seeker joins only a group that accepts its care type")
    func acceptsCare() throws {
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", care: "GGZ")],
            groups: [Build.group("g1", acceptsCare: ["VG"])],
            sites: [Build.site("s1")],
            providers: [Build.provider("c1", types: ["GGZ", "VG"])]))
        #expect(result.objective?.housed == 0)
        #expect(result.reason(for: "a") == "no group accepts care type GGZ")
    }

    @Test("5: a seeker never joins a group that declines it")
    func declines() throws {
        let result = try solve(Scenario(
            seekers: [Build.seeker("a")],
            groups: [Build.group("g1", declines: ["a"])],
            sites: [Build.site("s1")]))
        #expect(result.objective?.housed == 0)
        #expect(result.reason(for: "a") == "declined by every group that could take them")
    }

    // MARK: Rule 6

    @Test("6: households that must live together join the same group or none")
    func together() throws {
        // c has priority 1.5. Without the rule the best pair is a and c: housed 2.5.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", together: ["b"]), Build.seeker("b"), Build.seeker("c", priority: 1.5)],
            groups: [Build.group("g1", max: 2)],
            sites: [Build.site("s1")]))
        #expect(result.objective?.housed == 2)
        #expect(result.members(of: "g1") == ["a", "b"])
    }

    @Test("6: households that must live apart never share a group", arguments: [true, false])
    func apart(namedByFirst: Bool) throws {
        // Whichever of the two names the other. Without the rule both join: housed 2.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", apart: namedByFirst ? ["b"] : []),
                      Build.seeker("b", apart: namedByFirst ? [] : ["a"])],
            groups: [Build.group("g1")],
            sites: [Build.site("s1")]))
        #expect(result.objective?.housed == 1)
    }

    // MARK: Rule 7

    @Test("7: care-needing members are at most careShare.max of the members")
    func careShareMaximum() throws {
        // With max 0.5, two care-needing and one other can not all join. Without the rule: housed 3.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", care: "VG"), Build.seeker("b", care: "VG"), Build.seeker("c")],
            groups: [Build.group("g1", careShare: (0, 0.5))],
            sites: [Build.site("s1")],
            providers: [Build.provider("c1", types: ["VG"])]))
        #expect(result.objective?.housed == 2)
    }

    @Test("7: care-needing members are at least careShare.min of the members")
    func careShareMinimum() throws {
        // One care-needing seeker, three others, min 0.5: at most two members. Without the rule: housed 4.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", care: "VG"), Build.seeker("b"), Build.seeker("c"), Build.seeker("d")],
            groups: [Build.group("g1", careShare: (0.5, 1))],
            sites: [Build.site("s1")],
            providers: [Build.provider("c1", types: ["VG"])]))
        #expect(result.objective?.housed == 2)
    }

    @Test("7: members span at least minGenerations generations")
    func minimumGenerations() throws {
        // Three adult households make one generation, and the group needs two.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", ["adult"]), Build.seeker("b", ["adult"]), Build.seeker("c", ["adult"])],
            groups: [Build.group("g1", minGenerations: 2)],
            sites: [Build.site("s1")]))
        // Without the rule all three join: housed 3.
        #expect(result.objective?.housed == 0)
    }

    @Test("7: members' support hours cover supportRatio times their care hours")
    func supportRatio() throws {
        // a needs 4 care hours; b offers 2 support hours; ratio 1. Without the rule: housed 2.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", care: "elderly", hours: 4), Build.seeker("b", support: 2)],
            groups: [Build.group("g1", supportRatio: 1)],
            sites: [Build.site("s1")],
            providers: [Build.provider("c1", types: ["elderly"])]))
        #expect(result.objective?.housed == 1)
        #expect(result.members(of: "g1") == ["b"])
    }

    // MARK: Rule 8

    @Test("8: every care-needing member is served by a provider of its care type")
    func careType() throws {
        // Without the rule a joins unserved: housed 1.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", care: "GGZ")],
            groups: [Build.group("g1")],
            sites: [Build.site("s1")],
            providers: [Build.provider("c1", types: ["VG"])]))
        #expect(result.objective?.housed == 0)
        #expect(result.reason(for: "a") == "no care provider offers care type GGZ")
    }

    @Test("8: the provider serves the town of the group's site")
    func providerTown() throws {
        // The group may take s1 (Houten, 2 dwellings) or s2 (Zeist, 3). The provider serves
        // only Houten: at s1 two join, at s2 only b and c. Without the rule: s2, housed 3.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", care: "VG"), Build.seeker("b"), Build.seeker("c")],
            groups: [Build.group("g1")],
            sites: [Build.site("s1", town: "Houten", units: 2), Build.site("s2", town: "Zeist", units: 3)],
            providers: [Build.provider("c1", types: ["VG"], towns: ["Houten"])]))
        #expect(result.objective?.housed == 2)
        if result.members(of: "g1")?.contains("a") == true { #expect(result.site(of: "g1") == "s1") }
    }

    @Test("8: a provider serves at least minClientsPerSite in a group it serves")
    func minimumClients() throws {
        // One care-needing seeker, minimum 2. Without the rule: housed 2.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", care: "VG"), Build.seeker("b")],
            groups: [Build.group("g1")],
            sites: [Build.site("s1")],
            providers: [Build.provider("c1", types: ["VG"], minClients: 2)]))
        #expect(result.objective?.housed == 1)
        #expect(result.members(of: "g1") == ["b"])
    }

    @Test("8: a provider serves at most maxClientsPerSite in one group")
    func maximumClients() throws {
        // Without the rule both care-needing seekers join: housed 2.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", care: "VG"), Build.seeker("b", care: "VG")],
            groups: [Build.group("g1")],
            sites: [Build.site("s1")],
            providers: [Build.provider("c1", types: ["VG"], maxClients: 1)]))
        #expect(result.objective?.housed == 1)
    }

    @Test("8: a provider serves at most capacity members over all groups")
    func capacity() throws {
        // Two groups, each with one care-needing seeker. Without the rule: housed 2.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", care: "VG", towns: ["Houten"]), Build.seeker("b", care: "VG", towns: ["Zeist"])],
            groups: [Build.group("g1"), Build.group("g2")],
            sites: [Build.site("s1", town: "Houten"), Build.site("s2", town: "Zeist")],
            providers: [Build.provider("c1", types: ["VG"], capacity: 1)]))
        #expect(result.objective?.housed == 1)
    }
}
