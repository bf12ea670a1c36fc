import ArgumentParser
import HousingMatch
import ScenarioIO
import Wording

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
    ///
    /// Misspelt keys are warned about; entries that can never take part are left
    /// to `validate` and `solve`, so that the exploring commands print only their answer.
    func load() throws -> Scenario {
        try loadWithVariant(deadEntries: .none).scenario
    }

    /// Which warnings about entries that can never take part (``Scenario/deadEntries()``) loading prints.
    enum DeadEntryWarnings {
        /// None.
        case none
        /// Households that no site suits on one line, the rest each on its own (as `solve` prints them).
        case brief
        /// Each on its own line (as `validate` prints them).
        case every
    }

    /// Loads and validates the scenario and, for a variant file, what the variant changes.
    ///
    /// Misspelt keys are named whether or not the file loads, since they are often
    /// why it does not; entries that can never take part are named, as `deadEntries`
    /// says, once it loads. Both are warnings on standard error: the scenario solves.
    /// A warning may name a household's care type ("h1 can never be housed: care type VG is offered only
    /// by c4"): said as "[care type]" unless `showsCare` (`--with-care-details`).
    func loadWithVariant(deadEntries: DeadEntryWarnings = .brief,
                         showsCare: Bool = false) throws -> (scenario: Scenario, variant: ScenarioVariant?) {
        for warning in ScenarioLoader.warnings(path: scenarioPath) { StandardError.print("warning: \(warning)") }
        do {
            let loaded = try ScenarioLoader.loadWithVariant(path: scenarioPath)
            if deadEntries != .none {
                let warnings = ScenarioLoader.deadEntryWarnings(path: scenarioPath, scenario: loaded.scenario,
                                                                brief: deadEntries == .brief)
                let mask = CareWordMask(scenario: loaded.scenario, language: .en)
                for warning in warnings { StandardError.print("warning: \(showsCare ? warning : mask.masked(warning))") }
            }
            return loaded
        } catch {
            throw ExitCodes.report(error)
        }
    }
}
