import HousingMatch
import Testing

/// Every claim a reason makes about a group that does not form ("cannot form
/// at all", "could form at s11 with 11 members, but then … houses 1 fewer")
/// holds when the engine solves exactly the scenario the claim is about: the
/// group required to form, everything else as it is. Over a hundred random
/// small scenarios, most with groups left out.
@Suite("Claims about groups that do not form hold when solved")
struct FormingClaimPropertyTests {
    /// Claims checked per verdict, over all seeds of one batch.
    struct Tally { var cannotForm = 0, outcompeted = 0, blocked = 0 }

    @Test("each verdict is borne out by a solve that requires the group to form", arguments: 0..<4)
    func claimsHold(batch: Int) throws {
        var tally = Tally()
        for seed in (batch * 26)..<(batch * 26 + 26) {
            var scenario = RandomScenarios.small(seed: UInt64(40_000 + seed), seekers: 6...12, groups: 2...4,
                                                 sites: 1...2, providers: 0...2)
            // More groups than sites, and strict rules, leave groups out: what the reasons are about.
            for g in scenario.groups.indices { scenario.groups[g].mustForm = false }
            for h in scenario.sites.indices {
                scenario.sites[h].municipality = scenario.sites[0].municipality
                scenario.sites[h].units = max(scenario.sites[h].units, 4)
            }
            // Households who could live at any of the sites, so that groups compete for them.
            for p in scenario.seekers.indices {
                scenario.seekers[p].municipalities = []
                scenario.seekers[p].maxRent = nil
            }
            // Every group (even seeds) or half of them with plain rules: those can form, and lose out to one another.
            for g in scenario.groups.indices where seed % 2 == 0 || g % 2 == 0 {
                scenario.groups[g].municipalities = []
                scenario.groups[g].careShare = Group.CareShare(min: 0, max: 1)
                scenario.groups[g].minGenerations = 1
                scenario.groups[g].supportRatio = 0
                scenario.groups[g].needsCommonRoom = false
                scenario.groups[g].acceptsCare = nil
            }
            let whatIf = try WhatIf(scenario)
            guard whatIf.base.status == .optimal else { continue }
            for group in scenario.groups where whatIf.base.site(of: group.id.rawValue) == nil {
                guard let check = try whatIf.formingCheck(of: group.id) else { continue }
                try expectBorneOut(check, in: scenario, base: whatIf.base, seed: seed, tally: &tally)
            }
        }
        // Not vacuous: each batch meets groups that cannot form and groups that lose out.
        #expect(tally.cannotForm >= 3, "\(tally)")
        #expect(tally.outcompeted >= 3, "\(tally)")
    }

    private func expectBorneOut(_ check: FormingCheck, in scenario: Scenario, base: MatchResult, seed: Int,
                                tally: inout Tally) throws {
        let required = try MatchEngine(options: MatchOptions(requirements: [.forms(check.group)])).solve(scenario)
        let context = Comment(rawValue: "seed \(40_000 + seed), \(check.group): \(check.message)")
        switch check.verdict {
        case .cannotForm:
            tally.cannotForm += 1
            #expect(required.status == .infeasible, context)
        case .blockedByMustForm:
            tally.blocked += 1
            #expect(required.status == .infeasible, context)
        case .outcompeted:
            tally.outcompeted += 1
            #expect(required.status == .optimal, context)
            guard check.proven, let site = check.site, let members = check.members else { return }
            // The claimed cost is the optimum's: as many housed as claimed, no more.
            let housedNow = try #require(base.objective?.housed), housedThen = try #require(required.objective?.housed)
            #expect(abs((housedThen - housedNow) - (check.housedChange ?? .nan)) < 1e-6, context)
            #expect(required.housedCount - base.housedCount == check.householdsChange, context)
            // And the match it describes is the one the engine gives (the same scenario, the same match).
            #expect(required.site(of: check.group.rawValue) == site.rawValue, context)
            #expect(required.members(of: check.group.rawValue)?.count == members, context)
            // Forming it never houses more than the best match: otherwise the best match was not best.
            #expect(housedThen <= housedNow + 1e-6, context)
        case .undecided:
            Issue.record("undecided without a time limit: \(context)")
        }
    }
}
