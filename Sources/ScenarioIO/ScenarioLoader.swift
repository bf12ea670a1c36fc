import Foundation
import HousingMatch
import Yams

/// Reads scenario files (JSON or YAML, by extension) into a valid ``Scenario``.
///
/// Every failure is a ``ScenarioFileError`` naming the file and the place:
/// a line and column for syntax errors, a path (and line) for wrong values.
public enum ScenarioLoader {
    /// Reads, decodes and validates the scenario in a file.
    public static func load(path: String) throws(ScenarioFileError) -> Scenario {
        let scenario = try decode(path: path)
        let issues = scenario.validationIssues()
        if !issues.isEmpty {
            let locator = LineLocator(text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
            throw .invalid(file: path, issues: issues.map {
                ScenarioFileError.LocatedIssue(issue: $0, line: locator.line(of: $0.path))
            })
        }
        return scenario
    }

    /// Keys in the file that no scenario uses (typically misspelt), as warnings
    /// with path, line and, when a known key is close, a suggestion.
    public static func warnings(path: String) -> [String] {
        guard let (text, format) = try? read(path: path) else { return [] }
        let document: Any?
        switch format {
        case .json: document = try? JSONSerialization.jsonObject(with: Data(text.utf8))
        case .yaml: document = try? Yams.load(yaml: text)
        }
        guard let document else { return [] }
        let unknown = KeySchema.scenario.unknownKeys(in: document)
        guard !unknown.isEmpty else { return [] }
        let locator = LineLocator(text: text)
        return unknown.map { entry in
            let line = locator.line(of: entry.path).map { " (line \($0))" } ?? ""
            let hint = entry.suggestion.map { "; did you mean \($0)?" } ?? ""
            return "\(path): \(entry.path)\(line): unknown key, ignored\(hint)"
        }
    }

    /// Reads and decodes a scenario without validating it.
    public static func decode(path: String) throws(ScenarioFileError) -> Scenario {
        let (text, format) = try read(path: path)
        return try decode(Scenario.self, from: text, format: format, file: path)
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
    static func decode<T: Decodable>(_ type: T.Type, from text: String, format: FileFormat,
                                     file: String) throws(ScenarioFileError) -> T {
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
            throw .malformed(file: file, line: nil, column: nil, path: nil, message: "\(error)")
        }
    }

    private static func located(_ error: DecodingError, text: String, format: FileFormat,
                                file: String) -> ScenarioFileError {
        let locator = LineLocator(text: text)
        switch error {
        case .typeMismatch(let type, let context):
            let path = pathString(context.codingPath)
            return .malformed(file: file, line: locator.line(of: path), column: nil, path: path,
                              message: "expected \(describe(type))")
        case .valueNotFound(let type, let context):
            let path = pathString(context.codingPath)
            return .malformed(file: file, line: locator.line(of: path), column: nil, path: path,
                              message: "expected \(describe(type)), found null")
        case .keyNotFound(let key, let context):
            let parent = pathString(context.codingPath)
            let path = parent.isEmpty ? key.stringValue : "\(parent).\(key.stringValue)"
            return .malformed(file: file, line: locator.line(of: parent), column: nil, path: path,
                              message: "is required but missing")
        case .dataCorrupted(let context):
            if let yamlError = context.underlyingError as? YamlError {
                return located(yamlError, file: file)
            }
            if format == .json, context.codingPath.isEmpty {
                return jsonSyntaxError(text: text, file: file)
            }
            let path = pathString(context.codingPath)
            return .malformed(file: file, line: locator.line(of: path), column: nil,
                              path: path.isEmpty ? nil : path, message: context.debugDescription)
        @unknown default:
            return .malformed(file: file, line: nil, column: nil, path: nil, message: "\(error)")
        }
    }

    /// JSONDecoder does not say where the syntax breaks; JSONSerialization gives
    /// a character offset, which is turned into a line and column here.
    private static func jsonSyntaxError(text: String, file: String) -> ScenarioFileError {
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
                              message: "invalid JSON: \(message)")
        }
    }

    private static func lineAndColumn(ofUTF8Offset offset: Int, in data: Data) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    private static func located(_ error: YamlError, file: String) -> ScenarioFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return .malformed(file: file, line: mark.line, column: mark.column, path: nil,
                              message: "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .malformed(file: file, line: context.mark.line, column: context.mark.column, path: nil,
                              message: "invalid YAML: duplicate keys \(duplicates.joined(separator: ", "))")
        default:
            return .malformed(file: file, line: nil, column: nil, path: nil, message: "invalid YAML: \(error)")
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
