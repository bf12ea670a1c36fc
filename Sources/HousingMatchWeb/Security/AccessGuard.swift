import Foundation
import HTTPTypes
import Hummingbird
import Wording

/// Lets a request through only when it may come: the access token when one is
/// required, a Host header naming this server (so that another site cannot
/// reach it through DNS rebinding), and on every form post the visitor's CSRF
/// token. It also reads the visitor's language and care switch from cookies.
struct AccessGuard: RouterMiddleware {
    typealias Context = WebContext

    static let accessCookie = "hm_toegang"
    static let csrfCookie = "hm_csrf"
    static let languageCookie = "hm_taal"
    static let careCookie = "hm_zorg"
    /// The form field every form carries.
    static let csrfField = "csrf"

    let accessToken: String?
    let defaultLanguage: Language
    let maximumBodyBytes: Int
    /// Host names a visitor may use for this server; empty accepts any (a non-loopback address with a token).
    let allowedHosts: @Sendable () -> Set<String>

    func handle(_ request: Request, context: WebContext,
                next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        let cookies = request.cookies
        context.language = cookies[Self.languageCookie].flatMap { Language(code: $0.value) } ?? defaultLanguage
        context.showsCare = cookies[Self.careCookie]?.value == "1"

        let hosts = allowedHosts()
        if !hosts.isEmpty, let host = request.head.authority, !hosts.contains(host.lowercased()) {
            return refusal(.misdirectedRequest, AccessWords.wrongHost, context)
        }
        if let accessToken {
            if let given = request.uri.queryParameters["toegang"].map(String.init) {
                guard SecretToken.matches(given, accessToken) else {
                    return refusal(.unauthorized, AccessWords.tokenNeeded, context)
                }
                // From the link printed at start: keep the token in a cookie, and out of the address bar and history.
                var response = PageResponse.redirect(to: request.uri.path)
                response.headers.append(Self.cookie(Self.accessCookie, accessToken))
                return response
            }
            let bearer = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
            guard SecretToken.matches(cookies[Self.accessCookie]?.value ?? bearer, accessToken) else {
                return refusal(.unauthorized, AccessWords.tokenNeeded, context)
            }
        }

        let existing = cookies[Self.csrfCookie]?.value
        let csrf = existing.flatMap { $0.count == 64 ? $0 : nil } ?? SecretToken.make()
        context.csrfToken = csrf
        if request.method == .post {
            if let origin = request.headers[.origin], origin != "null",
               !hosts.isEmpty, !hosts.contains(Self.hostOfOrigin(origin)) {
                return refusal(.forbidden, AccessWords.csrfRefused, context)
            }
            // The token comes as a header (scripts) or as the first field of the form, which is read here
            // and handed on, so that no handler can forget the check.
            let fromHeader = request.headers[HTTPField.Name("X-CSRF-Token")!]
            var request = request
            var fields: FormFields?
            var multipartToken: String?
            if fromHeader == nil {
                let buffer = try await request.body.collect(upTo: maximumBodyBytes)
                let contentType = request.headers[.contentType]
                if MultipartForm.isMultipart(contentType) {
                    // An upload: the token is a field of the multipart body, read by the same small reader as the file.
                    let form = try? MultipartForm(body: Data(buffer.readableBytesView), contentType: contentType ?? "")
                    fields = FormFields(encoded: "")
                    multipartToken = form?[Self.csrfField]
                } else {
                    fields = FormFields(encoded: String(buffer: buffer))
                }
                request.body = .init(buffer: buffer)
            }
            guard let existing, SecretToken.matches(fromHeader ?? multipartToken ?? fields?[Self.csrfField], existing) else {
                return refusal(.forbidden, AccessWords.csrfRefused, context)
            }
            return try await next(request, context)
        }
        var response = try await next(request, context)
        if existing != csrf { response.headers.append(Self.cookie(Self.csrfCookie, csrf)) }
        return response
    }

    /// A cookie only this server's pages send back: not to scripts, not from other sites.
    static func cookie(_ name: String, _ value: String, maxAge: Int? = nil) -> HTTPField {
        var text = "\(name)=\(value); Path=/; HttpOnly; SameSite=Strict"
        if let maxAge { text += "; Max-Age=\(maxAge)" }
        return HTTPField(name: .setCookie, value: text)
    }

    private static func hostOfOrigin(_ origin: String) -> String {
        guard let schemeEnd = origin.range(of: "://") else { return origin.lowercased() }
        return String(origin[schemeEnd.upperBound...]).lowercased()
    }

    private func refusal(_ status: HTTPResponse.Status, _ message: Message, _ context: WebContext) -> Response {
        PageResponse.html(ErrorPage.render(title: message, detail: nil, language: context.language), status: status)
    }
}
