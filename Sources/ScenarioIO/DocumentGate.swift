import Foundation
import HousingMatch
import Yams

/// Screens a scenario, variant or match file before anything decodes it, so
/// that hostile or broken input is refused at the door with its place named,
/// in time and memory proportional to the file.
///
/// It refuses a key given twice in one object (naming the line of each), nesting
/// deeper than ``DocumentLimits/maximumDepth``, YAML aliases beyond
/// ``DocumentLimits/maximumAliases`` uses or ``DocumentLimits/maximumExpandedValues``
/// values, numbers no file can mean (`1e309`, `1e-400`), and values of the wrong
/// kind where ``KeySchema`` knows the kind (`units: 12.5`, `maxRent: [1]`). On the way
/// it gathers the keys the schema does not know, with their lines, for warnings.
///
/// JSON is read by one pass over its text (``JSONScreen``), since JSON parsers keep
/// one value of a duplicated key without a word. YAML is read by libyaml's events
/// first (``YAMLScreen``), which bounds aliases and depth before Yams builds nodes,
/// and then by a walk over the composed nodes.
enum DocumentGate {
    /// What kind of file is screened, which says which keys it may have.
    enum Kind: Sendable {
        /// A scenario file, or a variant file when it has a top-level `base`.
        case scenario
        /// A solution or match file (``SolutionFiles``).
        case solution
    }

    /// A key the schema does not know.
    struct UnknownKey: Sendable {
        var path: String
        var line: Int?
        /// The known keys next to it, for a suggestion.
        var known: [String: KeySchema]

        /// The known key the unknown one is probably a misspelling of.
        var suggestion: String? {
            guard let key = PathComponent.parse(path).last, case .key(let name) = key, name.count <= 40 else {
                return nil
            }
            return KeySchema.closest(to: name, in: known.keys)
        }
    }

    /// What a file that passes the gate holds besides its values.
    struct Screening: Sendable {
        /// Keys no scenario (or variant, or match) uses, in the order of the file.
        var unknownKeys: [UnknownKey]
        /// The top-level `base` of a variant file, when it is text.
        var base: String?
    }

    /// Screens a file's text; a file that breaks any of the gate's rules is refused
    /// with every problem (up to ``DocumentLimits/maximumProblems``) by path and line.
    ///
    /// A syntax error after such problems is listed with them, so that one run
    /// names everything the gate can see; in a match file an unknown key is a
    /// problem too (see ``DocumentReport/refuseUnknownMatchKeys()``).
    static func screen(_ text: String, format: FileFormat, kind: Kind,
                       file: String) throws(ScenarioFileError) -> Screening {
        let report = report(text, format: format, kind: kind)
        if !report.problems.isEmpty {
            var issues = report.issues(file: file)
            if report.stoppedAtSyntaxError, !report.isAbandoned,
               let syntax = syntaxIssue(text, format: format, file: file) {
                issues.append(syntax)
            }
            throw .invalid(file: file, issues: issues)
        }
        return Screening(unknownKeys: report.unknownKeys, base: report.base)
    }

    /// What screening finds, without refusing: the unknown keys of a file are
    /// wanted for warnings even when the file is refused for other problems.
    static func report(_ text: String, format: FileFormat, kind: Kind) -> DocumentReport {
        let schema: KeySchema = kind == .scenario ? .scenarioOrVariant : .solution
        var report = switch format {
        case .json: JSONScreen.screen(text, schema: schema)
        case .yaml: YAMLScreen.screen(text, schema: schema)
        }
        switch kind {
        case .scenario: report.settleRoot()
        case .solution: report.refuseUnknownMatchKeys()
        }
        return report
    }

    /// The syntax error in a file, as one more problem of a list, or `nil` when it has none.
    private static func syntaxIssue(_ text: String, format: FileFormat,
                                    file: String) -> ScenarioFileError.LocatedIssue? {
        let error: ScenarioFileError
        switch format {
        case .json:
            guard (try? JSONSerialization.jsonObject(with: Data(text.utf8))) == nil else { return nil }
            error = ScenarioLoader.jsonSyntaxError(text: text, file: file)
        case .yaml:
            do { _ = try Yams.compose(yaml: text); return nil } catch let yamlError as YamlError {
                error = ScenarioLoader.located(yamlError, file: file)
            } catch { return nil }
        }
        guard case .malformed(_, let line, let column, _, let message) = error else { return nil }
        var words = message
        if let column, let colon = message.firstIndex(of: ":") {
            words = message[..<colon] + " at column \(column)" + message[colon...]
        }
        return ScenarioFileError.LocatedIssue(issue: ValidationIssue(path: "syntax", message: words), line: line, file: file)
    }
}

/// The limits of the gate: far beyond any real scenario (the national benchmark
/// has 20,000 households, nested five levels deep, and no aliases), yet small
/// enough that a hostile file is refused in milliseconds and a few megabytes.
enum DocumentLimits {
    /// Objects and lists inside each other; a scenario needs five.
    static let maximumDepth = 64
    /// Uses of YAML aliases (`*name`) in one file.
    static let maximumAliases = 10_000
    /// Values (scalars, lists and objects) a YAML file holds once its aliases are
    /// expanded: the 20,000-household scenario holds about 600,000.
    static let maximumExpandedValues = 1_000_000
    /// Problems listed before the rest are only counted.
    static let maximumProblems = 50
}

/// A problem the gate found: where, and what.
struct DocumentProblem: Sendable {
    var path: String
    /// Where the value stands; a duplicated key has the line of each time it is given.
    var lines: [Int]
    var message: String
    /// The top-level key the problem lies under, when it is about a value's kind:
    /// such a problem only counts if that key belongs to the kind of file.
    var schemaRootKey: String?
}

/// What a screen of one file found.
struct DocumentReport: Sendable {
    var problems: [DocumentProblem] = []
    /// Problems beyond ``DocumentLimits/maximumProblems``, only counted.
    var uncountedProblems = 0
    var unknownKeys: [DocumentGate.UnknownKey] = []
    /// The top-level keys with their lines.
    var rootKeys: [(key: String, line: Int)] = []
    /// The top-level `base`, when it is text.
    var base: String?
    /// Reading stopped at a syntax error: what came before it was screened, the rest not.
    var stoppedAtSyntaxError = false
    /// Reading was given up at a limit (nesting, aliases): the file is hostile or
    /// broken beyond warnings, and its keys are not worth naming.
    var isAbandoned = false

    mutating func add(_ problem: DocumentProblem) {
        if problems.count < DocumentLimits.maximumProblems {
            problems.append(problem)
        } else {
            uncountedProblems += 1
        }
    }

    /// Decides between a scenario and a variant by the top-level `base`, as loading
    /// does, and keeps only what concerns the keys of that kind of file.
    mutating func settleRoot() {
        let isVariant = rootKeys.contains { $0.key == "base" }
        guard case .object(let known, _) = isVariant ? KeySchema.variant : KeySchema.scenario else { return }
        problems.removeAll { problem in
            guard let root = problem.schemaRootKey else { return false }
            // A variant's own shape (`add.sites` a list, each change an object with
            // an id) is the merger's to name, in the words of changes; the gate
            // checks the values inside the entries: `add.sites[0].units`.
            return known[root] == nil || (isVariant && PathComponent.parse(problem.path).count < 4)
        }
        unknownKeys.removeAll { entry in
            guard case .key(let root)? = PathComponent.parse(entry.path).first else { return false }
            return known[root] == nil
        }
        for (key, line) in rootKeys where known[key] == nil {
            unknownKeys.append(DocumentGate.UnknownKey(path: key.escapedForTerminal(), line: line, known: known))
        }
        unknownKeys.sort { ($0.line ?? .max) < ($1.line ?? .max) }
    }

    /// In a match file, keys the schema does not know are refused: a hand-drafted
    /// `member:` for `members:` would otherwise leave the group without members and
    /// lead to misleading complaints about them. The informative keys of a solution
    /// file that `solve` writes (status, objective and so on) are not read, and pass.
    mutating func refuseUnknownMatchKeys() {
        // Only the groups are read closely; what `solve` writes about unassigned households may grow.
        for entry in unknownKeys where PathComponent.parse(entry.path).first == .key("groups") {
            let hint = entry.suggestion.map { "; did you mean \($0)?" } ?? ""
            add(DocumentProblem(path: entry.path, lines: entry.line.map { [$0] } ?? [],
                                message: "is not a key of a match\(hint)"))
        }
        guard case .object(let known, _) = KeySchema.solution else { return }
        for (key, line) in rootKeys where known[key] == nil && !KeySchema.solutionInformativeKeys.contains(key) {
            let keys = known.merging(KeySchema.solutionInformativeKeys.map { ($0, KeySchema.text) }) { own, _ in own }
            let hint = KeySchema.closest(to: key, in: keys.keys).map { "; did you mean \($0)?" } ?? ""
            add(DocumentProblem(path: key.escapedForTerminal(limit: 40), lines: [line],
                                message: "is not a key of a match\(hint)"))
        }
        unknownKeys = []
    }

    /// The problems as a refusal lists them, each naming the file.
    func issues(file: String) -> [ScenarioFileError.LocatedIssue] {
        // In the order of the file: a missing key is found when its object ends, after the keys inside it.
        let ordered = problems.enumerated().sorted { ($0.element.lines.first ?? .max, $0.offset)
                                                       < ($1.element.lines.first ?? .max, $1.offset) }.map(\.element)
        var issues = ordered.map { problem in
            // A key given twice on one line is named on that line once.
            var lines: [Int] = []
            for line in problem.lines where !lines.contains(line) { lines.append(line) }
            let path = problem.path.isEmpty ? "top level" : problem.path
            return ScenarioFileError.LocatedIssue(issue: ValidationIssue(path: path, message: problem.message),
                                                  line: lines.first, file: file, otherLines: Array(lines.dropFirst()))
        }
        if uncountedProblems > 0 {
            issues.append(ScenarioFileError.LocatedIssue(
                issue: ValidationIssue(path: "…", message: "and \(uncountedProblems) more problems"), line: nil, file: file))
        }
        return issues
    }
}

/// The words of the gate's messages, the same for JSON and YAML.
enum GateWords {
    /// What a schema expects: "text", "a whole number from 0 to 10,000", "a list".
    static func expected(_ schema: KeySchema) -> String {
        switch schema {
        case .object: "an object"
        case .list: "a list"
        case .scalar(.text): "text"
        case .scalar(.identifier): "an id"
        case .scalar(.number(let range)): words(range, whole: false)
        case .scalar(.wholeNumber(let range, _)): words(range, whole: true)
        case .scalar(.flag): "true or false"
        }
    }

    /// "a whole number from 0 to 10,000", in the words of the domain's validation.
    private static func words(_ range: ValueRange, whole: Bool) -> String {
        var range = range
        range.isWhole = whole
        let requirement = range.requirement
        return requirement.hasPrefix("must be ") ? String(requirement.dropFirst("must be ".count)) : requirement
    }

    /// "expected a list of generations, e.g. [senior], found an object"
    static func mismatch(_ schema: KeySchema, found: String, at place: FieldPlace? = nil) -> String {
        "expected \(FieldWords.expected(schema, at: place) ?? expected(schema)), found \(found)"
    }

    /// "expected a list of generations, e.g. [senior] (got senior)"
    static func mismatch(_ schema: KeySchema, got value: String, at place: FieldPlace? = nil) -> String {
        "expected \(FieldWords.expected(schema, at: place) ?? expected(schema)) (got \(value.escapedForTerminal(limit: 40)))"
    }

    /// "is required but missing: expected a list of generations, e.g. [senior]"; with a
    /// key of the same object that looks like a misspelling of it, that key is named.
    static func missing(_ schema: KeySchema?, key: String, misspelt: String?) -> String {
        let what = schema.map { FieldWords.expected($0, at: FieldPlace(key: key, isItem: false)) ?? expected($0) }
        var message = "is required but missing" + (what.map { ": expected \($0)" } ?? "")
        if let misspelt { message += "; is \(misspelt.escapedForTerminal(limit: 40)) meant to be \(key)?" }
        return message
    }

    /// "must be a whole number from 0 to 10,000 (got 12.5)"
    static func outOfRange(_ schema: KeySchema?, got value: String) -> String {
        let shown = value.escapedForTerminal(limit: 40)
        guard let schema, case .scalar(let kind) = schema else {
            return "is not a number that can be read (got \(shown)): it is too large"
        }
        switch kind {
        case .number, .wholeNumber: return "must be \(expected(schema)) (got \(shown))"
        default: return "expected \(expected(schema)) (got \(shown))"
        }
    }

    /// For text such as `1e-400`: not zero, yet too close to it for any number to hold.
    static func underflow(got value: String) -> String {
        "is too close to 0 to be read (got \(value.escapedForTerminal(limit: 40))): write 0 or a larger number"
    }

}

extension KeySchema {
    /// The top level of a scenario or a variant file before `base` tells which:
    /// the keys of both, settled by ``DocumentReport/settleRoot()``.
    static let scenarioOrVariant: KeySchema = {
        guard case .object(let scenarioKeys, _) = scenario, case .object(let variantKeys, _) = variant else {
            return scenario
        }
        return .object(scenarioKeys.merging(variantKeys) { scenarioKey, _ in scenarioKey })
    }()
}
