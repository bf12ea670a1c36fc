import Foundation
import Testing

/// Gegevens: someone changes a household, makes a mistake, is told so at the field, fixes it, saves, and undoes.
@Suite("Browser: the data page", .serialized, .enabled(if: BrowserBinaries.shouldRun, "needs chromium and chromium-driver (.ci/setup --tests installs them)"))
struct DataBrowserTests {
    @Test("a mistake is named at its field and nothing is saved; the fix is saved, shown, and undone")
    func editSaveUndo() async throws {
        let server = try ServedWorkspace()
        defer { server.stop() }
        let scenarioFile = server.folder.appendingPathComponent("scenario.yaml")
        let original = try Data(contentsOf: scenarioFile)
        let browser = try await WebDriver()
        do {
            try await browser.open(server.url("/gegevens"))
            _ = try await browser.waitFor("table.data-huishoudens")
            #expect(try await browser.text(of: browser.find("#rij-h01")).contains("€ 1.100"))
            // Care details are hidden by default, in the table and in the form.
            #expect(!(try await browser.visibleText.contains("ouderenzorg")))

            try await browser.click(browser.find("a[href='/gegevens/huishouden/h01']"))
            var rent = try await browser.waitFor("#veld-maxRent")
            #expect(try await browser.attribute("value", of: rent) == "1100")
            #expect(try await browser.findAll("#veld-care-type").isEmpty)

            // A word where a number belongs: told at the field, kept as typed, nothing saved.
            try await browser.clear(rent)
            try await browser.type("veel", into: rent)
            try await browser.click(browser.find("#opslaan"))
            rent = try await browser.waitFor("#veld-maxRent[aria-invalid=true]")
            #expect(try await browser.attribute("aria-describedby", of: rent)?.contains("fout-veld-maxRent") == true)
            #expect(try await browser.text(of: browser.find("#fout-veld-maxRent")).contains("Vul een getal in"))
            #expect(try await browser.attribute("value", of: rent) == "veel")
            try await browser.fitWindowToPage()
            try await browser.screenshot("gegevens-fout")

            // A negative rent: the message `validate` gives, at the field, in the page's Dutch.
            try await browser.clear(rent)
            try await browser.type("-5", into: rent)
            try await browser.click(browser.find("#opslaan"))
            // The page before also had a message at the field: wait for the new one.
            try await waitForText("mag niet negatief zijn (nu -5)", in: "#fout-veld-maxRent", browser)
            try await browser.screenshot("gegevens-fout-negatief")
            rent = try await browser.find("#veld-maxRent[aria-invalid=true]")
            #expect(try Data(contentsOf: scenarioFile) == original)

            // Fixed, in Dutch notation: saved, and the table shows it.
            try await browser.clear(rent)
            try await browser.type("€ 875", into: rent)
            try await browser.click(browser.find("#opslaan"))
            let notice = try await browser.waitFor("p.notice")
            #expect(try await browser.text(of: notice).contains("Huishouden h01 gewijzigd: hoogste huur die past"))
            #expect(try await browser.text(of: browser.find("#rij-h01")).contains("€ 875"))
            #expect(try await browser.text(of: browser.find("table.history")).contains("Huishouden h01 gewijzigd"))
            try await browser.fitWindowToPage()
            try await browser.screenshot("gegevens")

            // Undo: the value is back, and so are the file's bytes, comments and all.
            try await browser.click(browser.find("#ongedaan"))
            try await waitForText("€ 1.100", in: "#rij-h01", browser)
            #expect(try await browser.text(of: browser.find("p.notice")).contains("Ongedaan gemaakt"))
            #expect(try Data(contentsOf: scenarioFile) == original)

            // With care details switched on, a household's care type and hours are in its form.
            try await browser.click(browser.find("button[aria-pressed=false]"))
            _ = try await browser.waitFor("button[aria-pressed=true]")
            try await browser.open(server.url("/gegevens/huishouden/h02"))
            let careType = try await browser.waitFor("#veld-care-type")
            #expect(try await browser.text(of: browser.find("#veld-care-type option[selected]")) == "ouderenzorg")
            #expect(try await browser.attribute("value", of: browser.find("#veld-care-hours")) == "6")
            _ = careType
            try await browser.fitWindowToPage()
            try await browser.screenshot("gegevens-met-zorg")
        } catch {
            _ = try? await browser.screenshot("gegevens-mislukt")
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    private func waitForText(_ text: String, in css: String, _ browser: WebDriver, seconds: Double = 20) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            // The page may be replaced between finding and reading: then look again.
            if let element = try await browser.findAll(css).first,
               (try? await browser.text(of: element))?.contains(text) == true { return }
            if Date() > deadline { throw BrowserTestError.webDriver("\(css) did not come to say \(text)") }
            try await Task.sleep(for: .milliseconds(200))
        }
    }
}
