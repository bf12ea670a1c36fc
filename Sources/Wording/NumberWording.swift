/// Numbers as a person in each language writes them: "€ 850", "0,5", "12 uur".
public struct NumberWording: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// A whole or decimal number with at most `digits` decimals, trailing zeros dropped.
    public func number(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value > 0 ? "∞" : "-∞") }
        let scale = (0..<digits).reduce(1.0) { product, _ in product * 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            return grouped(Int(rounded))
        }
        var text = String(rounded)
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) - 1 > digits {
            text = String(text[...text.index(dot, offsetBy: digits)])
        }
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = Int(parts[0]) ?? 0
        let sign = (rounded < 0 && whole == 0) ? "-" : ""
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return sign + grouped(whole) + decimalSeparator + fraction
    }

    /// A rent or other amount in euros: "€ 1.020" in Dutch, "€1,020" in English.
    ///
    /// The Dutch space after the sign is a no-break space (``euroSpace``), so that
    /// a line never breaks between "€" and its amount.
    public func euros(_ value: Double) -> String {
        switch language {
        case .nl: "€" + Self.euroSpace + number(value)
        case .en: "€" + number(value)
        }
    }

    /// The space between "€" and the amount in Dutch: a no-break space (U+00A0).
    public static let euroSpace = "\u{00A0}"

    /// A share as a percentage: "30%" ("30 %" is also Dutch, but 30% is what people type).
    public func percent(_ fraction: Double) -> String {
        number(fraction * 100, digits: 1) + "%"
    }

    public var decimalSeparator: String { language == .nl ? "," : "." }
    public var thousandsSeparator: String { language == .nl ? "." : "," }

    private func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard digits.count > 3 else { return (value < 0 ? "-" : "") + digits }
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result += thousandsSeparator }
            result.append(character)
        }
        return (value < 0 ? "-" : "") + result
    }
}
