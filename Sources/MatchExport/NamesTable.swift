import Foundation
import HousingMatch

/// Reads the names of households from a small key file: a CSV of `id;name`
/// (or `id,name`), UTF-8 with or without BOM, a header row allowed.
///
/// A stand-in until import's key file (id ↔ name) can be read here: names are
/// used only to print lists and never enter a scenario, solution or log.
public enum NamesTable {
    /// A line that could not be read, by its number.
    public struct ReadError: Error, CustomStringConvertible, Equatable {
        public var file: String
        public var lines: [Int]

        public init(file: String, lines: [Int]) {
            self.file = file
            self.lines = lines
        }

        public var description: String {
            "\(file): lines \(lines.map(String.init).joined(separator: ", ")) are not `id;name`"
        }
    }

    /// The names by id; lines whose id is not a household of `known` (such as a header) are skipped.
    public static func read(_ text: String, file: String, known: Set<SeekerID>) throws(ReadError) -> [SeekerID: String] {
        var names: [SeekerID: String] = [:]
        var bad: [Int] = []
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        for (index, line) in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let separator: Character = trimmed.contains(";") ? ";" : ","
            let fields = trimmed.split(separator: separator, maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            guard fields.count == 2, !fields[0].isEmpty else {
                bad.append(index + 1)
                continue
            }
            let id = SeekerID(fields[0])
            guard known.contains(id) else { continue }
            names[id] = fields[1]
        }
        if !bad.isEmpty { throw ReadError(file: file, lines: bad) }
        return names
    }
}
