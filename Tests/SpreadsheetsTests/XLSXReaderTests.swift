import Foundation
import Testing
import ZIPFoundation
@testable import Spreadsheets

@Suite("Reading XLSX workbooks")
struct XLSXReaderTests {
    private func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    /// A workbook made here, part by part, for what LibreOffice does not write: inline strings, rich text, two sheets.
    private func workbook(sheets: [(name: String, xml: String)], sharedStrings: String?) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        let sheetList = sheets.enumerated().map { "<sheet name=\"\($1.name)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
        try add("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook \(ns)><sheets>\(sheetList)</sheets></workbook>")
        let relations = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        try add("xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relations)</Relationships>")
        for (index, sheet) in sheets.enumerated() {
            try add("xl/worksheets/sheet\(index + 1).xml", "<?xml version=\"1.0\"?><worksheet \(ns)><sheetData>\(sheet.xml)</sheetData></worksheet>")
        }
        if let sharedStrings { try add("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst \(ns)>\(sharedStrings)</sst>") }
        return try #require(archive.data)
    }

    @Test("A workbook LibreOffice wrote: shared strings, numbers, booleans, a skipped column and a skipped row")
    func libreOffice() throws {
        let sheet = try SpreadsheetReader.read(try fixture("households-libreoffice.xlsx"), name: "ignored")
        #expect(sheet.name == "households")
        #expect(sheet.rows[0] == [.text("Huishouden"), .text("Naam"), .empty, .text("Max. huur"), .text("Zorguren"),
                                  .text("Toegankelijk"), .text("Gemeenten")])
        #expect(sheet.cell(row: 2, column: 3) == .number(850))
        #expect(sheet.cell(row: 2, column: 4) == .number(0.5))
        #expect(sheet.cell(row: 2, column: 5) == .text("TRUE"))
        #expect(sheet.cell(row: 2, column: 6) == .text("Zeist; De Bilt"))
        #expect(sheet.rows[2].isEmpty)
        #expect(sheet.cell(row: 4, column: 1) == .text("Émile Brontë"))
        #expect(sheet.cell(row: 4, column: 3) == .number(1020.5))
        #expect(sheet.cell(row: 4, column: 4) == .empty)
        #expect(sheet.cell(row: 4, column: 5) == .text("FALSE"))
    }

    @Test("Inline strings, rich text runs, cells without a place, and the sheet chosen by name")
    func namedSheet() throws {
        let first = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
        let second = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>Woonplek</t></is></c><c r="C1" t="s"><v>1</v></c></row>\
            <row r="5"><c t="inlineStr"><is><t>s1</t></is></c><c><v>12</v></c><c t="str"><v>Houten</v></c></row>
            """
        let strings = "<si><t>Huishouden</t></si><si><r><t>Ge</t></r><r><t>meente</t></r><rPh><t>x</t></rPh></si>"
        let data = try workbook(sheets: [("Huishoudens", first), ("Woonplekken", second)], sharedStrings: strings)
        let sheet = try XLSXReader.read(data, sheet: "woonplekken")
        #expect(sheet.name == "Woonplekken")
        #expect(sheet.rows.count == 5)
        #expect(sheet.rows[0] == [.text("Woonplek"), .empty, .text("Gemeente")])
        #expect(sheet.rows[4] == [.text("s1"), .number(12), .text("Houten")])
        #expect(try XLSXReader.read(data).rows[0] == [.text("Huishouden")])
    }

    @Test("A sheet name the workbook does not have: the error lists the sheets it does have")
    func missingSheet() throws {
        let data = try workbook(sheets: [("Huishoudens", ""), ("Woonplekken", "")], sharedStrings: nil)
        #expect(throws: SpreadsheetError.missingSheet(name: "Groepen", available: ["Huishoudens", "Woonplekken"])) {
            try XLSXReader.read(data, sheet: "Groepen")
        }
    }

    @Test("A ZIP file that is no workbook, and a workbook whose sheet part is damaged")
    func damaged() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let text = Data("hallo".utf8)
        try archive.addEntry(with: "readme.txt", type: .file, uncompressedSize: Int64(text.count)) { position, size in
            text.subdata(in: Int(position)..<Int(position) + size)
        }
        #expect(throws: SpreadsheetError.notASpreadsheet) { try SpreadsheetReader.read(try #require(archive.data), name: "x") }
        let broken = try workbook(sheets: [("Blad1", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")], sharedStrings: "")
        #expect(throws: SpreadsheetError.damaged(part: "xl/worksheets/sheet1.xml")) { try XLSXReader.read(broken) }
        var truncated = try fixture("households-libreoffice.xlsx")
        truncated.removeLast(truncated.count / 2)
        #expect(throws: SpreadsheetError.self) { try SpreadsheetReader.read(truncated, name: "x") }
    }
}
