@testable import HousingMatch
import Testing

@Suite("Placement costs in words")
struct PlacementCostTests {
    private func cost(displacing count: Int, proven: Bool) -> PlacementCost {
        PlacementCost(WhatIf.Outcome(
            status: proven ? .optimal : .feasible, housedChange: -Double(count), householdsChange: -count,
            newlyHoused: [], noLongerHoused: (1...count).map { SeekerID("h\($0)") }, proven: proven,
            match: Match(), conflict: nil, seconds: 0))
    }

    @Test("one displaced household is named; a long list is counted after eight; unproven reads at most")
    func wording() {
        #expect(cost(displacing: 1, proven: true).description == "h1 loses their place")
        #expect(cost(displacing: 3, proven: false).description == "at most 3 lose their place: h1, h2, h3")
        #expect(cost(displacing: 12, proven: true).description
                == "12 lose their place: h1, h2, h3, h4, h5, h6, h7, h8 and 4 more")
        #expect(cost(displacing: 12, proven: true).displaced.count == 12)
    }
}
