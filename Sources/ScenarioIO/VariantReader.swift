import Foundation
import HousingMatch
import Yams

/// Reads a variant file and the chain of bases under it into one merged scenario.
///
/// The base is read first, fully merged when it is a variant itself; then the
/// variant's changes are applied (``VariantMerger``), and the result is decoded
/// like any scenario file. Validation is left to the caller, which reports each
/// problem where the value was written (``MergedDocument/locate(_:)``).
enum VariantReader {
    /// A variant read and merged, not yet validated.
    struct Result {
        var document: MergedDocument
        var scenario: Scenario
        var variant: ScenarioVariant
    }

    /// Reads the variant in `text`, read from `path`.
    static func read(path: String, text: String, format: FileFormat) throws(ScenarioFileError) -> Result {
        try read(path: path, text: text, format: format, chain: [])
    }

    /// `chain` holds the variants that named this one as their base, outermost first.
    private static func read(path: String, text: String, format: FileFormat,
                             chain: [String]) throws(ScenarioFileError) -> Result {
        let variant = try document(text: text, format: format, file: path)
        func refuse(_ key: String, _ message: String) -> ScenarioFileError {
            .invalid(file: path, issues: [ScenarioFileError.LocatedIssue(
                issue: ValidationIssue(path: key, message: message),
                line: LineLocator(text: text).line(of: key), file: path)])
        }

        guard let written = variant["base"]?.text else {
            throw refuse("base", "expected the path of the base scenario file")
        }
        let basePath = resolve(written, relativeTo: path)
        let chain = chain + [path]
        if let start = chain.firstIndex(where: { identity(of: $0) == identity(of: basePath) }) {
            throw refuse("base", "variants form a cycle: " + (chain[start...] + [basePath]).joined(separator: " -> "))
        }

        let baseText: String, baseFormat: FileFormat
        do {
            (baseText, baseFormat) = try ScenarioLoader.read(path: basePath)
        } catch {
            guard case .unreadable(_, let reason) = error else { throw error }
            throw .unreadable(file: path, reason: "base: \(reason) (\(basePath))")
        }
        let base: MergedDocument, baseName: String
        if let scenario = try ScenarioLoader.decode(ScenarioProbe.self, from: baseText, format: baseFormat,
                                                    file: basePath, kind: .scenario).scenario {
            base = try MergedDocument(base: scenario, file: basePath, text: baseText)
            baseName = scenario.name
        } else {
            let inner = try read(path: basePath, text: baseText, format: baseFormat, chain: chain)
            base = inner.document
            baseName = inner.scenario.name
        }

        var merger = VariantMerger(file: path, baseFile: basePath, base: base)
        merger.apply(variant)
        var issues = merger.issues
        let name: String
        switch variant["name"] {
        case .text(let given)?:
            name = given
        case nil, .null?:
            name = "\(baseName.isEmpty ? stem(of: basePath) : baseName) (variant \(stem(of: path)))"
        default:
            name = ""
            issues.append(ValidationIssue(path: "name", message: "expected text"))
        }
        var description: String?
        switch variant["description"] {
        case .text(let given)?: description = given
        case nil, .null?: description = nil
        default: issues.append(ValidationIssue(path: "description", message: "expected text"))
        }
        if !issues.isEmpty {
            let locator = LineLocator(text: text)
            let located = issues.map {
                ScenarioFileError.LocatedIssue(issue: $0, line: locator.line(of: $0.path), file: path)
            }
            // In the order of the file, so that the list reads along with it.
            throw .invalid(file: path, issues: located.enumerated().sorted {
                ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset)
            }.map(\.element))
        }

        var document = merger.document
        document.root["name"] = .text(name)
        document.rootOrigin.layers.append([["name"]: EntryOrigin.Override(
            place: SourcePlace(file: path, path: variant["name"] == nil ? "base" : "name"), replacesWhole: true)])
        document.texts[path] = text
        let scenario = try document.decodeScenario(reportingTo: path)
        let metadata = ScenarioVariant(path: path, base: basePath, name: name, description: description,
                                       changes: merger.changes, scenario: scenario)
        return Result(document: document, scenario: scenario, variant: metadata)
    }

    /// The variant file's document, with the keys a variant knows, read as scenario files read them.
    static func document(text: String, format: FileFormat,
                                 file: String) throws(ScenarioFileError) -> [String: DocumentValue] {
        let value: DocumentValue
        switch format {
        case .yaml:
            let node: Node?
            do {
                node = try Yams.compose(yaml: text)
            } catch let error as YamlError {
                throw ScenarioLoader.located(error, file: file)
            } catch {
                throw .malformed(file: file, line: nil, column: nil, path: nil, message: "invalid YAML: \(error)")
            }
            value = node.map { DocumentValue(yaml: $0, schema: .variant) } ?? .null
        case .json:
            do {
                value = try JSONDecoder().decode(DocumentValue.self, from: Data(text.utf8)).pruned(to: .variant)
            } catch {
                throw ScenarioLoader.jsonSyntaxError(text: text, file: file)
            }
        }
        return value.object ?? [:]
    }

    /// The file at `path` and, when it is a variant, the chain of bases under it, outermost first.
    ///
    /// Reads only what it must to find each `base`; stops at a file that cannot be
    /// read or parsed, or at a cycle, leaving those for ``read(path:text:format:)`` to report.
    static func chain(from path: String) -> [String] {
        var files = [path]
        var current = path
        // A file without the word is no variant, and a large scenario is not parsed twice.
        while let (text, format) = try? ScenarioLoader.read(path: current), text.contains("base"),
              let written = (try? document(text: text, format: format, file: current))?["base"]?.text {
            let base = resolve(written, relativeTo: current)
            if files.contains(where: { identity(of: $0) == identity(of: base) }) { break }
            files.append(base)
            current = base
        }
        return files
    }

    /// The path of `base` as named in the variant at `variantPath`: relative to the
    /// variant's folder, with `.` and `..` worked out (`scenarios/variants/../x.yaml`
    /// is `scenarios/x.yaml`).
    static func resolve(_ base: String, relativeTo variantPath: String) -> String {
        let folder = (variantPath as NSString).deletingLastPathComponent
        let joined = base.hasPrefix("/") || folder.isEmpty ? base : "\(folder)/\(base)"
        let absolute = joined.hasPrefix("/")
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !absolute {
                    parts.append(part)
                }
            default: parts.append(part)
            }
        }
        let path = parts.joined(separator: "/")
        return absolute ? "/" + path : (path.isEmpty ? "." : path)
    }

    /// The same string for every way of naming one file, for spotting cycles.
    static func identity(of path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// A file's name without folder and extension: `new-site` for `variants/new-site.yaml`.
    private static func stem(of path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
