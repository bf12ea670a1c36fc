import Foundation

/// One column a sheet may have: the scenario key it fills, the headers that name it, and what its cells hold.
public struct ImportColumn: Sendable, Hashable {
    /// What a cell of the column holds, and so how it is read.
    public enum Kind: String, Sendable, Hashable {
        /// An id: text of 1 to 64 characters.
        case id
        /// Free text, such as a name.
        case text
        /// Euros: "€ 850", "1.020,50", "850".
        case amount
        /// A number with a decimal comma or point: "0,5", "2".
        case number
        /// A whole number: "12".
        case whole
        /// A share from 0 to 1, or a percentage: "0,25", "25%".
        case share
        /// Yes or no: ja/nee, yes/no, x, 1/0.
        case yesNo
        /// A list in one cell, separated by `;` or `,`: "Houten; Bunnik".
        case list
        /// A care type in words or as a code: "ouderenzorg", "VG", "GGZ", "lichamelijke beperking".
        case careType
        /// A list of care types.
        case careTypes
        /// A list of generations in words or as codes: "senior; kind".
        case generations
    }

    /// The scenario key it fills, as MODEL.md names it (`maxRent`, `care.type`, `careShare.min`).
    public let key: String
    /// The header in the template (Dutch).
    public let header: String
    /// Other headers that name it, Dutch and English; the key itself always does.
    public let aliases: [String]
    public let kind: Kind
    /// Whether a new row needs a value (an existing one keeps its value when the cell is empty).
    public let required: Bool
    /// The template's example value for this column.
    public let example: String

    public init(_ key: String, header: String, aliases: [String] = [], kind: Kind, required: Bool = false, example: String = "") {
        self.key = key
        self.header = header
        self.aliases = aliases
        self.kind = kind
        self.required = required
        self.example = example
    }

    /// Every header that names it, normalised (see ``HeaderName``).
    public var names: Set<String> {
        Set(([header, key] + aliases).map(HeaderName.normalized))
    }

    /// Whether the column's cells are care details, which a message does not repeat.
    public var holdsCareDetails: Bool { key == "care.type" || key == "care.hours" }
}

/// Headers compared as a person means them: without case, accents, spaces or punctuation.
public enum HeaderName {
    /// "Max. huur" → "maxhuur", "Cliënten" → "clienten", "careShare.min" → "caresharemin".
    public static func normalized(_ header: String) -> String {
        let folded = header.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        })).lowercased()
    }
}
