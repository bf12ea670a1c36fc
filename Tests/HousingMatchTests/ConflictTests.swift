@testable import HousingMatch
import Testing

/// Infeasible scenarios explained: a smallest set of rules that cannot all hold.
@Suite("Conflicting rules")
struct ConflictTests {
    private func conflict(_ scenario: Scenario) throws -> [ConflictingRule] {
        let result = try MatchEngine().solve(scenario)
        try #require(result.status == .infeasible)
        return try #require(result.conflict)
    }

    private func names(_ rules: [ConflictingRule]) -> Set<String> {
        Set(rules.map { "\($0.kind.rawValue) \($0.subjects.joined(separator: ","))" })
    }

    /// The set really conflicts, and is smallest: with every other listed rule
    /// loosened no match exists, and loosening any one of its own then lets one
    /// exist (with the others still loosened: on the scenario itself it may not;
    /// see ConflictTrialTests). Judged by the engine, apart from the finder's own
    /// feasibility checks.
    private func expectIrreducible(_ scenario: Scenario, _ conflict: [ConflictingRule],
                                   requiring requirements: [MatchRequirement] = []) throws {
        let candidates = ConflictFinder(scenario: scenario, backend: MatchEngine.defaultBackend,
                                        requirements: requirements).candidates()
        let engine = MatchEngine(options: MatchOptions(requirements: requirements))
        // Compared as rules, without what trying each one gave.
        let members = Set(conflict.map { ConflictingRule(kind: $0.kind, subjects: $0.subjects, statement: $0.statement) })
        var rest = scenario
        for candidate in candidates where !members.contains(candidate.rule) { candidate.loosen(&rest) }
        #expect(try engine.solve(rest).status == .infeasible, "the named rules alone must conflict")
        for candidate in candidates where members.contains(candidate.rule) {
            var loosened = rest
            candidate.loosen(&loosened)
            #expect(try engine.solve(loosened).hasMatch, "loosening \(candidate.rule.statement) must let a match exist")
        }
    }

    @Test("a group that must form in a town where its common-room site is too small")
    func tooSmallSite() throws {
        // g2 must form; founder h8 accepts only Houten; Houten's only site with a
        // common room (s1) has 4 dwellings, its other site (s2) no common room;
        // g2 needs 5 members. Zeist's site would do, but h8 will not go there.
        let scenario = Scenario(
            seekers: [Build.seeker("h3"), Build.seeker("h8", towns: ["Houten"])]
                + (1...4).map { Build.seeker("h\(10 + $0)") },
            groups: [Build.group("g2", min: 5, founders: ["h3", "h8"], mustForm: true, commonRoom: true)],
            sites: [Build.site("s1", town: "Houten", units: 4, commonRoom: true),
                    Build.site("s2", town: "Houten", units: 10),
                    Build.site("s3", town: "Zeist", units: 10, commonRoom: true)])
        let rules = try conflict(scenario)
        #expect(names(rules) == ["dwellings s1", "noCommonRoom s2", "householdTowns h8", "commonRoom g2",
                                 "minimumSize g2", "founder g2,h8", "mustForm g2"])
        #expect(rules.map(\.statement).contains("s1 (Houten) has 4 dwellings"))
        #expect(rules.last?.statement == "g2 must form")
        try expectIrreducible(scenario, rules)
    }

    @Test("two groups that must form and one site")
    func oneSiteTwoGroups() throws {
        let scenario = Scenario(seekers: [Build.seeker("h1"), Build.seeker("h2")],
                                groups: [Build.group("g1", mustForm: true), Build.group("g2", mustForm: true)],
                                sites: [Build.site("s1")])
        let rules = try conflict(scenario)
        #expect(names(rules) == ["mustForm g1", "mustForm g2"])
        try expectIrreducible(scenario, rules)
    }

    @Test("a founder whose care no provider offers")
    func careNobodyOffers() throws {
        let scenario = Scenario(seekers: [Build.seeker("h1", care: "GGZ"), Build.seeker("h2")],
                                groups: [Build.group("g1", founders: ["h1"], mustForm: true)],
                                sites: [Build.site("s1")],
                                providers: [Build.provider("c1", types: ["VG"])])
        let rules = try conflict(scenario)
        #expect(names(rules) == ["careNeed h1", "founder g1,h1", "mustForm g1"])
        try expectIrreducible(scenario, rules)
    }

    @Test("a founder who must live with a household that cannot pay the rent")
    func partnerCannotPay() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("h1", together: ["h2"]), Build.seeker("h2", maxRent: 500)],
            groups: [Build.group("g1", founders: ["h1"], mustForm: true)],
            sites: [Build.site("s1", rent: 800)])
        let rules = try conflict(scenario)
        // h1 founding g1 is not needed: nobody but h1 and h2 could join g1 anyway.
        #expect(names(rules) == ["rent s1", "rentLimit h2", "together h1,h2", "mustForm g1"])
        try expectIrreducible(scenario, rules)
    }

    @Test("a care provider too small for the clients a group must hold", arguments: [1, 2])
    func providerTooSmall(capacity: Int) throws {
        // g1 must form and wants at least half its 4 members with VG care; c1 can serve `capacity`.
        let scenario = Scenario(
            seekers: (1...4).map { Build.seeker("h\($0)", care: $0 <= 2 ? "VG" : nil) } + [Build.seeker("h5")],
            groups: [Build.group("g1", min: 4, mustForm: true, careShare: (0.5, 1))],
            sites: [Build.site("s1")],
            providers: [Build.provider("c1", types: ["VG"], capacity: capacity)])
        let result = try MatchEngine().solve(scenario)
        if capacity >= 2 {
            #expect(result.hasMatch && result.conflict == nil)
        } else {
            let rules = try #require(result.conflict)
            #expect(names(rules).isSuperset(of: ["providerCapacity c1", "careShareMinimum g1", "mustForm g1"]))
            try expectIrreducible(scenario, rules)
        }
    }

    @Test("a required placement that no match allows is explained by the rules that keep it out")
    func impossibleRequirement() throws {
        // h1 passes every hard filter of g1, but c1 only comes for two VG clients and h1 is the only one.
        let scenario = Scenario(
            seekers: [Build.seeker("h1", care: "VG"), Build.seeker("h2")],
            groups: [Build.group("g1")], sites: [Build.site("s1")],
            providers: [Build.provider("c1", types: ["VG"], minClients: 2)])
        let requirement = MatchRequirement.joins("h1", "g1")
        let outcome = try WhatIf(scenario).outcome(requiring: [requirement], explainingConflict: true)
        #expect(outcome.status == .infeasible)
        let rules = try #require(outcome.conflict)
        #expect(names(rules) == ["providerMinimum c1", "careNeed h1"])
        try expectIrreducible(scenario, rules, requiring: [requirement])
        // Without being asked, a what-if question does not spend solves on the reason.
        #expect(try WhatIf(scenario).outcome(requiring: [requirement]).conflict == nil)
    }

    @Test("no conflict is sought when a match exists, or when it is not asked for")
    func onlyWhenInfeasible() throws {
        let feasible = Scenario(seekers: [Build.seeker("h1")], groups: [Build.group("g1", mustForm: true)],
                                sites: [Build.site("s1")])
        #expect(try MatchEngine().solve(feasible).conflict == nil)
        let infeasible = Scenario(seekers: [Build.seeker("h1")], groups: [Build.group("g1", mustForm: true)], sites: [])
        var options = MatchOptions()
        options.explainsConflicts = false
        let result = try MatchEngine(options: options).solve(infeasible)
        #expect(result.status == .infeasible && result.conflict == nil)
    }
}
