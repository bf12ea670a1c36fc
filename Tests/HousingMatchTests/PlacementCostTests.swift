import Foundation
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

    @Test("without the two matches: one displaced household is named; a long list is counted after eight; unproven reads at most")
    func wording() {
        #expect(cost(displacing: 1, proven: true).description == "h1 loses their place")
        #expect(cost(displacing: 3, proven: false).description == "at most 3 lose their place: h1, h2 and h3")
        #expect(cost(displacing: 12, proven: true).description
                == "12 lose their place: h1, h2, h3, h4, h5, h6, h7, h8 and 4 more")
        #expect(cost(displacing: 12, proven: true).displaced.count == 12)
    }

    @Test("trial changes are written with named fields in JSON, never _0, and read back")
    func changeCoding() throws {
        let changes: [TrialChange] = [
            .capacity(.dwelling("s1")), .site(SiteEdit(site: "s6", units: 8)), .minSize(group: "g1", to: 5),
            .maxSize(group: "g1", to: 9), .careShare(group: "g1", min: 0.1, max: 0.6), .withoutCommonRoom(group: "g2"),
            .acceptsCare(group: "g2", careType: "VG"), .town(group: "g2", town: "Zeist"), .minGenerations(group: "g3", to: 1),
            .minClientsPerSite(provider: "c3", to: 1),
        ]
        let data = try JSONEncoder().encode(changes)
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(!text.contains("_0") && !text.contains("_1"), "\(text)")
        #expect(text.contains(#"{"site":{"site":"s6","units":8}}"#) || text.contains(#"{"site":{"units":8,"site":"s6"}}"#), "\(text)")
        #expect(try JSONDecoder().decode([TrialChange].self, from: data) == changes)
    }
}
