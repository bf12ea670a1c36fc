import Foundation
import Testing
@testable import Spreadsheets

@Suite("Reading CSV as spreadsheet programs write it")
struct CSVReaderTests {
    private func read(_ text: String, bom: Bool = false) throws -> Sheet {
        var data = Data(text.utf8)
        if bom { data.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
        return try SpreadsheetReader.read(data, name: "huishoudens")
    }

    @Test("Dutch Excel: semicolons, a byte order mark, CRLF and decimal commas")
    func dutchExcel() throws {
        let sheet = try read("Huishouden;Max. huur;Zorguren\r\nh1;€ 850;0,5\r\nh2;€ 1.020,50;\r\n", bom: true)
        #expect(sheet.name == "huishoudens")
        #expect(sheet.rows.count == 3)
        #expect(sheet.cell(row: 1, column: 0) == .text("Huishouden"))
        #expect(sheet.cell(row: 2, column: 1) == .text("€ 850"))
        #expect(sheet.cell(row: 2, column: 2) == .text("0,5"))
        #expect(sheet.cell(row: 3, column: 1) == .text("€ 1.020,50"))
        #expect(sheet.cell(row: 3, column: 2) == .empty)
    }

    @Test("Commas as separators when the header line has more of them than semicolons")
    func commas() throws {
        let sheet = try read("id,maxRent,towns\nh1,850,\"Houten; Bunnik\"\n")
        #expect(sheet.rows[1] == [.text("h1"), .text("850"), .text("Houten; Bunnik")])
    }

    @Test("A quoted separator in the header does not count: the header \"Huur, kaal\";Gemeenten is semicolon-separated")
    func quotedHeader() throws {
        let sheet = try read("\"Huur, kaal\";Gemeenten\n850;Houten\n")
        #expect(sheet.rows[0] == [.text("Huur, kaal"), .text("Gemeenten")])
    }

    @Test("Quotes doubled inside quotes, and a line break inside a field keeps the record one row")
    func quotedFields() throws {
        let sheet = try read("id;note;town\r\nh1;\"zegt \"\"hoi\"\"\r\nen meer\";Zeist\r\nh2;;Houten\r\n")
        #expect(sheet.rows.count == 3)
        #expect(sheet.cell(row: 2, column: 1) == .text("zegt \"hoi\"\r\nen meer"))
        #expect(sheet.cell(row: 2, column: 2) == .text("Zeist"))
        #expect(sheet.cell(row: 3, column: 0) == .text("h2"))
    }

    @Test("Empty rows keep their number; rows may differ in length; a last line without a line end counts")
    func emptyRows() throws {
        let sheet = try read("id;town\n\nh2;Houten;extra\nh3")
        #expect(sheet.rows.count == 4)
        #expect(sheet.rows[1].isEmpty)
        #expect(sheet.cell(row: 3, column: 2) == .text("extra"))
        #expect(sheet.cell(row: 4, column: 0) == .text("h3"))
        #expect(sheet.cell(row: 4, column: 1) == .empty)
    }

    @Test("A Windows-1252 file is refused with a reason, not read as garbage")
    func notUTF8() {
        let data = Data([0x48, 0x75, 0x75, 0x72, 0x3B, 0x80, 0x20, 0x38, 0x35, 0x30, 0x0A]) // "Huur;€ 850" in cp1252
        #expect(throws: SpreadsheetError.notUTF8) { try SpreadsheetReader.read(data, name: "x") }
    }

    @Test("Old .xls files, password-protected workbooks and other binaries are told apart")
    func notSpreadsheets() {
        let compound = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0])
        #expect(throws: SpreadsheetError.encryptedOrLegacy) { try SpreadsheetReader.read(compound, name: "x") }
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
        #expect(throws: SpreadsheetError.notASpreadsheet) { try SpreadsheetReader.read(png, name: "x") }
        #expect(throws: SpreadsheetError.unreadable(reason: "no such file")) {
            try SpreadsheetReader.read(path: "/nonexistent/huishoudens.csv")
        }
    }
}
