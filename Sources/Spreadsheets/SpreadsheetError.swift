/// Why a file could not be read as a spreadsheet. Each case is said in words by
/// the caller (the import's catalogue), never as a crash.
public enum SpreadsheetError: Error, Sendable, Equatable {
    /// The file cannot be opened: it does not exist or may not be read (the reason in words).
    case unreadable(reason: String)
    /// The file is neither CSV text nor an XLSX workbook.
    case notASpreadsheet
    /// An old Excel file (`.xls`) or an XLSX file with a password: both are compound files we cannot read.
    case encryptedOrLegacy
    /// A CSV file whose text is not UTF-8 (an old "CSV (comma delimited)" save in Windows-1252).
    case notUTF8
    /// The workbook has no sheet by that name; `available` lists the sheets it has, in tab order.
    case missingSheet(name: String, available: [String])
    /// The workbook is damaged or holds no sheet: `part` is the file inside it that failed.
    case damaged(part: String)
}
