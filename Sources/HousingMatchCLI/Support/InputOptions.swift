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
    func loadWithVariant() throws -> (scenario: Scenario, variant: ScenarioVariant?) {
        do {
            let loaded = try ScenarioLoader.loadWithVariant(path: scenarioPath)
            for warning in ScenarioLoader.warnings(path: scenarioPath) { StandardError.print("warning: \(warning)") }
            return loaded
        } catch {
            throw ExitCodes.report(error)
        }
    }
}
