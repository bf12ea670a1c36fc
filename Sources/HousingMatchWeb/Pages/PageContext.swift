import Foundation
import HousingMatch
import Wording

/// What every page is drawn with: the visitor's language and care switch, the
/// form token, and where in the workspace the page stands.
public struct PageContext: Sendable {
    public var language: Language
    public var showsCare: Bool
    public var csrfToken: String
    /// The page's own path, for forms that come back to it.
    public var path: String
    public var workspaceName: String

    /// A message in the visitor's language.
    public func text(_ message: Message, _ values: any CustomStringConvertible...) -> String {
        message.said(in: language, values: values.map(\.description))
    }

    public var numbers: NumberWording { NumberWording(language) }

    /// The hidden field every form carries (``AccessGuard`` refuses a post without it).
    public var csrfField: HTML {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(csrfToken)\">"
    }

    // MARK: What the library says, with care details kept back

    /// A sentence of the library (a reason, a rule, a finding) in the visitor's language.
    ///
    /// Every page says the library's sentences through here: unless the visitor
    /// switched on care details, a care type it names is said as "[zorgsoort]".
    public func text(_ sentence: Sentence) -> String {
        sentence.text(in: language, showingCare: showsCare)
    }

    /// A reason, rule or finding of the library, through ``text(_:)-(Sentence)``; one read
    /// from a file has only its stored English words, whose care words are kept back by name.
    public func text(_ saying: some LibrarySaying) -> String {
        if let sentence = saying.sentence { return text(sentence) }
        return withoutCareWords(saying.storedWords)
    }

    /// `words` with the words of care types taken out unless care is shown: for the
    /// library's words that come without a sentence. `careType` adds a code of the
    /// scenario's own to the ones ``DomainWords`` knows.
    public func withoutCareWords(_ words: String, careType: CareType? = nil) -> String {
        guard !showsCare else { return words }
        return CareWordMask(careTypes: [careType].compactMap { $0 }, language: language).masked(words)
    }
}

/// Something the library says as a ``Sentence`` when it built it, or as its
/// stored English words when it was read from a file.
public protocol LibrarySaying {
    var sentence: Sentence? { get }
    var storedWords: String { get }
}

extension UnassignedSeeker: LibrarySaying {
    public var storedWords: String { reason }
}

extension ProviderPlacements.Unplaced: LibrarySaying {
    public var storedWords: String { reason }
}

extension HardFilterReason: LibrarySaying {
    public var storedWords: String { text }
}

extension ConflictingRule: LibrarySaying {
    public var storedWords: String { statement }
}

extension FormingCheck: LibrarySaying {
    public var storedWords: String { message }
}
