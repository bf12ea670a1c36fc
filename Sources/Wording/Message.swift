/// One thing the tool says, in every language it speaks.
///
/// Placeholders `{0}`, `{1}`, … stand for the values filled in when the
/// message is said; every translation uses the same ones (a test holds them equal).
public struct Message: Sendable, Hashable {
    /// A stable name, for tests and for finding a message in the catalogue.
    public let key: String
    public let nl: String
    public let en: String

    public init(_ key: String, nl: String, en: String) {
        self.key = key
        self.nl = nl
        self.en = en
    }

    /// The message in `language`, with its placeholders filled in order.
    public func callAsFunction(_ language: Language, _ values: any CustomStringConvertible...) -> String {
        fill(template(in: language), with: values.map(\.description))
    }

    /// The message in `language`, with `values` for its placeholders.
    public func said(in language: Language, values: [String]) -> String {
        fill(template(in: language), with: values)
    }

    public func template(in language: Language) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }

    /// The placeholders a template uses, as numbers.
    public static func placeholders(in template: String) -> Set<Int> {
        var found: Set<Int> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            if let number = Int(after[..<close]) { found.insert(number) }
            rest = after[after.index(after: close)...]
        }
        return found
    }

    private func fill(_ template: String, with values: [String]) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let number = Int(after[..<close]), values.indices.contains(number) {
                result += values[number]
                rest = after[after.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }
}
