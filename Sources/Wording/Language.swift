/// A language the tool speaks. Dutch first: the people who found woongroepen,
/// coordinate care and offer sites read Dutch; English is for everyone else.
public enum Language: String, Sendable, CaseIterable, Hashable {
    case nl
    case en

    /// The language's own name, as a switch between them shows it.
    public var ownName: String {
        switch self {
        case .nl: "Nederlands"
        case .en: "English"
        }
    }

    /// Reads a code such as `nl`, `NL` or `en-GB`; nil for a language we do not speak.
    public init?(code: String) {
        let prefix = code.lowercased().prefix(2)
        guard let language = Language(rawValue: String(prefix)) else { return nil }
        self = language
    }
}
