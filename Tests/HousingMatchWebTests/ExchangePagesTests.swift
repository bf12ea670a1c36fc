import Foundation
import HousingMatch
import LoopbackHTTP
import ScenarioIO
import Spreadsheets
import Testing
@testable import HousingMatchWeb

/// Import and export in the web workspace: an upload is checked before anything is saved,
/// saved with history, and the match goes out without care details unless asked twice.
@Suite("Import and export pages")
struct ExchangePagesTests {
    /// A browser's multipart form: the fields, then the file.
    static func multipart(_ fields: [(String, String)], file: (name: String, data: Data)?) -> (body: Data, type: String) {
        let boundary = "----hmTestBoundary\(UUID().uuidString.prefix(8))"
        var body = Data()
        for (name, value) in fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        if let file {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"\(file.name)\"\r\nContent-Type: text/csv\r\n\r\n".utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return (body, "multipart/form-data; boundary=\(boundary)")
    }

    /// The visitor's form token and cookie, from the import page.
    static func visitor(_ server: RunningServer) async throws -> (csrf: String, cookie: String) {
        let page = try await server.get("/gegevens/importeren")
        #expect(page.status == 200)
        let csrf = try #require(page.cookie("hm_csrf"))
        return (csrf, "hm_csrf=\(csrf)")
    }

    static func upload(_ server: RunningServer, _ csv: String, name: String = "huishoudens.csv",
                       csrf: String?, cookie: String) async throws -> LoopbackHTTP.Response {
        let fields = (csrf.map { [("csrf", $0)] } ?? []) + [("soort", ""), ("blad", "")]
        let form = multipart(fields, file: (name, Data(csv.utf8)))
        return try await LoopbackHTTP.request("POST", server.url("/gegevens/importeren"),
                                              headers: ["Content-Type": form.type, "Cookie": cookie], body: form.body)
    }

    /// Waits until the current match is ready (the export page shows its forms), as a visitor reloading would.
    static func waitForMatch(_ server: RunningServer, cookie: String) async throws {
        for _ in 0..<120 {
            let page = try await server.get("/exporteren", headers: ["Cookie": cookie])
            if page.text.contains("id=\"download-csv\"") { return }
            try await Task.sleep(for: .milliseconds(250))
        }
        Issue.record("the match was not ready")
    }

    /// As Dutch Excel saves it: a byte order mark, `;`, euros with a thousands dot, a list in one cell.
    static let dutchCSV = "\u{FEFF}Huishouden;Naam;Generaties;Zorgtype;Zorguren;Toegankelijk;Max. huur;Gemeenten\r\n"
        + "h01;;senior;ouderenzorg;6;ja;€ 1.020;Houten; Bunnik\r\n".replacingOccurrences(of: "Houten; Bunnik", with: "\"Houten; Bunnik\"")
        + ";Pietersen;adult;;;nee;€ 850;Houten\r\n"

    @Test("a Dutch CSV: the dry run shows what changes and saves nothing; apply saves with history, names only in the key file")
    func dryRunThenApply() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let file = server.folder.appendingPathComponent("scenario.yaml")
        let before = try Data(contentsOf: file)
        let visitor = try await Self.visitor(server)
        let dryRun = try await Self.upload(server, Self.dutchCSV, csrf: visitor.csrf, cookie: visitor.cookie)
        #expect(dryRun.status == 200)
        #expect(dryRun.text.contains("Nieuw (1)"))
        #expect(dryRun.text.contains("Bijgewerkt (1)"))
        #expect(dryRun.text.contains("h01"))
        #expect(dryRun.text.contains("Max. huur"))
        #expect(!dryRun.text.contains("Pietersen"))
        #expect(try Data(contentsOf: file) == before)
        #expect(await server.workspace.historyEntries().isEmpty)

        let token = try #require(dryRun.text.firstMatch(of: /name="concept" value="([^"]+)"/)?.1)
        let stamp = try #require(dryRun.text.firstMatch(of: /name="stempel" value="([^"]+)"/)?.1)
        let applied = try await server.post("/gegevens/importeren/toepassen",
                                            form: "csrf=\(visitor.csrf)&concept=\(token)&stempel=\(stamp)",
                                            headers: ["Cookie": visitor.cookie])
        #expect(applied.status == 303)
        #expect(applied.header("location")?.hasPrefix("/gegevens?tab=huishoudens&gedaan=opgeslagen") == true)
        let saved = try ScenarioLoader.load(path: file.path)
        #expect(saved.seekers.count == 61)
        #expect(saved.seekers.first { $0.id == SeekerID("h01") }?.maxRent == 1020)
        let history = await server.workspace.historyEntries()
        #expect(history.count == 1)
        #expect(history.first?.change.kind == .imported)
        let kept = try Data(contentsOf: server.workspace.historyFolder.appendingPathComponent(try #require(history.first).version))
        #expect(kept == before)
        // The name went to the key file beside the scenario, never into the scenario or its history.
        let key = try String(contentsOf: server.folder.appendingPathComponent("sleutel.csv"), encoding: .utf8)
        #expect(key.contains("Pietersen"))
        #expect(!(try String(contentsOf: file, encoding: .utf8)).contains("Pietersen"))
        // A draft is applied once.
        let again = try await server.post("/gegevens/importeren/toepassen",
                                          form: "csrf=\(visitor.csrf)&concept=\(token)&stempel=\(stamp)",
                                          headers: ["Cookie": visitor.cookie])
        #expect(again.status == 410)
        #expect(await server.workspace.historyEntries().count == 1)
    }

    @Test("a file with mistakes shows each with row, column and header, and saves nothing")
    func mistakes() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let file = server.folder.appendingPathComponent("scenario.yaml")
        let before = try Data(contentsOf: file)
        let visitor = try await Self.visitor(server)
        let csv = "Huishouden;Generaties;Max. huur\r\nh01;senior;12OO\r\nh02;marsmannetje;€ 900\r\n"
        let response = try await Self.upload(server, csv, csrf: visitor.csrf, cookie: visitor.cookie)
        #expect(response.status == 422)
        #expect(response.text.contains("<td class=\"number\">2</td><td>C</td>\n<td>Max. huur</td>")
                || response.text.contains("<td class=\"number\">2</td><td>C</td><td>Max. huur</td>"))
        #expect(response.text.contains("<td class=\"number\">3</td><td>B</td>"))
        #expect(response.text.contains("12OO"))
        #expect(!response.text.contains("name=\"concept\""))
        #expect(try Data(contentsOf: file) == before)
        #expect(await server.workspace.historyEntries().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: server.folder.appendingPathComponent("sleutel.csv").path))
    }

    @Test("an upload without the form token is refused, and one over 10 MB is refused with 413")
    func refusals() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let visitor = try await Self.visitor(server)
        let missing = try await Self.upload(server, Self.dutchCSV, csrf: nil, cookie: visitor.cookie)
        #expect(missing.status == 403)
        let wrong = try await Self.upload(server, Self.dutchCSV, csrf: String(repeating: "0", count: 64), cookie: visitor.cookie)
        #expect(wrong.status == 403)
        let large = "Huishouden;Generaties\r\n" + String(repeating: "h01;senior\r\n", count: (10 << 20) / 11 + 10)
        let tooLarge = try await Self.upload(server, large, csrf: visitor.csrf, cookie: visitor.cookie)
        #expect(tooLarge.status == 413)
        #expect(await server.workspace.historyEntries().isEmpty)
    }

    @Test("the match as CSV and XLSX: attachments, not cached, and care words only with the switch and the box")
    func exports() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let visitor = try await Self.visitor(server)
        try await Self.waitForMatch(server, cookie: visitor.cookie)
        func export(_ kind: String, care: Bool, box: Bool) async throws -> (LoopbackHTTP.Response, String) {
            let cookie = visitor.cookie + (care ? "; hm_zorg=1" : "")
            let response = try await server.post("/exporteren/bestand",
                                                 form: "csrf=\(visitor.csrf)&soort=\(kind)" + (box ? "&zorggegevens=1" : ""),
                                                 headers: ["Cookie": cookie])
            #expect(response.status == 200)
            #expect(response.header("content-disposition")?.hasPrefix("attachment;") == true)
            #expect(response.header("cache-control") == "no-store")
            let sheet = try SpreadsheetReader.read(response.body, name: "indeling")
            return (response, sheet.rows.flatMap { $0.map(\.text) }.joined(separator: "|"))
        }
        for kind in ["csv", "xlsx"] {
            let plain = try await export(kind, care: false, box: false)
            let boxOnly = try await export(kind, care: false, box: true)
            let switchOnly = try await export(kind, care: true, box: false)
            let both = try await export(kind, care: true, box: true)
            for (_, text) in [plain, boxOnly, switchOnly] {
                #expect(text.contains("h01"))
                #expect(!text.contains("ouderenzorg"))
            }
            #expect(both.1.contains("ouderenzorg"))
        }
    }

    @Test("a group's printable list opens with its style sheet served as a file, or downloads as an attachment")
    func printableList() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let visitor = try await Self.visitor(server)
        try await Self.waitForMatch(server, cookie: visitor.cookie)
        let opened = try await server.post("/exporteren/lijst", form: "csrf=\(visitor.csrf)&lijst=groep:g1&doen=openen",
                                           headers: ["Cookie": visitor.cookie])
        #expect(opened.status == 200)
        #expect(opened.text.contains("/static/lijst.css"))
        #expect(!opened.text.contains("<style>"))
        #expect(opened.header("content-disposition") == nil)
        let style = try await server.get("/static/lijst.css")
        #expect(style.text.contains("@page"))
        let downloaded = try await server.post("/exporteren/lijst", form: "csrf=\(visitor.csrf)&lijst=groep:g1&doen=downloaden",
                                               headers: ["Cookie": visitor.cookie])
        #expect(downloaded.header("content-disposition")?.hasPrefix("attachment;") == true)
        #expect(downloaded.text.contains("<style>"))
        let unknown = try await server.post("/exporteren/lijst", form: "csrf=\(visitor.csrf)&lijst=groep:nergens&doen=openen",
                                            headers: ["Cookie": visitor.cookie])
        #expect(unknown.status == 404)
    }

    @Test("the multipart reader takes fields and a file with CRLF inside it, and refuses a body without its end")
    func multipartReader() throws {
        let content = Data("a;b\r\n1;2\r\n--not-the-boundary\r\n".utf8)
        let form = Self.multipart([("csrf", "abc"), ("soort", "households")], file: ("C:\\Users\\x\\lijst.csv", content))
        let parsed = try MultipartForm(body: form.body, contentType: form.type)
        #expect(parsed["csrf"] == "abc")
        #expect(parsed["soort"] == "households")
        let file = try #require(parsed.file("bestand"))
        #expect(file.fileName == "lijst.csv")
        #expect(file.data == content)
        #expect(throws: MultipartForm.Failure.malformed) {
            try MultipartForm(body: form.body.prefix(form.body.count - 10), contentType: form.type)
        }
        #expect(throws: MultipartForm.Failure.noBoundary) { try MultipartForm(body: form.body, contentType: "multipart/form-data") }
    }

    @Test("an XLSX workbook's named sheet is read; an apply after the file changed is refused with 409 and writes nothing")
    func workbookAndStaleApply() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let file = server.folder.appendingPathComponent("scenario.yaml")
        let visitor = try await Self.visitor(server)
        let cover = Sheet(name: "Uitleg", rows: [[.text("Zie het tweede blad")]])
        let households = Sheet(name: "Huishoudens", rows: [
            [.text("Huishouden"), .text("Naam"), .text("Generaties"), .text("Max. huur")],
            [.text("h301"), .text("Karin Bos"), .text("senior"), .number(990)],
        ])
        let workbook = try XLSXWriter(application: "test").data(for: [cover, households])
        let form = Self.multipart([("csrf", visitor.csrf), ("soort", "households"), ("blad", "Huishoudens")],
                                  file: ("aanmeldingen.xlsx", workbook))
        let dryRun = try await LoopbackHTTP.request("POST", server.url("/gegevens/importeren"),
                                                    headers: ["Content-Type": form.type, "Cookie": visitor.cookie], body: form.body)
        #expect(dryRun.status == 200)
        #expect(dryRun.text.contains("h301"))
        #expect(!dryRun.text.contains("Karin Bos"))
        let token = try #require(dryRun.text.firstMatch(of: /name="concept" value="([^"]+)"/)?.1)
        let stamp = try #require(dryRun.text.firstMatch(of: /name="stempel" value="([^"]+)"/)?.1)
        // Another program saves the scenario between the check and the apply.
        let changed = try Data(contentsOf: file) + Data("# changed elsewhere\n".utf8)
        try changed.write(to: file)
        let applied = try await server.post("/gegevens/importeren/toepassen",
                                            form: "csrf=\(visitor.csrf)&concept=\(token)&stempel=\(stamp)",
                                            headers: ["Cookie": visitor.cookie])
        #expect(applied.status == 409)
        #expect(try Data(contentsOf: file) == changed)
        #expect(await server.workspace.historyEntries().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: server.folder.appendingPathComponent("sleutel.csv").path))
    }
}
