import Testing
@testable import Wording

/// A household's care type is said only when the reader shows care details.
@Suite("Sentences without care details")
struct CareDetailsTests {
    @Test("a care type is said as [zorgsoort] / [care type] unless care is shown, inside nested sentences too")
    func careTypeKeptBack() {
        let sentence = Sentence(ReasonWords.noGroupFits, .sentence(Sentence(ReasonWords.noCareProvider, .careType("VG"), "Houten")))
        #expect(sentence.text(in: .nl, showingCare: true) == "kan nergens terecht: geen zorgaanbieder voor VG in Houten")
        #expect(sentence.text(in: .nl, showingCare: false) == "kan nergens terecht: geen zorgaanbieder voor [zorgsoort] in Houten")
        #expect(sentence.text(in: .en, showingCare: false) == "no group fits: no [care type] care provider serves Houten")
        #expect(sentence.text(in: .en, showingCare: true) == sentence.text(in: .en))
    }

    @Test("a list of care types kept back names [zorgsoort] once; other values stay as they are")
    func listsNameItOnce() {
        let rule = Sentence(ConflictWords.acceptsOnlyCare, "g1", .or([.careType("elderly"), .careType("VG")]))
        #expect(rule.text(in: .nl, showingCare: true) == "g1 neemt alleen ouderenzorg of VG aan")
        #expect(rule.text(in: .nl, showingCare: false) == "g1 neemt alleen [zorgsoort] aan")
        let rent = Sentence(ReasonWords.rentAbove, .euros(1020), .euros(950))
        #expect(rent.withoutCareTypes == rent)
    }
}
