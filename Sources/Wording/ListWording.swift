/// Lists as sentences: "h1, h2 en h3" / "h1, h2 and h3".
public enum ListWording {
    public static func joined(_ items: [String], in language: Language) -> String {
        joined(items, last: language == .nl ? " en " : " and ")
    }

    /// Choices as a sentence: "Houten, Bunnik of Zeist" / "Houten, Bunnik or Zeist".
    public static func joinedWithOr(_ items: [String], in language: Language) -> String {
        joined(items, last: language == .nl ? " of " : " or ")
    }

    private static func joined(_ items: [String], last: String) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + last + items[items.count - 1]
        }
    }
}
