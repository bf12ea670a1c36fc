@testable import HousingMatch
import Foundation
import ScenarioIO
import Testing

/// Measurements for Benchmarks/README.md ("Exploring commands: the cost of one
/// trial"), not a timed test: runs only when TRIAL_MEASURE names scenario files
/// (space-separated), e.g. `TRIAL_MEASURE=/tmp/m/care-heavy-300-1.yaml TRIAL_SOLVER=cbc`;
/// TRIAL_LIMIT (seconds per solve, 60), TRIAL_REPEATS (1) and TRIAL_ONLY
/// (kinds by prefix, `candidate|takes`) narrow it. For each file it solves the
/// base once, then trials of the kinds the exploring commands ask (a household
/// required in a group, as `candidates` and `explain --seeker` ask; a group
/// required at a site, as `site` asks; a group required to form; a dwelling
/// added; a care place taken away; a wish loosened with everyone kept housed)
/// and prints each stage's time and what settled it.
@Suite("Trial cost measurement", .enabled(if: ProcessInfo.processInfo.environment["TRIAL_MEASURE"] != nil))
struct TrialCostMeasurement {
    @Test func measure() throws {
        let environment = ProcessInfo.processInfo.environment
        let paths = (environment["TRIAL_MEASURE"] ?? "").split(separator: " ").map(String.init)
        let limit = environment["TRIAL_LIMIT"].flatMap(Double.init) ?? 60
        let solver = MatchSolver(rawValue: environment["TRIAL_SOLVER"] ?? "glpk") ?? .glpk
        for path in paths {
            let scenario = try ScenarioLoader.load(path: path)
            let name = "\(URL(fileURLWithPath: path).lastPathComponent) \(solver)"
            func say(_ line: String) { FileHandle.standardError.write(Data("[\(name)] \(line)\n".utf8)) }
            var options = MatchOptions(timeLimit: limit)
            options.solver = solver
            let whatIf = try WhatIf(scenario, options: options)
            let base = whatIf.base
            say("base \(base.status) \(base.objective.map { "\($0.housed)/\($0.preference)" } ?? "-") in "
                + String(format: "%.2f s", base.statistics.totalSeconds))
            let repeats = environment["TRIAL_REPEATS"].flatMap(Int.init) ?? 1
            let only = environment["TRIAL_ONLY"].map { $0.split(separator: "|").map(String.init) }
            for (kind, changed, requirements) in Self.trials(scenario, base: base.match)
            where only.map({ $0.contains { kind.hasPrefix($0) } }) ?? true {
                for _ in 0..<repeats {
                    let outcome = try whatIf.outcome(of: changed, requiring: requirements)
                    let s = outcome.statistics
                    say("\(kind): \(outcome.status) housed \(outcome.housedChange.map { String($0) } ?? "-") "
                        + "lost \(outcome.noLongerHoused.count) gained \(outcome.newlyHoused.count) proven \(outcome.proven) "
                        + String(format: "%.2f s", outcome.seconds) + " stages "
                        + s.stageSeconds.map { String(format: "%.2f", $0) }.joined(separator: "/")
                        + " by " + s.settledBy.joined(separator: " | "))
                }
            }
        }
    }

    /// One trial of each kind, picked the same way on every scenario.
    static func trials(_ scenario: Scenario, base: Match) -> [(String, Scenario, [MatchRequirement])] {
        var trials: [(String, Scenario, [MatchRequirement])] = []
        let filters = HardFilters(scenario)
        let housed = Set(base.groups.flatMap(\.members))
        let formed = Set(base.groups.map(\.id))
        let unplaced = scenario.seekers.indices.filter { !housed.contains(scenario.seekers[$0].id) }
        // A household left out, required in each of its first two open groups that formed.
        for p in unplaced.prefix(6) {
            for g in filters.groupsOpen(to: p).filter({ formed.contains(scenario.groups[$0].id) }).prefix(1) {
                trials.append(("joins \(scenario.seekers[p].id) \(scenario.groups[g].id)", scenario,
                               [.joins(scenario.seekers[p].id, scenario.groups[g].id)]))
            }
            if trials.count >= 2 { break }
        }
        // A formed group required at another site it could take.
        for group in base.groups {
            guard let g = scenario.groups.firstIndex(where: { $0.id == group.id }) else { continue }
            if let h = filters.possibleSites(of: g).first(where: { scenario.sites[$0].id != group.site }) {
                trials.append(("takes \(group.id) \(scenario.sites[h].id)", scenario, [.takes(group.id, scenario.sites[h].id)]))
                break
            }
        }
        // As `site --site` asks: each group that could take the first site, required there.
        if let first = scenario.sites.first {
            let h = 0
            for g in scenario.groups.indices where filters.possibleSites(of: g).contains(h)
                && !base.groups.contains(where: { $0.id == scenario.groups[g].id && $0.site == first.id }) {
                trials.append(("takes \(scenario.groups[g].id) \(first.id)", scenario, [.takes(scenario.groups[g].id, first.id)]))
                if trials.count >= 5 { break }
            }
        }
        // As `candidates --group` asks: households the filters let into a formed group, required in it.
        if let group = base.groups.first, let g = scenario.groups.firstIndex(where: { $0.id == group.id }) {
            var asked = 0
            for p in scenario.seekers.indices where filters.admits(g, p) && !group.members.contains(scenario.seekers[p].id) {
                trials.append(("candidate \(scenario.seekers[p].id) joins \(group.id)", scenario,
                               [.joins(scenario.seekers[p].id, group.id)]))
                asked += 1
                if asked >= 3 { break }
            }
        }
        if let g = scenario.groups.indices.first(where: { !formed.contains(scenario.groups[$0].id) && !filters.possibleSites(of: $0).isEmpty }) {
            trials.append(("forms \(scenario.groups[g].id)", scenario, [.forms(scenario.groups[g].id)]))
        }
        if let site = base.groups.first?.site, let changed = CapacityChange.dwelling(site).applied(to: scenario) {
            trials.append(("dwelling at \(site)", changed, []))
        }
        if let provider = scenario.providers.first {
            var changed = scenario
            changed.providers[0].capacity = max(0, provider.capacity - 1)
            trials.append(("care place less at \(provider.id)", changed, []))
        }
        if let p = unplaced.first {
            var changed = scenario
            changed.seekers[p].maxRent = (changed.seekers[p].maxRent ?? 0) + 200
            changed.seekers[p].municipalities = []
            let keep = [MatchRequirement.housed(scenario.seekers[p].id)]
                + scenario.seekers.map(\.id).filter { housed.contains($0) }.map { .housed($0) }
            trials.append(("wish of \(scenario.seekers[p].id), everyone kept", changed, keep))
        }
        return trials
    }
}
