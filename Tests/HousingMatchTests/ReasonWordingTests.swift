import HousingMatch
import Testing
import Wording

/// The library's reasons say themselves in Dutch, with their values, while
/// their English (the solution file's `reason`) stays word for word as it was.
@Suite("Reasons in Dutch and English")
struct ReasonWordingTests {
    private func entry(_ seeker: String, in scenario: Scenario) throws -> UnassignedSeeker {
        try #require(try MatchEngine().solve(scenario).unassigned.first { $0.seeker.rawValue == seeker })
    }

    @Test("no site in the household's towns at a rent it can pay: towns and a rent in euros")
    func townsAndRent() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("h1", maxRent: 1020, towns: ["Houten", "Bunnik"])],
            groups: [Build.group("g1")],
            sites: [Build.site("s1", town: "Houten", rent: 1080), Build.site("s2", town: "Zeist", rent: 600)])
        let reason = try entry("h1", in: scenario)
        #expect(reason.reason == "no site in Houten or Bunnik at a rent of at most 1020")
        #expect(reason.text(in: .en) == reason.reason)
        #expect(reason.text(in: .nl) == "er is geen woonplek in Houten of Bunnik met een huur van hooguit \(NumberWording(.nl).euros(1020))")
    }

    @Test("groups only elsewhere are named together, in Dutch with en")
    func groupsElsewhere() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("h14", towns: ["Zeist"])],
            groups: [Build.group("g1", towns: ["Bunnik", "Houten"]), Build.group("g5", towns: ["De Bilt"])],
            sites: [Build.site("s1", town: "Houten"), Build.site("s2", town: "De Bilt"),
                    Build.site("s3", town: "Bunnik"), Build.site("s4", town: "Zeist")])
        let reason = try entry("h14", in: scenario)
        #expect(reason.reason == "no group fits: g1, g5: possible sites in Bunnik, De Bilt or Houten, outside their towns")
        #expect(reason.text(in: .nl) == "kan nergens terecht: g1 en g5 hebben alleen plekken in Bunnik, De Bilt of Houten, "
                + "buiten de gemeenten die het huishouden zoekt")
    }

    @Test("care types in the words of care")
    func careTypes() throws {
        var scenario = Scenario(
            seekers: [Build.seeker("h1", care: "elderly")],
            groups: [Build.group("g1", acceptsCare: ["VG"])],
            sites: [Build.site("s1")],
            providers: [Build.provider("c1", types: ["elderly"])])
        #expect(try entry("h1", in: scenario).reason == "no group accepts care type elderly")
        #expect(try entry("h1", in: scenario).text(in: .nl) == "geen woongroep neemt ouderenzorg aan")
        scenario.groups[0].acceptsCare = nil
        scenario.providers[0].careTypes = ["VG"]
        #expect(try entry("h1", in: scenario).text(in: .nl) == "geen zorgaanbieder biedt ouderenzorg")
    }

    @Test("a founder whose group cannot form, and a full group, with their numbers")
    func founderAndFullGroup() throws {
        let founder = Scenario(
            seekers: [Build.seeker("h3")],
            groups: [Build.group("g3", founders: ["h3"], towns: ["Zeist"], commonRoom: true)],
            sites: [Build.site("s1", town: "Zeist"), Build.site("s2", town: "Houten", commonRoom: true)])
        let reason = try entry("h3", in: founder)
        #expect(reason.reason == "founder of g3, which cannot form: no site with a common room in Zeist")
        #expect(reason.text(in: .nl)
                == "oprichter van g3, dat niet kan ontstaan: er is geen woonplek met een gemeenschappelijke ruimte in Zeist")

        let full = Scenario(
            seekers: [Build.seeker("a", priority: 2), Build.seeker("b", priority: 2), Build.seeker("c")],
            groups: [Build.group("g1", max: 2)],
            sites: [Build.site("s1", units: 5)])
        #expect(try entry("c", in: full).reason == "eligible for g1; g1 is full (2 of 2)")
        #expect(try entry("c", in: full).text(in: .nl) == "kan terecht bij g1; g1 is vol (2 van 2)")
    }

    @Test("a founder of a group that cannot form even on its own hears the rules in conflict, in Dutch")
    func formingCheck() throws {
        let whatIf = try WhatIf(FormingCheckTests.blocked)
        let entry = try #require(try whatIf.checkedUnassigned().first { $0.seeker == "f" })
        #expect(entry.reason.hasPrefix("founder of g1, which cannot form at all, even on its own: these rules cannot all hold together: "))
        let dutch = entry.text(in: .nl)
        #expect(dutch.hasPrefix("oprichter van g1, dat zelfs op zichzelf niet kan ontstaan: deze regels gaan niet samen: "))
        #expect(dutch.contains("c1 komt pas op een plek met minstens 2 cliënten"))
        #expect(dutch.contains("f heeft zorg nodig: VG"))

        let check = try #require(try whatIf.formingCheck(of: "g1"))
        #expect(check.text(in: .en) == check.message)
        #expect(check.text(in: .nl).hasPrefix("kan zelfs op zichzelf niet ontstaan: deze regels gaan niet samen: "))
        for rule in try #require(check.conflict) {
            #expect(rule.text(in: .en) == rule.statement)
            #expect(rule.text(in: .nl) != rule.statement)
        }
    }

    @Test("the hard filters of explain say themselves in Dutch, rents in euros")
    func hardFilters() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("h1", maxRent: 850), Build.seeker("h2")],
            groups: [Build.group("g1", declines: ["h1"]), Build.group("g2")],
            sites: [Build.site("s1", rent: 900), Build.site("s2", rent: 1200)])
        let explanation = try WhatIf(scenario).explanation(of: "h1", maxChangeSolves: 0)
        let declined = try #require(explanation.groups.first { $0.group == "g1" }?.ruledOutBy.first)
        #expect(declined.text == "declined them")
        #expect(declined.text(in: .nl) == "wijst het huishouden af")
        let rents = explanation.groups.flatMap(\.sites).flatMap(\.ruledOutBy).filter { $0.kind == .rentAboveLimit }
        #expect(rents.map(\.text).contains("rent 1200 above their limit of 850"))
        #expect(rents.map { $0.text(in: .nl) }.contains("huur \(NumberWording(.nl).euros(1200)), meer dan de \(NumberWording(.nl).euros(850)) die het huishouden kan betalen"))
    }

    @Test("a reason read from a file has no sentence and is said as it was written")
    func readReason() throws {
        let read = UnassignedSeeker(seeker: "h1", reason: "no group accepts care type GGZ")
        #expect(read.text(in: .nl) == "no group accepts care type GGZ")
        let built = UnassignedSeeker(seeker: "h1", sentence: Sentence(ReasonWords.noGroupAcceptsCare, .careType("GGZ")))
        #expect(built == read)
    }
}
