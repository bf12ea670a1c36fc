import Foundation

/// The template of each side: a CSV file with the Dutch headers and one example row, as Dutch Excel opens it.
public enum ImportTemplate {
    /// The template's bytes: UTF-8 with a byte order mark, `;` between fields, CRLF line ends.
    public static func csv(for side: ImportSide) -> Data {
        var columns = side.columns
        if side == .households {
            // The name column shows where names go: to the key file, never to the scenario.
            columns.insert(ImportColumn("name", header: "Naam", kind: .text, example: "Voorbeeld Achternaam"), at: 1)
        }
        func field(_ text: String) -> String {
            text.contains(";") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let header = columns.map { field($0.header) }.joined(separator: ";")
        let example = columns.map { field($0.example) }.joined(separator: ";")
        return Data(("\u{FEFF}" + header + "\r\n" + example + "\r\n").utf8)
    }

    /// The header mapping in words, one side after another: for `--help` and the documentation.
    public static func mappingText() -> String {
        var lines: [String] = []
        for side in ImportSide.allCases {
            lines.append("\(side.rawValue) (\(side.scenarioKey)):")
            for column in side.columns {
                let others = ([column.key] + column.aliases).joined(separator: ", ")
                let required = column.required ? " (needed for new rows)" : ""
                lines.append("  \(column.header) → \(column.key)\(required); also: \(others)")
            }
            let personal = side.personalColumns.flatMap { $0.headers.prefix(2) }.joined(separator: ", ")
            lines.append("  kept out of the scenario: \(personal)")
        }
        return lines.joined(separator: "\n")
    }
}
