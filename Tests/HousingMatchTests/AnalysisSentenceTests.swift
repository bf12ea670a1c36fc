@testable import HousingMatch
import ScenarioIO
import Testing
import Wording

/// The library's analyses and checks say themselves in Dutch with their values,
/// and their English stays what the tool has always written.
@Suite("Analysis and validation sentences in Dutch")
struct AnalysisSentenceTests {
    private let euros = NumberWording(.nl)

    @Test("a loosened wish says its rent in euros and its town in Dutch")
    func wishChanges() {
        #expect(WishChange.raiseMaxRent(to: 950).sentence.text(in: .nl) == "met een huurgrens van \(euros.euros(950))")
        #expect(WishChange.raiseMaxRent(to: 950).description == "with a rent limit of 950")
        #expect(WishChange.addTown("Zeist").sentence.text(in: .nl) == "als Zeist ook goed is")
        #expect(WishChange.addTown("Zeist").description == "if Zeist were acceptable")
        let pair = WishChangeTrial(changes: [.addTown("Zeist"), .dropApart(SeekerID("h30"))], verdict: .works, group: nil,
                                   seconds: 0)
        #expect(pair.sentence.text(in: .nl) == "als Zeist ook goed is en als het niet apart hoeft te wonen van h30")
        #expect(pair.description == "if Zeist were acceptable and without having to live apart from h30")
    }

    @Test("one more place, and what it brings, named with the site's name and the households")
    func capacityEffects() {
        var site = Build.site("s1", units: 4)
        site.name = "Oude school"
        let scenario = Scenario(name: "t", seekers: [], groups: [], sites: [site], providers: [])
        let change = CapacityChange.accessibleDwelling(SiteID("s1"))
        #expect(change.sentence(in: scenario).text(in: .nl) == "één toegankelijke woning meer op Oude school (s1)")
        #expect(change.description(in: scenario) == "one more accessible dwelling at Oude school (s1)")
        let effect = SensitivityAnalysis.Effect(
            change: change, housedGain: 2.5, householdsGain: 2, newlyHoused: [SeekerID("h17"), SeekerID("h18")],
            noLongerHoused: [SeekerID("h3")], proven: false, method: .resolve, seconds: 0.1)
        #expect(effect.saying(in: scenario).text(in: .nl)
                == "één toegankelijke woning meer op Oude school (s1) huisvest 2 huishoudens meer (prioriteit +2,5): "
                + "h17 en h18, in plaats van h3 (minstens; niet bewezen de beste in de gegeven tijd)")
        #expect(effect.sentence(in: scenario)
                == "one more accessible dwelling at Oude school (s1) houses 2 more households (priority +2.50): "
                + "h17, h18, in place of h3 (at least; not proven best in the time given)")
    }

    @Test("a refused value is told in Dutch at its path, with the number as Dutch writes it")
    func validationIssues() {
        let scenario = Scenario(
            name: "t", seekers: [Build.seeker("h1", maxRent: -5), Build.seeker("h2", maxRent: 250_000)],
            groups: [Build.group("g1", founders: ["h9"])], sites: [Build.site("s1", units: 2, accessible: 3)], providers: [])
        let issues = scenario.validationIssues()
        func issue(_ path: String) -> ValidationIssue? { issues.first { $0.path == path } }
        #expect(issue("seekers[0].maxRent")?.message == "must not be negative (got -5)")
        #expect(issue("seekers[0].maxRent")?.message(in: .nl) == "mag niet negatief zijn (nu -5)")
        #expect(issue("seekers[1].maxRent")?.message == "must be a number from 0 to 100,000 (got 250000)")
        #expect(issue("seekers[1].maxRent")?.message(in: .nl) == "moet een getal van 0 tot en met 100.000 zijn (nu 250.000)")
        #expect(issue("groups[0].founders[0]")?.message(in: .nl) == "geen huishouden heeft code \"h9\"")
        #expect(issue("sites[0].accessibleUnits")?.message(in: .nl) == "mag niet groter zijn dan units 2 (nu 3)")
    }

    @Test("an entry that can never take part is warned about in Dutch, care in the words of care")
    func deadEntries() {
        let region = Scenario(
            name: "t", seekers: (1...2).map { Build.seeker("h\($0)", care: "elderly") }, groups: [Build.group("g1")],
            sites: [Build.site("s1")], providers: [Build.provider("c4", types: ["elderly"], capacity: 5, minClients: 6)])
        let entries = region.deadEntries()
        let provider = entries.first { $0.kind == .providerCannotServe }
        #expect(provider?.message == "c4 can never serve: it needs at least 6 clients per site but has room for 5")
        #expect(provider?.message(in: .nl)
                == "c4 kan nooit zorg leveren: de aanbieder heeft minstens 6 cliënten per woonplek nodig maar heeft plaats voor 5")
        let household = entries.first { $0.kind == .careTypeNotServed }
        #expect(household?.message == "h1 can never be housed: care type elderly is offered only by c4, which can never serve")
        #expect(household?.message(in: .nl)
                == "h1 kan nooit een plek krijgen: ouderenzorg wordt alleen geboden door c4, die nooit zorg kan leveren")
    }

    @Test("a variant's changes say themselves in Dutch; a household's care stays out of the words")
    func variantChanges() {
        let removes = ScenarioVariant.Change.remove(.sites, id: "s1")
        #expect(removes.sentence.text(in: .nl) == "haalt woonplek s1 weg")
        #expect(removes.description == "removes site s1")
        let capacity = ScenarioVariant.Change.modify(.providers, id: "c1", key: "capacity", from: "12", to: nil)
        #expect(capacity.sentence.text(in: .nl) == "zorgaanbieder c1: capacity 12 -> niet ingevuld")
        #expect(capacity.description == "provider c1: capacity 12 -> not set")
        let hours = ScenarioVariant.Change.modify(.seekers, id: "h3", key: "care.hours", from: "4", to: "8")
            .reported(namesFrom: [])
        #expect(hours.text(in: .nl) == "huishouden h3: care.hours gewijzigd")
        #expect(hours.text == "seeker h3: care.hours changed")
    }

    @Test("a sweep's path that names nothing is refused in Dutch with a suggestion")
    func sweepErrors() {
        #expect(throws: SweepSpecificationError.self) { try ParameterPath(parsing: "provider[c1].capacity") }
        do {
            _ = try ParameterPath(parsing: "provider[c1].capacity")
        } catch {
            #expect(error.message == "unknown side \"provider\": a path starts with seekers, groups, sites, providers or weights; did you mean providers?")
            #expect(error.message(in: .nl)
                    == "onbekend begin \"provider\": een pad begint met seekers, groups, sites, providers of weights; bedoelt u providers?")
        }
        let scenario = Scenario(name: "t", seekers: [], groups: [], sites: [], providers: [Build.provider("c1", types: ["VG"])])
        do {
            _ = try ParameterPath(parsing: "providers[c9].capacity").resolved(in: scenario)
        } catch {
            #expect(error.message == "no provider has id \"c9\" (the providers are c1)")
            #expect(error.message(in: .nl) == "geen zorgaanbieder heeft code \"c9\" (de zorgaanbieders zijn c1)")
        }
    }
}
