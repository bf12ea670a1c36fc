import Foundation
import LoopbackHTTP
import Testing
@testable import HousingMatchWeb

/// Who may ask the server what: the access token, the Host check, the form token, and the headers
/// every page carries.
@Suite("The server's guard", .serialized)
struct AccessGuardTests {
    @Test("with a token required, a request without it or with a wrong one is refused; the printed link lets in and sets a cookie")
    func accessToken() async throws {
        let token = WebConfiguration.makeAccessToken()
        let server = try await RunningServer.start(accessToken: token)
        defer { server.stop() }
        #expect(server.address.query == "toegang=\(token)")

        #expect(try await server.get("/begrippen").status == 401)
        #expect(try await server.get("/begrippen?toegang=\(String(repeating: "0", count: 64))").status == 401)
        #expect(try await server.get("/static/style.css").status == 401)

        let entry = try await server.get("/begrippen?toegang=\(token)")
        #expect(entry.status == 303)
        // The token leaves the address bar at once, and lives in a cookie only this site sends.
        #expect(entry.header("location") == "/begrippen")
        let cookie = try #require(entry.headers("set-cookie").first { $0.hasPrefix("hm_toegang=") })
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))

        #expect(try await server.get("/begrippen", headers: ["Cookie": "hm_toegang=\(token)"]).status == 200)
        #expect(try await server.get("/begrippen", headers: ["Authorization": "Bearer \(token)"]).status == 200)
        #expect(try await server.get("/begrippen", headers: ["Cookie": "hm_toegang=\(token.dropLast())"]).status == 401)
    }

    @Test("on 127.0.0.1 without a token, a request naming another host is refused (DNS rebinding)")
    func hostCheck() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        #expect(try await server.get("/begrippen").status == 200)
        let port = try #require(server.address.port)
        #expect(try await server.get("/begrippen", headers: ["Host": "localhost:\(port)"]).status == 200)
        #expect(try await server.get("/begrippen", headers: ["Host": "evil.example:\(port)"]).status == 421)
    }

    @Test("a form post without the visitor's CSRF token, or with another, is refused and changes nothing")
    func csrf() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let page = try await server.get("/begrippen")
        let csrf = try #require(page.cookie("hm_csrf"))
        #expect(page.text.contains("name=\"csrf\" value=\"\(csrf)\""))

        let other = String(repeating: "a", count: 64)
        let refused = try await server.post("/voorkeuren", form: "terug=%2F&taal=en")
        #expect(refused.status == 403)
        let wrong = try await server.post("/voorkeuren", form: "csrf=\(other)&terug=%2F&taal=en",
                                    headers: ["Cookie": "hm_csrf=\(csrf)"])
        #expect(wrong.status == 403)
        #expect(wrong.cookie("hm_taal") == nil)
        // From another site, even with a matching pair (a cookie it could not read anyway).
        let crossSite = try await server.post("/voorkeuren", form: "csrf=\(csrf)&terug=%2F&taal=en",
                                        headers: ["Cookie": "hm_csrf=\(csrf)", "Origin": "http://evil.example"])
        #expect(crossSite.status == 403)

        let accepted = try await server.post("/voorkeuren", form: "csrf=\(csrf)&terug=%2Fbegrippen&taal=en",
                                       headers: ["Cookie": "hm_csrf=\(csrf)"])
        #expect(accepted.status == 303)
        #expect(accepted.header("location") == "/begrippen")
        #expect(accepted.cookie("hm_taal") == "en")
        let english = try await server.get("/begrippen", headers: ["Cookie": "hm_csrf=\(csrf); hm_taal=en"])
        #expect(english.text.contains("<html lang=\"en\">"))
        #expect(english.text.contains("Glossary"))
    }

    @Test("every page says: our scripts and styles only, no framing, no caching of pages")
    func headers() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        for path in ["/begrippen", "/static/style.css", "/bestaat-niet"] {
            let response = try await server.get(path)
            let policy = try #require(response.header("content-security-policy"))
            #expect(policy.contains("default-src 'none'") && policy.contains("script-src 'self'")
                    && policy.contains("frame-ancestors 'none'"))
            #expect(!policy.contains("unsafe-inline"))
            #expect(response.header("x-content-type-options") == "nosniff")
            #expect(response.header("cache-control") == (path.hasPrefix("/static/") ? "public, max-age=3600" : "no-store"))
        }
        #expect(try await server.get("/bestaat-niet").status == 404)
    }
}
