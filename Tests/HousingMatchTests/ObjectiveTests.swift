import HousingMatch
import Testing

/// The lexicographic objective of MODEL.md: housed first, then fit.
@Suite("Objective")
struct ObjectiveTests {
    private func solve(_ scenario: Scenario) throws -> MatchResult {
        try MatchEngine().solve(scenario)
    }

    @Test("priority decides who is housed when places are short")
    func priority() throws {
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", priority: 1), Build.seeker("b", priority: 2)],
            groups: [Build.group("g1", max: 1)],
            sites: [Build.site("s1")]))
        #expect(result.objective?.housed == 2)
        #expect(result.members(of: "g1") == ["b"])
    }

    @Test("a seeker joins its preferred group when both have room")
    func preferenceRank() throws {
        // Preferences [g2, g1]: rank(g2) = 1, rank(g1) = 0.5.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", preferences: ["g2", "g1"])],
            groups: [Build.group("g1"), Build.group("g2")],
            sites: [Build.site("s1"), Build.site("s2")]))
        #expect(result.status == .optimal)
        #expect(result.members(of: "g2") == ["a"])
        #expect(abs((result.objective?.preference ?? 0) - 1.0) < 1e-6)
    }

    @Test("values overlap counts when no preference is given")
    func valuesOverlap() throws {
        // Tags {green, faith} against g1 {green, music}: 1/2; against g2 {quiet}: 0. Weight 0.5.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", tags: ["green", "faith", "green"])],
            groups: [Build.group("g1", values: ["green", "music"]), Build.group("g2", values: ["quiet"])],
            sites: [Build.site("s1"), Build.site("s2")]))
        #expect(result.members(of: "g1") == ["a"])
        #expect(abs((result.objective?.preference ?? 0) - 0.25) < 1e-6)
    }

    @Test("weights change which fit counts")
    func weights() throws {
        // a prefers g2 but shares g1's values. With preference weight 0, values decide.
        var scenario = Scenario(
            seekers: [Build.seeker("a", preferences: ["g2"], tags: ["green"])],
            groups: [Build.group("g1", values: ["green"]), Build.group("g2")],
            sites: [Build.site("s1"), Build.site("s2")])
        #expect(try solve(scenario).members(of: "g2") == ["a"])
        scenario.weights = ObjectiveWeights(preference: 0, values: 1)
        #expect(try solve(scenario).members(of: "g1") == ["a"])
    }

    @Test("fit never costs a household its place")
    func stageOneIsKept() throws {
        // a would fit g1 best, but b can only live in Houten where g1 is;
        // housing both puts a in g2 with fit 0.
        let result = try solve(Scenario(
            seekers: [Build.seeker("a", preferences: ["g1"]), Build.seeker("b", towns: ["Houten"])],
            groups: [Build.group("g1", max: 1, towns: ["Houten"]), Build.group("g2", max: 1, towns: ["Zeist"])],
            sites: [Build.site("s1", town: "Houten"), Build.site("s2", town: "Zeist")]))
        #expect(result.objective?.housed == 2)
        #expect(result.members(of: "g1") == ["b"])
        #expect(result.objective?.preference == 0)
    }
}
