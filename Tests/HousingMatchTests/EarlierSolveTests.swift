@testable import HousingMatch
import Testing

/// An earlier solve's bounds carry over to a change that only takes options
/// away, and to no other change; either way the answer is a cold solve's.
@Suite("Reusing an earlier solve")
struct EarlierSolveTests {
    private static let base = Scenario(
        seekers: [Build.seeker("h1"), Build.seeker("h2", care: "VG"), Build.seeker("h3")],
        groups: [Build.group("g1")],
        sites: [Build.site("s1", units: 4, rent: 700), Build.site("s2", town: "Bunnik", units: 3)],
        providers: [Build.provider("c1", types: ["VG"], towns: ["Houten"], capacity: 3, minClients: 1)])

    @Test("taking options away is a restriction; giving any is not")
    func restrictionCheck() {
        let base = Self.base
        func changed(_ change: (inout Scenario) -> Void) -> Scenario {
            var scenario = base
            change(&scenario)
            return scenario
        }
        #expect(base.isRestriction(of: base))
        // Restrictions.
        #expect(changed { $0.sites.removeLast() }.isRestriction(of: base))
        #expect(changed { $0.sites[0].units = 3; $0.sites[0].rent = 750 }.isRestriction(of: base))
        #expect(changed { $0.sites[0].name = "De Hof" }.isRestriction(of: base))
        #expect(changed { $0.providers[0].capacity = 1 }.isRestriction(of: base))
        #expect(changed { $0.providers[0].minClientsPerSite = 2 }.isRestriction(of: base))
        #expect(changed { $0.providers.removeAll() }.isRestriction(of: base))
        // Not restrictions.
        #expect(!changed { $0.sites.append(Build.site("s3")) }.isRestriction(of: base))
        #expect(!changed { $0.sites[0].units = 5 }.isRestriction(of: base))
        #expect(!changed { $0.sites[0].rent = 600 }.isRestriction(of: base))
        #expect(!changed { $0.sites[1].commonRoom = true }.isRestriction(of: base))
        #expect(!changed { $0.sites[0].municipality = "Bunnik" }.isRestriction(of: base))
        #expect(!changed { $0.providers[0].capacity = 4 }.isRestriction(of: base))
        #expect(!changed { $0.providers[0].municipalities = [] }.isRestriction(of: base))
        #expect(!changed { $0.providers[0].careTypes.append("GGZ") }.isRestriction(of: base))
        #expect(!changed { $0.seekers.removeLast() }.isRestriction(of: base))
        #expect(!changed { $0.groups[0].maxSize = 2 }.isRestriction(of: base))
        #expect(!changed { $0.weights.values = 1 }.isRestriction(of: base))
    }

    @Test("an optimal match that still meets every rule is the answer at once")
    func reusedWhenStillFeasible() throws {
        let before = try MatchEngine().solve(Self.base)
        #expect(before.status == .optimal)
        let unused = try #require(Self.base.sites.first { site in !before.match.groups.contains { $0.site == site.id } })
        var changed = Self.base
        changed.sites.removeAll { $0.id == unused.id }

        let earlier = EarlierSolve(scenario: Self.base, result: before)
        let reused = try MatchEngine(options: MatchOptions(earlierSolve: earlier)).solve(changed)
        let cold = try MatchEngine().solve(changed)
        #expect(reused.status == .optimal)
        #expect(reused.statistics.settledBy == ["earlier match", "earlier match"])
        #expect(reused.objective == cold.objective)
        #expect(reused.match == before.match)
    }

    @Test("a change that gives options is solved anew, even when the earlier match is still feasible")
    func notReusedWhenOptionsAreAdded() throws {
        // One site of three dwellings: only three of four households fit.
        var base = Self.base
        base.seekers.append(Build.seeker("h4"))
        base.sites = [Build.site("s1", units: 3)]
        let before = try MatchEngine().solve(base)
        #expect(before.objective?.housed == 3)

        var bigger = base
        bigger.sites[0].units = 4
        let earlier = EarlierSolve(scenario: base, result: before)
        let result = try MatchEngine(options: MatchOptions(earlierSolve: earlier)).solve(bigger)
        #expect(result.status == .optimal)
        #expect(result.objective?.housed == 4)
        #expect(!result.statistics.settledBy.contains("earlier match"))
    }

    @Test("an earlier solve with requirements the new one lacks proves nothing")
    func requirementsMustCarryOver() throws {
        let required: [MatchRequirement] = [.takes("g1", "s2")]
        let before = try MatchEngine(options: MatchOptions(requirements: required)).solve(Self.base)
        let earlier = EarlierSolve(scenario: Self.base, requirements: required, result: before)
        let free = try MatchEngine(options: MatchOptions(earlierSolve: earlier)).solve(Self.base)
        let cold = try MatchEngine().solve(Self.base)
        #expect(free.objective == cold.objective)
        #expect(!free.statistics.settledBy.contains("earlier match"))
        // The same requirements again: the earlier answer stands.
        let again = try MatchEngine(options: MatchOptions(earlierSolve: earlier, requirements: required)).solve(Self.base)
        #expect(again.statistics.settledBy == ["earlier match", "earlier match"])
        #expect(again.objective == before.objective)
    }

    /// Random changes of both kinds on random scenarios: with the earlier solve
    /// the answer is always a cold solve's. Both sides of the check must occur:
    /// some restriction is answered by the earlier match at once, and some
    /// change that gives options raises the optimum past the earlier bound.
    @Test("with an earlier solve, every change gives a cold solve's optimum")
    func sameOptimumAsCold() throws {
        var settledByEarlier = 0, raisedPastEarlier = 0
        for seed in 0..<40 {
            let scenario = RandomScenarios.small(seed: UInt64(70_000 + seed), seekers: 8...16, groups: 2...3,
                                                 sites: 2...4, providers: 1...2)
            let before = try MatchEngine().solve(scenario)
            guard before.status == .optimal, let housedBefore = before.objective?.housed else { continue }
            var changes: [Scenario] = []
            var removed = scenario
            removed.sites.removeFirst()
            changes.append(removed)
            var cut = scenario
            cut.providers[0].capacity = max(0, cut.providers[0].capacity - 1)
            changes.append(cut)
            var added = scenario
            var copy = scenario.sites[seed % scenario.sites.count]
            copy.id = "s-new"
            added.sites.append(copy)
            changes.append(added)
            var raised = scenario
            raised.providers[0].capacity += 2
            changes.append(raised)

            let earlier = EarlierSolve(scenario: scenario, result: before)
            for changed in changes {
                let cold = try MatchEngine().solve(changed)
                let warm = try MatchEngine(options: MatchOptions(earlierSolve: earlier)).solve(changed)
                #expect(warm.status == cold.status, "seed \(seed)")
                #expect(warm.objective?.housed == cold.objective?.housed, "seed \(seed)")
                if let a = warm.objective?.preference, let b = cold.objective?.preference {
                    #expect(abs(a - b) < 1e-6, "seed \(seed)")
                }
                #expect(MatchChecker(scenario: changed).violations(of: warm.match) == [], "seed \(seed)")
                if warm.statistics.settledBy.contains("earlier match") { settledByEarlier += 1 }
                if (cold.objective?.housed ?? 0) > housedBefore { raisedPastEarlier += 1 }
            }
        }
        #expect(settledByEarlier > 0)
        #expect(raisedPastEarlier > 0)
    }
}

@Suite("Scenario fingerprint")
struct FingerprintTests {
    @Test("the same scenario gives the same fingerprint; any change gives another")
    func changesWithTheScenario() {
        let scenario = RandomScenarios.small(seed: 11, seekers: 8...8, groups: 2...2, sites: 3...3, providers: 1...1)
        #expect(scenario.fingerprint == scenario.fingerprint)
        #expect(scenario.fingerprint.hasPrefix("fnv1a64:"))
        var changes: [Scenario] = []
        var rent = scenario
        rent.sites[0].rent += 10
        changes.append(rent)
        var capacity = scenario
        capacity.providers[0].capacity += 1
        changes.append(capacity)
        var name = scenario
        name.name += " (copy)"
        changes.append(name)
        var seekers = scenario
        seekers.seekers.removeLast()
        changes.append(seekers)
        for changed in changes { #expect(changed.fingerprint != scenario.fingerprint) }
        #expect(Set(changes.map(\.fingerprint)).count == changes.count)
    }
}
