@testable import HousingMatch
import Testing

/// Scenarios whose regions share nobody are solved region by region.
@Suite("Independent parts")
struct DecompositionTests {
    private func regions(_ count: Int, seed: UInt64) -> Scenario {
        ScenarioGenerator(size: .init(seekers: 30 * count, groups: 3 * count, sites: 4 * count,
                                      providers: 2 * count, regions: count), seed: seed).generate()
    }

    @Test("solving the parts apart, on two threads, gives the optimum of solving them as one programme",
          arguments: 0..<16)
    func partsAgreeWithTheWhole(seed: Int) throws {
        let scenario = regions(3, seed: UInt64(seed))
        var apart = MatchEngine(options: MatchOptions(threads: 2))
        apart.partBundleSize = 0
        var whole = MatchEngine(options: MatchOptions(threads: 1))
        whole.partBundleSize = .max

        let split = try apart.solve(scenario)
        let joint = try whole.solve(scenario)
        #expect(joint.statistics.parts == 1)
        #expect(split.statistics.parts >= 2)  // a region may offer no possible pair at all
        #expect(split.status == joint.status)
        guard let a = split.objective, let b = joint.objective else { return }
        #expect(abs(a.housed - b.housed) < 1e-6)
        #expect(abs(a.preference - b.preference) < 1e-6)
        #expect(MatchChecker(scenario: scenario).violations(of: split.match) == [])
        #expect(split.statistics.housedBound.map { abs($0 - a.housed) < 1e-6 } ?? false)
        // Both stages proven: the parts' bounds add up to the values found.
        if split.status == .optimal {
            #expect(split.statistics.preferenceBound.map { abs($0 - a.preference) < 1e-6 } ?? false)
        }
    }

    @Test("one part that cannot be satisfied makes the whole scenario infeasible")
    func infeasiblePartMakesAllInfeasible() throws {
        var scenario = regions(2, seed: 3)
        // A group of region 2 must form but accepts no town that has a site.
        let g = try #require(scenario.groups.firstIndex { $0.id.rawValue.hasPrefix("r2-") })
        scenario.groups[g].mustForm = true
        scenario.groups[g].municipalities = ["Nowhere"]
        var engine = MatchEngine(options: MatchOptions(threads: 2))
        engine.partBundleSize = 0
        let result = try engine.solve(scenario)
        #expect(result.status == .infeasible)
        #expect(result.match.groups.isEmpty)
    }

    @Test("generated regions share no town, and nobody names anyone of another region")
    func regionsAreIndependent() {
        let scenario = regions(3, seed: 11)
        #expect(scenario.validationIssues() == [])
        #expect(scenario == regions(3, seed: 11))
        func region(_ id: String) -> Substring { id.prefix { $0 != "-" } }
        func region(town: String) -> Substring { town.prefix { $0 != " " } }
        for seeker in scenario.seekers {
            let r = region(seeker.id.rawValue)
            #expect(!seeker.municipalities.isEmpty)
            #expect(seeker.municipalities.allSatisfy { region(town: $0).lowercased() == r })
            let named = seeker.preferences.map(\.rawValue) + seeker.excludes.map(\.rawValue)
                + seeker.together.map(\.rawValue) + seeker.apart.map(\.rawValue)
            #expect(named.allSatisfy { region($0) == r })
        }
        for group in scenario.groups {
            let r = region(group.id.rawValue)
            #expect(group.municipalities.allSatisfy { region(town: $0).lowercased() == r })
            #expect((group.founders + group.declines).allSatisfy { region($0.rawValue) == r })
        }
        #expect(scenario.sites.allSatisfy { region(town: $0.municipality).lowercased() == region($0.id.rawValue) })
        #expect(Set(scenario.seekers.map { region($0.id.rawValue) }) == ["r1", "r2", "r3"])
    }
}
