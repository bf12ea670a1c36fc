import Foundation
import HousingMatch
import LoopbackHTTP
import Testing
import Wording
@testable import HousingMatchWeb

/// What `validate` finds is told at the field in the visitor's language.
@Suite("Data page problems in the visitor's language", .serialized)
struct DataIssueLanguageTests {
    @Test("a refused rent is told at its field in Dutch, or in English when asked")
    func placedInLanguage() {
        let scenario = Scenario(seekers: [Seeker(id: "h1", generations: ["adult"], maxRent: -5)])
        let issues = scenario.validationIssues()
        func placed(_ language: Language) -> [String: String] {
            let context = PageContext(language: language, showsCare: false, csrfToken: "", path: "/", workspaceName: "w")
            return DataIssues(issues, schema: DataSchemas.households, index: 0, scenario: scenario, context).atFields
        }
        #expect(placed(.nl) == ["maxRent": "mag niet negatief zijn (nu -5)"])
        #expect(placed(.en) == ["maxRent": "must not be negative (got -5)"])
    }

    @Test("saving a negative rent answers 422 with the Dutch message at the rent field")
    func overHTTP() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let form = try await DataPageHTTPTests.openForm(server)
        let response = try await server.post("/gegevens/huishouden/h01",
            form: "csrf=\(form.csrf)&stempel=\(form.stamp)&id=h01&generations=adult&maxRent=-5",
            headers: ["Cookie": form.cookie])
        #expect(response.status == 422)
        let field = try #require(response.text.firstMatch(of: /id="fout-veld-maxRent"[^>]*>([^<]*)</)?.1)
        #expect(field.contains("mag niet negatief zijn (nu -5)"), "\(field)")
    }
}
