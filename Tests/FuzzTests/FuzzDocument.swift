import Foundation

/// One step into a document: a key of an object or a position in a list.
enum FuzzPathStep: Hashable {
    case key(String)
    case index(Int)
}

/// A scenario or solution file as a tree that keeps what a decoder would
/// lose: the order of keys, a key given twice, a number exactly as spelt
/// (`1e309`, `-0`, `12.5`), and YAML anchors and aliases. Mutations edit the
/// tree; ``json`` and ``yaml(anchors:)`` write it out as text.
indirect enum FuzzNode {
    case object([(key: String, value: FuzzNode)])
    case array([FuzzNode])
    case string(String)
    /// A number as written in the file.
    case number(String)
    case bool(Bool)
    case null
    /// Text written as it is, in JSON and YAML alike (`NaN`, `.inf`, an alias `*a`).
    case verbatim(String)
    /// A YAML anchor on a value (`&name value`); JSON writes the value alone.
    case anchored(String, FuzzNode)

    // MARK: Reading and writing paths

    subscript(path: [FuzzPathStep]) -> FuzzNode? {
        guard let first = path.first else { return self }
        switch (self, first) {
        case (.object(let members), .key(let key)):
            return members.last(where: { $0.key == key })?.value[Array(path.dropFirst())]
        case (.array(let items), .index(let index)) where items.indices.contains(index):
            return items[index][Array(path.dropFirst())]
        case (.anchored(_, let node), _):
            return node[path]
        default:
            return nil
        }
    }

    /// Replaces the value at `path` (adding the key to an object when it is
    /// missing); `nil` removes it. A path that leads nowhere changes nothing.
    mutating func set(_ path: [FuzzPathStep], to value: FuzzNode?) {
        guard let first = path.first else {
            if let value { self = value }
            return
        }
        let rest = Array(path.dropFirst())
        switch (self, first) {
        case (.object(var members), .key(let key)):
            if let position = members.lastIndex(where: { $0.key == key }) {
                if rest.isEmpty, value == nil {
                    members.remove(at: position)
                } else {
                    members[position].value.set(rest, to: value)
                }
            } else if rest.isEmpty, let value {
                members.append((key, value))
            }
            self = .object(members)
        case (.array(var items), .index(let index)) where items.indices.contains(index):
            if rest.isEmpty, value == nil {
                items.remove(at: index)
            } else {
                items[index].set(rest, to: value)
            }
            self = .array(items)
        case (.anchored(let name, var node), _):
            node.set(path, to: value)
            self = .anchored(name, node)
        default:
            break
        }
    }

    /// Every path in the tree, the root's (empty) first.
    var allPaths: [[FuzzPathStep]] {
        var paths: [[FuzzPathStep]] = []
        func visit(_ node: FuzzNode, _ path: [FuzzPathStep]) {
            paths.append(path)
            switch node {
            case .object(let members):
                for member in members { visit(member.value, path + [.key(member.key)]) }
            case .array(let items):
                for (index, item) in items.enumerated() { visit(item, path + [.index(index)]) }
            case .anchored(_, let inner):
                visit(inner, path)
            default:
                break
            }
        }
        visit(self, [])
        return paths
    }

    var members: [(key: String, value: FuzzNode)]? {
        if case .object(let members) = self { return members }
        if case .anchored(_, let node) = self { return node.members }
        return nil
    }

    var items: [FuzzNode]? {
        if case .array(let items) = self { return items }
        if case .anchored(_, let node) = self { return node.items }
        return nil
    }

    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    // MARK: JSON

    /// Parses JSON as JSONEncoder writes it (the fuzzer reads only its own files).
    static func parseJSON(_ data: Data) throws -> FuzzNode {
        var parser = JSONTreeParser(bytes: Array(data))
        let node = try parser.value()
        return node
    }

    /// The tree as JSON text, two spaces per level, one member per line.
    var json: String {
        var out = ""
        writeJSON(into: &out, indent: 0)
        out += "\n"
        return out
    }

    private func writeJSON(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1), end = String(repeating: "  ", count: indent)
        switch self {
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            for (position, member) in members.enumerated() {
                out += pad + Self.quoted(member.key, yaml: false) + ": "
                member.value.writeJSON(into: &out, indent: indent + 1)
                out += position == members.count - 1 ? "\n" : ",\n"
            }
            out += end + "}"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            if items.allSatisfy(\.isScalar) {
                out += "[" + items.map { $0.scalarText(yaml: false) }.joined(separator: ", ") + "]"
                return
            }
            out += "[\n"
            for (position, item) in items.enumerated() {
                out += pad
                item.writeJSON(into: &out, indent: indent + 1)
                out += position == items.count - 1 ? "\n" : ",\n"
            }
            out += end + "]"
        case .anchored(_, let node):
            node.writeJSON(into: &out, indent: indent)
        default:
            out += scalarText(yaml: false)
        }
    }

    // MARK: YAML

    /// The tree as YAML: block style for the top two levels (each entry of a
    /// side on its own line), flow style below, strings double-quoted.
    var yaml: String {
        var out = ""
        switch self {
        case .object(let members) where !members.isEmpty:
            for member in members {
                out += Self.quoted(member.key, yaml: true) + ":"
                if let items = member.value.items, !items.isEmpty {
                    out += "\n"
                    for item in items { out += "  - " + item.flowYAML + "\n" }
                } else {
                    out += " " + member.value.flowYAML + "\n"
                }
            }
        case .array(let items) where !items.isEmpty:
            for item in items { out += "- " + item.flowYAML + "\n" }
        default:
            out = flowYAML + "\n"
        }
        return out
    }

    private var flowYAML: String {
        switch self {
        case .object(let members):
            "{" + members.map { Self.quoted($0.key, yaml: true) + ": " + $0.value.flowYAML }.joined(separator: ", ") + "}"
        case .array(let items):
            "[" + items.map(\.flowYAML).joined(separator: ", ") + "]"
        case .anchored(let name, let node):
            "&\(name) " + node.flowYAML
        default:
            scalarText(yaml: true)
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array, .anchored: false
        default: true
        }
    }

    private func scalarText(yaml: Bool) -> String {
        switch self {
        case .string(let text): Self.quoted(text, yaml: yaml)
        case .number(let text), .verbatim(let text): text
        case .bool(let value): value ? "true" : "false"
        case .null: "null"
        default: ""
        }
    }

    /// A double-quoted string; control characters escaped (YAML also escapes DEL and C1).
    static func quoted(_ text: String, yaml: Bool) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || (yaml && (scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value))
                    || (yaml && scalar.value == 0xFEFF)) {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// A minimal JSON parser that keeps numbers as spelt and keys in order.
private struct JSONTreeParser {
    struct Failure: Error {}
    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
    }

    mutating func value() throws -> FuzzNode {
        skipSpace()
        guard position < bytes.count else { throw Failure() }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            position += 1
            var members: [(key: String, value: FuzzNode)] = []
            skipSpace()
            if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
            while true {
                skipSpace()
                let key = try string()
                skipSpace()
                guard bytes[position] == UInt8(ascii: ":") else { throw Failure() }
                position += 1
                members.append((key, try value()))
                skipSpace()
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                guard bytes[position] == UInt8(ascii: "}") else { throw Failure() }
                position += 1
                return .object(members)
            }
        case UInt8(ascii: "["):
            position += 1
            var items: [FuzzNode] = []
            skipSpace()
            if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
            while true {
                items.append(try value())
                skipSpace()
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                guard bytes[position] == UInt8(ascii: "]") else { throw Failure() }
                position += 1
                return .array(items)
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"): position += 4; return .bool(true)
        case UInt8(ascii: "f"): position += 5; return .bool(false)
        case UInt8(ascii: "n"): position += 4; return .null
        default:
            let start = position
            while position < bytes.count, "+-0123456789.eE".utf8.contains(bytes[position]) { position += 1 }
            guard position > start else { throw Failure() }
            return .number(String(decoding: bytes[start..<position], as: UTF8.self))
        }
    }

    mutating func string() throws -> String {
        guard bytes[position] == UInt8(ascii: "\"") else { throw Failure() }
        let start = position
        position += 1
        while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
            position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1
        }
        position += 1
        let literal = Data(bytes[start..<position])
        guard let text = try JSONSerialization.jsonObject(with: literal, options: .fragmentsAllowed) as? String else {
            throw Failure()
        }
        return text
    }
}
