import Foundation
import HousingMatch

/// One pass over JSON text, in time proportional to its length, for what JSON
/// parsers do not tell: a key given twice (they keep one value silently),
/// nesting too deep, numbers out of reach (`1e309` fails inside the parser with
/// no path), and values of the wrong kind, each with its path and line.
///
/// It is not a full parser: at a syntax error it stops, and the decoder that
/// runs next reports the error with its line and column.
struct JSONScreen {
    /// An object or list being read.
    private struct Frame {
        var isObject: Bool
        /// The keys an object may have, when known.
        var known: [String: KeySchema]?
        /// The keys an object must have, when known.
        var required: Set<String> = []
        /// The line the object or list opens on.
        var line = 1
        /// The schema of a list's items, when known.
        var element: KeySchema?
        /// The key of the value being read, in an object.
        var key = ""
        /// The position of the value being read, in a list.
        var index = 0
        /// The object's keys so far with their lines; looked up one by one while
        /// few, through ``lookup`` once many.
        var keys: [(key: String, line: Int)] = []
        var lookup: [String: Int]?
        /// For a key given more than once: the problem listing its lines.
        var repeated: [String: Int]?
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let rootSchema: KeySchema
    private var position = 0
    private var line = 1
    /// The objects and lists open, `frames[0..<depth]`; frames above are kept for reuse.
    private var frames: [Frame] = []
    private var depth = 0
    private var report = DocumentReport()
    /// Set at a syntax error or at a problem after which reading on makes no sense.
    private var stopped = false

    /// Screens JSON text against a schema.
    static func screen(_ text: String, schema: KeySchema) -> DocumentReport {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var screen = JSONScreen(bytes: bytes, rootSchema: schema)
            screen.run()
            return screen.report
        } ?? DocumentReport()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, rootSchema: KeySchema) {
        self.bytes = bytes
        self.rootSchema = rootSchema
    }

    // MARK: - Reading

    private mutating func run() {
        skipWhitespace()
        readValue(schema: rootSchema)
        while !stopped, depth > 0 {
            skipWhitespace()
            guard position < bytes.count else { return stop() }
            let byte = bytes[position]
            let top = depth - 1
            switch byte {
            case UInt8(ascii: ","):
                position += 1
                skipWhitespace()
                if frames[top].isObject {
                    readKeyAndValue()
                } else {
                    frames[top].index += 1
                    readValue(schema: frames[top].element)
                }
            case UInt8(ascii: "}") where frames[top].isObject, UInt8(ascii: "]") where !frames[top].isObject:
                position += 1
                close()
            default:
                stop()
            }
        }
    }

    /// Stops at a syntax error, which the decoder (or the gate's list of problems) names.
    private mutating func stop() {
        stopped = true
        report.stoppedAtSyntaxError = true
    }

    /// Reads `"key": value` in the innermost object.
    private mutating func readKeyAndValue() {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return stop() }
        let keyLine = line
        guard let key = readString() else { return stop() }
        let top = depth - 1
        frames[top].key = key
        note(key: key, line: keyLine)
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return stop() }
        position += 1
        skipWhitespace()
        var valueSchema: KeySchema?
        if let known = frames[top].known {
            valueSchema = known[key]
            if valueSchema == nil, depth > 1 {
                // Top-level keys are settled later, once `base` tells scenario from variant.
                report.unknownKeys.append(DocumentGate.UnknownKey(path: path(), line: keyLine, known: known))
            }
        }
        if depth == 1 {
            report.rootKeys.append((key, keyLine))
            if key == "base", position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                let start = position
                report.base = readString()
                position = start
            }
        }
        if frames[top].required.contains(key), let valueSchema, hasNull() {
            kindProblem(GateWords.mismatch(valueSchema, found: "nothing (null)", at: place), line: keyLine)
        }
        readValue(schema: valueSchema)
    }

    /// Whether the text under `position` is `null`.
    private func hasNull() -> Bool {
        position + 4 <= bytes.count && bytes[position] == UInt8(ascii: "n") && bytes[position + 1] == UInt8(ascii: "u")
            && bytes[position + 2] == UInt8(ascii: "l") && bytes[position + 3] == UInt8(ascii: "l")
    }

    /// Closes the innermost object or list; an object is checked for the keys it must have.
    private mutating func close() {
        let top = depth - 1
        if frames[top].isObject, !frames[top].required.isEmpty {
            let given = frames[top].keys
            for key in frames[top].required.sorted() where !given.contains(where: { $0.key == key }) {
                let known = frames[top].known ?? [:]
                let misspelt = given.first { known[$0.key] == nil && KeySchema.closest(to: $0.key, in: [key: .text].keys) == key }
                let parent = objectPath()
                report.add(DocumentProblem(
                    path: parent.isEmpty ? key : "\(parent).\(key)", lines: [misspelt?.line ?? frames[top].line],
                    message: GateWords.missing(known[key], key: key, misspelt: misspelt?.key),
                    schemaRootKey: rootKey))
            }
        }
        depth -= 1
    }

    /// The path of the innermost object or list itself: `seekers[3]`.
    private func objectPath() -> String { path(depth: depth - 1) }

    /// Notes a key of the innermost object, and a problem when it was given before.
    private mutating func note(key: String, line keyLine: Int) {
        let top = depth - 1
        var earlier: Int?
        if let lookup = frames[top].lookup {
            earlier = lookup[key]
        } else {
            for index in frames[top].keys.indices where frames[top].keys[index].key == key {
                earlier = frames[top].keys[index].line
                break
            }
        }
        guard let earlier else {
            frames[top].keys.append((key, keyLine))
            if frames[top].lookup != nil {
                frames[top].lookup![key] = keyLine
            } else if frames[top].keys.count > 16 {
                frames[top].lookup = Dictionary(frames[top].keys.map { ($0.key, $0.line) }) { first, _ in first }
            }
            return
        }
        if let problem = frames[top].repeated?[key], problem < report.problems.count {
            report.problems[problem].lines.append(keyLine)
            report.problems[problem].message = "key given \(report.problems[problem].lines.count) times"
            return
        }
        frames[top].repeated = frames[top].repeated ?? [:]
        frames[top].repeated![key] = report.problems.count
        report.add(DocumentProblem(path: path(), lines: [earlier, keyLine], message: "key given twice"))
    }

    /// Reads one value, opening a frame for an object or list.
    private mutating func readValue(schema: KeySchema?) {
        guard position < bytes.count else { return stop() }
        let valueLine = line
        switch bytes[position] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let isObject = bytes[position] == UInt8(ascii: "{")
            position += 1
            var own: KeySchema?
            switch (schema, isObject) {
            case (.object?, true), (.list?, false): own = schema
            case (nil, _): own = nil
            case (let expected?, _):
                kindProblem(GateWords.mismatch(expected, found: isObject ? "an object" : "a list", at: place), line: valueLine)
            }
            if depth >= DocumentLimits.maximumDepth {
                report.add(DocumentProblem(path: path(), lines: [valueLine],
                                           message: "is nested more than \(DocumentLimits.maximumDepth) levels deep"))
                report.isAbandoned = true
                stopped = true
                return
            }
            open(isObject: isObject, schema: own, line: valueLine)
            skipWhitespace()
            guard position < bytes.count else { return stop() }
            let close = UInt8(ascii: isObject ? "}" : "]")
            if bytes[position] == close {
                position += 1
                self.close()
            } else if isObject {
                readKeyAndValue()
            } else {
                readValue(schema: frames[depth - 1].element)
            }
        case UInt8(ascii: "\""):
            switch schema {
            case nil, .scalar(.text)?:
                guard skipString() else { return stop() }
            case .scalar(.identifier)?:
                guard let id = readString() else { return stop() }
                if let problem = IdentifierRule.problem(with: id) {
                    report.add(DocumentProblem(path: path(), lines: [valueLine], message: problem))
                }
            case let expected?:
                let start = position
                guard skipString() else { return stop() }
                kindProblem(GateWords.mismatch(expected, got: token(from: start), at: place), line: valueLine)
            }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            readNumber(schema: schema, line: valueLine)
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            let start = position
            while position < bytes.count, bytes[position] >= UInt8(ascii: "a"), bytes[position] <= UInt8(ascii: "z") {
                position += 1
            }
            let word = token(from: start)
            guard word == "true" || word == "false" || word == "null" else { return stop() }
            if word != "null", let schema {
                switch schema {
                case .scalar(.flag): break
                default: kindProblem(GateWords.mismatch(schema, got: word, at: place), line: valueLine)
                }
            }
        default:
            stop()
        }
    }

    /// Reads a number: one the decoder cannot hold is refused wherever it stands;
    /// where the schema expects a whole number, a fraction or one beyond range too.
    private mutating func readNumber(schema: KeySchema?, line valueLine: Int) {
        let start = position
        var hasFraction = false, hasExponent = false, fractionIsZero = true, mantissaIsZero = true
        scan: while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "0"), UInt8(ascii: "-"), UInt8(ascii: "+"): break
            case UInt8(ascii: "1")...UInt8(ascii: "9"):
                if !hasExponent { mantissaIsZero = false }
                if hasFraction, !hasExponent { fractionIsZero = false }
            case UInt8(ascii: "."): hasFraction = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"): hasExponent = true
            default: break scan
            }
            position += 1
        }
        let length = position - start
        var value: Double?
        if hasExponent || length > 15 {
            let text = token(from: start)
            guard let parsed = Double(text) else { return stop() }
            if !parsed.isFinite {
                return valueProblem(GateWords.outOfRange(schema, got: text), line: valueLine)
            }
            if parsed == 0, !mantissaIsZero {
                return valueProblem(GateWords.underflow(got: text), line: valueLine)
            }
            value = parsed
        }
        guard case .scalar(let kind)? = schema else { return }
        switch kind {
        case .number, .flag, .text, .identifier:
            if case .number = kind { return }
            kindProblem(GateWords.mismatch(schema!, got: token(from: start), at: place), line: valueLine)
        case .wholeNumber(let range, let enforced):
            // Up to 18 digits always fit, and a range not enforced needs no value.
            if !hasFraction, !hasExponent, length <= 18, !enforced { return }
            var whole: Int?
            if !hasFraction, !hasExponent {
                whole = Int(token(from: start))
            } else if !hasExponent, fractionIsZero {
                whole = Double(token(from: start)).flatMap { Int(exactly: $0) }
            } else if let value, value == value.rounded(), abs(value) < 9.2e18 {
                whole = Int(value)
            }
            guard let whole else {
                return kindProblem(GateWords.outOfRange(schema, got: token(from: start)), line: valueLine)
            }
            if enforced, !range.contains(whole) {
                valueProblem(GateWords.outOfRange(schema, got: token(from: start)), line: valueLine)
            }
        }
    }

    // MARK: - Problems

    /// A value of the wrong kind: it counts only under a top-level key of the file's kind.
    private mutating func kindProblem(_ message: String, line valueLine: Int) {
        report.add(DocumentProblem(path: path(), lines: [valueLine], message: message, schemaRootKey: rootKey))
    }

    /// A value no decoding can hold: refused wherever it stands.
    private mutating func valueProblem(_ message: String, line valueLine: Int) {
        report.add(DocumentProblem(path: path(), lines: [valueLine], message: message))
    }

    /// The top-level key the value being read lies under.
    private var rootKey: String? { depth > 0 && frames[0].isObject ? frames[0].key : nil }

    /// The key the value being read stands under, for the words of a message about it.
    private var place: FieldPlace? {
        guard depth > 0 else { return nil }
        if frames[depth - 1].isObject { return FieldPlace(key: frames[depth - 1].key, isItem: false) }
        guard depth > 1, frames[depth - 2].isObject else { return nil }
        return FieldPlace(key: frames[depth - 2].key, isItem: true)
    }

    /// The path of the value being read: `seekers[3].maxRent`.
    private func path() -> String { path(depth: depth) }

    /// The path through the first `depth` frames.
    private func path(depth: Int) -> String {
        var path = ""
        for frame in frames[0..<depth] {
            if frame.isObject {
                let key = frame.key.escapedForTerminal(limit: 40)
                path += path.isEmpty ? key : ".\(key)"
            } else {
                path += "[\(frame.index)]"
            }
        }
        return path
    }

    /// Opens an object or list, reusing the frame left at this depth before.
    private mutating func open(isObject: Bool, schema: KeySchema?, line openLine: Int) {
        var known: [String: KeySchema]?, element: KeySchema?, required: Set<String> = []
        switch schema {
        case .object(let keys, let requiredKeys)?: known = keys; required = requiredKeys
        case .list(let item)?: element = item
        default: break
        }
        if depth == frames.count {
            frames.append(Frame(isObject: isObject, known: known, required: required, line: openLine, element: element))
        } else {
            frames[depth].isObject = isObject
            frames[depth].known = known
            frames[depth].required = required
            frames[depth].line = openLine
            frames[depth].element = element
            frames[depth].key = ""
            frames[depth].index = 0
            frames[depth].keys.removeAll(keepingCapacity: true)
            frames[depth].lookup = nil
            frames[depth].repeated = nil
        }
        depth += 1
    }

    // MARK: - Bytes

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\n"): line += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: return
            }
            position += 1
        }
    }

    /// Moves past a string starting at the quote under `position`; `false` when it does not end.
    /// Reports whether it holds a backslash in `escaped`.
    @discardableResult
    private mutating func skipString(escaped: UnsafeMutablePointer<Bool>? = nil) -> Bool {
        position += 1
        while true {
            let remaining = bytes.count - position
            guard remaining > 0,
                  let found = memchr(bytes.baseAddress! + position, Int32(UInt8(ascii: "\"")), remaining) else {
                return false
            }
            let quote = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            // A quote after an odd number of backslashes is part of the text.
            var backslashes = 0
            while quote - backslashes - 1 >= position, bytes[quote - backslashes - 1] == UInt8(ascii: "\\") {
                backslashes += 1
            }
            if let escaped, memchr(bytes.baseAddress! + position, Int32(UInt8(ascii: "\\")), quote - position) != nil {
                escaped.pointee = true
            }
            position = quote + 1
            if backslashes % 2 == 0 { return true }
        }
    }

    /// Reads a string starting at the quote under `position`, escapes worked out.
    private mutating func readString() -> String? {
        let start = position
        var escaped = false
        guard skipString(escaped: &escaped) else { return nil }
        if !escaped {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(position - 1)]), as: UTF8.self)
        }
        let data = Data(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        return try? JSONDecoder().decode(String.self, from: data)
    }

    /// The text from `start` to the current position.
    private func token(from start: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }
}
