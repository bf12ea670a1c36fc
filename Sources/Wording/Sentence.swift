/// Something the library says, kept as a catalogue message and the values
/// that fill it, so that it can be said in any language when it is shown.
///
/// The library builds a reason once, as a sentence; its English text is what
/// solution files keep, and a page or report says it in the reader's language
/// with `text(in:)`. Values say themselves the way each language writes them:
/// a rent is "€ 1.020" in Dutch and stays "1020" in the English the tool has
/// always written, a care type is "ouderenzorg" in Dutch and its code in English.
public struct Sentence: Sendable, Hashable {
    /// One value of a sentence.
    public indirect enum Value: Sendable, Hashable {
        /// Ids, names and towns: the same in every language.
        case plain(String)
        /// A count or amount: "12.500" and "0,5" in Dutch, "12500" and "0.5" in English.
        case number(Double)
        /// An amount of money: "€ 950" in Dutch, "950" in English (as the tool always wrote rents).
        case euros(Double)
        /// A share (0.3) as a percentage rounded to `digits` decimals: "30%", "28,57%".
        case percent(Double, digits: Int)
        /// A care type code in the words of care: "ouderenzorg", "VG", "GGZ" in Dutch, the code in English.
        case careType(String)
        /// A whole number grouped by thousands in every language: "10.000" in Dutch, "10,000" in English.
        case grouped(Int)
        /// A decimal number: at most `digits` decimals in Dutch ("1,5"); in English a whole
        /// number as is and any other with exactly `digits` decimals ("1.50"), as the tool always wrote it.
        case decimal(Double, digits: Int)
        /// A sentence inside a sentence.
        case sentence(Sentence)
        /// "a, b and c" / "a, b en c".
        case and([Value])
        /// "a, b or c" / "a, b of c".
        case or([Value])
        /// "a, b, c, d, e and 12 more" / "a, b, c, d, e en nog 12".
        case andMore([Value], more: Int)
        /// Names as the tool's English has always listed them, with commas only
        /// ("g1, g2", "g1, g2, g3, g4, g5 and 12 more"); Dutch joins the last with
        /// "en" ("g1 en g2", "g1, g2, g3, g4, g5 en nog 12").
        case commas([Value], more: Int)
        /// Values one after another with the same separator in every language, such as "; ".
        case joined([Value], separator: String)

        /// The value as `language` writes it.
        public func text(in language: Language) -> String {
            switch self {
            case .plain(let text): return text
            case .number(let value): return Self.number(value, in: language)
            case .euros(let value): return language == .en ? Self.plainNumber(value) : NumberWording(language).euros(value)
            case .percent(let share, let digits):
                let scale = (0..<digits).reduce(1.0) { product, _ in product * 10 }
                let rounded = (share * (100 * scale)).rounded() / scale
                return Self.number(rounded, in: language) + "%"
            case .careType(let code): return language == .en ? code : DomainWords.careTypeShort(code, in: language)
            case .grouped(let value): return NumberWording(language).number(Double(value))
            case .decimal(let value, let digits):
                guard language == .en else { return NumberWording(language).number(value, digits: digits) }
                return Self.fixed(value, digits: digits)
            case .sentence(let sentence): return sentence.text(in: language)
            case .and(let items): return ListWording.joined(items.map { $0.text(in: language) }, in: language)
            case .or(let items): return ListWording.joinedWithOr(items.map { $0.text(in: language) }, in: language)
            case .andMore(let items, let more):
                guard more > 0 else { return Value.and(items).text(in: language) }
                let shown = items.map { $0.text(in: language) }.joined(separator: ", ")
                return shown + (language == .nl ? " en nog \(more)" : " and \(more) more")
            case .commas(let items, let more):
                if language == .nl { return Value.andMore(items, more: more).text(in: language) }
                let shown = items.map { $0.text(in: language) }.joined(separator: ", ")
                return more > 0 ? shown + " and \(more) more" : shown
            case .joined(let items, let separator): return items.map { $0.text(in: language) }.joined(separator: separator)
            }
        }

        /// English keeps the tool's plain numbers ("12500", "0.5"), which files and tests hold.
        private static func number(_ value: Double, in language: Language) -> String {
            language == .en ? plainNumber(value) : NumberWording(language).number(value, digits: 6)
        }

        /// A whole number as is, any other with exactly `digits` decimals: "2", "1.50".
        private static func fixed(_ value: Double, digits: Int) -> String {
            guard value.isFinite, value != value.rounded() else { return plainNumber(value) }
            let scale = (0..<digits).reduce(1, { product, _ in product * 10 })
            let scaled = Int((abs(value) * Double(scale)).rounded())
            let fraction = String(scaled % scale)
            let padded = String(repeating: "0", count: max(0, digits - fraction.count)) + fraction
            return (value < 0 ? "-" : "") + String(scaled / scale) + (digits > 0 ? "." + padded : "")
        }

        /// A number as the tool has always written it in English: 950 rather than 950.0.
        static func plainNumber(_ value: Double) -> String {
            if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
            return String(value)
        }
    }

    public let message: Message
    public let values: [Value]

    public init(_ message: Message, _ values: Value...) {
        self.message = message
        self.values = values
    }

    public init(_ message: Message, values: [Value]) {
        self.message = message
        self.values = values
    }

    /// A sentence that is one value, such as a list of other sentences.
    public init(value: Value) {
        self.init(Self.oneValue, value)
    }

    /// The message of a sentence that is one value: nothing to translate.
    static let oneValue = Message("sentence.value", nl: "{0}", en: "{0}")

    /// The sentence in `language`, every value said the way that language writes it.
    public func text(in language: Language) -> String {
        message.said(in: language, values: values.map { $0.text(in: language) })
    }
}

extension Sentence.Value: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) {
        self = .plain(value)
    }
}
