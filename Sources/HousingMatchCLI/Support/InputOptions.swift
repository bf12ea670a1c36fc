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
            let scenario = try ScenarioLoader.load(path: scenarioPath)
            for warning in ScenarioLoader.warnings(path: scenarioPath) { StandardError.print("warning: \(warning)") }
            return scenario
        } catch {
            throw ExitCodes.report(error)
        }
    }
}
