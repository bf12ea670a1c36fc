import ArgumentParser

/// The `housing-match` command: solve, validate and check housing-group matches.
@main
struct HousingMatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "housing-match",
        abstract: "Match households, housing groups, sites and care providers.",
        discussion: """
            A scenario file (JSON or YAML) lists the seekers (households looking for a \
            group), the groups being founded, the sites on offer and the care providers. \
            `solve` finds the match that houses the most households and, among those, \
            fits their wishes best. `validate` lists what is wrong with a scenario file. \
            `check` tests a match drafted by hand against every rule. `compare` solves a \
            base scenario and its what-if variants and shows what each changes.

            EXIT CODES
              0   a result was produced (any status, `infeasible` included)
              65  the scenario or solution file is invalid (every problem listed)
              66  a file cannot be read
              70  the solver failed
            """,
        version: "0.1.0",
        subcommands: [SolveCommand.self, CompareCommand.self, SensitivityCommand.self,
                      ExplainGroupCommand.self, SiteCommand.self, PlacementsCommand.self, ValidateCommand.self,
                      CheckCommand.self, GenerateCommand.self, ExportCommand.self]
    )
}
