import Wording

/// The range a number in a scenario or match file must lie in (MODEL.md v1.1).
///
/// The ranges keep every value a person could mean (a week has 168 hours, no
/// region has 10,000 households in one group) and keep the programme's
/// coefficients small enough that both stages stay exact in double precision.
public struct ValueRange: Sendable, Equatable {
    public var lowest: Double
    public var highest: Double
    /// Whether the value must be a whole number.
    public var isWhole: Bool

    public init(_ lowest: Double, _ highest: Double, whole: Bool = false) {
        self.lowest = lowest
        self.highest = highest
        self.isWhole = whole
    }

    /// `maxRent` and `rent`, in euros a month.
    public static let rent = ValueRange(0, 100_000)
    /// `care.hours`, `supportHours` and `supportRatio`: hours in a week.
    public static let weeklyHours = ValueRange(0, 168)
    /// A seeker's `priority`.
    public static let priority = ValueRange(0, 1_000)
    /// `weights.preference` and `weights.values`.
    public static let weight = ValueRange(0, 1_000)
    /// Sizes, dwellings, capacities, generations, and `clients` in a match file.
    public static let count = ValueRange(0, 10_000, whole: true)
    /// A group's `minSize`.
    public static let minimumSize = ValueRange(1, 10_000, whole: true)

    /// Whether `value` is finite, within the range and, if asked, whole.
    public func contains(_ value: Double) -> Bool {
        value.isFinite && value >= lowest && value <= highest && (!isWhole || value == value.rounded())
    }

    public func contains(_ value: Int) -> Bool { contains(Double(value)) }

    /// What a value outside the range is told: "must be a whole number from 0 to 10,000".
    public var requirement: String { requirementSentence.text(in: .en) }

    /// The requirement as a sentence, to say it in any language.
    public var requirementSentence: Sentence {
        Sentence(isWhole ? ValidationWords.wholeFromTo : ValidationWords.numberFromTo,
                 .grouped(Int(lowest)), .grouped(Int(highest)))
    }

    /// A whole number as people write it, with thousands separated by commas: 100,000.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }
}

/// The rule for identifiers (MODEL.md v1.1): 1 to 64 characters, no control characters.
///
/// Characters are counted as Unicode code points, so an id is at most 256
/// bytes however it is written, and control characters (which would move a
/// terminal's cursor or break a one-problem-per-line report) never get in.
public enum IdentifierRule {
    public static let maximumLength = 64

    /// Why `text` is no valid id, or `nil` when it is one.
    public static func problem(with text: String) -> String? {
        problemSentence(with: text)?.text(in: .en)
    }

    /// Why `text` is no valid id, as a sentence, or `nil` when it is one.
    public static func problemSentence(with text: String) -> Sentence? {
        let count = text.unicodeScalars.count
        if count == 0 { return Sentence(ValidationWords.idEmpty) }
        if count > maximumLength {
            return Sentence(ValidationWords.idTooLong, .number(Double(maximumLength)), .number(Double(count)))
        }
        if text.unicodeScalars.contains(where: isControl) {
            return Sentence(ValidationWords.idControl, .plain(quotedForMessage(text)))
        }
        return nil
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }
}

/// User text as it may appear in a message: quoted, escaped as
/// ``Swift/String/escapedForTerminal(limit:escapingQuotes:)`` does, and cut
/// after 64 characters with the full count named.
public func quotedForMessage(_ text: String) -> String {
    let limit = IdentifierRule.maximumLength
    let count = text.unicodeScalars.count
    let quoted = "\"" + text.escapedForTerminal(limit: limit, escapingQuotes: true) + "\""
    return count > limit ? quoted + " (\(count) characters)" : quoted
}

extension String {
    /// The text as it may stand in a message printed on a terminal: control
    /// and format characters (ESC, NUL, BEL, a newline, a direction override)
    /// written as escapes such as `\u{1B}`, so nothing raw reaches the
    /// terminal and one problem stays on one line; longer text is cut after
    /// `limit` characters with an ellipsis.
    public func escapedForTerminal(limit: Int = 80, escapingQuotes: Bool = false) -> String {
        var result = ""
        var count = 0
        for scalar in unicodeScalars {
            if count == limit {
                result += "…"
                break
            }
            count += 1
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\\": result += "\\\\"
            case "\"" where escapingQuotes: result += "\\\""
            default:
                switch scalar.properties.generalCategory {
                case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned:
                    result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                default:
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
