import HousingMatch
import Testing

/// GLPK (with the stage steps) and CBC (searching each stage directly) must
/// agree wherever both prove an optimum: the same housed and fit values.
@Suite("Both backends give the same optimum")
struct BackendAgreementTests {
    static let cases: [(ScenarioGenerator.Family, UInt64)] =
        ScenarioGenerator.Family.allCases.flatMap { family in (1...3).map { (family, UInt64($0)) } }

    @Test("small generated scenarios of both families", arguments: cases)
    func sameOptimum(family: ScenarioGenerator.Family, seed: UInt64) throws {
        let scenario = ScenarioGenerator(size: .init(seekers: 60, groups: 6, sites: 8, providers: 3),
                                         seed: seed, family: family).generate()
        var glpkOptions = MatchOptions(timeLimit: 60, threads: 1)
        glpkOptions.solver = .glpk
        var cbcOptions = glpkOptions
        cbcOptions.solver = .cbc
        let glpk = try MatchEngine(options: glpkOptions).solve(scenario)
        let cbc = try MatchEngine(options: cbcOptions).solve(scenario)
        try #require(glpk.status == .optimal && cbc.status == .optimal, "\(glpk.status), \(cbc.status)")
        let (a, b) = (try #require(glpk.objective), try #require(cbc.objective))
        #expect(abs(a.housed - b.housed) < 1e-6)
        #expect(abs(a.preference - b.preference) < 1e-6)
        #expect(MatchChecker(scenario: scenario).violations(of: cbc.match).isEmpty)
    }
}
