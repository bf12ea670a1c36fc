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
}
