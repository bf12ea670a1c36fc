import HousingMatch
import Testing

/// The two families of generated scenarios: each the same for the same
/// arguments, valid, binding, and unlike each other in the ways the
/// care-heavy family promises.
@Suite("Generator families")
struct GeneratorFamilyTests {
    static let interactive = ScenarioGenerator.Size(seekers: 300, groups: 25, sites: 30, providers: 6)
    static let small = ScenarioGenerator.Size(seekers: 60, groups: 6, sites: 8, providers: 3)

    static func generate(_ family: ScenarioGenerator.Family, _ size: ScenarioGenerator.Size = interactive,
                         seed: UInt64) -> Scenario {
        let size = ScenarioGenerator.Size(seekers: size.seekers, groups: size.groups, sites: size.sites,
                                          providers: size.providers, regions: size.regions,
                                          householdsPerTown: family.householdsPerTown)
        return ScenarioGenerator(size: size, seed: seed, family: family).generate()
    }

    @Test("the same arguments give the same scenario; another seed another", arguments: ScenarioGenerator.Family.allCases)
    func deterministic(family: ScenarioGenerator.Family) {
        #expect(Self.generate(family, seed: 5) == Self.generate(family, seed: 5))
        #expect(Self.generate(family, seed: 5) != Self.generate(family, seed: 6))
    }

    @Test("spread is the default family, and its names do not mention it")
    func spreadIsDefault() {
        let plain = ScenarioGenerator(size: Self.interactive, seed: 2).generate()
        #expect(plain == ScenarioGenerator(size: Self.interactive, seed: 2, family: .spread).generate())
        #expect(plain.name == "generated 300/25/30/6 seed 2")
        #expect(Self.generate(.careHeavy, seed: 2).name == "generated care-heavy 300/25/30/6 seed 2")
    }

    @Test("care-heavy scenarios are valid over many seeds and sizes, with and without regions")
    func careHeavyValid() throws {
        for seed in UInt64(1)...40 {
            let seekers = [12, 60, 150, 300][Int(seed % 4)]
            let size = ScenarioGenerator.Size(seekers: seekers, groups: max(1, seekers / 12), sites: max(1, seekers / 10),
                                              providers: 1 + Int(seed % 5), regions: seed % 5 == 0 ? 3 : 1)
            let scenario = Self.generate(.careHeavy, size, seed: seed)
            #expect(throws: Never.self, "seed \(seed)") { try scenario.validate() }
            #expect(scenario.seekers.count == seekers)
        }
    }

    /// Shares over five interactive scenarios of each family.
    struct Shares {
        var care = 0.0, founders = 0.0, minSize = 0.0, providerMinimum = 0.0, sitesSeen = 0.0, rentLimit = 0.0
        var together = 0.0
        /// The share of household and site pairs where the rent is within the household's limit.
        var affordable = 0.0

        init(_ family: ScenarioGenerator.Family) {
            let scenarios = (UInt64(1)...5).map { GeneratorFamilyTests.generate(family, seed: $0) }
            func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(max(1, values.count)) }
            let seekers = scenarios.flatMap(\.seekers), groups = scenarios.flatMap(\.groups)
            care = mean(seekers.map { $0.care == nil ? 0 : 1 })
            together = mean(seekers.map { $0.together.isEmpty ? 0 : 1 })
            rentLimit = mean(seekers.compactMap(\.maxRent))
            affordable = mean(scenarios.flatMap { scenario in
                scenario.seekers.flatMap { seeker in
                    scenario.sites.map { site in site.rent <= (seeker.maxRent ?? .infinity) ? 1 : 0 }
                }
            })
            founders = mean(groups.map { Double($0.founders.count) })
            minSize = mean(groups.map { Double($0.minSize) })
            providerMinimum = mean(scenarios.flatMap(\.providers).map { Double($0.minClientsPerSite) })
            sitesSeen = mean(scenarios.flatMap { scenario in
                scenario.groups.map { group in
                    Double(scenario.sites.filter { group.municipalities.contains($0.municipality) }.count)
                }
            })
        }
    }

    @Test("care-heavy differs as stated: more care, higher provider minimums, tighter rents, fewer sites per group, more founders, larger groups")
    func familiesDiffer() {
        let spread = Shares(.spread), careHeavy = Shares(.careHeavy)
        #expect(spread.care < 0.4 && careHeavy.care > 0.45, "\(spread.care) \(careHeavy.care)")
        #expect(careHeavy.providerMinimum >= spread.providerMinimum + 1.5)
        #expect(careHeavy.rentLimit <= spread.rentLimit - 75, "\(spread.rentLimit) \(careHeavy.rentLimit)")
        #expect(careHeavy.affordable <= spread.affordable - 0.05, "\(spread.affordable) \(careHeavy.affordable)")
        #expect(careHeavy.sitesSeen < 0.7 * spread.sitesSeen, "\(spread.sitesSeen) \(careHeavy.sitesSeen)")
        #expect(careHeavy.founders >= spread.founders + 2)
        #expect(careHeavy.minSize >= spread.minSize + 2.5)
        #expect(careHeavy.together > spread.together)
    }

    @Test("small care-heavy scenarios have a match that houses some households but not all",
          arguments: [UInt64(1), 2, 3])
    func careHeavySolves(seed: UInt64) throws {
        let scenario = Self.generate(.careHeavy, Self.small, seed: seed)
        let result = try MatchEngine(options: MatchOptions(timeLimit: 60)).solve(scenario)
        #expect([.optimal, .feasible].contains(result.status))
        let housed = try #require(result.objective).housed
        #expect(housed > 0)
        #expect(!result.unassigned.isEmpty)
        #expect(MatchChecker(scenario: scenario).violations(of: result.match).isEmpty)
    }

    @Test("the town default follows the family: one town per 40 households in care-heavy, per 60 in spread")
    func townsPerFamily() {
        func towns(_ family: ScenarioGenerator.Family) -> Int {
            Set(Self.generate(family, .init(seekers: 600, groups: 40, sites: 60, providers: 8), seed: 1)
                .sites.map(\.municipality)).count
        }
        #expect(towns(.spread) <= 10)
        #expect(towns(.careHeavy) > 10)
    }
}
