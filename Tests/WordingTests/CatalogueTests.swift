import Testing
@testable import Wording

@Suite("The message catalogue")
struct CatalogueTests {
    @Test("every message has both languages, the same placeholders in each, and a key of its own")
    func everyMessageComplete() {
        var keys: Set<String> = []
        for message in Catalogue.all {
            #expect(!message.nl.isEmpty && !message.en.isEmpty, "\(message.key) lacks a translation")
            #expect(Message.placeholders(in: message.nl) == Message.placeholders(in: message.en),
                    "\(message.key) has other placeholders in nl than in en")
            #expect(keys.insert(message.key).inserted, "\(message.key) is used twice")
        }
        #expect(Catalogue.all.count > 100)
    }

    @Test("placeholders are filled in order, in the language asked")
    func filling() {
        let message = Message("test", nl: "{0} van de {1} huishoudens", en: "{0} of {1} households")
        #expect(message(.nl, 38, 60) == "38 van de 60 huishoudens")
        #expect(message(.en, 38, 60) == "38 of 60 households")
        // A brace that is no placeholder stays as written.
        #expect(Message("b", nl: "{x} {0}", en: "{x} {0}")(.nl, 1) == "{x} 1")
    }

    @Test("numbers as each language writes them", arguments: [
        // Dutch puts a no-break space (U+00A0) after the sign, so that "€" and its amount stay on one line.
        (Language.nl, 1020.0, "€\u{00A0}1.020", "1.020"), (.en, 1020, "€1,020", "1,020"), (.nl, 950, "€\u{00A0}950", "950"),
        (.nl, 12500, "€\u{00A0}12.500", "12.500"), (.en, 12500, "€12,500", "12,500"),
        (.nl, 39.5, "€\u{00A0}39,5", "39,5"), (.en, 13.92, "€13.92", "13.92"),
        (.nl, -0.25, "€\u{00A0}-0,25", "-0,25"),
    ])
    func numbers(language: Language, value: Double, euros: String, plain: String) {
        let numbers = NumberWording(language)
        #expect(numbers.euros(value) == euros)
        #expect(numbers.number(value) == plain)
    }

    @Test("care types in the words of care; unknown codes as written")
    func careWords() {
        #expect(DomainWords.careType("elderly", in: .nl) == "ouderenzorg")
        #expect(DomainWords.careTypeShort("GGZ", in: .nl) == "GGZ")
        #expect(DomainWords.careType("physical", in: .nl) == "lichamelijke beperking")
        #expect(DomainWords.careType("dementia", in: .nl) == "dementia")
        #expect(ListWording.joined(["a", "b", "c"], in: .nl) == "a, b en c")
    }

    @Test("a language code is read leniently", arguments: [("nl", Language.nl), ("NL", .nl), ("en-GB", .en)])
    func languageCodes(code: String, language: Language) {
        #expect(Language(code: code) == language)
        #expect(Language(code: "de") == nil)
    }
}
