import Foundation
import HousingMatch
import ScenarioIO

/// A folder that receives one solution file per scenario a command solves
/// (`compare --solutions`, `sweep --solutions`), each the JSON `solve
/// --output` writes for that scenario, so any of them can be opened, checked
/// or reused with `--base` and `--start-from`.
struct SolutionFolder {
    let path: String

    /// Makes the folder when it is missing; a folder that is one of the run's
    /// inputs, or cannot be made, ends the run before anything is solved.
    init(_ path: String, inputs: [OutputPaths.Input]) throws {
        try OutputPaths.makeFolder(path, option: "--solutions", inputs: inputs)
        self.path = path
    }

    /// Writes `result` of `scenario` as `<name>.json`, atomically, with its
    /// reasons checked as `solve` checks them (a few solves, with `options`'
    /// limits), so the file is the one `solve --output` writes; the name is
    /// kept to letters, digits and `-_.=`, so that no label makes a path elsewhere.
    func write(_ result: MatchResult, of scenario: Scenario, name: String, options: MatchOptions) throws {
        var recorded = try ExitCodes.solving(cleanup: {}) { try result.withCheckedReasons(of: scenario, options: options) }
        recorded.scenarioFingerprint = scenario.fingerprint
        let safe = String(name.map { $0.isLetter || $0.isNumber || "-_.=".contains($0) ? $0 : "-" })
        let file = URL(fileURLWithPath: path).appendingPathComponent(safe + ".json").path
        do { try SolutionFiles.writeAtomically(try SolutionFiles.json(recorded), to: file) } catch let error as OutputFileError {
            throw ExitCodes.report(error)
        }
    }
}
