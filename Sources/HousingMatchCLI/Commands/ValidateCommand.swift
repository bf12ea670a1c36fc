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
            `seekers[12].maxRent (line 80): must not be negative (got -5)`, and exits with 65. \
            For a variant file the summary names the base and the changes, and each problem \
            is placed in the file where the value was written: the variant's change or the base. \
            Misspelt keys are warned about (with the key that was probably meant) in the same \
            run as the problems. A valid scenario may still hold entries that can never take \
            part: a care provider that needs more clients per site than it has room for, a \
            group whose minimum size exceeds every site it may take or whose founders no site \
            suits, a household whose care type no provider offers or no group accepts, or \
            whom no site suits. Each is warned about on its own line; the scenario still solves.
            """
    )

    @OptionGroup var scenario: ScenarioArgument

    func run() throws {
        let (loaded, variant) = try scenario.loadWithVariant(deadEntries: .every)
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        let counts = [count(loaded.seekers.count, "seeker", "seekers"), count(loaded.groups.count, "group", "groups"),
                      count(loaded.sites.count, "site", "sites"),
                      count(loaded.providers.count, "care provider", "care providers")].joined(separator: ", ")
        guard let variant else {
            try StandardOutput.print("\(scenario.scenarioPath): valid: \(counts)")
            return
        }
        // A few changes fit on the summary line; more are listed below it, one a line.
        let changes = variant.changes.map(\.description)
        let inline = changes.count <= 3
        let said = changes.isEmpty ? "no changes" : inline ? changes.joined(separator: "; ") : "\(changes.count) changes"
        var lines = ["\(scenario.scenarioPath): valid variant of \(variant.base) (\(said)): \(counts)"]
        if !inline { lines += changes.map { "  \($0)" } }
        try StandardOutput.print(lines.joined(separator: "\n"))
    }
}
