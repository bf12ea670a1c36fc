@testable import HousingMatch
import Testing

/// The first match of a what-if trial (``TrialStart``): the base rebuilt
/// around the change. It changes how fast a trial ends, never its answer.
@Suite("What-if trial start")
struct TrialStartTests {
    /// One place; h1 counts twice as much as h2.
    private let onePlace = Scenario(seekers: [Build.seeker("h1", priority: 2), Build.seeker("h2")],
                                    groups: [Build.group("g1", max: 1)], sites: [Build.site("s1")])

    @Test("a requirement touches the groups it names and the group the household leaves")
    func touchedGroups() throws {
        let scenario = Scenario(seekers: ["h1", "h2", "h3"].map { Build.seeker($0) },
                                groups: [Build.group("g1"), Build.group("g2"), Build.group("g3")],
                                sites: [Build.site("s1"), Build.site("s2"), Build.site("s3")])
        let base = Match(groups: [FormedGroup(id: "g1", site: "s1", members: ["h1"], care: []),
                                  FormedGroup(id: "g2", site: "s2", members: ["h2"], care: [])])
        #expect(TrialStart.touchedGroups(base: base, scenario: scenario, requirements: [.joins("h1", "g3")]) == [2, 0])
        #expect(TrialStart.touchedGroups(base: base, scenario: scenario, requirements: [.takes("g3", "s2")]) == [2, 1])
        #expect(TrialStart.touchedGroups(base: base, scenario: scenario, requirements: [.forms("g3")]) == [2])
        // Met already: nothing to rebuild.
        #expect(TrialStart.touchedGroups(base: base, scenario: scenario, requirements: [.joins("h1", "g1")]).isEmpty)
        // A site that shrank under its group touches that group.
        var smaller = scenario
        smaller.sites[0].units = 0
        #expect(TrialStart.touchedGroups(base: base, scenario: smaller, requirements: []) == [0])
    }

    @Test("the start meets the requirement and every rule, and the trial's answer is the same without it")
    func startMeetsRequirement() throws {
        let start = try #require(try TrialStart(backend: MatchEngine.defaultBackend, shouldStop: nil).match(
            base: Match(groups: [FormedGroup(id: "g1", site: "s1", members: ["h1"], care: [])]),
            scenario: onePlace, requirements: [.joins("h2", "g1")], timeLimit: nil))
        #expect(start.groups.map(\.members) == [["h2"]])
        #expect(MatchChecker(scenario: onePlace).violations(of: start).isEmpty)

        let outcome = try WhatIf(onePlace).outcome(requiring: [.joins("h2", "g1")])
        #expect(outcome.status == .optimal)
        #expect(outcome.housedChange == -1)
        #expect(outcome.newlyHoused == ["h2"])
        #expect(outcome.noLongerHoused == ["h1"])
        #expect(outcome.proven)
    }

    @Test("a start already at the base's bound settles stage 1 and the trial agrees with a full solve")
    func settledByCarriedBound() throws {
        // g1 can take s1 or s2, both as good: requiring s2 costs nothing, so the
        // rebuilt base reaches the bound carried over from it.
        let scenario = Scenario(seekers: ["h1", "h2"].map { Build.seeker($0) }, groups: [Build.group("g1")],
                                sites: [Build.site("s1"), Build.site("s2")])
        let whatIf = try WhatIf(scenario)
        let other: SiteID = whatIf.base.match.groups.first?.site == "s1" ? "s2" : "s1"
        let outcome = try whatIf.outcome(requiring: [.takes("g1", other)])
        let full = try MatchEngine(options: MatchOptions(requirements: [.takes("g1", other)])).solve(scenario)
        #expect(outcome.status == .optimal)
        #expect(outcome.housedChange == 0)
        #expect(outcome.match.groups.first?.site == other)
        #expect(outcome.match.groups.first.map { Set($0.members) } == ["h1", "h2"])
        #expect(whatIf.base.objective.map { $0.housed } == full.objective?.housed)
    }

    /// Random small scenarios: every trial kind, its objective against every match tried.
    @Test("trials with the start find the exhaustive optimum", arguments: 0..<16)
    func againstBruteForce(seed: UInt64) throws {
        let scenario = RandomScenarios.small(seed: 30_000 + seed, seekers: 3...6, groups: 1...2, sites: 1...3)
        let whatIf = try WhatIf(scenario)
        guard whatIf.base.status == .optimal else { return }
        let base = whatIf.base.match
        let housed = Set(base.groups.flatMap(\.members))
        var questions: [(Scenario, [MatchRequirement])] = []
        for seeker in scenario.seekers where !housed.contains(seeker.id) {
            for group in scenario.groups { questions.append((scenario, [.joins(seeker.id, group.id)])) }
        }
        for group in scenario.groups {
            questions.append((scenario, [.forms(group.id)]))
            for site in scenario.sites.prefix(2) { questions.append((scenario, [.takes(group.id, site.id)])) }
        }
        for c in scenario.providers.indices where scenario.providers[c].capacity > 0 {
            var changed = scenario
            changed.providers[c].capacity -= 1
            questions.append((changed, []))
        }
        for h in scenario.sites.indices where scenario.sites[h].units > 1 {
            var changed = scenario
            changed.sites[h].units -= 1
            changed.sites[h].accessibleUnits = min(changed.sites[h].accessibleUnits, changed.sites[h].units)
            questions.append((changed, []))
        }
        for (changed, requirements) in questions {
            let outcome = try whatIf.outcome(of: changed, requiring: requirements)
            let best = BruteForce(changed).optimum(requiring: requirements)
            if let best {
                #expect(outcome.status == .optimal, "seed \(seed): \(requirements)")
                let after = MatchChecker(scenario: changed).objective(of: outcome.match)
                #expect(abs(after.housed - best.housed) < 1e-6, "seed \(seed): \(requirements)")
                #expect(abs(after.preference - best.preference) < 1e-6, "seed \(seed): \(requirements)")
                // Stage 3 as a solve without a start finds it.
                var options = MatchOptions(keep: base, requirements: requirements)
                options.explainsConflicts = false
                let plain = try MatchEngine(options: options).solve(changed)
                #expect(outcome.match.kept(from: base).total == plain.kept?.total, "seed \(seed): \(requirements)")
            } else {
                #expect(outcome.status == .infeasible, "seed \(seed): \(requirements)")
            }
        }
    }
}
