import Foundation
import Testing

/// A corporation's and a care coordinator's main tasks, as they would do them in the browser.
@Suite("Browser: site and provider pages", .serialized, .enabled(if: BrowserBinaries.shouldRun, "needs chromium and chromium-driver (.ci/setup --tests installs them)"))
struct SiteProviderBrowserTests {
    @Test("a corporation opens its site from the list and sees which group could take it and what it brings")
    func corporationSeesWhoCouldTakeItsSite() async throws {
        let server = try ServedWorkspace()
        defer { server.stop() }
        let browser = try await WebDriver()
        do {
            try await browser.open(server.url("/woonplek"))
            _ = try await browser.waitFor("table.sites")
            #expect(try await browser.visibleText.contains("Woonstichting Kromme Rijn"))
            try await browser.click(browser.find("table.sites a[href='/woonplek/s1']"))
            // Its questions are re-solves: a progress page may come first and reloads itself.
            _ = try await browser.waitFor("section[aria-labelledby=kunnen] table.offers")
            let text = try await browser.visibleText
            #expect(text.contains("Woonplek Oude school"))
            #expect(text.contains("Woongroepen die hier kunnen wonen"))
            #expect(text.contains("MeerGeneraties Houten"))
            // The page writes "€ 880" with a no-break space; WebDriver's element text gives it as a plain space.
            #expect(text.contains("€ 880"))
            #expect(try await browser.findAll("section[aria-labelledby=kunnen] a[href='/woongroep/g1']").count == 1)
            #expect(!text.contains("uur per week"))
            try await browser.fitWindowToPage()
            try await browser.screenshot("woonplek")
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    @Test("a care provider opens its page and finds who of its care types is left out, those outside its towns marked")
    func providerFindsWhoIsLeftOut() async throws {
        let server = try ServedWorkspace()
        defer { server.stop() }
        let browser = try await WebDriver()
        do {
            try await browser.open(server.url("/zorgaanbieder"))
            _ = try await browser.waitFor("table.providers")
            try await browser.click(browser.find("table.providers a[href='/zorgaanbieder/c3']"))
            _ = try await browser.waitFor("table.left-out")
            let text = try await browser.visibleText
            #expect(text.contains("Zorgaanbieder GGZ Kromme Rijn"))
            #expect(text.contains("Huishoudens van zijn zorgsoorten zonder plek"))
            #expect(text.contains("2 van de 6 plaatsen in gebruik"))
            let leftOut = try await browser.text(of: browser.find("table.left-out"))
            #expect(leftOut.contains("h23"))
            #expect(leftOut.contains("h12"))
            #expect(try await !browser.findAll("table.left-out tr.outside").isEmpty)
            #expect(leftOut.contains("buiten zijn gemeenten"))
            // Care is this page's subject, hours are not: they stay hidden by default.
            #expect(!text.contains("uur per week"))
            try await browser.fitWindowToPage()
            try await browser.screenshot("zorgaanbieder")
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }
}
