import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads one sheet of an XLSX workbook (Office Open XML, as Excel and LibreOffice save it).
///
/// A workbook is a ZIP archive of XML parts: `xl/workbook.xml` names the sheets
/// in tab order, its relationships file points each to its part, and
/// `xl/sharedStrings.xml` holds the text that cells refer to by number. Cells
/// carry their place (`r="C5"`), so skipped columns and rows stay where they are.
public enum XLSXReader {
    /// The sheet named `sheet` (compared without regard to case), or the first sheet.
    public static func read(_ data: Data, sheet: String? = nil) throws(SpreadsheetError) -> Sheet {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notASpreadsheet
        }
        guard let workbook = try part("xl/workbook.xml", in: archive) else { throw .notASpreadsheet }
        let sheets = WorkbookParser.sheets(in: workbook)
        guard !sheets.isEmpty else { throw .damaged(part: "xl/workbook.xml") }
        let chosen: (name: String, relation: String)
        if let sheet {
            let wanted = sheet.trimmingCharacters(in: .whitespaces).lowercased()
            guard let found = sheets.first(where: { $0.name.lowercased() == wanted }) else {
                throw .missingSheet(name: sheet, available: sheets.map(\.name))
            }
            chosen = found
        } else {
            chosen = sheets[0]
        }
        let relations = try part("xl/_rels/workbook.xml.rels", in: archive).map(RelationsParser.targets) ?? [:]
        let target = relations[chosen.relation].map(resolve) ?? "xl/worksheets/sheet1.xml"
        let strings = try part("xl/sharedStrings.xml", in: archive).map(SharedStringsParser.strings) ?? []
        guard let sheetData = try part(target, in: archive) else { throw .damaged(part: target) }
        guard let rows = SheetParser.rows(in: sheetData, strings: strings) else { throw .damaged(part: target) }
        return Sheet(name: chosen.name, rows: rows)
    }

    /// A relationship target made into a path within the archive ("worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml").
    private static func resolve(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// The bytes of one part, or nil when the archive has none by that name.
    private static func part(_ path: String, in archive: Archive) throws(SpreadsheetError) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            throw .damaged(part: path)
        }
        return data
    }
}

/// The sheets of `xl/workbook.xml`: name and relationship id, in tab order.
private final class WorkbookParser: NSObject, XMLParserDelegate {
    var sheets: [(name: String, relation: String)] = []

    static func sheets(in data: Data) -> [(name: String, relation: String)] {
        let delegate = WorkbookParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = false
        _ = parser.parse()
        return delegate.sheets
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        guard localName(element) == "sheet", let name = attributes["name"] else { return }
        let relation = attributes.first { localName($0.key) == "id" && $0.key != "sheetId" }?.value ?? ""
        sheets.append((name, relation))
    }
}

/// Relationship id → target of a `.rels` part.
private final class RelationsParser: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]

    static func targets(in data: Data) -> [String: String] {
        let delegate = RelationsParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.targets
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        guard localName(element) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        targets[id] = target
    }
}

/// The texts of `xl/sharedStrings.xml`, in order; a rich text's runs joined, phonetic hints left out.
private final class SharedStringsParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    static func strings(in data: Data) -> [String] {
        let delegate = SharedStringsParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.strings
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch localName(element) {
        case "si": current = ""
        case "rPh": inPhonetic = true
        case "t": inText = !inPhonetic
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch localName(element) {
        case "si": strings.append(current)
        case "rPh": inPhonetic = false
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// The cells of a worksheet part, placed by their `r` attribute (or after the previous cell when it has none).
private final class SheetParser: NSObject, XMLParserDelegate {
    private let strings: [String]
    private var rows: [Int: [Int: Cell]] = [:]
    private var rowNumber = 0
    private var column = -1
    private var type = ""
    private var value = ""
    private var inValue = false
    private var inCell = false
    private var inInlineText = false
    private var failed = false

    init(strings: [String]) { self.strings = strings }

    static func rows(in data: Data, strings: [String]) -> [[Cell]]? {
        let delegate = SheetParser(strings: strings)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse(), !delegate.failed else { return nil }
        guard let last = delegate.rows.keys.max() else { return [] }
        return (1...last).map { number in
            guard let cells = delegate.rows[number], let width = cells.keys.max() else { return [] }
            let row = (0...width).map { cells[$0] ?? .empty }
            return row.allSatisfy { $0 == .empty } ? [] : row
        }
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch localName(element) {
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            column = -1
        case "c":
            inCell = true
            type = attributes["t"] ?? "n"
            value = ""
            if let reference = attributes["r"], let place = Self.column(of: reference) {
                column = place
            } else {
                column += 1
            }
        case "v": inValue = inCell
        case "t": inInlineText = inCell && type == "inlineStr"
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch localName(element) {
        case "c":
            inCell = false
            let cell = makeCell()
            if cell != .empty, rowNumber >= 1, column >= 0 { rows[rowNumber, default: [:]][column] = cell }
        case "v": inValue = false
        case "t": inInlineText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue || inInlineText { value += string }
    }

    private func makeCell() -> Cell {
        switch type {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)) else { return .empty }
            guard strings.indices.contains(index) else { failed = true; return .empty }
            return strings[index].isEmpty ? .empty : .text(strings[index])
        case "inlineStr", "str":
            return value.isEmpty ? .empty : .text(value)
        case "b":
            return .text(value.trimmingCharacters(in: .whitespaces) == "1" ? "TRUE" : "FALSE")
        case "e":
            return .text(value)
        default:
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return .empty }
            return Double(trimmed).map(Cell.number) ?? .text(trimmed)
        }
    }

    /// The 0-based column of a reference such as "C5" or "AA12".
    static func column(of reference: String) -> Int? {
        var number = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard scalar.properties.isAlphabetic else { break }
            let upper = scalar.value & ~0x20
            guard upper >= 65, upper <= 90 else { return nil }
            number = number * 26 + Int(upper - 64)
            letters += 1
        }
        return letters == 0 ? nil : number - 1
    }
}

/// An element's name without its namespace prefix.
private func localName(_ name: String) -> String {
    name.split(separator: ":").last.map(String.init) ?? name
}
