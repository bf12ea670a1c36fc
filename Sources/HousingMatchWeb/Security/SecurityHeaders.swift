import HTTPTypes
import Hummingbird
import Wording

/// Headers on every response: a strict Content-Security-Policy (our own
/// scripts and styles only, no inline code, nothing from elsewhere), no
/// framing, no referrer, and no caching of anything but the static files,
/// since pages may hold personal data.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            // Our own page for "not found" and "too large", in the visitor's language; others as the framework says.
            let language = request.cookies[AccessGuard.languageCookie].flatMap { Language(code: $0.value) } ?? .nl
            switch error.status {
            case .notFound:
                response = PageResponse.html(ErrorPage.render(title: AccessWords.notFound, detail: nil, language: language),
                                             status: .notFound)
            case .contentTooLarge:
                response = PageResponse.html(ErrorPage.render(title: AccessWords.tooLarge, detail: nil, language: language),
                                             status: .contentTooLarge)
            default:
                response = try error.response(from: request, context: context)
            }
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        if request.uri.path.hasPrefix("/static/") {
            response.headers[.cacheControl] = "public, max-age=3600"
        } else {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}
