extension String {
    /// The text as it may stand in a message printed on a terminal: control and
    /// format characters (ESC, NUL, BEL, a newline, a direction override) written
    /// as escapes, so nothing raw reaches the terminal and one problem stays on
    /// one line; longer text is cut after `limit` characters.
    func escapedForTerminal(limit: Int = 80) -> String {
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
            case "\u{1B}": result += "\\e"
            case "\0": result += "\\0"
            case "\\": result += "\\\\"
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
