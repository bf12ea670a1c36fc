import Foundation
import HousingMatch
import ScenarioIO
import Spreadsheets
import Wording

/// Imports a spreadsheet file into a scenario file: reads both, plans, and writes only when nothing is wrong.
///
/// The key file is written before the scenario: should the scenario then fail
/// to be written, the key holds a few people the scenario does not know yet,
/// and the next import gives them the same ids. Both are written whole or not at all.
public enum ScenarioImport {
    /// Why an import stopped: nothing was written.
    public enum Failure: Error, Sendable {
        /// The spreadsheet (or the key file) cannot be read.
        case spreadsheet(file: String, SpreadsheetError)
        /// The scenario file cannot be read or is invalid as it is.
        case scenario(ScenarioFileError)
        /// The scenario file is a variant: import into its base.
        case variant(file: String, base: String)
        /// The scenario file's name ends in neither .yaml, .yml nor .json.
        case format(file: String)
        /// The sheet has problems: every one of them.
        case problems(ImportPlan)
        /// A file could not be written (the key file or the scenario).
        case output(OutputFileError)
    }

    /// What an import did (or, in a dry run, would do).
    public struct Outcome: Sendable {
        public var plan: ImportPlan
        /// The sheet's name (a CSV file's name, or the XLSX tab).
        public var sheetName: String
        public var scenarioWritten: Bool
        public var keyWritten: Bool
        /// Whether the scenario file did not exist before.
        public var createdScenario: Bool
        /// Whether the old file had YAML comments, which writing loses.
        public var lostComments: Bool
    }

    /// Imports `file` into the scenario at `scenarioPath`, creating it when it does not exist.
    public static func run(file: String, sheet sheetName: String? = nil, side: ImportSide?, into scenarioPath: String,
                           keyFile: String?, dryRun: Bool) throws(Failure) -> Outcome {
        guard let format = FileFormat(path: scenarioPath) else { throw .format(file: scenarioPath) }
        let sheet: Sheet
        do { sheet = try SpreadsheetReader.read(path: file, sheet: sheetName) } catch { throw .spreadsheet(file: file, error) }
        var key: PseudonymKey?
        if let keyFile {
            do { key = try PseudonymKey.load(path: keyFile) } catch { throw .spreadsheet(file: keyFile, error) }
        }
        let exists = FileManager.default.fileExists(atPath: scenarioPath)
        var scenario = Scenario()
        var oldText = ""
        if exists {
            do {
                let loaded = try ScenarioLoader.loadWithVariant(path: scenarioPath)
                if let variant = loaded.variant { throw Failure.variant(file: scenarioPath, base: variant.base) }
                scenario = loaded.scenario
            } catch let error as ScenarioFileError {
                throw .scenario(error)
            } catch let error as Failure {
                throw error
            } catch {
                throw .format(file: scenarioPath)
            }
            oldText = (try? String(contentsOfFile: scenarioPath, encoding: .utf8)) ?? ""
        } else if !dryRun {
            do { try SolutionFiles.checkWritable(scenarioPath) } catch { throw .output(error) }
        }
        let plan = SheetImport.plan(sheet: sheet, side: side, into: scenario, key: key)
        guard plan.problems.isEmpty else { throw .problems(plan) }
        var outcome = Outcome(plan: plan, sheetName: sheet.name, scenarioWritten: false, keyWritten: false,
                              createdScenario: !exists,
                              lostComments: format == .yaml && oldText.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") })
        guard !dryRun else { return outcome }
        // Only a key that gained or changed people is written: a sheet of sites leaves the key file as it is.
        if let keyFile, let newKey = plan.key, newKey != key {
            do { try newKey.save(path: keyFile) } catch { throw .output(error) }
            outcome.keyWritten = true
        }
        if plan.changesScenario || !exists {
            let data: Data
            do { data = try ScenarioWriter.data(plan.scenario, format: format) } catch {
                throw .output(OutputFileError(file: scenarioPath, kind: .cannotCreate, reason: "\(error)"))
            }
            do { try SolutionFiles.writeAtomically(data, to: scenarioPath) } catch { throw .output(error) }
            outcome.scenarioWritten = true
        }
        return outcome
    }
}
