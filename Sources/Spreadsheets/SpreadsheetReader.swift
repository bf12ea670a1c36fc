import Foundation

/// Reads a spreadsheet file, CSV or XLSX, telling them apart by their bytes rather than by the name.
public enum SpreadsheetReader {
    /// The sheet in a file: for XLSX the sheet named `sheet`, or the first; for CSV its only sheet.
    public static func read(path: String, sheet: String? = nil) throws(SpreadsheetError) -> Sheet {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file"
            throw .unreadable(reason: reason)
        }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return try read(data, name: name, sheet: sheet)
    }

    /// The sheet in a file's bytes; `name` names a CSV file's sheet.
    public static func read(_ data: Data, name: String, sheet: String? = nil) throws(SpreadsheetError) -> Sheet {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return try XLSXReader.read(data, sheet: sheet)
        }
        // Compound files: Excel 97-2003 workbooks and password-protected XLSX files alike.
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .encryptedOrLegacy }
        if data.starts(with: [0x50, 0x4B]) || looksBinary(data) { throw .notASpreadsheet }
        return try CSVReader.read(data, name: name)
    }

    /// Whether the first bytes hold a NUL or other control bytes no text file has.
    private static func looksBinary(_ data: Data) -> Bool {
        data.prefix(4096).contains { $0 == 0 || ($0 < 0x09) || ($0 > 0x0D && $0 < 0x20 && $0 != 0x1B) }
    }
}
