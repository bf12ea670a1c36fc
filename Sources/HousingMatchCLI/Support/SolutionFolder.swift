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
        if let input = inputs.first(where: { OutputPaths.sameFile(path, $0.path) }) {
            StandardError.print("housing-match: --solutions \(path) is \(input.role): name a folder")
            throw ExitCodes.usage
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            StandardError.print("\(path): cannot be made: \(error.localizedDescription)")
            throw ExitCodes.unreadable
        }
        self.path = path
    }

    /// Writes `result` of `scenario` as `<name>.json`, atomically; the name is
    /// kept to letters, digits and `-_.=`, so that no label makes a path elsewhere.
    func write(_ result: MatchResult, of scenario: Scenario, name: String) throws(OutputFileError) {
        var recorded = result
        recorded.scenarioFingerprint = scenario.fingerprint
        let safe = String(name.map { $0.isLetter || $0.isNumber || "-_.=".contains($0) ? $0 : "-" })
        let file = URL(fileURLWithPath: path).appendingPathComponent(safe + ".json").path
        let json: Data
        do { json = try SolutionFiles.json(recorded) } catch {
            throw OutputFileError(file: file, kind: .cannotCreate, reason: "cannot be encoded: \(error)")
        }
        try SolutionFiles.writeAtomically(json, to: file)
    }
}
