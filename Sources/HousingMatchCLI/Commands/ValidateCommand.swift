import ArgumentParser
import HousingMatch
import ScenarioIO
import Wording

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

    @Option(name: .customLong("lang"), help: Language.help)
    var language: Language = .en

    @OptionGroup var care: CareDetailsOption

    func run() throws {
        let (loaded, variant) = try load()
        let words = AnalysisReportWords.self
        func count(_ n: Int, _ one: Message, _ many: Message) -> String { (n == 1 ? one : many)(language, n) }
        let counts = [count(loaded.seekers.count, words.seekersOne, words.seekersMany),
                      count(loaded.groups.count, words.groupsOne, words.groupsMany),
                      count(loaded.sites.count, words.sitesOne, words.sitesMany),
                      count(loaded.providers.count, words.providersOne, words.providersMany)].joined(separator: ", ")
        guard let variant else {
            try StandardOutput.print(words.valid(language, scenario.scenarioPath, counts))
            return
        }
        // A few changes fit on the summary line; more are listed below it, one a line.
        let changes = variant.changes.map { $0.sentence.text(in: language, showingCare: care.withCareDetails) }
        let inline = changes.count <= 3
        let said = changes.isEmpty ? words.noChanges(language)
            : inline ? changes.joined(separator: "; ") : words.changesCount(language, changes.count)
        var lines = [words.validVariant(language, scenario.scenarioPath, variant.base, said, counts)]
        if !inline { lines += changes.map { "  \($0)" } }
        try StandardOutput.print(lines.joined(separator: "\n"))
    }

    /// Loads as every command does; in a language other than English, the problems
    /// of an invalid scenario are said in it (misspelt keys stay English).
    private func load() throws -> (scenario: Scenario, variant: ScenarioVariant?) {
        guard language != .en else {
            return try scenario.loadWithVariant(deadEntries: .every, showsCare: care.withCareDetails)
        }
        for warning in ScenarioLoader.warnings(path: scenario.scenarioPath) { StandardError.print("warning: \(warning)") }
        do {
            let loaded = try ScenarioLoader.loadWithVariant(path: scenario.scenarioPath)
            let warnings = ScenarioLoader.deadEntryWarnings(path: scenario.scenarioPath, scenario: loaded.scenario,
                                                            brief: false, language: language)
            let mask = CareWordMask(scenario: loaded.scenario, language: language)
            for warning in warnings {
                StandardError.print(AnalysisReportWords.warning(language, care.withCareDetails ? warning : mask.masked(warning)))
            }
            return loaded
        } catch .invalid(let file, let issues) {
            for line in ScenarioFileError.invalid(file: file, issues: issues).lines(in: language) { StandardError.print(line) }
            throw ExitCodes.invalidInput
        } catch {
            throw ExitCodes.report(error)
        }
    }

}
