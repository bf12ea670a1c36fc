import HousingMatch
import Wording

/// A base scenario and one numeric field that takes a range of values: the
/// scenario at each value, ready to solve.
///
/// Each value is applied as a one-line variant (`modify` of the entry, or
/// `weights`), merged and decoded by the same code as variant files, so a
/// sweep point means exactly what the corresponding variant file would mean.
/// Nothing here solves: ``SweepRunner`` does.
///
/// ```swift
/// let sweep = try ScenarioSweep(base: scenario, specification: "providers[c1].capacity=2...12")
/// for value in sweep.values { print(value, sweep.scenario(at: value)) }
/// ```
public struct ScenarioSweep: Sendable {
    /// The scenario at one value: valid and ready to solve, or refused by validation.
    public enum PointScenario: Sendable, Equatable {
        /// The scenario with the field set; it passed ``Scenario/validate()``.
        case valid(Scenario)
        /// The value makes the scenario invalid (say `accessibleUnits` above `units`):
        /// every problem, with paths in the scenario.
        case invalid([ValidationIssue])
    }

    /// The scenario the values are applied to.
    public let base: Scenario
    /// The field that varies.
    public let parameter: ResolvedParameter
    /// The range as given.
    public let range: SweepRange
    /// The base as a document that variant changes merge into (built once, reused per value).
    private let document: MergedDocument

    /// A sweep written as on the command line: `PATH=FROM...TO[:STEP]`.
    ///
    /// - Throws: ``SweepSpecificationError`` naming the path when the text is
    ///   malformed, the path names nothing numeric in `base`, or the range does not fit
    ///   the field (a fraction for a whole-number field).
    public init(base: Scenario, specification: String) throws(SweepSpecificationError) {
        guard let equals = specification.firstIndex(of: "=") else {
            throw SweepSpecificationError(
                path: specification,
                message: "expected PATH=FROM...TO or PATH=FROM...TO:STEP, such as providers[c1].capacity=2...12")
        }
        let path = try ParameterPath(parsing: String(specification[..<equals]))
        let range = try SweepRange(parsing: String(specification[specification.index(after: equals)...]),
                                   path: path.text)
        try self.init(base: base, path: path, range: range)
    }

    /// A sweep of `path` over `range`; see ``init(base:specification:)``.
    public init(base: Scenario, path: ParameterPath, range: SweepRange) throws(SweepSpecificationError) {
        let parameter = try path.resolved(in: base)
        if parameter.isWholeNumber {
            let field = Sentence.Value.sentence(Sentence(SweepWords.wholeNumberField, .plain(path.keys.joined(separator: "."))))
            for (role, value) in [(SweepWords.start, range.from), (SweepWords.end, range.to), (SweepWords.step, range.step)]
            where value != value.rounded() {
                throw SweepSpecificationError(
                    path: path.text,
                    sentence: Sentence(SweepWords.cannotHave, field, .plain(SweepRange.written(value)), .sentence(Sentence(role))))
            }
            // Whole numbers are stored as Int; far beyond any real count is surely a mistake.
            guard abs(range.from) <= 1e9, abs(range.to) <= 1e9 else {
                throw SweepSpecificationError(path: path.text, sentence: Sentence(SweepWords.pastABillion, field))
            }
        }
        do {
            document = try MergedDocument(base: base, file: "the scenario", text: "")
        } catch {
            throw SweepSpecificationError(path: path.text, message: "the scenario cannot be changed: \(error)")
        }
        self.base = base
        self.parameter = parameter
        self.range = range
    }

    /// The values, in order.
    public var values: [Double] { range.values }

    /// The care types of the base's seekers, in alphabetical order whatever the case
    /// (elderly, GGZ, VG): the columns of per-care-type counts. A sweep changes one
    /// number, never a care type, so every point has the same ones.
    public var careTypes: [CareType] {
        Set(base.seekers.compactMap { $0.care?.type }).sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
    }

    /// The base scenario with the field set to `value`, validated.
    ///
    /// Pure: the same value always gives the same scenario, and nothing is solved.
    public func scenario(at value: Double) -> PointScenario {
        var merger = VariantMerger(file: "--vary", baseFile: "the scenario", base: document)
        merger.apply(parameter.variantChanges(setting: value))
        // The path was checked against the base, so the merge itself cannot object;
        // should it, its words are still the best explanation.
        if !merger.issues.isEmpty { return .invalid(merger.issues) }
        let scenario: Scenario
        do {
            scenario = try merger.document.decodeScenario(reportingTo: "the scenario")
        } catch {
            return .invalid([ValidationIssue(path: parameter.path.text, message: error.lines.joined(separator: "; "))])
        }
        let issues = scenario.validationIssues()
        return issues.isEmpty ? .valid(scenario) : .invalid(issues)
    }
}
