import HousingMatch
import Testing

/// The site owner's and the care provider's views (`SiteOffer`, `ProviderPlacements`) on hand-built cases.
@Suite("Site and provider views")
struct ExplorationViewTests {
    /// s1 suits g1 as it is; g2 lacks only a common room there; g3 is elsewhere.
    static let siteCase = Scenario(
        seekers: [Build.seeker("a"), Build.seeker("b", care: "VG"), Build.seeker("c"), Build.seeker("d")],
        groups: [Build.group("g1", founders: ["a"]), Build.group("g2", founders: ["c"], commonRoom: true),
                 Build.group("g3", towns: ["Zeist"])],
        sites: [Build.site("s1", units: 3), Build.site("s2", units: 1)],
        providers: [Build.provider("c1", types: ["VG"])])

    @Test("which groups could take a site, what keeps the others out, and what the site lacks")
    func siteOffer() throws {
        let offer = try SiteOffer(site: "s1", whatIf: WhatIf(Self.siteCase))
        #expect(offer.groups.map(\.group) == ["g1", "g2", "g3"])
        #expect(offer.groups.map { $0.exclusions.map(\.message) } == [
            [],
            ["no common room, which the group needs"],
            ["in Houten, not among the group's towns (Zeist)"],
        ])
        let g1 = try #require(offer.groups[0].ifTaken)
        // g2 cannot form (no common room anywhere), so its founder c is out; g1 takes a, b and d at s1 in the best match.
        #expect(g1.status == .optimal && g1.siteAfter == "s1" && g1.householdsChange == 0 && g1.membersAfter == 3)
        #expect(g1.careAfter == [CareArrangement(provider: "c1", careType: "VG", clients: 1)])
        let g2 = try #require(offer.groups[1].ifChanged)
        #expect(g2.change == .site(SiteEdit(site: "s1", commonRoom: true)))
        // With a common room g2 takes s1 with its founder c and two more; g1 moves to s2 with a alone: c is housed too.
        #expect(g2.siteAfter == "s1" && g2.status == .optimal && g2.membersAfter == 3)
        #expect(g2.householdsChange == 1 && g2.newlyHoused == ["c"] && g2.noLongerHoused.isEmpty)
        #expect(offer.groups[2].ifTaken == nil && offer.groups[2].ifChanged == nil)
        #expect(offer.complete)
    }

    @Test("a provider's placements, load, households left out and where one more place helps")
    func placements() throws {
        // c1 (VG, capacity 2) serves g1 at s1; h3 needs VG too and is left out for want of a care place.
        let scenario = Scenario(
            seekers: [Build.seeker("h1", care: "VG"), Build.seeker("h2", care: "VG"), Build.seeker("h3", care: "VG"),
                      Build.seeker("h4", care: "GGZ", towns: ["Zeist"]), Build.seeker("h5")],
            groups: [Build.group("g1", max: 6)],
            sites: [Build.site("s1", units: 6), Build.site("s2", town: "Zeist")],
            providers: [Build.provider("c1", types: ["VG"], towns: ["Houten"], capacity: 2),
                        Build.provider("c2", types: ["GGZ"], towns: ["Zeist"])])
        let view = try ProviderPlacements(provider: "c1", scenario: scenario)
        #expect(view.load == 2 && view.capacity == 2)
        #expect(view.placements.map(\.group) == ["g1"] && view.placements.first?.town == "Houten")
        #expect(view.placements.first?.clients == [CareArrangement(provider: "c1", careType: "VG", clients: 2)])
        #expect(view.unplaced.count == 1 && view.unplaced.first?.careType == "VG")
        #expect(view.tried == [.carePlace("c1"), .dwelling("s1"), .accessibleDwelling("s1")])
        #expect(view.extraPlaces.map(\.effect.change) == [.carePlace("c1")])
        #expect(view.extraPlaces.first?.clients == view.unplaced.map(\.seeker))
        #expect(view.extraPlaces.first?.effect.proven == true)
    }
}
