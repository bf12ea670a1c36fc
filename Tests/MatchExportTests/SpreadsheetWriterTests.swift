import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Spreadsheets
import Testing
import ZIPFoundation

@Suite("Spreadsheet writers")
struct SpreadsheetWriterTests {
    let sheet = Sheet(name: "Leden", rows: [
        [.text("Huishouden"), .text("Huur"), .text("Opmerking")],
        [.text("h1"), .number(880), .text("Houten; Bunnik")],
        [.text("h2"), .number(0.5), .text("zegt \"ja\"\nen nee")],
        [.text("h3"), .empty, .text("=SUM(A1)")],
    ])

    @Test("CSV for Dutch Excel: BOM, semicolons, decimal commas, quotes where needed, CRLF")
    func dutchCSV() {
        let text = CSVWriter(style: .dutch).text(for: sheet)
        #expect(text.hasPrefix("\u{FEFF}Huishouden;Huur;Opmerking\r\n"))
        #expect(text.contains("\r\nh1;880;\"Houten; Bunnik\"\r\n"))
        #expect(text.contains("\r\nh2;0,5;\"zegt \"\"ja\"\"\nen nee\"\r\n"))
        // A formula is written as text, never run.
        #expect(text.contains("\r\nh3;;'=SUM(A1)\r\n"))
        #expect(text.hasSuffix("\r\n"))
    }

    @Test("CSV in English: commas between fields and a decimal point")
    func englishCSV() {
        let text = CSVWriter(style: .english).text(for: sheet)
        #expect(text.hasPrefix("\u{FEFF}Huishouden,Huur,Opmerking\r\n"))
        #expect(text.contains("\r\nh1,880,Houten; Bunnik\r\n"))
        #expect(text.contains("\r\nh2,0.5,"))
    }

    @Test("Sheet names: at most 31 characters, none of []:*?/\\, unique whatever the case")
    func sheetNames() {
        let names = SheetNames.valid(["Groen Wonen Bunnik: de tweede ronde van 2026", "a/b", "A/B", "", "Leden", "leden",
                                      "'quoted'"])
        #expect(names.allSatisfy { $0.count <= 31 && !$0.contains { "[]:*?/\\".contains($0) } && !$0.isEmpty })
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
        #expect(names[0].hasPrefix("Groen Wonen Bunnik") && names[0].count == 31)
        #expect(names[1] == "a b" && names[2] == "A B (2)")
        #expect(names[5] == "leden (2)")
        #expect(names[6] == "quoted")
    }

    @Test("XLSX: a ZIP of the workbook parts, numbers as numbers, a bold frozen header, escaped text")
    func workbookParts() throws {
        let data = try XLSXWriter(application: "test").data(for: [sheet, Sheet(name: "Leden", rows: [[.text("<&>")]])])
        let parts = try Self.parts(of: data)
        for part in ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                     "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"] {
            #expect(parts[part] != nil, "missing \(part)")
        }
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains("<sheet name=\"Leden\" sheetId=\"1\"") && workbook.contains("<sheet name=\"Leden (2)\" sheetId=\"2\""))
        let first = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(first.contains("<c r=\"B2\"><v>880</v></c>"))
        #expect(first.contains("<c r=\"B3\"><v>0.5</v></c>"))
        #expect(first.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Huishouden</t></is></c>"))
        #expect(first.contains("state=\"frozen\"") && first.contains("ySplit=\"1\""))
        #expect(first.contains("<cols>"))
        #expect(first.contains("zegt &quot;ja&quot;\nen nee"))
        #expect(parts["xl/worksheets/sheet2.xml"]?.contains("&lt;&amp;&gt;") == true)
        // Every part is well-formed XML.
        for (name, text) in parts {
            #expect(XMLParser(data: Data(text.utf8)).parse(), "\(name) is not well-formed")
        }
    }

    @Test("XLSX opens in LibreOffice with the same cells", .enabled(if: LibreOffice.path != nil))
    func opensInLibreOffice() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let simple = Sheet(name: "Leden", rows: [[.text("Huishouden"), .text("Huur")], [.text("h1"), .number(880)],
                                                 [.text("Zoë"), .number(12.5)]])
        let file = folder.appendingPathComponent("leden.xlsx")
        try XLSXWriter(application: "test").data(for: [simple]).write(to: file)
        let csv = try LibreOffice.convertToCSV(file, in: folder)
        #expect(csv.split(whereSeparator: \.isNewline) == ["Huishouden,Huur", "h1,880", "Zoë,12.5"])
    }

    /// The text of each part of an archive.
    static func parts(of data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }
}

/// LibreOffice in headless mode, when installed, as the proof that a workbook opens.
enum LibreOffice {
    static let path: String? = ["/usr/bin/soffice", "/usr/bin/libreoffice"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func convertToCSV(_ file: URL, in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(path))
        process.arguments = ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to",
                             "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", folder.path, file.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let csv = file.deletingPathExtension().appendingPathExtension("csv")
        return String(decoding: try Data(contentsOf: csv), as: UTF8.self)
    }
}
