import Foundation
import HousingMatch
import Wording

/// Keeps care types out of sentences shown without care details.
///
/// A checked reason may name a care type ("no group accepts care type GGZ"),
/// the household's own or a founder's; without care details every care type of
/// the scenario is replaced by "[care type]". Providers' names are kept whole,
/// even when a care word is part of one ("GGZ Kromme Rijn").
struct CareWordMask {
    private let words: [String]
    private let providerNames: [String]
    private let replacement: String

    init(scenario: Scenario, language: Language) {
        var codes = Set(scenario.seekers.compactMap { $0.care?.type })
        for provider in scenario.providers { codes.formUnion(provider.careTypes) }
        for group in scenario.groups { codes.formUnion(group.acceptsCare ?? []) }
        var words: Set<String> = []
        for code in codes where !code.isEmpty {
            for other in Language.allCases {
                words.insert(code)
                words.insert(DomainWords.careType(code, in: other))
                words.insert(DomainWords.careTypeShort(code, in: other))
            }
        }
        self.words = words.sorted { $0.count > $1.count }
        providerNames = Set(scenario.providers.map(\.displayName)).sorted { $0.count > $1.count }
        replacement = CareDetailWords.hiddenCareType(language)
    }

    /// `text` with every care type replaced.
    func masked(_ text: String) -> String {
        var hidden = text
        // Providers' names stand aside as markers while care words are replaced.
        for (index, name) in providerNames.enumerated() where !name.isEmpty {
            hidden = hidden.replacingOccurrences(of: name, with: "\u{E000}\(index)\u{E001}")
        }
        for word in words {
            let pattern = "(?<![\\w-])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\w-])"
            hidden = hidden.replacingOccurrences(of: pattern, with: replacement, options: [.regularExpression, .caseInsensitive])
        }
        for (index, name) in providerNames.enumerated() where !name.isEmpty {
            hidden = hidden.replacingOccurrences(of: "\u{E000}\(index)\u{E001}", with: name)
        }
        return hidden
    }
}
