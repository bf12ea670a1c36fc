import ArgumentParser
import Foundation
import HousingMatch
import Wording

/// `housing-match placements`: the match from a care provider's side.
struct PlacementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "placements",
        abstract: "Where a care provider's clients are placed, its load, and where one more place would help.",
        discussion: """
            For care providers. Lists the groups where the provider serves clients \
            (site, town, clients by care type), its load against its capacity, the \
            households of its care types in its towns left out and why, and which \
            single change would house someone more: one more care place at the \
            provider, or one more (accessible) dwelling at a site in its towns, each \
            counted exactly. Households appear by id and care type only.

            Example: housing-match placements scenarios/utrecht-oost.yaml --provider c2
            """
    )

    @OptionGroup var scenario: ScenarioArgument

    @Option(help: ArgumentHelp("The care provider to look at.", valueName: "id"))
    var provider: String

    @OptionGroup var exploration: ExplorationOptions

    func run() throws {
        try exploration.checkOutput(against: scenario)
        let loaded = try scenario.load()
        let id = ProviderID(provider)
        guard loaded.providers.contains(where: { $0.id == id }) else {
            throw ValidationError(UnknownIdentifierError.provider(id, in: loaded).description)
        }
        let started = Date()
        let whatIf = try exploration.start(loaded, noun: "change")
        let placements = try whatIf.asking {
            try ProviderPlacements(provider: id, whatIf: whatIf.session) { index, count, change in
                whatIf.step(index, of: count, change.sentence(in: loaded).text(in: exploration.language))
            }
        }
        let seconds = Date().timeIntervalSince(started)
        if !placements.complete { StandardError.print("Stopped before every change was tried.") }
        try exploration.emit(placements) {
            PlacementsReport(scenario: loaded, placements: placements, seconds: seconds, language: exploration.language,
                             showsCare: exploration.showsCare).render()
        }
    }
}
