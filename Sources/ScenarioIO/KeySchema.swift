import HousingMatch

/// The keys a scenario file may use and what kind of value each holds.
///
/// It serves two purposes. It spots misspelt keys such as `maxrent`: unknown
/// keys are not refused (MODEL.md refuses only what it lists), but a misspelt
/// key silently loses what the user meant, so the loader warns. And it tells
/// variant files how to read a YAML value before merging, the way the
/// scenario's own decoding would read it (`name: 1940` is text, `rent: 880` a
/// number), so a merged scenario means exactly what its files say.
indirect enum KeySchema: Sendable {
    /// An object with these keys; those in `required` are decoded without a default,
    /// so a null there is a value of the wrong kind rather than a left-out key.
    case object([String: KeySchema], required: Set<String> = [])
    case list(KeySchema)
    case scalar(ScalarKind)

    /// The kind of a single value, as the scenario's decoding reads it.
    ///
    /// A number carries MODEL.md's range (``ValueRange``) for the words of a
    /// message about a value that is not one. Values that decode are checked
    /// against their range by the domain's validation, which lists every
    /// problem; ``DocumentGate`` checks the range itself only where `enforced`
    /// (counts in match files, which no validation sees).
    enum ScalarKind: Sendable {
        case text
        /// Text that names an entry: 1 to 64 characters, no control characters (``IdentifierRule``).
        case identifier
        case number(ValueRange)
        case wholeNumber(ValueRange, enforced: Bool = false)
        case flag
    }

    static let text = KeySchema.scalar(.text)
    static let flag = KeySchema.scalar(.flag)
    static let texts = KeySchema.list(.text)
    static func number(_ range: ValueRange) -> KeySchema { .scalar(.number(range)) }
    static let wholeNumber = KeySchema.scalar(.wholeNumber(.count))
    static let share = ValueRange(0, 1)

    static let weights: KeySchema = .object(["preference": number(.weight), "values": number(.weight)])

    static let seeker: KeySchema = .object([
        "id": .text, "generations": .texts,
        "care": .object(["type": .text, "hours": number(.weeklyHours)], required: ["type"]),
        "needsAccessible": .flag, "maxRent": number(.rent), "municipalities": .texts, "preferences": .texts,
        "excludes": .texts, "tags": .texts, "supportHours": number(.weeklyHours), "priority": number(.priority),
        "together": .texts, "apart": .texts,
    ], required: ["id", "generations"])

    static let group: KeySchema = .object([
        "id": .text, "name": .text, "minSize": .scalar(.wholeNumber(.minimumSize)), "maxSize": .wholeNumber, "founders": .texts,
        "mustForm": .flag, "municipalities": .texts, "acceptsCare": .texts,
        "careShare": .object(["min": number(share), "max": number(share)]), "minGenerations": .wholeNumber,
        "supportRatio": number(.weeklyHours), "needsCommonRoom": .flag, "values": .texts, "declines": .texts,
    ], required: ["id", "minSize", "maxSize"])

    static let site: KeySchema = .object([
        "id": .text, "name": .text, "municipality": .text, "units": .wholeNumber,
        "accessibleUnits": .wholeNumber, "rent": number(.rent), "commonRoom": .flag, "owner": .text,
    ], required: ["id", "municipality", "units", "rent"])

    static let provider: KeySchema = .object([
        "id": .text, "name": .text, "careTypes": .texts, "municipalities": .texts, "capacity": .wholeNumber,
        "minClientsPerSite": .wholeNumber, "maxClientsPerSite": .wholeNumber,
    ], required: ["id", "careTypes", "capacity"])

    static let scenario: KeySchema = .object([
        "name": .text,
        "weights": weights,
        "seekers": .list(seeker),
        "groups": .list(group),
        "sites": .list(site),
        "providers": .list(provider),
    ])

    /// A variant file: a base, and changes per side (see ``ScenarioVariant``).
    static let variant: KeySchema = {
        let entries = ["seekers": seeker, "groups": group, "sites": site, "providers": provider]
        return .object([
            "base": .text,
            "name": .text,
            "description": .text,
            "weights": weights.withoutRequiredKeys,
            "add": .object(entries.mapValues { .list($0) }),
            "remove": .object(entries.mapValues { _ in .texts }),
            // In `modify` every key may be left out, and a null removes the key.
            "modify": .object(entries.mapValues { .list($0.withoutRequiredKeys) }),
        ], required: ["base"])
    }()

    /// A match file, as `check`, `--start-from` and `--keep` read it: only the
    /// groups are read closely, the rest of a solution file is informative.
    static let solution: KeySchema = {
        let id = KeySchema.scalar(.identifier)
        let clients = KeySchema.scalar(.wholeNumber(.count, enforced: true))
        let care = KeySchema.object(["provider": id, "careType": .text, "clients": clients])
        return .object([
            "groups": .list(.object(["id": id, "site": id, "members": .list(id), "care": .list(care)])),
            "unassigned": .list(.object(["seeker": id, "reason": .text])),
        ])
    }()

    /// The top-level keys of a solution file that `solve` writes besides the match,
    /// which reading a match passes over.
    static let solutionInformativeKeys: Set<String> = [
        "status", "objective", "scenario", "scenarioFingerprint", "statistics", "kept", "conflict",
    ]

    /// The same schema with no key required at any depth, as for the changes of `modify`.
    var withoutRequiredKeys: KeySchema {
        switch self {
        case .object(let keys, _): .object(keys.mapValues(\.withoutRequiredKeys))
        case .list, .scalar: self
        }
    }

    /// The known key closest to a misspelt one (at most two edits away), if any.
    static func closest(to key: String, in known: Dictionary<String, KeySchema>.Keys) -> String? {
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
