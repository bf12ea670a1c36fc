import HousingMatch
@testable import HousingMatchCLI
import Testing

/// The head line of `placements` for a provider whose own numbers rule out every site.
@Suite("placements for a provider that can never serve")
struct PlacementsReportTests {
    /// c4 needs at least 6 clients per site and has room for 5 in all.
    static func scenario(minimum: Int) -> Scenario {
        Scenario(
            seekers: [Seeker(id: "h1", generations: ["adult"], care: Seeker.CareNeed(type: "VG", hours: 4)),
                      Seeker(id: "h2", generations: ["adult"])],
            groups: [Group(id: "g1", minSize: 1, maxSize: 5)],
            sites: [Site(id: "s1", municipality: "Houten", units: 5, rent: 800)],
            providers: [CareProvider(id: "c4", name: "Zorg Vier", careTypes: ["VG"], capacity: 5, minClientsPerSite: minimum)])
    }

    @Test("says the provider can never serve and why, not \"6–5 clients per site\"")
    func neverServes() throws {
        let scenario = Self.scenario(minimum: 6)
        let report = PlacementsReport(scenario: scenario, placements: try ProviderPlacements(provider: "c4", scenario: scenario),
                                      seconds: 0, showsCare: true).render()
        #expect(report.hasPrefix("c4 Zorg Vier (VG; every town; 5 places): can never serve a group: "
                                 + "it needs at least 6 clients per site and has room for 5."), "\(report)")
        #expect(!report.contains("6–5"))
        #expect(report.contains("h1 (VG): c4 offers VG but can never serve: it needs at least 6 clients per site and has room for 5"))

        // A provider that can serve keeps its range and load.
        let serving = Self.scenario(minimum: 1)
        let normal = PlacementsReport(scenario: serving, placements: try ProviderPlacements(provider: "c4", scenario: serving),
                                      seconds: 0).render()
        #expect(normal.hasPrefix("c4 Zorg Vier (VG; every town; 1–5 clients per site): 1 of 5 places used in the best match."), "\(normal)")
    }
}
