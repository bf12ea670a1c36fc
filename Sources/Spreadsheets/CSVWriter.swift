import Foundation

/// Writes a sheet as a CSV file that Excel opens without asking how.
///
/// Excel in a Dutch locale reads `;`-separated files with decimal commas and
/// needs a byte order mark to take the text as UTF-8 (otherwise "Cliënt"
/// comes out garbled); the English style is `,`-separated with "." decimals.
/// Lines end in CRLF, as Excel writes them. A field is quoted when it holds
/// the separator, a quote, a line break or spaces at its ends.
public struct CSVWriter: Sendable {
    /// How numbers and fields are written.
    public enum Style: Sendable, Equatable {
        /// `;` between fields, "0,5": as Excel in Dutch reads and writes.
        case dutch
        /// `,` between fields, "0.5".
        case english

        public var separator: Character { self == .dutch ? ";" : "," }
        var decimalSeparator: String { self == .dutch ? "," : "." }
    }

    public let style: Style

    public init(style: Style) {
        self.style = style
    }

    /// The file's bytes: BOM, then each row on a CRLF-ended line.
    public func data(for sheet: Sheet) -> Data {
        Data(text(for: sheet).utf8)
    }

    /// The file's text, BOM included.
    public func text(for sheet: Sheet) -> String {
        var text = "\u{FEFF}"
        for row in sheet.rows {
            text += row.map(field).joined(separator: String(style.separator))
            text += "\r\n"
        }
        return text
    }

    /// One cell as it stands between separators.
    public func field(_ cell: Cell) -> String {
        switch cell {
        case .empty: return ""
        case .number(let value): return number(value)
        case .text(let text): return quotedIfNeeded(guardedAgainstFormulas(text))
        }
    }

    /// A number without thousands separators (a spreadsheet would read "1.020" as a date or 1.02).
    public func number(_ value: Double) -> String {
        guard value.isFinite else { return quotedIfNeeded(value.isNaN ? "" : (value > 0 ? "∞" : "-∞")) }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value).replacingOccurrences(of: ".", with: style.decimalSeparator)
    }

    private func quotedIfNeeded(_ text: String) -> String {
        let needsQuotes = text.contains(style.separator) || text.contains("\"") || text.contains("\n")
            || text.contains("\r") || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading
    /// apostrophe: a name typed into a key file must never become a formula in someone's Excel.
    private func guardedAgainstFormulas(_ text: String) -> String {
        guard let first = text.first, "=+-@\t\r".contains(first) else { return text }
        return "'" + text
    }
}
