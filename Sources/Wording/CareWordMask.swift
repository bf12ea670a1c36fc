import Foundation

/// Keeps the words of care types out of plain text: for words that come without a
/// ``Sentence`` (a reason read from a file, a rule's stored statement, a cell of a list).
///
/// Where the library has a sentence, say it with ``Sentence/text(in:showingCare:)``
/// instead: that knows which values are care types. This mask knows only words: each
/// care type's code and its words in both languages (``DomainWords``), matched as
/// whole words, are said as "[zorgsoort]" / "[care type]". Names given to it (of
/// providers, groups, sites) are kept whole even when a care word is part of one:
/// "GGZ Kromme Rijn" stays.
public struct CareWordMask: Sendable {
    private let words: [String]
    private let names: [String]
    private let replacement: String

    /// A mask for `careTypes` (codes, such as the scenario's), keeping `names` whole,
    /// saying a hidden care type in `language`. The care types ``DomainWords`` knows
    /// are always masked too.
    public init(careTypes: some Sequence<String>, keepingWhole names: some Sequence<String> = [String](),
                language: Language) {
        var codes = Set(careTypes.filter { !$0.isEmpty })
        codes.formUnion(DomainWords.careCodes)
        var words: Set<String> = []
        for code in codes {
            words.insert(code)
            for wording in Language.allCases {
                words.insert(DomainWords.careType(code, in: wording))
                words.insert(DomainWords.careTypeShort(code, in: wording))
            }
        }
        // Longest first, so that "VG (verstandelijke beperking)" goes before "VG".
        self.words = words.filter { !$0.isEmpty }.sorted { ($0.count, $0) > ($1.count, $1) }
        self.names = Set(names.filter { !$0.isEmpty }).sorted { ($0.count, $0) > ($1.count, $1) }
        replacement = CareDetailWords.hiddenCareType(language)
    }

    /// `text` with the words of every care type said as "[care type]", names kept whole.
    public func masked(_ text: String) -> String {
        var hidden = text
        // Names stand aside as marks no care word matches, and come back after.
        let present = names.enumerated().filter { hidden.contains($0.element) }
        for (index, name) in present {
            hidden = hidden.replacingOccurrences(of: name, with: "\u{E000}\(index)\u{E001}")
        }
        for word in words where hidden.range(of: word, options: .caseInsensitive) != nil {
            let pattern = "(?<![\\w-])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\w-])"
            hidden = hidden.replacingOccurrences(of: pattern, with: replacement, options: [.regularExpression, .caseInsensitive])
        }
        for (index, name) in present {
            hidden = hidden.replacingOccurrences(of: "\u{E000}\(index)\u{E001}", with: name)
        }
        return hidden
    }
}
