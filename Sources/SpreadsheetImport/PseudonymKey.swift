import Foundation
import ScenarioIO
import Spreadsheets

/// The table that links pseudonymous household ids to the people behind them.
///
/// Kept in a file of its own beside the spreadsheet (CSV with `;` and a byte
/// order mark, so that Dutch Excel opens it as it is), never in a scenario, a
/// solution or a log. An import reads it to give a person the id they had
/// before, and adds the people it gives a new id; lists read it to print names.
public struct PseudonymKey: Sendable, Equatable {
    /// One person: the id the scenario knows them by, and what only this file holds.
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var name: String
        public var email: String
        public var phone: String
        public var address: String

        public init(id: String, name: String, email: String = "", phone: String = "", address: String = "") {
            self.id = id
            self.name = name
            self.email = email
            self.phone = phone
            self.address = address
        }
    }

    /// The people, in the order they were added.
    public private(set) var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The file's header row.
    static let header = ["Huishouden", "Naam", "E-mail", "Telefoon", "Adres"]

    /// Reads a key file; a file that does not exist is an empty key.
    public static func load(path: String) throws(SpreadsheetError) -> PseudonymKey {
        guard FileManager.default.fileExists(atPath: path) else { return PseudonymKey() }
        let sheet = try SpreadsheetReader.read(path: path)
        var entries: [Entry] = []
        for row in sheet.rows.dropFirst() where !row.isEmpty {
            let cells = (0..<5).map { $0 < row.count ? row[$0].text.trimmingCharacters(in: .whitespaces) : "" }
            guard !cells[0].isEmpty else { continue }
            entries.append(Entry(id: cells[0], name: cells[1], email: cells[2], phone: cells[3], address: cells[4]))
        }
        return PseudonymKey(entries: entries)
    }

    /// Writes the key file whole or not at all, readable by its owner only when new.
    public func save(path: String) throws(OutputFileError) {
        try SolutionFiles.writeAtomically(data(), to: path)
    }

    /// The file's bytes: UTF-8 with a byte order mark, `;` between fields, CRLF line ends.
    public func data() -> Data {
        func field(_ text: String) -> String {
            guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "," }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var text = "\u{FEFF}" + Self.header.joined(separator: ";") + "\r\n"
        for entry in entries {
            text += [entry.id, entry.name, entry.email, entry.phone, entry.address].map(field).joined(separator: ";") + "\r\n"
        }
        return Data(text.utf8)
    }

    /// Names by household id, for printing lists.
    public var namesByID: [String: String] {
        Dictionary(entries.map { ($0.id, $0.name) }, uniquingKeysWith: { _, last in last })
    }

    /// Every id the key gives out, so that a new id is none of them.
    public var ids: Set<String> { Set(entries.map(\.id)) }

    /// The id of the person with this name (and e-mail address, when one is given), if the key knows them.
    public func id(name: String, email: String) -> String? {
        let wantedName = Self.normalized(name)
        let wantedEmail = Self.normalized(email)
        let sameName = entries.filter { Self.normalized($0.name) == wantedName }
        if !wantedEmail.isEmpty, let match = sameName.first(where: { Self.normalized($0.email) == wantedEmail }) {
            return match.id
        }
        // Without an e-mail address to tell them apart, a name known once is that person.
        let withoutEmail = wantedEmail.isEmpty ? sameName : sameName.filter { $0.email.isEmpty }
        return withoutEmail.count == 1 ? withoutEmail[0].id : nil
    }

    /// Adds a person, or updates what the key holds for their id (an empty field keeps what was there).
    public mutating func record(_ entry: Entry) {
        if let index = entries.firstIndex(where: { $0.id == entry.id }) {
            var merged = entries[index]
            if !entry.name.isEmpty { merged.name = entry.name }
            if !entry.email.isEmpty { merged.email = entry.email }
            if !entry.phone.isEmpty { merged.phone = entry.phone }
            if !entry.address.isEmpty { merged.address = entry.address }
            entries[index] = merged
        } else {
            entries.append(entry)
        }
    }

    /// A name or address compared without case, accents or spacing.
    static func normalized(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A fresh pseudonymous id: "h-" and six random letters and digits, drawn anew
    /// (never from the name) until it is none of `taken`.
    public static func freshID(avoiding taken: Set<String>) -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        while true {
            let id = "h-" + String((0..<6).map { _ in alphabet.randomElement()! })
            if !taken.contains(id) { return id }
        }
    }
}
