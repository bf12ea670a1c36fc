/// Text made safe to put into HTML or SVG, as element content or a quoted attribute value.
public enum HTMLText {
    /// Escapes the five characters with a meaning in markup, so that names from
    /// a scenario file (which anyone may write) show as text and never as markup.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
