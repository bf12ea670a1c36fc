import HousingMatch
@testable import HousingMatchCLI
import Testing

/// The conflict section of `solve`'s table: the rules as what they are, and
/// under each, the change it was tried with and what that solve gave.
@Suite("Rendering a conflict")
struct ConflictReportTests {
    static let rent = ConflictingRule(
        kind: .rent, subjects: ["s1"], statement: "s1 (Houten) has a rent of 1000",
        tried: ConflictTrial(change: "s1's rent at 900",
                             modify: ScenarioModification(.sites, "s1", [(key: "rent", value: .integer(900))]),
                             status: .optimal, housed: 4,
                             outcome: "a match exists; g1 forms with 4 households, 4 housed in all",
                             smallerChange: .init(change: "s1's rent at 950",
                                                  modify: ScenarioModification(.sites, "s1", [(key: "rent", value: .integer(950))]),
                                                  status: .infeasible)))
    static let minimum = ConflictingRule(
        kind: .providerMinimum, subjects: ["c1"], statement: "c1 serves at least 2 clients at a site",
        tried: ConflictTrial(change: "c1 at a minimum of 0 clients per site",
                             modify: ScenarioModification(.providers, "c1", [(key: "minClientsPerSite", value: .integer(0))]),
                             status: .infeasible, housed: nil, outcome: "still no match"))
    static let mustForm = ConflictingRule(kind: .mustForm, subjects: ["g1"], statement: "g1 must form")

    @Test("each rule, then its trial; the smaller change that gave none; no promise")
    func wording() {
        let text = MatchReport.describe([Self.rent, Self.minimum])
        #expect(text == """
            These rules cannot all hold together:
              - s1 (Houten) has a rent of 1000
                changed on its own, with s1's rent at 900: a match exists; g1 forms with 4 households, 4 housed in all; \
            with s1's rent at 950: no match
              - c1 serves at least 2 clients at a site
                changed on its own, with c1 at a minimum of 0 clients per site: still no match
            """)
        #expect(!text.contains("loosen any"))
    }

    @Test("rules the time did not reach are said to be untried")
    func untried() {
        let text = MatchReport.describe([Self.minimum, Self.mustForm])
        #expect(text.hasSuffix("  - g1 must form\n  (the rules without a change below them were not tried in the time given)"))
        #expect(!MatchReport.describe([Self.mustForm]).contains("not tried"))
    }
}
