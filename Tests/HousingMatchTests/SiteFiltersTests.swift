import HousingMatch
import Testing

/// `SiteFilters`: every rule that keeps a group from a site, worded exactly,
/// and in agreement with the solver's own filters.
@Suite("Site filters")
struct SiteFiltersTests {
    /// One site that breaks every rule a site can break for group g1 and its founders.
    static let everything = Scenario(
        seekers: [Build.seeker("f1", accessible: true, maxRent: 700, towns: ["Houten"]),
                  Build.seeker("f2", care: "GGZ", accessible: true)],
        groups: [Build.group("g1", min: 5, founders: ["f1", "f2"], towns: ["Houten", "Zeist"], commonRoom: true)],
        sites: [Build.site("s1", town: "Zeist", units: 3, accessible: 1, rent: 900, commonRoom: false),
                Build.site("s2", town: "Bunnik", units: 6, accessible: 2, rent: 600, commonRoom: true)],
        providers: [Build.provider("c1", types: ["GGZ"], towns: ["Houten"])])

    @Test("a site that breaks every site rule lists each, with its numbers")
    func everyRule() {
        let filters = SiteFilters(Self.everything)
        #expect(filters.exclusions(of: "g1", from: "s1").map(\.message) == [
            "no common room, which the group needs",
            "3 dwellings, the group needs at least 5 (its minimum size)",
            "1 accessible dwellings, its founders need 2 (f1, f2)",
            "in Zeist, not among founder f1's towns (Houten)",
            "rent 900 above founder f1's limit of 700",
            "no care provider offers GGZ care in Zeist, which founder f2 needs",
        ])
        #expect(filters.exclusions(of: "g1", from: "s1").map(\.kind) == [
            .commonRoom, .dwellings, .accessibleDwellings, .founderTown, .rent, .founderCare])
        #expect(filters.exclusions(of: "g1", from: "s2").map(\.kind) == [.town, .founderTown, .founderCare])
        #expect(filters.exclusions(of: "g1", from: "s2").first?.message == "in Bunnik, not among the group's towns (Houten, Zeist)")
    }

    @Test("a founder the group cannot admit closes every site")
    func founderStanding() {
        let scenario = Scenario(
            seekers: [Build.seeker("f1", care: "VG"), Build.seeker("f2", excludes: ["g1"])],
            groups: [Build.group("g1", founders: ["f1", "f2"], acceptsCare: ["GGZ"])],
            sites: [Build.site("s1")], providers: [Build.provider("c1", types: ["VG"])])
        #expect(SiteFilters(scenario).exclusions(of: "g1", from: "s1").map(\.message) == [
            "the group does not accept founder f1's care type VG",
            "founder f2 excludes the group",
        ])
    }

    @Test("the site's remedy lifts exactly what the site lacks")
    func remedy() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("f1", accessible: true, maxRent: 750), Build.seeker("f2", accessible: true, maxRent: 700)],
            groups: [Build.group("g1", min: 4, founders: ["f1", "f2"], commonRoom: true)],
            sites: [Build.site("s1", units: 3, accessible: 1, rent: 800)])
        let filters = SiteFilters(scenario)
        let exclusions = filters.exclusions(of: "g1", from: "s1")
        let edit = try #require(filters.siteRemedy(for: exclusions, at: "s1"))
        // One more accessible dwelling (3 → 4 dwellings, 2 accessible) also reaches the minimum size of 4.
        #expect(edit == SiteEdit(site: "s1", commonRoom: true, units: 4, accessibleUnits: 2, rent: 700))
        let changed = try #require(TrialChange.site(edit).applied(to: scenario))
        #expect(SiteFilters(changed).exclusions(of: "g1", from: "s1").isEmpty)
        #expect(TrialChange.site(edit).description(in: scenario) == "s1 with a common room, 4 dwellings (+1), 2 accessible (+1), rent 700")
    }

    @Test("no exclusion exactly when the solver may place the group at the site", arguments: 0..<40)
    func agreesWithEligibility(seed: Int) {
        let scenario = RandomScenarios.small(seed: UInt64(seed) &+ 500, seekers: 4...12, groups: 1...4, sites: 1...5)
        let filters = SiteFilters(scenario)
        for group in scenario.groups {
            for site in scenario.sites {
                #expect(filters.exclusions(of: group.id, from: site.id).isEmpty == filters.groupCanTake(group.id, site.id),
                        "\(group.id) at \(site.id)")
            }
        }
    }
}
