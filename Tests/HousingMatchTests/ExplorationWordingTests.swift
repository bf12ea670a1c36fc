import HousingMatch
import Testing
import Wording

/// The group and site side of the library says itself in Dutch, with its values
/// (ids, names, euros, care words), while its English stays word for word as it was.
@Suite("Exploration in Dutch and English")
struct ExplorationWordingTests {
    private var euros1020: String { NumberWording(.nl).euros(1020) }
    private var euros950: String { NumberWording(.nl).euros(950) }

    private var named: Scenario {
        var scenario = Scenario(
            seekers: [Build.seeker("h1")],
            groups: [Build.group("g1"), Build.group("g2")],
            sites: [Build.site("s1", units: 6, rent: 900)],
            providers: [Build.provider("c1", types: ["elderly"])])
        scenario.sites[0].name = "Oude school"
        scenario.providers[0].name = "Zorggroep Heuvelrug"
        return scenario
    }

    @Test("a changed site: its parts joined with en, rent in euros; English as it always was")
    func siteChange() {
        let change = TrialChange.site(SiteEdit(site: "s1", commonRoom: true, units: 8, rent: 1020))
        #expect(change.description(in: named) == "s1 with a common room, 8 dwellings (+2), rent 1020")
        #expect(change.sentence(in: named).text(in: .nl)
                == "s1 met een gemeenschappelijke ruimte, 8 woningen (+2) en huur \(euros1020)")
    }

    @Test("the group's own rules loosened, care in the words of care, capacity with the site's or provider's name")
    func ruleChanges() {
        let cases: [(TrialChange, String, String)] = [
            (.acceptsCare(group: "g1", careType: "elderly"), "g1 accepts care type elderly", "g1 neemt ook ouderenzorg aan"),
            (.careShare(group: "g1", min: 0.2, max: 0.5), "g1 accepts a care share of 20%–50%",
             "g1 aanvaardt een aandeel leden met een zorgvraag van 20%–50%"),
            (.minSize(group: "g2", to: 4), "g2 forms from 4 members", "g2 ontstaat al met 4 leden"),
            (.minGenerations(group: "g2", to: 1), "g2 asks for 1 generation", "g2 vraagt om 1 generatie"),
            (.minClientsPerSite(provider: "c1", to: 2), "c1 serves from 2 clients per site", "c1 begint op een woonplek vanaf 2 cliënten"),
            (.capacity(.dwelling("s1")), "one more dwelling at Oude school (s1)", "één woning meer op Oude school (s1)"),
            (.capacity(.carePlace("c1")), "one more care place at Zorggroep Heuvelrug (c1)",
             "één zorgplek meer bij Zorggroep Heuvelrug (c1)"),
        ]
        for (change, english, dutch) in cases {
            #expect(change.description(in: named) == english)
            #expect(change.sentence(in: named).text(in: .en) == english)
            #expect(change.sentence(in: named).text(in: .nl) == dutch)
        }
        // The English of a capacity change is the analysis side's own wording.
        #expect(TrialChange.capacity(.accessibleDwelling("s1")).description(in: named)
                == CapacityChange.accessibleDwelling("s1").description(in: named))
        #expect(MatchRequirement.takes("g1", "s1").sentence.text(in: .nl) == "g1 neemt s1")
        #expect(MatchRequirement.joins("h1", "g1").sentence.text(in: .en) == MatchRequirement.joins("h1", "g1").description)
    }

    @Test("what keeps a group from a site: a founder's rent limit in euros, the common room, dwellings, care")
    func siteExclusions() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("h1", care: "elderly", maxRent: 950)],
            groups: [Build.group("g1", min: 8, founders: ["h1"], commonRoom: true)],
            sites: [Build.site("s1", units: 6, rent: 1020)],
            providers: [Build.provider("c1", types: ["VG"])])
        let exclusions = SiteFilters(scenario).exclusions(of: "g1", from: "s1")
        func said(_ kind: SiteExclusion.Kind) throws -> SiteExclusion { try #require(exclusions.first { $0.kind == kind }) }
        #expect(try said(.commonRoom).message == "no common room, which the group needs")
        #expect(try said(.commonRoom).text(in: .nl) == "geen gemeenschappelijke ruimte, en die heeft de woongroep nodig")
        #expect(try said(.dwellings).message == "6 dwellings, the group needs at least 8 (its minimum size)")
        #expect(try said(.dwellings).text(in: .nl) == "6 woningen, de woongroep heeft er minstens 8 nodig (haar minimale omvang)")
        #expect(try said(.rent).message == "rent 1020 above founder h1's limit of 950")
        #expect(try said(.rent).text(in: .nl) == "huur \(euros1020), boven de grens van oprichter h1 (\(euros950))")
        #expect(try said(.founderCare).message == "no care provider offers elderly care in Houten, which founder h1 needs")
        #expect(try said(.founderCare).text(in: .nl)
                == "geen zorgaanbieder biedt ouderenzorg in Houten, en die zorg heeft oprichter h1 nodig")
    }

    @Test("a rule that holds a full group back, and how a member fits, with their numbers")
    func bindingRuleAndFit() throws {
        var scenario = Scenario(
            seekers: [Build.seeker("a", preferences: ["g1", "g2"], tags: ["green"]), Build.seeker("b"), Build.seeker("c")],
            groups: [Build.group("g1", max: 2, values: ["green", "faith"]), Build.group("g2", towns: ["Zeist"])],
            sites: [Build.site("s1", units: 5)])
        scenario.groups[0].name = "Samen"
        let explanation = try GroupExplainer(scenario).explain("g1")
        let full = try #require(explanation.bindingRules.first { $0.kind == .maxSize })
        #expect(full.message == "at most 2 members: full (2 of 2)")
        #expect(full.text(in: .nl) == "hooguit 2 leden: vol (2 van 2)")
        let grow = try #require(explanation.changes.first { $0.change == .maxSize(group: "g1", to: 3) })
        #expect(grow.description == "g1 takes up to 3 members")
        #expect(grow.text(in: .nl, scenario: scenario) == "g1 neemt tot 3 leden op")

        let candidates = try WhatIf(scenario).candidates(for: "g1")
        let member = try #require(candidates.members.first { $0.seeker == "a" })
        #expect(member.fit.description == "choice 1 of 2, shares green (fit 1.25)")
        #expect(member.fit.text(in: .nl) == "keuze 1 van 2, deelt green (passing 1,25)")
    }

    @Test("what a placement changes, both sides, said in Dutch with the group's name")
    func effects() throws {
        var scenario = Scenario(
            seekers: [Build.seeker("a", priority: 2), Build.seeker("b", priority: 2), Build.seeker("c")],
            groups: [Build.group("g1", max: 2)],
            sites: [Build.site("s1", units: 5)])
        scenario.groups[0].name = "Samen"
        let candidates = try WhatIf(scenario).candidates(for: "g1")
        let cost = try #require(candidates.candidates.first { $0.seeker == "c" }?.cost)
        let effects = try #require(cost.effects)
        let loser = try #require(effects.losePlace.first?.seeker.rawValue)
        #expect(cost.description == "\(loser) loses their place; c gains one; \(loser) leaves g1")
        #expect(cost.text(in: .nl) == "\(loser) verliest de plek; c krijgt een plek; \(loser) verlaat g1")
        #expect(effects.sentences(in: scenario) == effects.statements(in: scenario).map { $0.text(in: .en) })
        #expect(effects.sentences(in: scenario) == [
            "c gains a place in g1 (Samen)",
            "g1 (Samen) was full, so to make room \(loser) leaves it: \(loser) loses their place",
        ])
        #expect(effects.statements(in: scenario).map { $0.text(in: .nl) } == [
            "c krijgt een plek in g1 (Samen)",
            "g1 (Samen) was vol; om plaats te maken gaat \(loser) eruit: \(loser) verliest de plek",
        ])
    }

    @Test("a conflict's rule changed on its own, and what the solve gave, in Dutch with euros")
    func conflictTrial() throws {
        let result = try MatchEngine().solve(ConflictTrialTests.rentLine)
        let rules = try #require(result.conflict)
        let rent = try #require(rules.first { $0.kind == .rent }?.tried)
        #expect(rent.change == "s1's rent at 900")
        #expect(rent.changeText(in: .nl) == "een huur van \(NumberWording(.nl).euros(900)) op s1")
        #expect(rent.outcomeText(in: .nl) == "er is een match; g1 ontstaat met 4 huishoudens, 4 met een plek in totaal")
        #expect(rent.smallerChange?.changeText(in: .nl) == "een huur van \(NumberWording(.nl).euros(950)) op s1")
        let size = try #require(rules.first { $0.kind == .minimumSize }?.tried)
        #expect(size.changeText(in: .nl) == "een minimum van 1 lid voor g1")
        let mustForm = try #require(rules.first { $0.kind == .mustForm }?.tried)
        #expect(mustForm.outcomeText(in: .nl) == "er is een match; g1 ontstaat niet, 0 met een plek in totaal")
    }
}
