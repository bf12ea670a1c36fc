import HousingMatch
import Wording

/// What an export shows and in which language.
public struct ExportOptions: Sendable {
    /// The language of headers, reasons and lists.
    public var language: Language
    /// Care type and hours of each household: only when asked (`--with-care-details`).
    public var withCareDetails: Bool
    /// Names of households by id, from a key file kept beside the spreadsheet;
    /// empty leaves the name column out and shows households by id only.
    public var names: [SeekerID: String]

    public init(language: Language, withCareDetails: Bool = false, names: [SeekerID: String] = [:]) {
        self.language = language
        self.withCareDetails = withCareDetails
        self.names = names
    }

    var showsNames: Bool { !names.isEmpty }
    var numbers: NumberWording { NumberWording(language) }

    func text(_ message: Message, _ values: any CustomStringConvertible...) -> String {
        message.said(in: language, values: values.map(\.description))
    }
}
