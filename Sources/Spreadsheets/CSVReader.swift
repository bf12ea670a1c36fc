import Foundation

/// Reads CSV text as spreadsheet programs write it, into one ``Sheet``.
///
/// Dutch Excel separates fields with `;` (the comma is its decimal mark), most
/// other programs with `,`: the separator is the one of the two that occurs more
/// often in the header line outside quotes. UTF-8 with or without a byte order
/// mark, quoted fields with `""` for a quote and with line breaks inside, and
/// CRLF or LF line ends. A record that spans lines is one row: rows are
/// numbered as a spreadsheet program shows them after opening the file.
///
/// Written here rather than taken from a package: RFC 4180 is small, and what we
/// need beyond it (separator detection that ignores quoted text, row numbers
/// that match the spreadsheet, no lost empty rows) is what the packages on the
/// machine do differently.
public enum CSVReader {
    /// Reads a CSV file's bytes; the sheet is named `name` (a file's name without extension).
    public static func read(_ data: Data, name: String) throws(SpreadsheetError) -> Sheet {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else { throw .notUTF8 }
        return Sheet(name: name, rows: rows(of: text))
    }

    /// The separator of a CSV text: `;` or `,`, whichever its header line holds more of outside quotes.
    public static func separator(of text: String) -> Unicode.Scalar {
        var semicolons = 0
        var commas = 0
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == ";" { semicolons += 1 }
            if scalar == "," { commas += 1 }
        }
        return semicolons >= commas && semicolons > 0 ? ";" : ","
    }

    /// The rows of a CSV text (without a byte order mark), each a list of text or empty cells.
    public static func rows(of text: String) -> [[Cell]] {
        let separator = separator(of: text)
        var rows: [[Cell]] = []
        var row: [Cell] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var wasQuoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endField() {
            let value = String(field)
            row.append(value.isEmpty && !wasQuoted ? .empty : .text(value))
            field = String.UnicodeScalarView()
            wasQuoted = false
        }
        func endRow() {
            endField()
            rows.append(row.allSatisfy { $0 == .empty } ? [] : row)
            row = []
        }

        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
            case separator:
                endField()
            case "\r":
                let next = scalars.next()
                if next != "\n" { pending = next }
                endRow()
            case "\n":
                endRow()
            default:
                field.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty || wasQuoted { endRow() }
        // Trailing empty rows are the end of the file, not rows a person sees.
        while rows.last?.isEmpty == true { rows.removeLast() }
        return rows
    }
}
