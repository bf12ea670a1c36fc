/// Writes a Codable coding path the way people point into a file: `seekers[12].maxRent`.
func pathString(_ codingPath: [any CodingKey]) -> String {
    var path = ""
    for key in codingPath {
        if let index = key.intValue {
            path += "[\(index)]"
        } else {
            path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
        }
    }
    return path
}

/// Splits `seekers[12].maxRent` into `["seekers", 12, "maxRent"]`.
enum PathComponent: Equatable {
    case key(String)
    case index(Int)

    static func parse(_ path: String) -> [PathComponent] {
        var components: [PathComponent] = []
        var current = ""
        var inIndex = false
        func flushKey() {
            if !current.isEmpty { components.append(.key(current)) }
            current = ""
        }
        for character in path {
            switch character {
            case "." where !inIndex: flushKey()
            case "[": flushKey(); inIndex = true
            case "]":
                if let index = Int(current) { components.append(.index(index)) }
                current = ""; inIndex = false
            default: current.append(character)
            }
        }
        flushKey()
        return components
    }
}
