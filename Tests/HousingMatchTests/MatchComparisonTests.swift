import HousingMatch
import Testing

/// The differences between a base match and a variant's, on cases worked out by hand.
@Suite("Comparing a base with its variants")
struct MatchComparisonTests {
    // MARK: A hand-made case

    /// Five households (h5 with priority 2), two groups, three sites in three towns, two providers.
    static let base = Scenario(
        name: "Base",
        seekers: [
            Build.seeker("h1"), Build.seeker("h2", care: "elderly", hours: 6), Build.seeker("h3"),
            Build.seeker("h4", care: "VG"), Build.seeker("h5", priority: 2),
        ],
        groups: [Group(id: "g1", name: "Samen", minSize: 1, maxSize: 5), Group(id: "g2", minSize: 1, maxSize: 5)],
        sites: [Build.site("s1", town: "Houten"), Build.site("s2", town: "Zeist"), Build.site("s3", town: "Bunnik")],
        providers: [
            CareProvider(id: "c1", name: "Zorg Oost", careTypes: ["elderly"], capacity: 4),
            Build.provider("c2", types: ["VG"], capacity: 2),
        ])

    /// The base with a new site s4 in Bunnik and c1's capacity cut to 2.
    static var variant: Scenario {
        var scenario = base
        scenario.name = "Variant"
        scenario.sites.append(Site(id: "s4", name: "Nieuwe Hof", municipality: "Bunnik", units: 10, rent: 800))
        scenario.providers[0].capacity = 2
        return scenario
    }

    /// g1 at s1 with h1 and h2, g2 at s2 with h3 and h4; h5 is left out. Housed 4, priority sum 4.
    static let baseResult = result(status: .optimal, housed: 4, groups: [
        FormedGroup(id: "g1", site: "s1", members: ["h1", "h2"],
                    care: [CareArrangement(provider: "c1", careType: "elderly", clients: 1)]),
        FormedGroup(id: "g2", site: "s2", members: ["h3", "h4"],
                    care: [CareArrangement(provider: "c2", careType: "VG", clients: 1)]),
    ])

    /// g1 moves to s4 and takes in h3 and h5; g2 no longer forms, so h4 loses its place.
    /// Housed 4 again, but priority sum 5 (h5 counts 2).
    static let variantResult = result(status: .optimal, housed: 5, groups: [
        FormedGroup(id: "g1", site: "s4", members: ["h1", "h2", "h3", "h5"],
                    care: [CareArrangement(provider: "c1", careType: "elderly", clients: 1)]),
    ])

    static func result(status: MatchStatus, housed: Double?, groups: [FormedGroup]) -> MatchResult {
        MatchResult(scenarioName: "", status: status, objective: housed.map { MatchObjective(housed: $0, preference: 0) },
                    match: Match(groups: groups), unassigned: [], statistics: SolveStatistics())
    }

    static var comparison: MatchComparison {
        MatchComparison(
            base: ComparisonInput(label: "base", scenario: base, result: baseResult),
            variants: [ComparisonInput(label: "variant", scenario: variant, result: variantResult,
                                       description: "A new site",
                                       changes: [ScenarioChange(kind: .add, entry: "site", id: "s4", name: "Nieuwe Hof",
                                                                text: "adds site s4")])])
    }

    @Test("totals, care types and towns of each outcome")
    func outcomes() throws {
        let comparison = Self.comparison
        let base = comparison.base
        #expect(base.label == "base" && base.scenarioName == "Base" && base.status == .optimal)
        #expect(base.seekers == 5 && base.housedHouseholds == 4 && base.housedPriority == 4)
        #expect(base.groupsFormed == 2 && base.groups == 2)
        // "VG" sorts before "elderly": capitals first, as in every sorted list of the tool.
        #expect(base.housedByCareType == [
            .init(careType: nil, housed: 2, seekers: 3), .init(careType: "VG", housed: 1, seekers: 1),
            .init(careType: "elderly", housed: 1, seekers: 1),
        ])
        #expect(base.housedByTown == [.init(town: "Bunnik", housed: 0), .init(town: "Houten", housed: 2),
                                      .init(town: "Zeist", housed: 2)])
        #expect(base.providerLoads == [ProviderLoad(provider: "c1", name: "Zorg Oost", clients: 1, capacity: 4),
                                       ProviderLoad(provider: "c2", name: "c2", clients: 1, capacity: 2)])

        let variant = try #require(comparison.variants.first)
        #expect(comparison.variants.count == 1)
        #expect(variant.outcome.description == "A new site")
        #expect(variant.outcome.changes.map(\.text) == ["adds site s4"])
        #expect(variant.outcome.housedHouseholds == 4 && variant.outcome.housedPriority == 5)
        #expect(variant.outcome.housedByCareType.map(\.housed) == [3, 0, 1])
        #expect(variant.outcome.housedByTown.map(\.housed) == [4, 0, 0])
        #expect(variant.housedChange == 0)
        #expect(variant.housedPriorityChange == 1)
    }

    @Test("who gains, loses and moves; which groups stop forming or take another site")
    func differences() throws {
        let differences = try #require(Self.comparison.variants.first?.differences)
        #expect(differences.groups == [
            GroupChange(group: "g2", name: "g2", kind: .stopsForming,
                        base: .init(site: "s2", siteName: "s2", town: "Zeist", members: 2), variant: nil),
            GroupChange(group: "g1", name: "Samen", kind: .changesSite,
                        base: .init(site: "s1", siteName: "s1", town: "Houten", members: 2),
                        variant: .init(site: "s4", siteName: "Nieuwe Hof", town: "Bunnik", members: 4)),
        ])
        let g1AtS1 = Placement(group: "g1", site: "s1", town: "Houten")
        let g1AtS4 = Placement(group: "g1", site: "s4", town: "Bunnik")
        let g2AtS2 = Placement(group: "g2", site: "s2", town: "Zeist")
        #expect(differences.households == [
            HouseholdChange(seeker: "h5", kind: .gainsPlace, careType: nil, base: nil, variant: g1AtS4),
            HouseholdChange(seeker: "h4", kind: .losesPlace, careType: "VG", base: g2AtS2, variant: nil),
            HouseholdChange(seeker: "h3", kind: .changesGroup, careType: nil, base: g2AtS2, variant: g1AtS4),
            HouseholdChange(seeker: "h1", kind: .changesSite, careType: nil, base: g1AtS1, variant: g1AtS4),
            HouseholdChange(seeker: "h2", kind: .changesSite, careType: "elderly", base: g1AtS1, variant: g1AtS4),
        ])
    }

    @Test("provider loads against capacity, base and variant side by side")
    func providerLoads() throws {
        let variant = try #require(Self.comparison.variants.first)
        #expect(variant.providerLoads == [
            .init(provider: "c1", name: "Zorg Oost",
                  base: ProviderLoad(provider: "c1", name: "Zorg Oost", clients: 1, capacity: 4),
                  variant: ProviderLoad(provider: "c1", name: "Zorg Oost", clients: 1, capacity: 2)),
            .init(provider: "c2", name: "c2",
                  base: ProviderLoad(provider: "c2", name: "c2", clients: 1, capacity: 2),
                  variant: ProviderLoad(provider: "c2", name: "c2", clients: 0, capacity: 2)),
        ])
    }

    @Test("an infeasible variant is shown with its status, zero counts and no list of differences")
    func infeasibleVariant() throws {
        var scenario = Self.variant
        scenario.providers.removeAll()
        let comparison = MatchComparison(
            base: ComparisonInput(label: "base", scenario: Self.base, result: Self.baseResult),
            variants: [ComparisonInput(label: "no-care", scenario: scenario,
                                       result: Self.result(status: .infeasible, housed: nil, groups: []))])
        let variant = try #require(comparison.variants.first)
        #expect(variant.outcome.status == .infeasible && !variant.outcome.hasMatch)
        #expect(variant.outcome.housedHouseholds == 0 && variant.outcome.housedPriority == nil)
        #expect(variant.outcome.housedByCareType.allSatisfy { $0.housed == 0 })
        #expect(variant.housedChange == nil && variant.housedPriorityChange == nil && variant.differences == nil)
        // Both providers are gone in the variant; their base loads stay for comparison.
        #expect(variant.providerLoads.map(\.provider) == ["c1", "c2"])
        #expect(variant.providerLoads.allSatisfy { $0.base != nil && $0.variant == nil })
    }

    @Test("households the variant removes or adds are marked as such")
    func removedAndAddedHouseholds() throws {
        var scenario = Self.base
        scenario.seekers.removeAll { $0.id == "h1" }
        scenario.seekers.append(Build.seeker("h10"))
        let variantResult = Self.result(status: .optimal, housed: 4, groups: [
            FormedGroup(id: "g1", site: "s1", members: ["h10", "h2"],
                        care: [CareArrangement(provider: "c1", careType: "elderly", clients: 1)]),
            Self.baseResult.match.groups[1],
        ])
        let comparison = MatchComparison(
            base: ComparisonInput(label: "base", scenario: Self.base, result: Self.baseResult),
            variants: [ComparisonInput(label: "swap", scenario: scenario, result: variantResult)])
        let differences = try #require(comparison.variants.first?.differences)
        #expect(differences.groups.isEmpty)
        let g1AtS1 = Placement(group: "g1", site: "s1", town: "Houten")
        #expect(differences.households == [
            HouseholdChange(seeker: "h10", kind: .gainsPlace, careType: nil, presence: .onlyInVariant, base: nil, variant: g1AtS1),
            HouseholdChange(seeker: "h1", kind: .losesPlace, careType: nil, presence: .onlyInBase, base: g1AtS1, variant: nil),
        ])
    }

    @Test("ids are ordered with their numbers compared as numbers")
    func numericOrder() {
        let scenario = Scenario(seekers: ["h10", "h2", "h1"].map { Build.seeker($0) },
                                groups: [Build.group("g1")], sites: [Build.site("s1")])
        let housed = Self.result(status: .optimal, housed: 3, groups: [FormedGroup(id: "g1", site: "s1", members: ["h10", "h2", "h1"])])
        let differences = MatchDifferences(base: scenario, baseMatch: Match(), variant: scenario, variantMatch: housed.match)
        #expect(differences.households.map(\.seeker) == ["h1", "h2", "h10"])
    }

    // MARK: Through the engine

    /// g1 (any town) and g2 (Zeist only); h4 will not join g1. The base has one site, in Houten:
    /// g1 takes it with h1, h2 and h3, and h4 is left out. The variant adds s2 in Zeist, where g2
    /// forms with h4: exactly one household more, and nobody else moves.
    static let tiny = Scenario(
        name: "Tiny",
        seekers: [Build.seeker("h1"), Build.seeker("h2"), Build.seeker("h3"), Build.seeker("h4", excludes: ["g1"])],
        groups: [Build.group("g1", min: 1, max: 3), Build.group("g2", min: 1, max: 1, towns: ["Zeist"])],
        sites: [Build.site("s1", town: "Houten", units: 3)])

    @Test("a variant that adds a site, solved by the engine: the one extra household is h4")
    func engineAddsSite() throws {
        var withSite = Self.tiny
        withSite.sites.append(Build.site("s2", town: "Zeist", units: 1))
        let engine = MatchEngine()
        let comparison = MatchComparison(
            base: ComparisonInput(label: "tiny", scenario: Self.tiny, result: try engine.solve(Self.tiny)),
            variants: [ComparisonInput(label: "with-s2", scenario: withSite, result: try engine.solve(withSite))])
        #expect(comparison.base.status == .optimal)
        #expect(comparison.base.housedHouseholds == 3)
        let variant = try #require(comparison.variants.first)
        #expect(variant.outcome.status == .optimal)
        #expect(variant.housedChange == 1)
        #expect(abs((variant.housedPriorityChange ?? 0) - 1) < 1e-6)
        #expect(variant.outcome.housedByTown == [.init(town: "Houten", housed: 3), .init(town: "Zeist", housed: 1)])
        let differences = try #require(variant.differences)
        #expect(differences.households == [
            HouseholdChange(seeker: "h4", kind: .gainsPlace, careType: nil, base: nil,
                            variant: Placement(group: "g2", site: "s2", town: "Zeist")),
        ])
        #expect(differences.groups.map(\.group) == ["g2"])
        #expect(differences.groups.map(\.kind) == [.forms])
    }
}
