import ArgumentParser
import HousingMatch
import ScenarioIO

/// `housing-match validate`: lists every problem in a scenario file.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "List every problem in a scenario file, one per line, with its place.",
        discussion: """
            Prints nothing but a short summary when the scenario is valid (exit 0). \
            Otherwise prints each problem as `path: message`, for example \
            `seekers[12].maxRent (line 80): must not be negative (got -5)`, and exits with 65.
            """
    )

    @OptionGroup var scenario: ScenarioArgument

    func run() throws {
        let loaded = try scenario.load()
        print("\(scenario.scenarioPath): valid: \(loaded.seekers.count) seekers, \(loaded.groups.count) groups, "
              + "\(loaded.sites.count) sites, \(loaded.providers.count) care providers")
    }
}
