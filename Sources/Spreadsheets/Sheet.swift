import Foundation

/// One table of a spreadsheet, as a person sees it: a name and rows of cells.
///
/// Reading a CSV or XLSX file gives sheets; writing one takes them. Row and
/// column positions are kept as the spreadsheet numbers them (row 1 is the
/// first row, column "A" the first column), so that every message about a
/// cell can point to where the person will find it.
public struct Sheet: Sendable, Equatable {
    /// The sheet's name as its tab shows it; a CSV file has one sheet, named after the file.
    public var name: String
    /// The rows from the top, the header row included; rows may differ in length.
    public var rows: [[Cell]]

    public init(name: String, rows: [[Cell]]) {
        self.name = name
        self.rows = rows
    }

    /// The cell at a spreadsheet position (1-based row, 0-based column), empty beyond a row's end.
    public func cell(row: Int, column: Int) -> Cell {
        guard row >= 1, row <= rows.count, column >= 0, column < rows[row - 1].count else { return .empty }
        return rows[row - 1][column]
    }

    /// A column's letters as spreadsheets show them: 0 → "A", 25 → "Z", 26 → "AA".
    public static func columnLetters(_ column: Int) -> String {
        var letters = ""
        var rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            rest = (rest - 1) / 26
        }
        return letters
    }
}

/// What one cell holds. A CSV cell is always text; an XLSX cell may be a number.
public enum Cell: Sendable, Equatable {
    case empty
    case text(String)
    case number(Double)

    /// The cell as the person typed or sees it, for messages and for parsing text.
    public var text: String {
        switch self {
        case .empty: return ""
        case .text(let text): return text
        case .number(let value):
            return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }
    }

    public var isEmpty: Bool {
        switch self {
        case .empty: return true
        case .text(let text): return text.trimmingCharacters(in: .whitespaces).isEmpty
        case .number: return false
        }
    }
}
