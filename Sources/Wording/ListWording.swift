/// Lists as sentences: "h1, h2 en h3" / "h1, h2 and h3".
public enum ListWording {
    public static func joined(_ items: [String], in language: Language) -> String {
        let and = language == .nl ? " en " : " and "
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + and + items[items.count - 1]
        }
    }
}
