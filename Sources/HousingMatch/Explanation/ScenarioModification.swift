import Foundation

/// Changes to some entries of a scenario, written exactly as the `modify`
/// section of a variant file: per side, a list of entries, each its `id` and
/// the keys it changes (`{sites: [{id: s5, rent: 950}]}`).
///
/// Explanations attach one to each change they tried, so that anyone can put
/// it in a variant file under `modify:` and solve it again. ``applied(to:)``
/// follows the variant files' rules: a key set to `null` is no longer set (its
/// default holds), an object changes only the keys it gives of an object
/// already there, and any other value replaces the old one whole.
public struct ScenarioModification: Sendable, Hashable, Codable {
    /// One side of a scenario, named as in a file.
    public enum Side: String, Sendable, Hashable, Codable, CaseIterable {
        case seekers, groups, sites, providers
    }

    /// The changes to one entry.
    public struct Entry: Sendable, Hashable {
        public var side: Side
        public var id: String
        /// The keys changed and their new values, in the order they are written.
        public var keys: [(key: String, value: ModificationValue)]

        public init(side: Side, id: String, keys: [(key: String, value: ModificationValue)]) {
            self.side = side
            self.id = id
            self.keys = keys
        }

        public static func == (a: Entry, b: Entry) -> Bool {
            a.side == b.side && a.id == b.id && a.keys.map(\.key) == b.keys.map(\.key)
                && a.keys.map(\.value) == b.keys.map(\.value)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(side)
            hasher.combine(id)
            for (key, value) in keys {
                hasher.combine(key)
                hasher.combine(value)
            }
        }
    }

    /// The entries changed, at most one per id and side (a variant file refuses a second).
    public var entries: [Entry]

    public init(_ entries: [Entry]) { self.entries = entries }

    /// One entry changed.
    public init(_ side: Side, _ id: String, _ keys: [(key: String, value: ModificationValue)]) {
        self.init([Entry(side: side, id: id, keys: keys)])
    }

    /// An entry the modification names is not in the scenario.
    public struct MissingEntryError: Error, Sendable, CustomStringConvertible {
        public var side: Side
        public var id: String
        public var description: String { "no entry \(id) among the \(side.rawValue)" }
    }

    /// The scenario with these changes made, by the rules of a variant file.
    ///
    /// The scenario is written as a file would be and read back, so that the
    /// result is exactly what a variant with this `modify` section gives.
    /// - Throws: ``MissingEntryError`` for an id that is not there; a decoding
    ///   error when a value does not fit its key.
    public func applied(to scenario: Scenario) throws -> Scenario {
        let written = try JSONDecoder().decode(ModificationValue.self, from: JSONEncoder().encode(scenario))
        guard case .object(var root) = written else { return scenario }
        for entry in entries {
            guard case .list(var items)? = root[entry.side.rawValue],
                  let index = items.firstIndex(where: { $0.objectValue?["id"] == .text(entry.id) }),
                  case .object(var fields) = items[index]
            else { throw MissingEntryError(side: entry.side, id: entry.id) }
            for (key, value) in entry.keys { Self.merge(value, into: &fields, key: key) }
            items[index] = .object(fields)
            root[entry.side.rawValue] = .list(items)
        }
        return try JSONDecoder().decode(Scenario.self, from: JSONEncoder().encode(ModificationValue.object(root)))
    }

    /// As `VariantMerger` does: null removes, an object merges into an object, anything else replaces.
    private static func merge(_ value: ModificationValue, into fields: inout [String: ModificationValue], key: String) {
        switch (value, fields[key]) {
        case (.null, _):
            fields[key] = nil
        case (.object(let inner), .object(var existing)?):
            for (innerKey, innerValue) in inner.sorted(by: { $0.key < $1.key }) {
                merge(innerValue, into: &existing, key: innerKey)
            }
            fields[key] = .object(existing)
        default:
            fields[key] = value.withoutNullKeys
        }
    }

    // MARK: Coding, as a variant file's `modify` section

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var sides = encoder.container(keyedBy: Key.self)
        for side in Side.allCases {
            let here = entries.filter { $0.side == side }
            guard !here.isEmpty else { continue }
            var list = sides.nestedUnkeyedContainer(forKey: Key(side.rawValue))
            for entry in here {
                var object = list.nestedContainer(keyedBy: Key.self)
                try object.encode(entry.id, forKey: Key("id"))
                for (key, value) in entry.keys { try object.encode(value, forKey: Key(key)) }
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        let sides = try decoder.container(keyedBy: Key.self)
        var entries: [Entry] = []
        for side in Side.allCases {
            guard sides.contains(Key(side.rawValue)) else { continue }
            for item in try sides.decode([ModificationValue].self, forKey: Key(side.rawValue)) {
                guard var fields = item.objectValue, case .text(let id)? = fields.removeValue(forKey: "id") else {
                    throw DecodingError.dataCorruptedError(forKey: Key(side.rawValue), in: sides,
                                                           debugDescription: "each entry needs its id")
                }
                entries.append(Entry(side: side, id: id,
                                     keys: fields.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }))
            }
        }
        self.entries = entries
    }
}

/// A value in a ``ScenarioModification``, as a scenario file writes it.
public enum ModificationValue: Sendable, Hashable, Codable {
    case null
    case flag(Bool)
    case integer(Int)
    case number(Double)
    case text(String)
    case list([ModificationValue])
    case object([String: ModificationValue])

    /// The list of texts, as ids and towns are written.
    public static func texts<S: Sequence>(_ items: S) -> ModificationValue where S.Element: CustomStringConvertible {
        .list(items.map { .text($0.description) })
    }

    /// A number, whole numbers written without a fraction.
    public static func amount(_ value: Double) -> ModificationValue {
        value == value.rounded() && abs(value) < 1e15 ? .integer(Int(value)) : .number(value)
    }

    var objectValue: [String: ModificationValue]? {
        if case .object(let object) = self { object } else { nil }
    }

    /// The value with every null key of its objects left out: in `modify`, a null means "not set".
    var withoutNullKeys: ModificationValue {
        switch self {
        case .object(let object): .object(object.filter { $0.value != .null }.mapValues(\.withoutNullKeys))
        default: self
        }
    }

    public init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let flag = try? single.decode(Bool.self) {
            self = .flag(flag)
        } else if let integer = try? single.decode(Int.self) {
            self = .integer(integer)
        } else if let number = try? single.decode(Double.self) {
            self = .number(number)
        } else if let text = try? single.decode(String.self) {
            self = .text(text)
        } else if let list = try? single.decode([ModificationValue].self) {
            self = .list(list)
        } else {
            self = .object(try single.decode([String: ModificationValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var single = encoder.singleValueContainer()
        switch self {
        case .null: try single.encodeNil()
        case .flag(let flag): try single.encode(flag)
        case .integer(let integer): try single.encode(integer)
        case .number(let number): try single.encode(number)
        case .text(let text): try single.encode(text)
        case .list(let list): try single.encode(list)
        case .object(let object): try single.encode(object)
        }
    }
}
