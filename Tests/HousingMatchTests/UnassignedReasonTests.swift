import HousingMatch
import Testing

/// Reasons for households left without a group, checked word for word on small cases.
@Suite("Reasons for the unassigned")
struct UnassignedReasonTests {
    private func reason(_ seeker: String, in scenario: Scenario) throws -> String? {
        try MatchEngine().solve(scenario).reason(for: seeker)
    }

    @Test("no site in the household's towns at a rent it can pay")
    func townsAndRent() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("h1", maxRent: 700, towns: ["Houten", "Bunnik"])],
            groups: [Build.group("g1")],
            sites: [Build.site("s1", town: "Houten", rent: 880), Build.site("s2", town: "Zeist", rent: 600)])
        #expect(try reason("h1", in: scenario) == "no site in Houten or Bunnik at a rent of at most 700")
    }

    @Test("a founder whose group cannot form is told why")
    func founderOfGroupThatCannotForm() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("h3")],
            groups: [Build.group("g3", founders: ["h3"], towns: ["Zeist"], commonRoom: true)],
            sites: [Build.site("s1", town: "Zeist"), Build.site("s2", town: "Houten", commonRoom: true)])
        #expect(try reason("h3", in: scenario)
                == "founder of g3, which cannot form: no site with a common room in Zeist")
    }

    @Test("a household eligible for a full group hears that it is full")
    func groupIsFull() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("a", priority: 2), Build.seeker("b", priority: 2), Build.seeker("c")],
            groups: [Build.group("g1", max: 2)],
            sites: [Build.site("s1", units: 5)])
        #expect(try reason("c", in: scenario) == "eligible for g1; g1 is full (2 of 2)")
    }

    @Test("a group that does not form is named as such")
    func groupDoesNotForm() throws {
        // g2 needs three members; only h1 would fit it.
        let scenario = Scenario(
            seekers: [Build.seeker("h1", priority: 1), Build.seeker("h2", priority: 2)],
            groups: [Build.group("g1", max: 1), Build.group("g2", min: 3)],
            sites: [Build.site("s1"), Build.site("s2")])
        #expect(try reason("h1", in: scenario) == "eligible for g1, g2; g1 is full (1 of 1); g2 does not form")
    }

    @Test("a care type no group accepts, and no provider offers")
    func careTypes() throws {
        var scenario = Scenario(
            seekers: [Build.seeker("h1", care: "GGZ")],
            groups: [Build.group("g1", acceptsCare: ["VG"])],
            sites: [Build.site("s1")],
            providers: [Build.provider("c1", types: ["GGZ"])])
        #expect(try reason("h1", in: scenario) == "no group accepts care type GGZ")
        scenario.groups[0].acceptsCare = nil
        scenario.providers[0].careTypes = ["VG"]
        #expect(try reason("h1", in: scenario) == "no care provider offers care type GGZ")
    }

    @Test("different reasons for different groups are listed per group")
    func mixedReasons() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("h1", care: "VG", towns: ["Houten"])],
            groups: [Build.group("g1", declines: ["h1"]), Build.group("g2", acceptsCare: ["elderly"]),
                     Build.group("g3", towns: ["Zeist"])],
            sites: [Build.site("s1", town: "Houten"), Build.site("s2", town: "Houten"), Build.site("s3", town: "Zeist")],
            providers: [Build.provider("c1", types: ["VG"])])
        #expect(try reason("h1", in: scenario)
                == "no group fits: g1: declined them; g2: care type VG not accepted; g3: possible sites in Zeist, outside their towns")
    }

    @Test("a partner who cannot come along is named")
    func togetherPartner() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("a", together: ["b"]), Build.seeker("b", towns: ["Zeist"])],
            groups: [Build.group("g1", towns: ["Houten"])],
            sites: [Build.site("s1", town: "Houten")])
        #expect(try reason("a", in: scenario) == "no group fits: g1: b, whom they must live with, cannot join")
    }

    @Test("many groups elsewhere are counted, and a long list of groups is cut after five names")
    func longListsAreShort() throws {
        // Seven groups in Zeist, where h1 will not live; seven in Houten that decline h1.
        let zeist = (1...7).map { Build.group("z\($0)", towns: ["Zeist"]) }
        let houten = (1...7).map { Build.group("h\($0)", towns: ["Houten"], declines: ["h1"]) }
        let scenario = Scenario(
            seekers: [Build.seeker("h1", towns: ["Houten"]), Build.seeker("h2", towns: ["Zeist"])],
            groups: zeist + houten,
            sites: [Build.site("s1", town: "Houten"), Build.site("s2", town: "Zeist")])
        #expect(try reason("h1", in: scenario)
                == "no group fits: 7 groups elsewhere: possible sites only outside their towns; "
                + "h1, h2, h3, h4, h5 and 2 more: declined them")
    }
}
