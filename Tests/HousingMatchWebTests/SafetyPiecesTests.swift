import Testing
@testable import HousingMatchWeb

/// The small pieces the guard and the pages stand on.
@Suite("Web safety pieces")
struct SafetyPiecesTests {
    @Test("text interpolated into HTML is escaped; HTML is not escaped twice")
    func escaping() {
        let name = "<script>alert('x')</script> & \"co\""
        let html: HTML = "<td>\(name)</td>"
        #expect(html.rendered == "<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;</td>")
        let nested: HTML = "<tr>\(html)</tr>"
        #expect(nested.rendered == "<tr>" + html.rendered + "</tr>")
    }

    @Test("a way back after a form stays on this server", arguments: [
        ("/woongroep/g1", "/woongroep/g1"), ("//evil.example/x", "/"), ("https://evil.example", "/"),
        ("/\\evil", "/"), ("/a\nb", "/"), ("", "/"),
    ])
    func localPaths(given: String, expected: String) {
        #expect(LocalPath.checked(given) == expected)
    }

    @Test("tokens are 64 hex digits, differ each time, and compare exactly")
    func tokens() {
        let a = SecretToken.make(), b = SecretToken.make()
        #expect(a.count == 64 && a.allSatisfy(\.isHexDigit))
        #expect(a != b)
        #expect(SecretToken.matches(a, a))
        #expect(!SecretToken.matches(b, a))
        #expect(!SecretToken.matches(String(a.dropLast()), a))
        #expect(!SecretToken.matches(a + "0", a))
        #expect(!SecretToken.matches(nil, a))
    }

    @Test("form fields decode plus signs and percent escapes, and keep repeated names")
    func formFields() {
        let fields = FormFields(encoded: "naam=De+Meent&huur=%E2%82%AC+850&t=a&t=b&leeg=")
        #expect(fields["naam"] == "De Meent")
        #expect(fields["huur"] == "€ 850")
        #expect(fields.all("t") == ["a", "b"])
        #expect(fields["leeg"] == "")
        #expect(fields["missing"] == nil)
    }
}
