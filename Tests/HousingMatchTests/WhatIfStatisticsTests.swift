import Foundation
import HousingMatch
import Testing

/// A what-if answer carries its re-solve's statistics (each stage's time and
/// what settled it), for measuring where a trial's time goes.
@Suite("What-if statistics")
struct WhatIfStatisticsTests {
    /// One place; h1 counts twice as much as h2.
    private let onePlace = Scenario(seekers: [Build.seeker("h1", priority: 2), Build.seeker("h2")],
                                    groups: [Build.group("g1", max: 1)], sites: [Build.site("s1")])

    @Test("a stable re-solve reports its three stages")
    func threeStages() throws {
        let outcome = try WhatIf(onePlace).outcome(requiring: [.joins("h2", "g1")])
        #expect(outcome.statistics.stageSeconds.count == 3)
        #expect(outcome.statistics.settledBy.count == 3)
        #expect(outcome.statistics.totalSeconds == outcome.seconds)
    }

    @Test("the statistics stay out of the answer's file form")
    func notEncoded() throws {
        let outcome = try WhatIf(onePlace).outcome(requiring: [.joins("h2", "g1")])
        let json = try #require(String(data: JSONEncoder().encode(outcome), encoding: .utf8))
        #expect(!json.contains("statistics"))
        #expect(json.contains("housedChange"))
        let decoded = try JSONDecoder().decode(WhatIf.Outcome.self, from: Data(json.utf8))
        #expect(decoded.housedChange == outcome.housedChange)
    }
}
