import Foundation
import HousingMatch
// libyaml, as Yams builds it: its events are read here before Yams composes
// nodes, since composing follows nesting by recursion and aliases by sharing,
// and stops at the first key given twice with one place.
internal import CYaml
import Yams

/// Screens YAML text in two passes.
///
/// First libyaml's events, one by one in constant stack: nesting depth, alias
/// uses and the size of the document once its aliases are expanded (counted
/// from the sizes of anchored values, without expanding anything), and keys
/// given twice, with the line of each. Only a document that passes is composed
/// into nodes, whose walk (bounded now) checks each value's kind against the
/// schema and gathers unknown keys.
enum YAMLScreen {
    static func screen(_ text: String, schema: KeySchema) -> DocumentReport {
        var events = EventPass()
        events.run(text)
        guard events.report.problems.isEmpty,
              let root = (try? Yams.compose(yaml: text)) ?? nil else { return events.report }
        var walk = NodeWalk(report: events.report)
        walk.walk(root, schema: schema, line: root.mark?.line ?? 1)
        return walk.report
    }
}

/// The first pass, over libyaml's events.
private struct EventPass {
    private struct Frame {
        var isMapping: Bool
        var expectingKey = true
        var key = ""
        var index = 0
        /// The anchor of this collection and the count of values before it, to learn its size.
        var anchor: String?
        var valuesBefore = 0
        var keyLines: [String: Int] = [:]
        /// For a key given more than once: the problem listing its lines.
        var repeated: [String: Int] = [:]
    }

    var report = DocumentReport()
    private var frames: [Frame] = []
    private var aliases = 0
    /// Values in the document with aliases expanded, up to the limit.
    private var values = 0
    /// The expanded size of each anchored value.
    private var sizes: [String: Int] = [:]

    mutating func run(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var event = yaml_event_t()
            // A syntax error ends the pass: Yams reports it with its place when the file is decoded.
            while yaml_parser_parse(&parser, &event) == 1 {
                let type = event.type
                let proceed = handle(&event)
                yaml_event_delete(&event)
                if !proceed || type == YAML_STREAM_END_EVENT { return }
            }
            report.stoppedAtSyntaxError = true
        }
    }

    /// Takes one event; `false` when the document is refused and reading on makes no sense.
    private mutating func handle(_ event: inout yaml_event_t) -> Bool {
        let line = Int(event.start_mark.line) + 1
        switch event.type {
        case YAML_SCALAR_EVENT:
            let text = String(decoding: UnsafeBufferPointer(start: event.data.scalar.value,
                                                            count: event.data.scalar.length), as: UTF8.self)
            if let anchor = Self.string(event.data.scalar.anchor) { sizes[anchor] = 1 }
            begin(line: line, scalar: text)
            guard count(1, line: line) else { return false }
            finish()
        case YAML_ALIAS_EVENT:
            begin(line: line, scalar: nil)
            aliases += 1
            if aliases > DocumentLimits.maximumAliases {
                refuse("uses aliases (*name) more than \(ValueRange.grouped(DocumentLimits.maximumAliases)) times", line: line)
                return false
            }
            let size = Self.string(event.data.alias.anchor).flatMap { sizes[$0] } ?? 1
            guard count(size, line: line) else { return false }
            finish()
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            begin(line: line, scalar: nil)
            if frames.count >= DocumentLimits.maximumDepth {
                refuse("is nested more than \(DocumentLimits.maximumDepth) levels deep", line: line)
                return false
            }
            let anchor = Self.string(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
            frames.append(Frame(isMapping: isMapping, anchor: anchor, valuesBefore: values))
            guard count(1, line: line) else { return false }
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = frames.popLast() else { return false }
            if let anchor = frame.anchor { sizes[anchor] = values - frame.valuesBefore }
            finish()
        default:
            break
        }
        return true
    }

    /// A value starts: as a key, it is noted (and refused when given before).
    private mutating func begin(line: Int, scalar: String?) {
        guard let top = frames.indices.last, frames[top].isMapping else { return }
        if frames[top].expectingKey {
            let key = scalar ?? "?"
            frames[top].key = key
            if frames.count == 1 { report.rootKeys.append((key, line)) }
            guard scalar != nil else { return }
            if let earlier = frames[top].keyLines[key] {
                if let problem = frames[top].repeated[key], problem < report.problems.count {
                    report.problems[problem].lines.append(line)
                    report.problems[problem].message = "key given \(report.problems[problem].lines.count) times"
                } else {
                    frames[top].repeated[key] = report.problems.count
                    report.add(DocumentProblem(path: path(), lines: [earlier, line], message: "key given twice"))
                }
            } else {
                frames[top].keyLines[key] = line
            }
        } else if frames.count == 1, frames[top].key == "base", let scalar {
            report.base = scalar
        }
    }

    /// A value ends: the next one is a key or a value, or the next item of a list.
    private mutating func finish() {
        guard let top = frames.indices.last else { return }
        if frames[top].isMapping {
            frames[top].expectingKey.toggle()
        } else {
            frames[top].index += 1
        }
    }

    /// Counts values; `false` when the document holds too many once aliases are expanded.
    private mutating func count(_ added: Int, line: Int) -> Bool {
        let (sum, overflow) = values.addingReportingOverflow(added)
        values = overflow ? .max : sum
        guard values > DocumentLimits.maximumExpandedValues else { return true }
        refuse("holds more than \(ValueRange.grouped(DocumentLimits.maximumExpandedValues)) values once its aliases "
               + "(*name) are expanded", line: line)
        return false
    }

    private mutating func refuse(_ message: String, line: Int) {
        report.isAbandoned = true
        report.add(DocumentProblem(path: path(), lines: [line], message: message))
    }

    private func path() -> String {
        var path = ""
        for frame in frames {
            if frame.isMapping {
                let key = frame.key.escapedForTerminal(limit: 40)
                path += path.isEmpty ? key : ".\(key)"
            } else {
                path += "[\(frame.index)]"
            }
        }
        return path
    }

    private static func string(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

/// The second pass, over composed nodes, which the first pass has bounded.
private struct NodeWalk {
    var report: DocumentReport
    private var components: [PathComponent] = []

    init(report: DocumentReport) { self.report = report }

    mutating func walk(_ node: Node, schema: KeySchema?, line: Int) {
        guard let schema else { return }
        if node.null != nil { return }  // Whether a null may stand here is the decoding's to say.
        switch schema {
        case .object(let known, let required):
            guard let mapping = node.mapping else { return mismatch(schema, node, line: line) }
            var given: [(key: String, line: Int)] = []
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                let keyLine = key.mark?.line ?? line
                given.append((name, keyLine))
                components.append(.key(name))
                if let child = known[name], required.contains(name), value.null != nil {
                    add(GateWords.mismatch(child, found: "nothing", at: place), line: keyLine, isKind: true)
                } else if let child = known[name] {
                    walk(value, schema: child, line: keyLine)
                } else if components.count > 1 {
                    // Top-level keys are settled later, once `base` tells scenario from variant.
                    report.unknownKeys.append(DocumentGate.UnknownKey(path: path(), line: keyLine, known: known))
                }
                components.removeLast()
            }
            for key in required.sorted() where !given.contains(where: { $0.key == key }) {
                let misspelt = given.first { known[$0.key] == nil && KeySchema.closest(to: $0.key, in: [key: .text].keys) == key }
                components.append(.key(key))
                add(GateWords.missing(known[key], key: key, misspelt: misspelt?.key), line: misspelt?.line ?? line, isKind: true)
                components.removeLast()
            }
        case .list(let element):
            guard let sequence = node.sequence else { return mismatch(schema, node, line: line) }
            for (index, item) in sequence.enumerated() {
                components.append(.index(index))
                walk(item, schema: element, line: item.mark?.line ?? line)
                components.removeLast()
            }
        case .scalar(let kind):
            guard let scalar = node.scalar else { return mismatch(schema, node, line: line) }
            check(scalar, kind: kind, schema: schema, line: line)
        }
    }

    private mutating func check(_ scalar: Node.Scalar, kind: KeySchema.ScalarKind, schema: KeySchema, line: Int) {
        let text = scalar.string
        switch kind {
        case .text:
            break
        case .identifier:
            if let problem = IdentifierRule.problem(with: String.construct(from: scalar) ?? text) {
                add(problem, line: line, isKind: false)
            }
        case .flag:
            if Bool.construct(from: scalar) == nil { add(GateWords.mismatch(schema, got: text, at: place), line: line, isKind: true) }
        case .number:
            guard let value = Double.construct(from: scalar) else {
                return add(GateWords.mismatch(schema, got: text, at: place), line: line, isKind: true)
            }
            let lower = text.lowercased()
            // `.inf` and `.nan` are YAML's own words; validation refuses them by name.
            if !value.isFinite, !lower.contains(".inf"), !lower.contains(".nan") {
                add(GateWords.outOfRange(schema, got: text), line: line, isKind: false)
            } else if value == 0, Self.hasNonZeroMantissa(lower) {
                add(GateWords.underflow(got: text), line: line, isKind: false)
            }
        case .wholeNumber(let range, let enforced):
            guard let value = Int.construct(from: scalar) else {
                let isNumber = Double.construct(from: scalar) != nil
                let message = isNumber ? GateWords.outOfRange(schema, got: text) : GateWords.mismatch(schema, got: text, at: place)
                return add(message, line: line, isKind: !isNumber)
            }
            if enforced, !range.contains(value) {
                add(GateWords.outOfRange(schema, got: text), line: line, isKind: false)
            }
        }
    }

    /// Whether a decimal number's digits before its exponent are not all zero.
    private static func hasNonZeroMantissa(_ text: String) -> Bool {
        guard !text.hasPrefix("0x"), !text.hasPrefix("0o") else { return false }
        return text.prefix { $0 != "e" }.contains { ("1"..."9").contains($0) }
    }

    private mutating func mismatch(_ schema: KeySchema, _ node: Node, line: Int) {
        let message = switch node {
        case .mapping: GateWords.mismatch(schema, found: "an object", at: place)
        case .sequence: GateWords.mismatch(schema, found: "a list", at: place)
        case .scalar(let scalar): GateWords.mismatch(schema, got: scalar.string, at: place)
        case .alias: GateWords.mismatch(schema, found: "an alias", at: place)
        }
        add(message, line: line, isKind: true)
    }

    private mutating func add(_ message: String, line: Int, isKind: Bool) {
        var rootKey: String?
        if isKind, case .key(let key)? = components.first { rootKey = key }
        report.add(DocumentProblem(path: path(), lines: [line], message: message, schemaRootKey: rootKey))
    }

    /// The key the value being walked stands under, for the words of a message about it.
    private var place: FieldPlace? {
        switch components.last {
        case .key(let key)?: return FieldPlace(key: key, isItem: false)
        case .index?:
            guard components.count > 1, case .key(let key) = components[components.count - 2] else { return nil }
            return FieldPlace(key: key, isItem: true)
        case nil: return nil
        }
    }

    private func path() -> String {
        var path = ""
        for component in components {
            switch component {
            case .key(let key):
                let key = key.escapedForTerminal(limit: 40)
                path += path.isEmpty ? key : ".\(key)"
            case .index(let index): path += "[\(index)]"
            }
        }
        return path
    }
}
