import Benchmark
import Foundation
import GLPKBackend
import HousingMatch
import LinearProgramming

/// The tiers of the benchmark issue: seekers / groups / sites / providers.
struct Tier {
    let name: String
    let size: ScenarioGenerator.Size
}

let tiers = [
    Tier(name: "small", size: .init(seekers: 60, groups: 6, sites: 8, providers: 3)),
    Tier(name: "interactive", size: .init(seekers: 300, groups: 25, sites: 30, providers: 6)),
    Tier(name: "regional", size: .init(seekers: 1_000, groups: 60, sites: 70, providers: 10)),
    Tier(name: "stress", size: .init(seekers: 3_000, groups: 150, sites: 200, providers: 15)),
]

/// Seconds each solve may take; HM_BENCH_TIME_LIMIT overrides (default 60).
let timeLimit = ProcessInfo.processInfo.environment["HM_BENCH_TIME_LIMIT"].flatMap(Double.init) ?? 60
/// Tiers to run, comma-separated names; HM_BENCH_TIERS overrides (default all but stress).
let selectedTiers = Set((ProcessInfo.processInfo.environment["HM_BENCH_TIERS"] ?? "small,interactive,regional")
    .split(separator: ",").map(String.init))
/// The generator seed of each tier's instance; HM_BENCH_SEED overrides (default 1).
let seed = ProcessInfo.processInfo.environment["HM_BENCH_SEED"].flatMap(UInt64.init) ?? 1
/// The generator family (`spread` or `care-heavy`); HM_BENCH_FAMILY overrides (default spread).
let family: ScenarioGenerator.Family = {
    let name = ProcessInfo.processInfo.environment["HM_BENCH_FAMILY"] ?? ScenarioGenerator.Family.spread.rawValue
    guard let family = ScenarioGenerator.Family(rawValue: name) else {
        fatalError("HM_BENCH_FAMILY=\(name): not a family; known: "
                   + ScenarioGenerator.Family.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return family
}()
/// Benchmark names carry the family unless it is the default, so that baselines of the default keep their names.
let familyPrefix = family == .spread ? "" : "\(family.rawValue) "

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds,
        warmupIterations: 0,
        maxDuration: .seconds(Int(timeLimit * 4)),
        maxIterations: 3)

    for tier in tiers where selectedTiers.contains(tier.name) {
        let size = ScenarioGenerator.Size(seekers: tier.size.seekers, groups: tier.size.groups,
                                          sites: tier.size.sites, providers: tier.size.providers,
                                          householdsPerTown: family.householdsPerTown)
        let scenario = ScenarioGenerator(size: size, seed: seed, family: family).generate()
        let name = familyPrefix + tier.name
        let engine = MatchEngine(options: MatchOptions(timeLimit: timeLimit))
        let backend = GLPKBackend()
        let parameters = SolverParameters(timeLimit: timeLimit)

        Benchmark("\(name) model build") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try engine.programme(for: scenario, stage: .housed))
            }
        }

        Benchmark("\(name) stage 1") { benchmark, model in
            benchmark.startMeasurement()
            blackHole(try backend.solve(model, parameters: parameters))
            benchmark.stopMeasurement()
        } setup: {
            try engine.programme(for: scenario, stage: .housed)
        }

        Benchmark("\(name) stage 2") { benchmark, model in
            benchmark.startMeasurement()
            blackHole(try backend.solve(model, parameters: parameters))
            benchmark.stopMeasurement()
        } setup: {
            // Solving stage 1 to find the value stage 2 keeps is set-up, not measured.
            try engine.programme(for: scenario, stage: .preference)
        }

        Benchmark("\(name) end to end") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try engine.solve(scenario))
            }
        }
    }
}
