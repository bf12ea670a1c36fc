import Testing
import Wording

@Suite("One mask for care words in plain text")
struct CareWordMaskTests {
    @Test("masks a care type's code and words in both languages, as whole words, and keeps names whole")
    func masks() {
        let mask = CareWordMask(careTypes: ["GGZ", "woonbegeleiding"], keepingWhole: ["GGZ Kromme Rijn"], language: .en)
        #expect(mask.masked("no group accepts care type GGZ") == "no group accepts care type [care type]")
        #expect(mask.masked("geen aanbieder van ouderenzorg in Zeist") == "geen aanbieder van [care type] in Zeist")
        #expect(mask.masked("h3 needs woonbegeleiding") == "h3 needs [care type]")
        #expect(mask.masked("c3 (GGZ Kromme Rijn) serves GGZ") == "c3 (GGZ Kromme Rijn) serves [care type]")
        // Not inside another word or an id.
        #expect(mask.masked("VGZ-polis, h17-VG") == "VGZ-polis, h17-VG")
        #expect(CareWordMask(careTypes: [], language: .nl).masked("elderly") == "[zorgsoort]")
    }
}
