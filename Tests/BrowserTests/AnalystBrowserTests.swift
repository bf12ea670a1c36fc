import Foundation
import Testing

/// The analyst's main task: withdraw a site by form, compare with the base, and see what it does to the households housed.
@Suite("Browser: the analyst's what-if", .serialized, .enabled(if: BrowserBinaries.shouldRun, "needs chromium and chromium-driver (.ci/setup --tests installs them)"))
struct AnalystBrowserTests {
    @Test("a site withdrawn by form is saved as a variant; comparing it with the base shows fewer households housed")
    func withdrawAndCompare() async throws {
        let server = try ServedWorkspace()
        defer { server.stop() }
        let browser = try await WebDriver()
        do {
            try await browser.open(server.url("/wat-als"))
            _ = try await browser.waitFor("#form-woonplek-weg")
            #expect(try await browser.visibleText.contains("Een woonplek valt weg"))
            try await browser.select("s1", in: browser.find("#woonplek-weg-woonplek"))
            try await browser.type("zonder oude school", into: browser.find("#woonplek-weg-naam"))
            try await browser.click(browser.find("#form-woonplek-weg button[type=submit]"))

            // Back on the page: the new variant is listed with the description written for it, and ticked.
            _ = try await browser.waitFor("tr.just-saved input[name=variant][value=zonder-oude-school]:checked")
            let listed = try await browser.visibleText
            #expect(listed.contains("Woonplek Oude school (s1) valt weg."))
            let file = server.folder.appendingPathComponent("variants/zonder-oude-school.yaml")
            #expect(FileManager.default.fileExists(atPath: file.path))
            try await browser.fitWindowToPage()
            try await browser.screenshot("wat-als")

            try await browser.click(browser.find("section[aria-labelledby=varianten] button[type=submit]"))
            let outcome = try await browser.waitFor("li.variant-outcome[data-variant=zonder-oude-school]")
            let sentence = try await browser.text(of: outcome)
            // The base houses 38; without the Oude school its group has no site in its towns.
            #expect(sentence.contains("38 in de basis"))
            let housed = try #require(Self.variantHoused(in: sentence))
            #expect(housed < 38)
            #expect(sentence.contains("−\(38 - housed)"))
            // The report of housing-match compare is there, with the site named as removed, in Dutch.
            let text = try await browser.visibleText
            #expect(text.contains("haalt woonplek s1 weg"))
            #expect(!(try await browser.findAll("#summary article.card")).isEmpty)
            try await browser.fitWindowToPage()
            try await browser.screenshot("wat-als-vergelijking")
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    /// The variant's number in "Huishoudens met een plek: 38 in de basis, 30 met …".
    static func variantHoused(in sentence: String) -> Int? {
        guard let comma = sentence.range(of: "in de basis, ") else { return nil }
        return Int(sentence[comma.upperBound...].prefix { $0.isNumber })
    }
}
