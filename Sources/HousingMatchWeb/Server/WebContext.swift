import Hummingbird
import Wording

/// What every handler knows about the visitor besides the request itself:
/// the language, whether care details are shown, and the form token.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The visitor's CSRF token, written into every form (``AccessGuard`` sets it).
    public var csrfToken = ""
    public var language: Language = .nl
    /// Care type and hours are health data: hidden unless the visitor switches them on.
    public var showsCare = false

    public init(source: Source) {
        coreContext = .init(source: source)
    }
}
