import HousingMatch
import LinearProgramming
import Testing

/// The same scenario gives the same programme, row for row, every time it is
/// built. GLPK is deterministic for a given programme, so this is what makes
/// an answer (and its time) repeatable; and an unchanged region's part must be
/// recognised as unchanged after a change elsewhere (``MatchOptions/earlierSolve``).
@Suite("Reproducible programmes")
struct ReproducibleProgrammeTests {
    @Test("each formulation builds the same programme, row for row, every time")
    func sameProgrammeEveryTime() throws {
        let scenario = ScenarioGenerator(size: .init(seekers: 300, groups: 25, sites: 30, providers: 6), seed: 7)
            .generate()
        // Rows that came in a dictionary's or a set's order did differ between builds.
        try #require(scenario.seekers.contains { !$0.apart.isEmpty })
        try #require(scenario.groups.contains { $0.founders.count > 1 })
        let engine = MatchEngine()
        for formulation in ProgrammeFormulation.allCases {
            let first = try engine.programme(for: scenario, stage: .housed, formulation: formulation)
            for _ in 0..<4 {
                let again = try engine.programme(for: scenario, stage: .housed, formulation: formulation)
                #expect(Self.firstDifference(again, first) == nil, "\(formulation)")
            }
        }
    }

    /// Where two programmes first differ (a row by name), or `nil` when they are the same.
    private static func firstDifference(_ a: LinearModel, _ b: LinearModel) -> String? {
        guard a != b else { return nil }
        if a.variables != b.variables { return "the variables" }
        if let (x, y) = zip(a.constraints, b.constraints).first(where: { $0 != $1 }) {
            return "row \(x.name) where the first build has \(y.name)"
        }
        return a.constraints.count != b.constraints.count ? "the number of rows" : "the objective"
    }
}
