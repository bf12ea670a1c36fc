import Foundation
import ZIPFoundation

/// Writes sheets as a minimal XLSX workbook (Office Open XML) in memory.
///
/// The workbook holds only what a reader needs: one worksheet part per sheet,
/// text as inline strings, numbers as numbers, a bold header row that stays in
/// view while scrolling (a frozen pane), column widths fitted to the longest
/// text, and sheet names made valid (``SheetNames``). Excel and LibreOffice
/// open it; `application` is written to `docProps/app.xml`, so that a later run
/// can tell its own file from someone else's (``isMadeBy(_:application:)``).
public struct XLSXWriter: Sendable {
    /// The name written as the file's application.
    public let application: String
    /// How many rows at the top are headers: bold and kept in view.
    public let headerRows: Int

    public init(application: String, headerRows: Int = 1) {
        self.application = application
        self.headerRows = headerRows
    }

    /// An error making the archive in memory.
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The workbook's bytes: a ZIP archive of its XML parts.
    public func data(for sheets: [Sheet]) throws -> Data {
        let sheets = sheets.isEmpty ? [Sheet(name: "Sheet 1", rows: [])] : sheets
        let names = SheetNames.valid(sheets.map(\.name))
        var parts: [(path: String, text: String)] = [
            ("[Content_Types].xml", contentTypes(count: sheets.count)),
            ("_rels/.rels", packageRelationships),
            ("docProps/app.xml", applicationProperties),
            ("xl/workbook.xml", workbook(names: names)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(count: sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet)))
        }
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let bytes = Data(part.text.utf8)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                                     modificationDate: Self.fixedDate, compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw WriteError(description: "the archive has no data") }
            return data
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError(description: "the workbook could not be made: \(error)")
        }
    }

    /// Whether the XLSX file at `url` names `application` as its maker.
    public static func isMadeBy(_ url: URL, application: String) -> Bool {
        guard let archive = try? Archive(url: url, accessMode: .read), let entry = archive["docProps/app.xml"] else {
            return false
        }
        var bytes = Data()
        guard (try? archive.extract(entry, consumer: { bytes.append($0) })) != nil else { return false }
        return String(decoding: bytes, as: UTF8.self).contains("<Application>\(escape(application))</Application>")
    }

    // A fixed time: the same sheets give the same bytes.
    private static let fixedDate = Date(timeIntervalSince1970: 1_577_836_800)

    // MARK: Parts

    private func contentTypes(count: Int) -> String {
        let sheets = (1...count).map {
            "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return Self.declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
            \(sheets)</Types>
            """
    }

    private var packageRelationships: String {
        Self.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
            </Relationships>
            """
    }

    private var applicationProperties: String {
        Self.declaration + """
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
            <Application>\(Self.escape(application))</Application></Properties>
            """
    }

    private func workbook(names: [String]) -> String {
        let sheets = names.enumerated().map { index, name in
            "<sheet name=\"\(Self.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        return Self.declaration + """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets>\(sheets)</sheets></workbook>
            """
    }

    private func workbookRelationships(count: Int) -> String {
        let sheets = (1...count).map {
            "<Relationship Id=\"rId\($0)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>"
        }.joined()
        return Self.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(sheets)\
            <Relationship Id="rId\(count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """
    }

    /// Two cell formats: 0 plain, 1 bold (the header row).
    private var styles: String {
        Self.declaration + """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>
            """
    }

    private func worksheet(_ sheet: Sheet) -> String {
        let frozen = headerRows > 0 && sheet.rows.count > headerRows
        let view = frozen
            ? "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(headerRows)\" topLeftCell=\"A\(headerRows + 1)\" "
              + "activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
            : "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
        var rows = ""
        for (index, row) in sheet.rows.enumerated() {
            let number = index + 1
            let style = number <= headerRows ? " s=\"1\"" : ""
            var cells = ""
            for (column, cell) in row.enumerated() {
                let reference = Sheet.columnLetters(column) + String(number)
                switch cell {
                case .empty:
                    if !style.isEmpty { cells += "<c r=\"\(reference)\"\(style)/>" }
                case .number(let value) where value.isFinite:
                    cells += "<c r=\"\(reference)\"\(style)><v>\(value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value))</v></c>"
                case .number, .text:
                    cells += "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                        + Self.escape(cell.text) + "</t></is></c>"
                }
            }
            rows += "<row r=\"\(number)\">\(cells)</row>"
        }
        return Self.declaration + """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            \(view)<sheetFormatPr defaultRowHeight="15"/>\(columns(sheet))<sheetData>\(rows)</sheetData></worksheet>
            """
    }

    /// Widths in characters: the longest text of each column, from 6 up to 60.
    private func columns(_ sheet: Sheet) -> String {
        var widths: [Int] = []
        for row in sheet.rows {
            for (column, cell) in row.enumerated() {
                while widths.count <= column { widths.append(0) }
                let longest = cell.text.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0
                widths[column] = max(widths[column], longest)
            }
        }
        guard !widths.isEmpty else { return "" }
        let columns = widths.enumerated().map { column, width in
            "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(min(60, max(6, width)) + 2)\" customWidth=\"1\"/>"
        }.joined()
        return "<cols>\(columns)</cols>"
    }

    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// Text made safe for XML: the five special characters escaped, and the
    /// control characters XML 1.0 forbids left out.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
