import Foundation
import HousingMatch
import LoopbackHTTP
import ScenarioIO
import Testing
import Wording
@testable import HousingMatchWeb

/// The founders' and households' pages: which requirements a group can drop
/// and what dropping one changes, the words for what a placement does to the
/// others, and the pages as the server answers them.
@Suite("Group and household pages", .serialized)
struct GroupPageTests {
    static let example = try! ScenarioLoader.load(path: RunningServer.example.path)

    static func context(_ language: Language = .nl, showsCare: Bool = false) -> PageContext {
        PageContext(language: language, showsCare: showsCare, csrfToken: "t", path: "/woongroep/g1", workspaceName: "test")
    }

    // MARK: Requirements

    @Test("a group offers to drop exactly the requirements it has")
    func requirementsOfAGroup() throws {
        let g1 = try #require(Self.example.groups.first { $0.id == "g1" })
        #expect(GroupRequirement.of(g1) == [.commonRoom, .generations, .careShare, .careTypes, .towns, .minimumSize, .support])
        let plain = Group(id: "g9", minSize: 2, maxSize: 5, founders: ["h01", "h02"])
        // Two founders: the group cannot start smaller than them, so there is no minimum size to drop.
        #expect(GroupRequirement.of(plain).isEmpty)
    }

    @Test("dropping a requirement changes only that rule of only that group, on a copy",
          arguments: GroupRequirement.allCases)
    func dropping(requirement: GroupRequirement) throws {
        let scenario = Self.example
        let changed = try #require(requirement.dropped(from: scenario, group: "g1"))
        let before = scenario.groups[0], after = changed.groups[0]
        switch requirement {
        case .commonRoom: #expect(!after.needsCommonRoom)
        case .generations: #expect(after.minGenerations == 1)
        case .careShare: #expect(after.careShare == Group.CareShare(min: 0, max: 1))
        case .careTypes: #expect(after.acceptsCare == nil)
        case .towns: #expect(after.municipalities.isEmpty)
        case .minimumSize: #expect(after.minSize == before.founders.count)
        case .support: #expect(after.supportRatio == 0)
        }
        #expect(!requirement.isHeld(by: after))
        #expect(Array(changed.groups.dropFirst()) == Array(scenario.groups.dropFirst()))
        #expect(changed.seekers == scenario.seekers && changed.sites == scenario.sites)
        // Dropping it again, or from a group that does not exist, is no question.
        #expect(requirement.dropped(from: changed, group: "g1") == nil)
        #expect(requirement.dropped(from: scenario, group: "g-none") == nil)
    }

    // MARK: Words for what a placement does

    @Test("both sides of a placement in Dutch: who gains, who loses, who moves on, which group moves site")
    func effectsInDutch() throws {
        let scenario = Self.example
        let differences = MatchDifferences(groups: [
            GroupChange(group: "g5", name: "De Bilt Verbonden", kind: .changesSite,
                        base: .init(site: "s5", siteName: "Kloosterhof", town: "De Bilt", members: 8),
                        variant: .init(site: "s6", siteName: "Pastorie", town: "De Bilt", members: 8)),
        ], households: [
            HouseholdChange(seeker: "h41", kind: .gainsPlace, careType: "GGZ", base: nil,
                            variant: Placement(group: "g1", site: "s1", town: "Houten")),
            HouseholdChange(seeker: "h29", kind: .losesPlace, careType: nil,
                            base: Placement(group: "g2", site: "s3", town: "Zeist"), variant: nil),
            HouseholdChange(seeker: "h30", kind: .changesGroup, careType: nil,
                            base: Placement(group: "g2", site: "s3", town: "Zeist"),
                            variant: Placement(group: "g4", site: "s4", town: "Bunnik")),
        ])
        let effects = TrialEffects(differences, group: "g1", scenario: scenario, baseMatch: Match(), proven: true)
        let context = Self.context()
        let wording = EffectsWording(EntityLinks(scenario, context))
        let lines = wording.sentences(effects).map(\.rendered)
        #expect(lines.count == 4)
        #expect(lines.contains { $0.contains("h41</a> krijgt een plek in <a href=\"/woongroep/g1\">MeerGeneraties Houten</a>") })
        #expect(lines.contains { $0.contains("h29</a> verliest de plek in") })
        #expect(lines.contains { $0.contains("h30</a> schuift door van") })
        #expect(lines.contains { $0.contains("De Bilt Verbonden</a> <span class=\"id\">(g5)</span> verhuist van") })
        // Care stays hidden: no care type next to a household unless asked for.
        #expect(!lines.joined().contains("GGZ"))
        let headline = wording.headline(lost: ["h29"], proven: true).rendered
        #expect(headline.contains("verliest de plek.") && headline.contains("cost-loss"))
        #expect(wording.headline(lost: [], proven: true).rendered.contains("Niemand verliest een plek."))
        #expect(wording.headline(lost: ["h29", "h30"], proven: false).rendered.contains("Hooguit 2 verliezen hun plek"))

        let english = EffectsWording(EntityLinks(scenario, Self.context(.en))).sentences(effects).map(\.rendered)
        #expect(english.contains { $0.contains("gains a place in") })
    }

    @Test("names from the scenario file are escaped inside a sentence; the sentence's own links are not")
    func effectsEscapeNames() throws {
        var scenario = Self.example
        scenario.groups[0].name = "<b>Wij</b> & co"
        let differences = MatchDifferences(groups: [], households: [
            HouseholdChange(seeker: "h41", kind: .gainsPlace, careType: nil, base: nil,
                            variant: Placement(group: "g1", site: "s1", town: "Houten")),
        ])
        let effects = TrialEffects(differences, group: "g1", scenario: scenario, baseMatch: Match(), proven: true)
        let line = try #require(EffectsWording(EntityLinks(scenario, Self.context())).sentences(effects).first).rendered
        #expect(line.contains("&lt;b&gt;Wij&lt;/b&gt; &amp; co"))
        #expect(line.contains("<a href=\"/huishouden/h41\">h41</a>"))
    }

    @Test("what keeps a group from its sites is the library's sentence in Dutch; a founder's care type only with care details shown")
    func holdsBackInDutch() throws {
        let scenario = Scenario(
            seekers: [Seeker(id: "h1", generations: ["adult"], care: Seeker.CareNeed(type: "elderly", hours: 4))],
            groups: [Group(id: "g1", name: "Samen", minSize: 1, maxSize: 4, founders: ["h1"])],
            sites: [Site(id: "s1", name: "Oude school", municipality: "Houten", units: 4, rent: 800)],
            providers: [CareProvider(id: "c1", careTypes: ["VG"], capacity: 5)])
        let whatIf = try WhatIf(scenario)
        let base = BaseMatch(scenario: scenario, whatIf: whatIf, result: whatIf.base, wasStopped: false)
        let explanation = try GroupExplainer(whatIf: whatIf).explain("g1")
        let hidden = GroupPage.sites(explanation, base: base, EntityLinks(scenario, Self.context()), Self.context()).rendered
        #expect(hidden.contains("valt af door de eisen van de oprichters"), "\(hidden)")
        #expect(hidden.contains("<a href=\"/woonplek/s1\">Oude school</a>"), "\(hidden)")
        #expect(!hidden.contains("ouderenzorg") && !hidden.contains("elderly"), "\(hidden)")
        let shownContext = Self.context(showsCare: true)
        let shown = GroupPage.sites(explanation, base: base, EntityLinks(scenario, shownContext), shownContext).rendered
        #expect(shown.contains("geen zorgaanbieder biedt ouderenzorg in Houten"), "\(shown)")
    }

    @Test("a household's care type is left out of the library's sentences unless care details are shown")
    func careTypeMasked() {
        let reason = "no group accepts care type GGZ; GGZ-like words stay"
        let hidden = HouseholdPage.masked(reason, careType: "GGZ", Self.context())
        #expect(!hidden.contains("type GGZ;"))
        #expect(hidden.contains("[zorgsoort]"))
        #expect(HouseholdPage.masked(reason, careType: "GGZ", Self.context(showsCare: true)) == reason)
        #expect(HouseholdPage.masked(reason, careType: nil, Self.context()) == reason)
    }

    // MARK: The pages as served

    @Test("the group list and a group's page: wishes in words, members with why they fit, a form per requirement")
    func groupPages() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let list = try await Self.settled(server, "/woongroep")
        #expect(list.status == 200)
        #expect(list.text.contains("MeerGeneraties Houten") && list.text.contains("8 tot 12 huishoudens"))
        #expect(list.text.contains("href=\"/woongroep/g5\""))

        // What needs no solve is there at once; candidates and sites follow as jobs (the browser test waits for them).
        let page = try await Self.get(server, "/woongroep/g1")
        #expect(page.status == 200)
        let text = page.text
        #expect(text.contains("Houten en Bunnik"))
        #expect(text.contains("minstens 3 generaties"))
        #expect(text.contains("20% tot 50% van de leden heeft een zorgvraag"))
        #expect(text.contains("initiatiefnemer"))
        #expect(text.contains("name=\"regel\" value=\"gemeenschappelijke-ruimte\""))
        #expect(text.contains("Wie er nog bij zou kunnen"))
        #expect(text.contains("id=\"plekken\""))
        // Care details stay hidden by default.
        #expect(!text.contains("class=\"care\""))

        #expect(try await Self.get(server, "/woongroep/g-none").status == 404)
    }

    @Test("dropping a requirement in one click: the post leads to its answer, against the current match; nothing is saved")
    func dropRequirement() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let before = try Data(contentsOf: server.folder.appendingPathComponent("scenario.yaml"))
        let page = try await Self.settled(server, "/woongroep")
        let csrf = try #require(page.cookie("hm_csrf"))
        let posted = try await server.post("/woongroep/g2/wat-als", form: "csrf=\(csrf)&regel=gemeenschappelijke-ruimte",
                                           headers: ["Cookie": "hm_csrf=\(csrf)"])
        #expect(posted.status == 303)
        let location = try #require(posted.header("location"))
        #expect(location == "/woongroep/g2/wat-als/gemeenschappelijke-ruimte")
        let answer = try await Self.settled(server, location)
        #expect(answer.status == 200)
        #expect(answer.text.contains("Huishoudens met een plek"))
        #expect(answer.text.contains("van de 60"))
        #expect(answer.text.contains("er is niets opgeslagen"))
        #expect(try Data(contentsOf: server.folder.appendingPathComponent("scenario.yaml")) == before)

        #expect(try await Self.get(server, "/woongroep/g2/wat-als/onbekend").status == 404)
    }

    @Test("a household left out: its checked reason and what would place it; care only when switched on")
    func householdPage() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let list = try await Self.settled(server, "/huishouden")
        #expect(list.status == 200)
        #expect(list.text.contains("38 van de 60 huishoudens hebben een plek"))
        let unplaced = try #require(Self.firstUnplaced(in: list.text))
        let page = try await Self.settled(server, "/huishouden/" + unplaced)
        #expect(page.status == 200)
        #expect(page.text.contains("heeft in de match van nu geen plek"))
        #expect(page.text.contains("Waarom niet"))
        #expect(page.text.contains("Wat een plek zou geven"))
        #expect(page.text.contains("De woongroepen, gezien vanuit dit huishouden"))
        #expect(!page.text.contains("class=\"care\""))

        #expect(try await Self.get(server, "/huishouden/h-none").status == 404)
    }

    // MARK: Helpers

    /// The page once every question on it is answered (a page still working polls its jobs).
    static func settled(_ server: RunningServer, _ path: String, headers: [String: String] = [:]) async throws
        -> LoopbackHTTP.Response {
        let deadline = Date().addingTimeInterval(120)
        while true {
            let response = try await get(server, path, headers: headers)
            if !response.text.contains("data-job=") || Date() > deadline { return response }
            try await Task.sleep(for: .milliseconds(300))
        }
    }

    /// A page as the server answers it now.
    static func get(_ server: RunningServer, _ path: String, headers: [String: String] = [:]) async throws
        -> LoopbackHTTP.Response {
        try await server.get(path, headers: headers)
    }

    /// The first household the list shows without a place.
    static func firstUnplaced(in html: String) -> String? {
        guard let row = html.range(of: "<tr class=\"unplaced\">") else { return nil }
        let rest = html[row.upperBound...]
        guard let start = rest.range(of: "href=\"/huishouden/"), let end = rest[start.upperBound...].firstIndex(of: "\"") else {
            return nil
        }
        return String(rest[start.upperBound..<end])
    }
}
