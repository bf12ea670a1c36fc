import Foundation
import Testing

/// Everyone's first page: the current match, in Dutch, with names and ids, and care details hidden until asked.
@Suite("Browser: the overview", .serialized, .enabled(if: BrowserBinaries.shouldRun, "needs chromium and chromium-driver (.ci/setup --tests installs them)"))
struct OverviewBrowserTests {
    @Test("the overview shows the match in Dutch; care details appear only when switched on; English one click away")
    func overview() async throws {
        let server = try ServedWorkspace()
        defer { server.stop() }
        let browser = try await WebDriver()
        do {
            try await browser.open(server.url("/"))
            _ = try await browser.waitFor("table.match")
            let text = try await browser.visibleText
            #expect(text.contains("De match van nu"))
            #expect(text.contains("38 van de 60 huishoudens hebben een plek in 4 woongroepen"))
            #expect(text.contains("MeerGeneraties Houten"))
            #expect(text.contains("Oude school"))
            // Health data stay hidden by default: no care type or hours of a household.
            #expect(!text.contains("uur per week"))
            #expect(try await browser.findAll("span.care").isEmpty)
            try await browser.fitWindowToPage()
            try await browser.screenshot("overzicht")

            try await browser.click(browser.find("button[aria-pressed=false]"))
            _ = try await browser.waitFor("span.care")
            #expect(try await browser.visibleText.contains("Zorggegevens worden getoond"))
            try await browser.screenshot("overzicht-met-zorg")

            try await browser.click(browser.find("button[lang=en]"))
            _ = try await browser.waitFor("html[lang=en]")
            #expect(try await browser.visibleText.contains("38 of 60 households have a place in 4 groups"))
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }
}
