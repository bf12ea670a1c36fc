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
            `check` tests a match drafted by hand against every rule.

            For what-if questions: `compare` solves a base scenario and its variants \
            and shows what each changes; `sweep` solves a scenario for a range of values \
            of one number and charts the households housed; `sensitivity` says what one \
            more dwelling or care place would bring. To explore and explain: `explain \
            --seeker` says why a household is or is not placed and what would place it; \
            `explain --group` why a group does not form or grow and what single change \
            would help; `candidates` lists, for a group's founders, who could join and at \
            what cost; `site` shows a corporation which groups could take a site; \
            `placements` shows a care provider where its clients live and where one \
            more place would house someone. `lists` writes the match as a spreadsheet \
            (CSV, XLSX) and as printable lists per group and per care provider.

            EXIT CODES
              0   a result was produced (any status, `infeasible` included)
              64  a bad option or value, or an output file that is one of the run's
                  inputs (the scenario, a variant's base, --start-from, --keep)
              65  the scenario or solution file is invalid (every problem listed)
              66  a file cannot be read, or an output file cannot be made (no such
                  folder, no permission, a folder): checked before solving
              70  the solver failed
              74  writing failed partway: standard output (a full disk, a closed
                  pipe or stdout) or an output file; a plain output file is left as it was
              130 interrupted with Ctrl-C (`sweep` keeps the points solved so far)
              143 ended by SIGTERM
            A file named by --output (or --csv, --chart, --mps, --lp) is written whole
            or not at all, keeping the permissions of the file it replaces (0600 when new).
            """,
        version: "0.1.0",
        subcommands: [SolveCommand.self, ServeCommand.self, CompareCommand.self, SweepCommand.self, SensitivityCommand.self,
                      ExplainCommand.self, CandidatesCommand.self, SiteCommand.self, PlacementsCommand.self,
                      ValidateCommand.self, CheckCommand.self, GenerateCommand.self, ExportCommand.self,
                      ImportCommand.self, ListsCommand.self]
    )

    static func main() {
        ProcessSetup.run()
        main(nil)
    }
}
