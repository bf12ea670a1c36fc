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

    @Test("what keeps a group from a site is worded in Dutch from its kind and numbers")
    func exclusionWording() throws {
        let base = try Example.base.get()
        let context = Example.context()
        let dwellings = SiteExclusion(kind: .dwellings, needed: 8, available: 6, message: "")
        #expect(SitePage.exclusionWords(dwellings, group: "g1", town: "Houten", base.scenario, context)
                == "6 woningen, de woongroep heeft er minstens 8 nodig")
        let rent = SiteExclusion(kind: .rent, founder: "h09", needed: 950, available: 1020, message: "")
        #expect(SitePage.exclusionWords(rent, group: "g5", town: "De Bilt", base.scenario, context)
                == "huur \(NumberWording(.nl).euros(1020)), boven de grens van oprichter h09 (\(NumberWording(.nl).euros(950)))")
        let town = SiteExclusion(kind: .town, message: "")
        #expect(SitePage.exclusionWords(town, group: "g2", town: "Houten", base.scenario, context)
                == "ligt in Houten, niet een van de gemeenten van de woongroep (Zeist en De Bilt)")
    }

    @Test("a founder's care type shows in what keeps a group out only with care details shown")
    func founderCareHidden() throws {
        let base = try Example.base.get()
        let founderCare = SiteExclusion(kind: .founderCare, founder: "h03", message: "")
        let hidden = SitePage.exclusionWords(founderCare, group: "g2", town: "Wijk bij Duurstede", base.scenario, Example.context())
        let shown = SitePage.exclusionWords(founderCare, group: "g2", town: "Wijk bij Duurstede", base.scenario,
                                            Example.context(showsCare: true))
        #expect(!hidden.contains("ouderenzorg"))
        #expect(shown.contains("ouderenzorg"))
    }

    @Test("a site changed to let a group in is worded with the difference")
    func siteEdit() throws {
        let base = try Example.base.get()
        let edit = TrialChange.site(SiteEdit(site: "s6", commonRoom: true, units: 8, rent: 800))
        #expect(SitePage.editWords(edit, base.scenario, Example.context())
                == "8 woningen (+2) en een huur van \(NumberWording(.nl).euros(800))")
        #expect(SitePage.editWords(edit, base.scenario, Example.context(.en)) == "8 dwellings (+2) and a rent of \(NumberWording(.en).euros(800))")
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
