import Foundation
import HousingMatch
import ScenarioIO
import Testing

/// On random scenarios with no match, every change a conflict member was
/// tried with, put in a variant file under `modify:` and read by the variant
/// reader, gives what the report says when the engine solves it.
@Suite("Conflict trials on random scenarios")
struct ConflictTrialPropertyTests {
    /// Scenarios searched per batch; each batch stops at ``wanted`` infeasible ones.
    static let batches = 0..<4
    static let wanted = 26

    /// A small random scenario with groups required to form, often more than its sites and people allow.
    static func scenario(seed: UInt64) -> Scenario {
        var scenario = RandomScenarios.small(seed: 70_000 + seed, seekers: 4...10, groups: 1...3,
                                             sites: 1...3, providers: 0...2)
        var random = SeededRandomNumberGenerator(seed: seed &* 31 &+ 7)
        for g in scenario.groups.indices {
            scenario.groups[g].mustForm = g == 0 || random.chance(0.4)
            scenario.groups[g].minSize = max(scenario.groups[g].minSize, random.int(in: 1...4))
            scenario.groups[g].maxSize = max(scenario.groups[g].maxSize, scenario.groups[g].minSize)
        }
        return scenario
    }

    @Test("every 'a match exists' and every 'still no match' holds for the modify section, re-solved",
          arguments: batches)
    func claimsHold(batch: Int) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("conflict-trials-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = MatchOptions()
        options.explainsConflicts = false
        let plain = MatchEngine(options: options)

        var infeasible = 0, claims = 0, matches = 0
        for seed in UInt64(batch * 1_000)..<UInt64(batch * 1_000 + 400) where infeasible < Self.wanted {
            let scenario = Self.scenario(seed: seed)
            guard scenario.validationIssues().isEmpty else { continue }
            let result = try MatchEngine().solve(scenario)
            guard result.status == .infeasible else { continue }
            infeasible += 1
            let base = folder.appendingPathComponent("base-\(seed).json")
            try ScenarioWriter.data(scenario, format: .json).write(to: base)
            for rule in result.conflict ?? [] {
                let tried = try #require(rule.tried, "seed \(seed): \(rule.statement) untried")
                var attempts = [(tried.modify, tried.status, tried.housed)]
                if let smaller = tried.smallerChange { attempts.append((smaller.modify, smaller.status, nil)) }
                #expect(tried.outcome.hasPrefix("a match exists") == tried.givesMatch)
                for (index, (modify, status, housed)) in attempts.enumerated() {
                    // Through a variant file and the variant reader, as a user would re-run it.
                    let variant = folder.appendingPathComponent("variant-\(seed)-\(claims)-\(index).json")
                    let fragment = try JSONSerialization.jsonObject(with: JSONEncoder().encode(modify))
                    try JSONSerialization.data(withJSONObject: ["base": base.lastPathComponent, "modify": fragment])
                        .write(to: variant)
                    let changed = try ScenarioLoader.loadVariant(path: variant.path).scenario
                    let own = try modify.applied(to: scenario)
                    #expect(changed.seekers == own.seekers && changed.groups == own.groups
                            && changed.sites == own.sites && changed.providers == own.providers,
                            "seed \(seed): \(modify) reads differently")
                    let solved = try plain.solve(changed)
                    let context = "seed \(seed): \(rule.statement); with \(index == 0 ? tried.change : tried.smallerChange!.change)"
                    switch status {
                    case .optimal, .feasible:
                        let found = solved.status
                        #expect(found == .optimal, "\(context): claimed a match")
                        if solved.hasMatch {
                            #expect(MatchChecker(scenario: changed).violations(of: solved.match).isEmpty)
                            #expect(housed == solved.housedCount, "\(context)")
                        }
                        matches += 1
                    case .infeasible:
                        let found = solved.status
                        #expect(found == .infeasible, "\(context): claimed no match")
                    case .noSolution:
                        Issue.record("\(context): no answer in time on a small scenario")
                    }
                    claims += 1
                }
            }
        }
        #expect(infeasible == Self.wanted, "only \(infeasible) infeasible scenarios in batch \(batch)")
        #expect(matches > 0 && claims > matches, "both kinds of claim are exercised")
    }
}
