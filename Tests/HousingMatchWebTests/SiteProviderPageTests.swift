import Foundation
import Testing
@testable import HousingMatch
@testable import HousingMatchWeb
import ScenarioIO
import Wording

/// The example's match, solved once for every test here (0.2 s).
private enum Example {
    static let base: Result<BaseMatch, any Error> = Result {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scenarios/utrecht-oost.yaml").path
        let scenario = try ScenarioLoader.load(path: path)
        let whatIf = try WhatIf(scenario)
        return BaseMatch(scenario: scenario, whatIf: whatIf, result: whatIf.base, wasStopped: false)
    }

    static func context(_ language: Language = .nl, showsCare: Bool = false) -> PageContext {
        PageContext(language: language, showsCare: showsCare, csrfToken: "t", path: "/", workspaceName: "test")
    }

    /// A provider's placements against the base match, without the extra-place solves.
    static func placements(of id: ProviderID, in base: BaseMatch) throws -> ProviderPlacements {
        let provider = try #require(base.scenario.providers.first { $0.id == id })
        let report = SensitivityAnalysis.Report(base: base.result, effects: [], complete: true)
        return ProviderPlacements(provider: provider, scenario: base.scenario, report: report, tried: [])
    }
}

@Suite("Site and provider pages")
struct SiteProviderPageTests {
    @Test("the site list shows every site with its owner, rent in euros and the group there now")
    func siteList() throws {
        let base = try Example.base.get()
        let html = SitePage.list(base, Example.context()).rendered
        for site in base.scenario.sites {
            #expect(html.contains("href=\"/woonplek/\(site.id)\""))
            #expect(html.contains(site.name))
        }
        #expect(html.contains("Woonstichting Kromme Rijn"))
        #expect(html.contains(NumberWording(.nl).euros(1020)))
        let s1Row = try #require(html.components(separatedBy: "<tr>").first { $0.contains("/woonplek/s1\"") })
        #expect(s1Row.contains("MeerGeneraties Houten"))
    }

    /// A founder with a care need and a rent limit, and a site too small, too dear and without a common room.
    private static let lacking = Scenario(
        seekers: [Seeker(id: "h1", generations: ["adult"], care: Seeker.CareNeed(type: "elderly", hours: 4), maxRent: 950)],
        groups: [Group(id: "g1", minSize: 8, maxSize: 10, founders: ["h1"], needsCommonRoom: true)],
        sites: [Site(id: "s1", municipality: "Houten", units: 6, rent: 1020)],
        providers: [CareProvider(id: "c1", careTypes: ["VG"], capacity: 10)])

    private func exclusion(_ kind: SiteExclusion.Kind) throws -> SiteExclusion {
        try #require(SiteFilters(Self.lacking).exclusions(of: "g1", from: "s1").first { $0.kind == kind })
    }

    @Test("what keeps a group from a site is the library's own sentence, in Dutch, the founder a link")
    func exclusionWording() throws {
        let links = EntityLinks(Self.lacking, Example.context())
        #expect(SitePage.exclusionWords(try exclusion(.dwellings), links, Example.context()).rendered
                == "6 woningen, de woongroep heeft er minstens 8 nodig (haar minimale omvang)")
        #expect(SitePage.exclusionWords(try exclusion(.rent), links, Example.context()).rendered
                == "huur \(NumberWording(.nl).euros(1020)), boven de grens van oprichter <a href=\"/huishouden/h1\">h1</a> "
                + "(\(NumberWording(.nl).euros(950)))")
        #expect(SitePage.exclusionWords(try exclusion(.commonRoom), links, Example.context()).rendered
                == "geen gemeenschappelijke ruimte, en die heeft de woongroep nodig")
        let english = EntityLinks(Self.lacking, Example.context(.en))
        #expect(SitePage.exclusionWords(try exclusion(.commonRoom), english, Example.context(.en)).rendered
                == "no common room, which the group needs")
    }

    @Test("a founder's care type shows in what keeps a group out only with care details shown")
    func founderCareHidden() throws {
        let founderCare = try exclusion(.founderCare)
        let hidden = SitePage.exclusionWords(founderCare, EntityLinks(Self.lacking, Example.context()), Example.context()).rendered
        let shownContext = Example.context(showsCare: true)
        let shown = SitePage.exclusionWords(founderCare, EntityLinks(Self.lacking, shownContext), shownContext).rendered
        #expect(!hidden.contains("ouderenzorg") && !hidden.contains("elderly"))
        #expect(shown.contains("geen zorgaanbieder biedt ouderenzorg in Houten"))
    }

    @Test("a site changed to let a group in is the library's sentence of the change, the site a link")
    func siteEdit() throws {
        let base = try Example.base.get()
        let edit = TrialChange.site(SiteEdit(site: "s6", units: 8, rent: 800))
        let outcome = TrialOutcome(
            change: edit, description: edit.description(in: base.scenario), requirements: [.takes("g1", "s6")],
            outcome: WhatIf.Outcome(status: .infeasible, housedChange: nil, householdsChange: nil, newlyHoused: [],
                                    noLongerHoused: [], proven: true, match: Match(), conflict: nil, seconds: 0),
            base: base.result.match, group: "g1")
        let dutch = SitePage.editWords(outcome, EntityLinks(base.scenario, Example.context())).rendered
        #expect(dutch.hasPrefix("<a href=\"/woonplek/s6\">"))
        #expect(dutch.hasSuffix(" met 8 woningen (+2) en huur \(NumberWording(.nl).euros(800))"))
        let english = SitePage.editWords(outcome, EntityLinks(base.scenario, Example.context(.en))).rendered
        #expect(english.hasSuffix(" with 8 dwellings (+2), rent 800"))
    }

    @Test("a provider's left-out list marks households who only want towns it does not serve")
    func leftOutOutsideTowns() throws {
        let base = try Example.base.get()
        let placements = try Example.placements(of: "c3", in: base)
        let entries = ProviderPage.leftOut(placements, base)
        let byID = Dictionary(entries.map { ($0.seeker, $0) }, uniquingKeysWith: { first, _ in first })
        // c3 (GGZ) works in Zeist, Bunnik and De Bilt; h12 wants only Wijk bij Duurstede.
        #expect(byID["h12"]?.outsideTowns == true)
        #expect(byID["h31"]?.outsideTowns == true)
        for entry in entries { #expect(entry.careType == "GGZ") }
        for entry in entries where !entry.outsideTowns {
            #expect(placements.unplaced.contains { $0.seeker == entry.seeker })
        }
        let html = ProviderPage.detail(placements, base, Example.context()).rendered
        #expect(html.contains("buiten zijn gemeenten"))
    }

    @Test("the provider page names care types, and households' hours only with care details shown")
    func providerCareDetails() throws {
        let base = try Example.base.get()
        let placements = try Example.placements(of: "c1", in: base)
        let hidden = ProviderPage.detail(placements, base, Example.context()).rendered
        #expect(hidden.contains("ouderenzorg"))
        #expect(hidden.contains("6 van de 12 plaatsen in gebruik"))
        #expect(!hidden.contains("uur per week"))
        let shown = ProviderPage.detail(placements, base, Example.context(showsCare: true)).rendered
        #expect(shown.contains("uur per week"))
    }

    @Test("a message with links in its placeholders escapes its own text only")
    func messageWithLinks() {
        let link: HTML = "<a href=\"/woongroep/g1\">g1</a>"
        let message = Message("test.links", nl: "{0} & {1}", en: "{0} & {1}")
        #expect(MessageHTML.fill(message, in: .nl, [link, "<b>"]).rendered
                == "<a href=\"/woongroep/g1\">g1</a> &amp; <b>")
    }
}

/// The routes, on a server in the test process.
@Suite("Site and provider routes", .serialized)
struct SiteProviderRouteTests {
    @Test("an unknown site or provider is a page that says so, with status 404, and names no other data")
    func unknownIdentifiers() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let site = try await server.get("/woonplek/s99")
        #expect(site.status == 404)
        #expect(site.text.contains("s99 staat niet in dit scenario."))
        let provider = try await server.get("/zorgaanbieder/%3Cb%3E")
        #expect(provider.status == 404)
        #expect(provider.text.contains("&lt;b&gt; staat niet in dit scenario."))
    }

    @Test("a provider's page answers with its placements, after progress when the questions take longer than a second")
    func providerPageAnswers() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        var page = try await server.get("/zorgaanbieder/c3")
        for _ in 0..<300 where page.text.contains("data-job=") {
            try await Task.sleep(for: .milliseconds(200))
            page = try await server.get("/zorgaanbieder/c3")
        }
        #expect(page.status == 200)
        #expect(page.text.contains("Zorgaanbieder GGZ Kromme Rijn"))
        #expect(page.text.contains("Cliënten per woongroep en woonplek"))
        #expect(page.text.contains("Groen Wonen Bunnik"))
    }
}
