import Foundation
import Testing

/// A founder's main task: open the group's page, find a candidate and see what
/// adding it costs the others, then look up a household that is left out and read why.
@Suite("Browser: the founder's pages", .serialized, .enabled(if: BrowserBinaries.available, "needs chromium and chromium-driver"))
struct FounderBrowserTests {
    @Test("a founder finds a candidate with its cost, and a left-out household with its reason")
    func founderFindsCandidate() async throws {
        let server = try ServedWorkspace()
        defer { server.stop() }
        let browser = try await WebDriver()
        do {
            // From the list of groups to the group's page, as a founder would go.
            try await browser.open(server.url("/woongroep"))
            try await browser.click(browser.waitFor("a[href='/woongroep/g2']"))
            // The candidates are worked out while the page shows progress; it reloads itself when they are there.
            _ = try await browser.waitFor("tr.candidate td.cost p")
            _ = try await browser.waitFor("table.sites")
            let text = try await browser.visibleText
            #expect(text.contains("Hofje aan de Laan"))
            #expect(text.contains("Wat de groep wil"))
            #expect(text.contains("Wie er nog bij zou kunnen"))
            #expect(text.contains("Wat het kost en oplevert"))
            // Both sides of each candidate's cost, in Dutch.
            let costs = try await browser.findAll("tr.candidate td.cost")
            #expect(!costs.isEmpty)
            var costText = ""
            for cost in costs { costText += try await browser.text(of: cost) + "\n" }
            #expect(costText.contains("verliest") || costText.contains("verliezen"))
            #expect(costText.contains("krijgt een plek") || costText.contains("krijgen een plek"))
            #expect(try await browser.findAll("form[action='/woongroep/g2/wat-als'] button").count >= 3)
            // What holds the full group back, what a site lacks and the changes that help: the library's sentences, in Dutch.
            #expect(text.contains("met 9 woningen: vol (9 van 9)"))
            #expect(text.contains("geen gemeenschappelijke ruimte, en die heeft de woongroep nodig"))
            #expect(text.contains("één woning meer op Pastorie en tuin"))
            #expect(!text.contains("full (") && !text.contains("which the group needs"))
            try await browser.fitWindowToPage()
            try await browser.screenshot("woongroep")

            // A household left out: its page says why, and what would give it a place.
            try await browser.resize(width: 1280, height: 900)
            try await browser.open(server.url("/huishouden"))
            try await browser.click(browser.waitFor("tr.unplaced th a"))
            _ = try await browser.waitFor("p.reason")
            let household = try await browser.visibleText
            #expect(household.contains("heeft in de match van nu geen plek"))
            #expect(household.contains("Waarom niet"))
            #expect(household.contains("Wat een plek zou geven"))
            try await browser.fitWindowToPage()
            try await browser.screenshot("huishouden")
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }
}
