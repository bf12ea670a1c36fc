import ArgumentParser
import HousingMatch
import ScenarioIO

/// The scenario file argument shared by the commands.
struct ScenarioArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The scenario file, or a variant file naming a base scenario and changes (.json, .yaml or .yml).",
                                 valueName: "scenario"))
    var scenarioPath: String

    /// The files loading reads: the scenario file and, for a variant, its chain of bases.
    func inputFiles() -> [OutputPaths.Input] {
        OutputPaths.Input.scenario(scenarioPath)
    }

    /// Loads and validates the scenario, or exits with the documented code.
    func load() throws -> Scenario {
        try loadWithVariant().scenario
    }

    /// Loads and validates the scenario and, for a variant file, what the variant changes.
    ///
    /// Misspelt keys are named whether or not the file loads, since they are often
    /// why it does not; entries that can never take part (``Scenario/deadEntries()``)
    /// are named once it loads. Both are warnings on standard error: the scenario solves.
    /// With `brief`, households that no site suits are named on one line (see
    /// ``ScenarioLoader/deadEntryWarnings(path:scenario:brief:)``); `validate` lists each.
    func loadWithVariant(brief: Bool = true) throws -> (scenario: Scenario, variant: ScenarioVariant?) {
        for warning in ScenarioLoader.warnings(path: scenarioPath) { StandardError.print("warning: \(warning)") }
        do {
            let loaded = try ScenarioLoader.loadWithVariant(path: scenarioPath)
            for warning in ScenarioLoader.deadEntryWarnings(path: scenarioPath, scenario: loaded.scenario, brief: brief) {
                StandardError.print("warning: \(warning)")
            }
            return loaded
        } catch {
            throw ExitCodes.report(error)
        }
    }
}
