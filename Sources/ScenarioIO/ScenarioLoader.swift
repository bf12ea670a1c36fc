import Foundation
import HousingMatch
import Wording
import Yams

/// Reads scenario files (JSON or YAML, by extension) into a valid ``Scenario``.
///
/// Every failure is a ``ScenarioFileError`` naming the file and the place:
/// a line and column for syntax errors, a path (and line) for wrong values.
public enum ScenarioLoader {
    /// Reads, decodes and validates the scenario in a file.
    ///
    /// The file may be a variant (a file with a top-level `base`, see
    /// ``ScenarioVariant``): the result is then its base with its changes applied.
    public static func load(path: String) throws(ScenarioFileError) -> Scenario {
        try loadWithVariant(path: path).scenario
    }

    /// Reads a variant file: the merged, validated scenario and what the variant says and changes.
    ///
    /// A plain scenario file (one without `base`) is refused here; ``load(path:)`` reads both.
    public static func loadVariant(path: String) throws(ScenarioFileError) -> ScenarioVariant {
        guard let variant = try loadWithVariant(path: path).variant else {
            throw .malformed(file: path, line: nil, column: nil, path: "base",
                             message: "is missing: this is a scenario file, not a variant")
        }
        return variant
    }

    /// The base scenario that the variant file at `path` names, read and validated.
    public static func loadBase(of variant: ScenarioVariant, at path: String) throws(ScenarioFileError) -> Scenario {
        try load(path: VariantReader.resolve(variant.base, relativeTo: path))
    }

    /// The files that loading `path` reads: the file itself and, for a variant, its
    /// base, the base's base and so on. An output must be none of them.
    public static func inputFiles(path: String) -> [String] {
        VariantReader.chain(from: path)
    }

    /// Reads a scenario file or a variant file, validated; for a variant, also what it says and changes.
    public static func loadWithVariant(path: String) throws(ScenarioFileError)
        -> (scenario: Scenario, variant: ScenarioVariant?)
    {
        let (text, format) = try read(path: path)
        guard let scenario = try decode(ScenarioProbe.self, from: text, format: format, file: path,
                                        kind: .scenario).scenario else {
            let merged = try VariantReader.read(path: path, text: text, format: format)
            let issues = merged.scenario.validationIssues()
            if !issues.isEmpty { throw .invalid(file: path, issues: merged.document.locate(issues)) }
            return (merged.scenario, merged.variant)
        }
        let issues = scenario.validationIssues()
        if !issues.isEmpty {
            let locator = LineLocator(text: text)
            throw .invalid(file: path, issues: issues.map {
                ScenarioFileError.LocatedIssue(issue: $0, line: locator.line(of: $0.path))
            })
        }
        return (scenario, nil)
    }

    /// Keys in the file that no scenario uses (typically misspelt), as warnings
    /// with path, line and, when a known key is close, a suggestion.
    ///
    /// For a variant file, the keys of its changes are checked, and then its base's keys.
    /// The file need not load: its unknown keys are named whatever else is wrong with it.
    /// At most ``maximumWarnings`` are listed per file; the rest are counted.
    public static func warnings(path: String) -> [String] {
        var visited: Set<String> = []
        return warnings(path: path, visited: &visited)
    }

    /// Entries of a loaded scenario that can never take part in any match
    /// (``Scenario/deadEntries()``), as warnings placed in the file:
    /// `file: providers[3].minClientsPerSite (line 80): c4 can never serve: ...`.
    ///
    /// `scenario` is what ``loadWithVariant(path:)`` gave for `path`; for a variant,
    /// each warning is placed where the value was written, in the variant or its base.
    ///
    /// `brief` suits commands that go on to solve: households that no site suits
    /// (their towns, maximum rent, an accessible dwelling) are named on one line,
    /// since a solve's report lists each of them with the same reason and a region
    /// may have many, and at most ``maximumWarnings`` others are listed. Otherwise
    /// (for `validate`) every entry has its own line.
    /// Each entry's words are in `language` (the lines of `brief` stay English).
    public static func deadEntryWarnings(path: String, scenario: Scenario, brief: Bool = false,
                                         language: Language = .en) -> [String] {
        var entries = scenario.deadEntries()
        var summary: [String] = []
        if brief {
            let unsuited = entries.filter { $0.kind == .seekerHasNoSite }.map(\.entry)
            if unsuited.count > 1 {
                entries.removeAll { $0.kind == .seekerHasNoSite }
                let shown = unsuited.prefix(12).joined(separator: ", ") + (unsuited.count > 12 ? ", …" : "")
                summary = ["\(path): \(unsuited.count) households can never be housed, since no site suits their towns, "
                           + "maximum rent or need of an accessible dwelling: \(shown) (validate lists each)"]
            }
        }
        let total = entries.count
        if brief { entries = Array(entries.prefix(maximumWarnings)) }
        var more: [String] = []
        if total > entries.count {
            more = ["\(path): and \(total - entries.count) more entries that can never take part (validate lists each)"]
        }
        guard !entries.isEmpty else { return summary + more }
        let issues = entries.map { ValidationIssue(path: $0.path, sentence: $0.sentence) }
        var located = issues.map { ScenarioFileError.LocatedIssue(issue: $0, line: nil) }
        if let (text, format) = try? read(path: path) {
            // A variant places each warning where the value was written; reading it again
            // is only worth it for a variant, which the top-level `base` tells.
            let isVariant = DocumentGate.report(text, format: format, kind: .scenario).rootKeys.contains { $0.key == "base" }
            if isVariant, let merged = try? VariantReader.read(path: path, text: text, format: format) {
                located = merged.document.locate(issues)
            } else {
                let locator = LineLocator(text: text)
                located = issues.map { ScenarioFileError.LocatedIssue(issue: $0, line: locator.line(of: $0.path)) }
            }
        }
        return located.map { $0.file == nil ? "\(path): \($0.text(in: language))" : $0.text(in: language) } + summary + more
    }

    /// Unknown keys listed per file before the rest are only counted, so that a
    /// large file of misspelt keys does not flood the terminal.
    public static let maximumWarnings = 50

    private static func warnings(path: String, visited: inout Set<String>) -> [String] {
        // A cycle of variants is reported by loading; here it only must not loop.
        // Screened without refusing: a file refused for other problems still gets its
        // misspelt keys named in the same run, where they may well be the cause.
        guard visited.insert(VariantReader.identity(of: path)).inserted,
              let (text, format) = try? read(path: path)
        else { return [] }
        let screening = DocumentGate.report(text, format: format, kind: .scenario)
        guard !screening.isAbandoned else { return [] }
        let unknown = screening.unknownKeys
        var warnings = unknown.prefix(maximumWarnings).map { entry in
            let line = entry.line.map { " (line \($0))" } ?? ""
            let hint = entry.suggestion.map { "; did you mean \($0)?" } ?? ""
            return "\(path): \(entry.path)\(line): unknown key, ignored\(hint)"
        }
        if unknown.count > maximumWarnings {
            warnings.append("\(path): and \(unknown.count - maximumWarnings) more unknown keys, ignored")
        }
        if let base = screening.base {
            warnings += Self.warnings(path: VariantReader.resolve(base, relativeTo: path), visited: &visited)
        }
        return warnings
    }

    /// Reads and decodes a scenario without validating it; a variant file gives its merged scenario.
    public static func decode(path: String) throws(ScenarioFileError) -> Scenario {
        let (text, format) = try read(path: path)
        if let scenario = try decode(ScenarioProbe.self, from: text, format: format, file: path,
                                     kind: .scenario).scenario {
            return scenario
        }
        return try VariantReader.read(path: path, text: text, format: format).scenario
    }

    /// Reads a file's text and tells its format from its extension.
    static func read(path: String) throws(ScenarioFileError) -> (String, FileFormat) {
        guard let format = FileFormat(path: path) else {
            throw .unreadable(file: path, reason: "unknown kind of file: name it .json, .yaml or .yml")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(file: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw .unreadable(file: path, reason: "is a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(file: path, reason: "cannot be read (permissions?)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(file: path, reason: "is not UTF-8 text")
        }
        return (text, format)
    }

    /// Decodes any value from JSON or YAML text, turning every failure into a located error.
    ///
    /// The text passes ``DocumentGate`` first, which refuses what decoding would
    /// take silently (a key given twice), blow up on (aliases, nesting) or report
    /// without a place (a number out of reach).
    static func decode<T: Decodable>(_ type: T.Type, from text: String, format: FileFormat,
                                     file: String, kind: DocumentGate.Kind) throws(ScenarioFileError) -> T {
        _ = try DocumentGate.screen(text, format: format, kind: kind, file: file)
        do {
            switch format {
            case .json: return try JSONDecoder().decode(T.self, from: Data(text.utf8))
            case .yaml: return try YAMLDecoder().decode(T.self, from: text)
            }
        } catch let error as DecodingError {
            throw located(error, text: text, format: format, file: file)
        } catch let error as YamlError {
            throw located(error, file: file)
        } catch {
            throw .malformed(file: file, line: nil, column: nil, path: nil,
                             message: "\(error)".escapedForTerminal(limit: 300))
        }
    }

    private static func located(_ error: DecodingError, text: String, format: FileFormat,
                                file: String) -> ScenarioFileError {
        if case .dataCorrupted(let context) = error {
            if let yamlError = context.underlyingError as? YamlError {
                return located(yamlError, file: file)
            }
            if format == .json, context.codingPath.isEmpty {
                return jsonSyntaxError(text: text, file: file)
            }
        }
        guard let problem = problem(in: error) else {
            return .malformed(file: file, line: nil, column: nil, path: nil,
                              message: "\(error)".escapedForTerminal(limit: 300))
        }
        let line = LineLocator(text: text).line(of: problem.linePath)
        guard !problem.path.isEmpty else {
            // The top level itself: an empty file, or a list or a word where the object should be.
            let isEmpty = text.allSatisfy { $0.isWhitespace }
                || (format == .yaml && text.split(separator: "\n").allSatisfy {
                    $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") || $0.allSatisfy(\.isWhitespace) })
            return .malformed(file: file, line: line ?? 1, column: nil, path: nil,
                              message: isEmpty ? "the file is empty: it should hold an object with seekers, groups, sites and providers"
                                               : "\(problem.message) at the top level")
        }
        return .malformed(file: file, line: line, column: nil, path: problem.path, message: problem.message)
    }

    /// What a decoding error says, in words, and where: the path of the value (for a
    /// missing key, the path the key would have) and the path whose line to show.
    static func problem(in error: DecodingError) -> (path: String, linePath: String, message: String,
                                                     isMissingKey: Bool)? {
        switch error {
        case .typeMismatch(let type, let context):
            let path = pathString(context.codingPath)
            return (path, path, "expected \(describe(type))", false)
        case .valueNotFound(let type, let context):
            let path = pathString(context.codingPath)
            return (path, path, "expected \(describe(type)), found null", false)
        case .keyNotFound(let key, let context):
            let parent = pathString(context.codingPath)
            let path = parent.isEmpty ? key.stringValue : "\(parent).\(key.stringValue)"
            return (path, parent, "is required but missing", true)
        case .dataCorrupted(let context):
            let path = pathString(context.codingPath)
            // The decoder's words may quote the file's text, such as an unknown status.
            return (path, path, context.debugDescription.escapedForTerminal(limit: 300), false)
        @unknown default:
            return nil
        }
    }

    /// JSONDecoder does not say where the syntax breaks; JSONSerialization gives
    /// a character offset, which is turned into a line and column here.
    static func jsonSyntaxError(text: String, file: String) -> ScenarioFileError {
        let data = Data(text.utf8)
        do {
            _ = try JSONSerialization.jsonObject(with: data)
            return .malformed(file: file, line: nil, column: nil, path: nil, message: "invalid JSON")
        } catch {
            let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "invalid JSON"
            var offset: Int?
            if let range = detail.range(of: #"character (\d+)"#, options: .regularExpression) {
                offset = Int(detail[range].dropFirst("character ".count))
            }
            let position = offset.map { lineAndColumn(ofUTF8Offset: $0, in: data) }
                ?? lineAndColumn(ofUTF8Offset: data.count, in: data)
            let message = detail.replacingOccurrences(of: #" around (line \d+, column \d+|character \d+)\.?"#,
                                                      with: "", options: .regularExpression)
            return .malformed(file: file, line: position.line, column: position.column, path: nil,
                              message: "invalid JSON: \(message.escapedForTerminal(limit: 300))")
        }
    }

    private static func lineAndColumn(ofUTF8Offset offset: Int, in data: Data) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    static func located(_ error: YamlError, file: String) -> ScenarioFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return .malformed(file: file, line: mark.line, column: mark.column, path: nil,
                              message: "invalid YAML: \(problem.escapedForTerminal(limit: 300))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Keys given twice are refused earlier, with both places (``DocumentGate``);
            // only keys that are not plain text reach here.
            let keys = duplicates.map { $0.escapedForTerminal(limit: 40) }.joined(separator: ", ")
            return .malformed(file: file, line: context.mark.line, column: context.mark.column, path: nil,
                              message: "invalid YAML: duplicate keys \(keys)")
        default:
            return .malformed(file: file, line: nil, column: nil, path: nil,
                              message: "invalid YAML: \(error)".escapedForTerminal(limit: 300))
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is String.Type: "text"
        default:
            "\(type)".hasPrefix("Array") ? "a list" : "an object"
        }
    }
}
