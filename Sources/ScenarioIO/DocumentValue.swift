import Foundation
import Yams

/// A JSON or YAML document as plain values: what variant files are merged on
/// before the result is decoded like any scenario file.
///
/// Merged documents are written as JSON and read with `JSONDecoder`, so that
/// defaults and type errors come from the one decoding every scenario uses.
enum DocumentValue: Equatable, Sendable {
    case null
    case flag(Bool)
    case integer(Int)
    case number(Double)
    case text(String)
    case list([DocumentValue])
    case object([String: DocumentValue])

    /// The object's keys and values, or `nil` for any other value.
    var object: [String: DocumentValue]? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// The text, or `nil` for any other value.
    var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}

// MARK: - Reading YAML

extension DocumentValue {
    /// Reads a YAML node as the scenario's decoding (`YAMLDecoder`) would read it for the schema.
    ///
    /// A value is converted with the same Yams constructors the decoder uses,
    /// so `name: 1940` stays the text "1940" and `units: 0x10` is 16. A value
    /// that would not decode is kept as text, so that decoding the merged
    /// document fails on it with the same "expected ..." message. Keys that
    /// the schema does not know are left out: decoding ignores them, and
    /// ``ScenarioLoader/warnings(path:)`` names them.
    init(yaml node: Node, schema: KeySchema, required: Bool = true) {
        if !required, node.null != nil {
            self = .null
            return
        }
        switch schema {
        case .object(let keys, let requiredKeys):
            guard let mapping = node.mapping else { self.init(untypedYAML: node); return }
            var object: [String: DocumentValue] = [:]
            for (key, value) in mapping {
                guard let name = key.string, let child = keys[name] else { continue }
                object[name] = DocumentValue(yaml: value, schema: child, required: requiredKeys.contains(name))
            }
            self = .object(object)
        case .list(let element):
            guard let sequence = node.sequence else { self.init(untypedYAML: node); return }
            self = .list(sequence.map { DocumentValue(yaml: $0, schema: element) })
        case .scalar(let kind):
            guard let scalar = node.scalar else { self.init(untypedYAML: node); return }
            switch kind {
            case .text, .identifier: self = .text(String.construct(from: scalar) ?? scalar.string)
            case .number: self = Double.construct(from: scalar).map(DocumentValue.number) ?? .text(scalar.string)
            case .wholeNumber: self = Int.construct(from: scalar).map(DocumentValue.integer) ?? .text(scalar.string)
            case .flag: self = Bool.construct(from: scalar).map(DocumentValue.flag) ?? .text(scalar.string)
            }
        }
    }

    /// A value where the schema expects another kind: kept only so that decoding names the mismatch.
    private init(untypedYAML node: Node) {
        switch node {
        case .scalar(let scalar): self = .text(scalar.string)
        case .sequence(let sequence): self = .list(sequence.map(DocumentValue.init(untypedYAML:)))
        case .mapping(let mapping):
            var object: [String: DocumentValue] = [:]
            for (key, value) in mapping {
                if let name = key.string { object[name] = DocumentValue(untypedYAML: value) }
            }
            self = .object(object)
        case .alias:
            self = .null
        }
    }

    /// The document with only the keys the schema knows, as ``init(yaml:schema:required:)`` keeps them.
    func pruned(to schema: KeySchema) -> DocumentValue {
        switch (self, schema) {
        case (.object(let object), .object(let keys, _)):
            var kept: [String: DocumentValue] = [:]
            for (name, value) in object {
                if let child = keys[name] { kept[name] = value.pruned(to: child) }
            }
            return .object(kept)
        case (.list(let items), .list(let element)):
            return .list(items.map { $0.pruned(to: element) })
        default:
            return self
        }
    }
}

// MARK: - JSON

extension DocumentValue: Codable {
    /// Reads any JSON value; whole numbers stay whole, so large ids and counts keep every digit.
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else if let integer = try? container.decode(Int.self) {
            self = .integer(integer)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let list = try? container.decode([DocumentValue].self) {
            self = .list(list)
        } else {
            self = .object(try container.decode([String: DocumentValue].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .flag(let flag): try container.encode(flag)
        case .integer(let integer): try container.encode(integer)
        case .number(let number): try container.encode(number)
        case .text(let text): try container.encode(text)
        case .list(let list): try container.encode(list)
        case .object(let object): try container.encode(object)
        }
    }

    /// YAML may say `.inf` or `.nan`, which JSON cannot: such numbers travel as these
    /// strings, which no scenario file writes, so validation can still refuse them by name.
    /// (They must need no escaping in JSON: the decoder compares them unescaped.)
    private static let positiveInfinity = "YAML +.inf", negativeInfinity = "YAML -.inf", notANumber = "YAML .nan"

    /// An encoder that writes documents the ``decoder`` reads back, non-finite numbers included.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: positiveInfinity, negativeInfinity: negativeInfinity, nan: notANumber)
        return encoder
    }

    /// A decoder for documents written by ``encoder``.
    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: positiveInfinity, negativeInfinity: negativeInfinity, nan: notANumber)
        return decoder
    }
}

// MARK: - Words

extension DocumentValue {
    /// The value as a person would write it in a YAML file: `950`, `[g1, g5]`, `{max: 0.6}`.
    var rendered: String {
        switch self {
        case .null: "null"
        case .flag(let flag): String(flag)
        case .integer(let integer): String(integer)
        case .number(let number):
            number.isFinite && number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .text(let text): text
        case .list(let list): "[" + list.map(\.rendered).joined(separator: ", ") + "]"
        case .object(let object):
            "{" + object.keys.sorted().map { "\($0): \(object[$0]!.rendered)" }.joined(separator: ", ") + "}"
        }
    }
}
