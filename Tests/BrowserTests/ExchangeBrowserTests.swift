import Foundation
import LoopbackHTTP
import Testing

/// A founder's spreadsheet in, and a printable list out.
@Suite("Browser: import and export", .serialized, .enabled(if: BrowserBinaries.shouldRun, "needs chromium and chromium-driver (.ci/setup --tests installs them)"))
struct ExchangeBrowserTests {
    @Test("the households template filled in: checked, applied, in the table; then a group's list opened to print")
    func importThenPrint() async throws {
        let server = try ServedWorkspace()
        defer { server.stop() }
        // The template as the page offers it, filled in as a founder would in Excel.
        let template = try await LoopbackHTTP.request("GET", server.url("/gegevens/sjabloon/households"))
        #expect(template.status == 200)
        #expect(template.header("content-disposition")?.hasPrefix("attachment;") == true)
        let lines = template.text.components(separatedBy: "\r\n")
        let filled = [lines[0],
                      "h101;Anna de Vries;senior;ouderenzorg;6;ja;€ 1.050;\"Houten; Bunnik\";g1;;groen;2;1;;",
                      "h102;Bram Visser;adult;;;nee;€ 800;Houten;;;;0;1;;"].joined(separator: "\r\n") + "\r\n"
        let upload = server.folder.deletingLastPathComponent()
            .appendingPathComponent("hm-upload-\(UUID().uuidString.prefix(8))-huishoudens.csv")
        try Data(filled.utf8).write(to: upload)
        defer { try? FileManager.default.removeItem(at: upload) }

        let browser = try await WebDriver()
        do {
            try await browser.open(server.url("/gegevens"))
            try await browser.click(browser.waitFor("#naar-importeren"))
            try await browser.type(upload.path, into: browser.waitFor("#bestand"))
            try await browser.click(browser.find("#controleer"))
            _ = try await browser.waitFor("#toepassen")
            let dryRun = try await browser.visibleText
            #expect(dryRun.contains("Nog niets opgeslagen"))
            #expect(dryRun.contains("Nieuw (2)"))
            #expect(dryRun.contains("h101"))
            #expect(!dryRun.contains("Anna de Vries"))
            try await browser.fitWindowToPage()
            try await browser.screenshot("import-controle")

            try await browser.click(browser.find("#toepassen"))
            _ = try await browser.waitFor("p.notice")
            try await browser.open(server.url("/gegevens?tab=huishoudens&zoek=h10"))
            _ = try await browser.waitFor("table.data")
            let table = try await browser.visibleText
            #expect(table.contains("h101"))
            #expect(table.contains("h102"))
            #expect(!table.contains("Anna de Vries"))

            try await browser.open(server.url("/exporteren"))
            try await browser.select("groep:g1", in: browser.waitFor("#lijst"))
            try await browser.click(browser.find("#lijst-openen"))
            _ = try await browser.waitFor("section.list")
            let list = try await browser.visibleText
            #expect(!list.isEmpty)
            #expect(!list.contains("ouderenzorg"))
            try await browser.fitWindowToPage()
            try await browser.screenshot("lijst-woongroep")
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }
}
