import HousingMatch
import Testing

/// `SensitivityAnalysis`: what one more dwelling, accessible dwelling or care
/// place brings, against solving every changed scenario by trying every match.
@Suite("Sensitivity")
struct SensitivityTests {
    @Test("every gain equals the difference of the optima found by trying every match", arguments: 0..<25)
    func gainsAgreeWithBruteForce(seed: Int) throws {
        let scenario = Self.scarce(seed: UInt64(seed))
        guard let before = BruteForce(scenario).optimum() else { return }
        let report = try SensitivityAnalysis().run(scenario)
        #expect(report.complete)
        #expect(report.effects.map(\.change) == CapacityChange.all(in: scenario))
        for effect in report.effects {
            let changed = try #require(effect.change.applied(to: scenario))
            let after = try #require(BruteForce(changed).optimum(), "adding capacity cannot make a scenario infeasible")
            #expect(abs(effect.housedGain - (after.housed - before.housed)) < 1e-6, "\(effect.change)")
            #expect(effect.proven)
        }
    }

    /// A few households, groups and sites in one town, with dwellings and care
    /// places scarce, so that one more of them often matters (it does for 36
    /// of the 125 changes over the 25 seeds above).
    static func scarce(seed: UInt64) -> Scenario {
        var random = SeededRandomNumberGenerator(seed: seed &+ 90_000)
        let seekers = (1...random.int(in: 3...5)).map { i in
            Build.seeker("h\(i)", care: random.chance(0.4) ? (random.chance(0.5) ? "VG" : "GGZ") : nil,
                         accessible: random.chance(0.3), priority: random.chance(0.2) ? 2 : 1)
        }
        let groups = (1...random.int(in: 1...2)).map { g in
            Build.group("g\(g)", min: random.int(in: 1...2), max: random.int(in: 2...4))
        }
        let sites = (1...random.int(in: 1...3)).map { h in
            let units = random.int(in: 1...3)
            return Build.site("s\(h)", units: units, accessible: random.int(in: 0...units))
        }
        let providers = (0..<random.int(in: 0...2)).map { c in
            Build.provider("c\(c + 1)", types: c == 0 ? ["VG"] : ["GGZ", "VG"], capacity: random.int(in: 1...2))
        }
        return Scenario(seekers: seekers, groups: groups, sites: sites, providers: providers)
    }

    @Test("one more dwelling houses the household left over, and names it")
    func oneMoreDwelling() throws {
        let scenario = Scenario(seekers: ["h1", "h2", "h3"].map { Build.seeker($0) },
                                groups: [Build.group("g1", max: 5)],
                                sites: [Site(id: "s1", name: "Oude school", municipality: "Houten", units: 2,
                                             accessibleUnits: 0, rent: 800)])
        let report = try SensitivityAnalysis(screensWithRelaxation: false).run(scenario)
        let leftOver = try #require(Set(scenario.seekers.map(\.id)).subtracting(report.base.match.groups.flatMap(\.members)).first)
        let dwelling = try #require(report.effects.first { $0.change == .dwelling("s1") })
        #expect(dwelling.housedGain == 1)
        #expect(dwelling.newlyHoused == [leftOver])
        #expect(dwelling.noLongerHoused == [])
        #expect(dwelling.sentence(in: scenario) == "one more dwelling at Oude school (s1) houses one more household: \(leftOver)")
        #expect(report.ranked.count == 2)  // an accessible dwelling is a dwelling too
    }

    @Test("only an accessible dwelling houses a household that needs one")
    func accessibleDwelling() throws {
        let scenario = Scenario(seekers: [Build.seeker("h1"), Build.seeker("h2", accessible: true)],
                                groups: [Build.group("g1")], sites: [Build.site("s1", units: 4, accessible: 0)])
        let report = try SensitivityAnalysis().run(scenario)
        #expect(report.effects.first { $0.change == .dwelling("s1") }?.housedGain == 0)
        let accessible = try #require(report.effects.first { $0.change == .accessibleDwelling("s1") })
        #expect(accessible.housedGain == 1)
        #expect(accessible.newlyHoused == ["h2"])
        #expect(report.ranked.map(\.change) == [.accessibleDwelling("s1")])
    }

    @Test("one more care place houses the second household needing that care")
    func carePlace() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("h1", care: "VG"), Build.seeker("h2", care: "VG"), Build.seeker("h3")],
            groups: [Build.group("g1")], sites: [Build.site("s1")],
            providers: [Build.provider("c1", types: ["VG"], capacity: 1)])
        let report = try SensitivityAnalysis().run(scenario)
        let place = try #require(report.effects.first { $0.change == .carePlace("c1") })
        #expect(place.housedGain == 1)
        #expect(place.newlyHoused.count == 1)
        #expect(report.effects.filter { $0.housedGain > 0 }.map(\.change) == [.carePlace("c1")])
    }

    @Test("when everyone is housed, the relaxation settles every change without solving again")
    func relaxationScreen() throws {
        let scenario = Scenario(seekers: ["h1", "h2"].map { Build.seeker($0) }, groups: [Build.group("g1")],
                                sites: [Build.site("s1"), Build.site("s2")],
                                providers: [Build.provider("c1", types: ["VG"])])
        let report = try SensitivityAnalysis().run(scenario)
        #expect(report.effects.count == 5)
        #expect(report.effects.allSatisfy { $0.method == .relaxation && $0.housedGain == 0 && $0.proven })
        #expect(report.ranked.isEmpty)
    }

    @Test("a stop between changes keeps the changes tried so far")
    func stopKeepsWhatWasTried() throws {
        let scenario = RandomScenarios.small(seed: 3, seekers: 6...6, groups: 2...2, sites: 3...3)
        let tried = Counter()
        var options = MatchOptions()
        options.shouldStop = { tried.value >= 2 }
        let report = try SensitivityAnalysis(options: options).run(scenario) { _, _, _ in tried.increment() }
        #expect(!report.complete)
        #expect(report.effects.count == 2)
    }
}

/// A count shared with a `@Sendable` stop hook.
private final class Counter: @unchecked Sendable {
    private(set) var value = 0
    func increment() { value += 1 }
}
