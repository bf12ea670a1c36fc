import Hummingbird

/// Responses the pages send: HTML, JSON, redirects and refusals.
enum PageResponse {
    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page.rendered)))
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// After a form: back to a page of ours (303, so a reload does not post again).
    static func redirect(to path: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = LocalPath.checked(path)
        return Response(status: .seeOther, headers: headers)
    }
}

/// A path on this server, never another site: a `back` field of a form could
/// otherwise send the visitor anywhere.
enum LocalPath {
    static func checked(_ path: String?) -> String {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"),
              !path.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return "/" }
        return path
    }
}
