import Foundation
import HousingMatch
import Testing

/// Requirements appear in the JSON of `site`, `candidates` and what-ifs, read
/// by people and by the web workspace: named fields, never Swift's `_0`/`_1`.
@Suite("Requirements in JSON")
struct RequirementCodingTests {
    @Test("each kind has named fields and reads back as itself",
          arguments: [MatchRequirement.housed("h1"), .joins("h1", "g2"), .forms("g2"), .takes("g2", "s3")])
    func namedFields(requirement: MatchRequirement) throws {
        let json = String(decoding: try JSONEncoder().encode(requirement), as: UTF8.self)
        #expect(!json.contains("_0") && !json.contains("_1"), "\(json)")
        #expect(try JSONDecoder().decode(MatchRequirement.self, from: Data(json.utf8)) == requirement)
    }

    @Test("a site taken by a group names both")
    func takes() throws {
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(MatchRequirement.takes("g1", "s1")))
        #expect((object as? [String: [String: String]]) == ["takes": ["group": "g1", "site": "s1"]])
    }
}
