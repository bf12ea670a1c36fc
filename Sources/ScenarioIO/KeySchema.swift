/// The keys a scenario file may use, for spotting misspelt keys such as `maxrent`.
///
/// Unknown keys are not refused (MODEL.md refuses only what it lists), but a
/// misspelt key silently loses what the user meant, so the loader warns.
indirect enum KeySchema: Sendable {
    case object([String: KeySchema])
    case list(KeySchema)
    case value

    static let scenario: KeySchema = .object([
        "name": .value,
        "weights": .object(["preference": .value, "values": .value]),
        "seekers": .list(.object([
            "id": .value, "generations": .value, "care": .object(["type": .value, "hours": .value]),
            "needsAccessible": .value, "maxRent": .value, "municipalities": .value, "preferences": .value,
            "excludes": .value, "tags": .value, "supportHours": .value, "priority": .value,
            "together": .value, "apart": .value,
        ])),
        "groups": .list(.object([
            "id": .value, "name": .value, "minSize": .value, "maxSize": .value, "founders": .value,
            "mustForm": .value, "municipalities": .value, "acceptsCare": .value,
            "careShare": .object(["min": .value, "max": .value]), "minGenerations": .value,
            "supportRatio": .value, "needsCommonRoom": .value, "values": .value, "declines": .value,
        ])),
        "sites": .list(.object([
            "id": .value, "name": .value, "municipality": .value, "units": .value, "accessibleUnits": .value,
            "rent": .value, "commonRoom": .value, "owner": .value,
        ])),
        "providers": .list(.object([
            "id": .value, "name": .value, "careTypes": .value, "municipalities": .value, "capacity": .value,
            "minClientsPerSite": .value, "maxClientsPerSite": .value,
        ])),
    ])

    /// Paths of keys in `document` that the schema does not know, with a suggestion when one is close.
    func unknownKeys(in document: Any, path: String = "") -> [(path: String, suggestion: String?)] {
        switch self {
        case .value:
            return []
        case .list(let element):
            guard let items = document as? [Any] else { return [] }
            return items.enumerated().flatMap { element.unknownKeys(in: $1, path: "\(path)[\($0)]") }
        case .object(let keys):
            guard let object = document as? [String: Any] else { return [] }
            return object.keys.sorted().flatMap { key -> [(path: String, suggestion: String?)] in
                let here = path.isEmpty ? key : "\(path).\(key)"
                guard let schema = keys[key] else { return [(here, Self.closest(to: key, in: keys.keys))] }
                return schema.unknownKeys(in: object[key]!, path: here)
            }
        }
    }

    private static func closest(to key: String, in known: Dictionary<String, KeySchema>.Keys) -> String? {
        known.map { ($0, distance($0.lowercased(), key.lowercased())) }
            .filter { $0.1 <= 2 }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// Edit distance between two short strings.
    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
