import Foundation
@testable import HousingMatch
import Testing

/// How the exploring questions use their trials: an earlier solve as the base
/// (checked before it is trusted), several trials at once with the same answers
/// as one after the other, and changes settled without solving.
@Suite("Exploring trials: reused base, trials at once, settled changes")
struct ExploringTrialsTests {
    /// A small scenario with a match that leaves households out: the first of the seeded ones.
    static let scenario: Scenario = {
        for seed in UInt64(1)...200 {
            let scenario = RandomScenarios.small(seed: seed, seekers: 14...14, groups: 3...3, sites: 4...4, providers: 1...1)
            if let result = try? MatchEngine().solve(scenario), result.status == .optimal, !result.unassigned.isEmpty,
               !result.match.groups.isEmpty { return scenario }
        }
        fatalError("no seeded scenario with households left out")
    }()

    /// The solve as `solve --output` records it.
    static func recorded(_ scenario: Scenario) throws -> MatchResult {
        var result = try MatchEngine().solve(scenario)
        result.scenarioFingerprint = scenario.fingerprint
        return result
    }

    /// An answer as JSON without its timings (and the base's statistics), for comparing two runs.
    static func untimed(_ value: some Encodable) throws -> NSObject {
        func strip(_ object: Any) -> Any {
            if let dictionary = object as? [String: Any] {
                return dictionary.filter { !["seconds", "statistics"].contains($0.key) }.mapValues(strip)
            }
            if let array = object as? [Any] { return array.map(strip) }
            return object
        }
        let data = try JSONEncoder().encode(value)
        return strip(try JSONSerialization.jsonObject(with: data)) as! NSObject
    }

    static func options(threads: Int) -> MatchOptions { MatchOptions(threads: threads) }

    // MARK: A reused base

    @Test("an earlier solve of the same scenario stands for the base, and the answers are the same")
    func reusedBaseAnswersAlike() throws {
        let scenario = Self.scenario
        let fresh = try WhatIf(scenario)
        let reused = try WhatIf(scenario, reusing: try Self.recorded(scenario))
        #expect(reused.base.match == fresh.base.match && reused.base.status == fresh.base.status)
        let left = try #require(scenario.seekers.first { fresh.base.match.groupOfSeeker[$0.id] == nil }).id
        #expect(try Self.untimed(reused.explanation(of: left)) == Self.untimed(fresh.explanation(of: left)))
        let group = scenario.groups[0].id
        #expect(try Self.untimed(reused.candidates(for: group)) == Self.untimed(fresh.candidates(for: group)))
    }

    @Test("a solution of another scenario is refused, naming both fingerprints")
    func otherScenarioRefused() throws {
        var other = Self.scenario
        other.sites[0].units += 1
        let earlier = try Self.recorded(other)
        #expect(throws: BaseSolveError.otherScenario(recorded: other.fingerprint, expected: Self.scenario.fingerprint)) {
            try WhatIf(Self.scenario, reusing: earlier)
        }
        let error = BaseSolveError.otherScenario(recorded: other.fingerprint, expected: Self.scenario.fingerprint)
        #expect(error.description.contains("another scenario") && error.description.contains(other.fingerprint))
    }

    @Test("a solution without a fingerprint, with a broken match, or with another objective is refused")
    func uncheckableRefused() throws {
        let earlier = try Self.recorded(Self.scenario)
        var unmarked = earlier
        unmarked.scenarioFingerprint = nil
        #expect(throws: BaseSolveError.noFingerprint) { try WhatIf(Self.scenario, reusing: unmarked) }

        var overclaimed = earlier
        overclaimed.objective?.housed += 1
        #expect(throws: (any Error).self) { try WhatIf(Self.scenario, reusing: overclaimed) }
        do { _ = try WhatIf(Self.scenario, reusing: overclaimed) } catch {
            guard case .objectiveDiffers = error else { Issue.record("refused for another reason: \(error)"); return }
        }

        // Someone left out is put into a group twice over: a malformed match.
        var broken = earlier
        let group = try #require(broken.match.groups.indices.first)
        broken.match.groups[group].members += broken.match.groups[group].members
        do {
            _ = try WhatIf(Self.scenario, reusing: broken)
            Issue.record("a broken match was accepted")
        } catch {
            guard case .brokenRules(let rules) = error else { Issue.record("refused for another reason: \(error)"); return }
            #expect(!rules.isEmpty)
        }

        var none = earlier
        none.status = .noSolution
        #expect(throws: BaseSolveError.noMatch(.noSolution)) { try WhatIf(Self.scenario, reusing: none) }
    }

    // MARK: Trials at once

    @Test("trials asked two at a time give the same answers, in the same order, as one by one")
    func concurrentLikeSequential() throws {
        let scenario = Self.scenario
        let one = try WhatIf(scenario, options: Self.options(threads: 1))
        let two = try WhatIf(scenario, options: Self.options(threads: 2))
        let left = scenario.seekers.filter { one.base.match.groupOfSeeker[$0.id] == nil }.map(\.id)
        #expect(!left.isEmpty)
        for seeker in left.prefix(3) {
            #expect(try Self.untimed(one.explanation(of: seeker)) == Self.untimed(two.explanation(of: seeker)))
        }
        for group in scenario.groups.map(\.id) {
            #expect(try Self.untimed(one.candidates(for: group)) == Self.untimed(two.candidates(for: group)))
            #expect(try Self.untimed(GroupExplainer(whatIf: one).explain(group))
                    == Self.untimed(GroupExplainer(whatIf: two).explain(group)))
        }
        for site in scenario.sites.map(\.id) {
            #expect(try Self.untimed(SiteOffer(site: site, whatIf: one)) == Self.untimed(SiteOffer(site: site, whatIf: two)))
        }
        let sequential = try SensitivityAnalysis(options: Self.options(threads: 1), screensWithRelaxation: false).run(one)
        let concurrent = try SensitivityAnalysis(options: Self.options(threads: 2), screensWithRelaxation: false).run(two)
        #expect(try Self.untimed(sequential.effects) == Self.untimed(concurrent.effects))
        #expect(sequential.effects.map(\.change) == CapacityChange.all(in: scenario))
    }

    @Test("the runner hands answers back in order, and none after a stop")
    func runnerOrderAndStop() throws {
        var options = MatchOptions(threads: 2)
        let runner = TrialRunner(count: 6, options: options, backend: MatchEngine.defaultBackend)
        #expect(runner.workers == 2 && runner.trialOptions.threads == 1)
        #expect(try runner.run(6) { $0 * $0 } == [0, 1, 4, 9, 16, 25])

        options.shouldStop = { true }
        let stopped = TrialRunner(count: 6, options: options, backend: MatchEngine.defaultBackend)
        #expect(try stopped.run(6) { $0 }.allSatisfy { $0 == nil })
    }

    // MARK: Changes settled without solving

    @Test("an ordinary dwelling is settled by its accessible twin when that one brings nothing")
    func settledByLargerChange() throws {
        // Everyone is housed: no extra dwelling can house more.
        let scenario = Scenario(seekers: ["h1", "h2"].map { Build.seeker($0) }, groups: [Build.group("g1")],
                                sites: [Build.site("s1"), Build.site("s2")])
        let report = try SensitivityAnalysis(screensWithRelaxation: false).run(scenario)
        #expect(report.complete && report.effects.map(\.change) == CapacityChange.all(in: scenario))
        for effect in report.effects {
            if case .dwelling = effect.change { #expect(effect.method == .largerChange) } else { #expect(effect.method == .resolve) }
            #expect(effect.housedGain == 0 && effect.proven)
        }
    }

    @Test("a dwelling where no group could live is settled by the filters; one that houses someone is solved")
    func settledByFilters() throws {
        // s2 is in Zeist, which g1 does not accept; one more dwelling at s1 houses h3.
        let scenario = Scenario(seekers: ["h1", "h2", "h3"].map { Build.seeker($0) }, groups: [Build.group("g1", towns: ["Houten"])],
                                sites: [Build.site("s1", units: 2), Build.site("s2", town: "Zeist")])
        let report = try SensitivityAnalysis(screensWithRelaxation: false).run(scenario)
        let methods = Dictionary(uniqueKeysWithValues: report.effects.map { ($0.change, $0.method) })
        #expect(methods[.dwelling("s2")] == .filters && methods[.accessibleDwelling("s2")] == .filters)
        #expect(methods[.accessibleDwelling("s1")] == .resolve && methods[.dwelling("s1")] == .resolve)
        #expect(report.ranked.map(\.change) == [.dwelling("s1"), .accessibleDwelling("s1")])
        // The same gains as solving every change.
        let everyChange = try SensitivityAnalysis(screensWithRelaxation: false).run(scenario, changes: [.dwelling("s1"), .dwelling("s2")])
        #expect(everyChange.effects.map(\.housedGain) == [1, 0])
    }
}
