extension String {
    /// The text as it may stand, unquoted, in a message printed on a terminal
    /// (a key in a path, a number as written): control and format characters
    /// (ESC, NUL, BEL, a newline, a direction override) written as escapes the
    /// way ``quotedForMessage(_:)`` writes them, so nothing raw reaches the terminal and one problem stays on
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
