@testable import HousingMatch
import Foundation
import LinearProgramming
import Testing

/// Measurements for Benchmarks/README.md ("Column generation"), not a timed test:
/// it runs only when COLGEN_MEASURE names instances, as
/// `seekers/groups/sites/providers:seed,seed` separated by spaces, e.g.
/// `COLGEN_MEASURE="300/25/30/6:1,2,3" COLGEN_LIMIT=120 COLGEN_ENGINE=1`.
@Suite("Column generation measurement", .enabled(if: ProcessInfo.processInfo.environment["COLGEN_MEASURE"] != nil))
struct ColumnGenerationMeasurement {
    static var instances: [(ScenarioGenerator.Size, UInt64)] {
        let text = ProcessInfo.processInfo.environment["COLGEN_MEASURE"] ?? ""
        return text.split(separator: " ").flatMap { entry -> [(ScenarioGenerator.Size, UInt64)] in
            let parts = entry.split(separator: ":")
            let counts = parts[0].split(separator: "/").compactMap { Int($0) }
            let size = ScenarioGenerator.Size(seekers: counts[0], groups: counts[1], sites: counts[2], providers: counts[3])
            return parts[1].split(separator: ",").compactMap { UInt64($0) }.map { (size, $0) }
        }
    }

    @Test func measure() throws {
        let environment = ProcessInfo.processInfo.environment
        let limit = environment["COLGEN_LIMIT"].flatMap(Double.init) ?? 120
        for (size, seed) in Self.instances {
            let scenario = ScenarioGenerator(size: size, seed: seed).generate()
            let name = "\(size.seekers)/\(size.groups)/\(size.sites)/\(size.providers) seed \(seed)"
            func say(_ line: String) { FileHandle.standardError.write(Data("[\(name)] \(line)\n".utf8)) }

            var clock = ContinuousClock.now
            let relaxed = MatchFormulation(scenario: scenario).model.relaxed()
            let compact = try MatchEngine.defaultBackend.solve(relaxed, parameters: SolverParameters())
            say("compact relaxation \(fmt(compact.objectiveValue)) in \(fmt(clock.secondsUntilNow)) s")

            clock = ContinuousClock.now
            let generation = ColumnGeneration(scenario: scenario)
            say("\(generation.pairs.count) pairs built in \(fmt(clock.secondsUntilNow)) s")
            clock = ContinuousClock.now
            var state = ColumnGeneration.State()
            let ending = try generation.generate(&state, deadline: .now + .seconds(limit)) { state in
                say(String(format: "round %d at %.1f s: master %@, bound %@, %d columns, %d pricing calls, %d skipped",
                           state.statistics.rounds, clock.secondsUntilNow, fmt(state.masterValue), fmt(state.bound),
                           state.columns.count, state.statistics.pricingCalls, state.statistics.pricingSkipped))
            }
            let s = state.statistics
            say("generation \(ending) after \(fmt(clock.secondsUntilNow)) s: master \(fmt(state.masterValue)), "
                + "bound \(fmt(state.bound)), \(state.columns.count) columns, \(s.rounds) rounds, "
                + "\(s.pricingCalls) pricing calls at \(fmt(1000 * s.pricingSeconds / Double(max(1, s.pricingCalls)))) ms "
                + "(\(fmt(s.pricingSeconds)) s, \(s.pricingSkipped) skipped by the quick bound), "
                + "\(s.masterSolves) masters in \(fmt(s.masterSeconds)) s")

            clock = ContinuousClock.now
            if let integer = try generation.priceAndBranch(state, timeLimit: 30) {
                say("price-and-branch \(fmt(integer.housed)) in \(fmt(clock.secondsUntilNow)) s, "
                    + "\(integer.violations.count) violations")
            } else {
                say("price-and-branch: no match in 30 s")
            }
            clock = ContinuousClock.now
            var diveState = state
            let dived = try generation.dive(&diveState, deadline: .now + .seconds(limit))
            say("dive \(fmt(dived?.housed)) in \(fmt(clock.secondsUntilNow)) s, "
                + "\(dived?.violations.count ?? -1) violations, \(diveState.statistics.pricingCalls - s.pricingCalls) more pricing calls")

            clock = ContinuousClock.now
            var siteState = state
            let sited = try generation.siteDive(&siteState, deadline: .now + .seconds(limit))
            say("site dive \(fmt(sited?.housed)) in \(fmt(clock.secondsUntilNow)) s, "
                + "\(sited?.violations.count ?? -1) violations, \(siteState.statistics.pricingCalls - s.pricingCalls) more pricing calls")

            if environment["COLGEN_ENGINE"] != nil {
                clock = ContinuousClock.now
                var options = MatchOptions()
                options.timeLimit = limit
                let engine = try MatchEngine(options: options).solve(scenario)
                say("engine \(engine.status): housed \(fmt(engine.objective?.housed)), bound \(fmt(engine.statistics.housedBound)), "
                    + "stage 1 \(fmt(engine.statistics.stageSeconds.first)) s, total \(fmt(clock.secondsUntilNow)) s")
            }
        }
    }

    private func fmt(_ value: Double?) -> String {
        guard let value else { return "-" }
        return value.isFinite ? String(format: "%.3f", value) : "\(value)"
    }
}
