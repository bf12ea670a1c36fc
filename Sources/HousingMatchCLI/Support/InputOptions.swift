import ArgumentParser
import HousingMatch
import ScenarioIO

/// The scenario file argument shared by the commands.
struct ScenarioArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The scenario file (.json, .yaml or .yml).", valueName: "scenario"))
    var scenarioPath: String

    /// Loads and validates the scenario, or exits with the documented code.
    func load() throws -> Scenario {
        do {
            return try ScenarioLoader.load(path: scenarioPath)
        } catch {
            throw ExitCodes.report(error)
        }
    }
}
