import Foundation
import Wording

/// Numbers in a text report in its language: English as the tool always wrote them
/// (``Format``), Dutch as people there write them ("39,5", "0,21 s").
struct LanguageFormat {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    func number(_ value: Double) -> String {
        language == .en ? Format.number(value) : NumberWording(language).number(value)
    }

    func seconds(_ value: Double) -> String {
        let text = Format.seconds(value)
        return language == .en ? text : text.replacingOccurrences(of: ".", with: NumberWording(language).decimalSeparator)
    }
}
