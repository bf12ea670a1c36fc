import ArgumentParser
import Foundation
import HousingMatch
import ScenarioIO

/// `housing-match explain`: why a household is or is not placed, and what would place it.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain why a household is or is not placed, and what would place it.",
        discussion: """
            With --seeker: for every group, the hard rules that keep the household out \
            (its towns, rent limit, care type, the groups it excludes, the founders' \
            declines, households it must live with or apart from), down to each site \
            a group could take. For a household left out, also what placing it in each \
            group still open would cost (who would lose a place and who would gain \
            one, who moves, which groups move site), and the smallest \
            change to its own wishes (one more town, a higher rent limit, one group or \
            household less to avoid) that places it without displacing anyone. Needs \
            such as care or an accessible dwelling are never loosened. Each question \
            is a fresh solve that keeps the scenario's match where it can; on a large \
            scenario give --time-limit, and answers not proven in time say so.

            With --group: why the group does not form or is not larger: the rules that \
            hold it back, with their numbers (dwellings, accessible dwellings, care \
            share, generations, support hours, care providers' minimum and maximum \
            clients per site, founders' limits); then single changes tried one at a \
            time (one more dwelling or care place, a site that almost fits made to fit, \
            one of the group's own rules loosened), each reported with the households \
            it houses in the group and overall.

            Examples:
              housing-match explain scenarios/utrecht-oost.yaml --seeker h12
              housing-match explain scenarios/utrecht-oost.yaml --group g5
            """
    )

    /// What is explained: one household or one group per run.
    enum Subject { case seeker(SeekerID), group(GroupID) }

    @OptionGroup var scenario: ScenarioArgument

    @Option(help: ArgumentHelp("The household to explain, by id.", valueName: "id"))
    var seeker: String?

    @Option(help: ArgumentHelp("The group to explain, by id.", valueName: "id"))
    var group: String?

    @OptionGroup var exploration: ExplorationOptions

    @Option(help: ArgumentHelp("Solves the search for a change to the household's wishes may spend.", valueName: "count"))
    var changeSolves: Int = 12

    /// The one subject the options name.
    var subject: Subject? {
        switch (seeker, group) {
        case (let seeker?, nil): .seeker(SeekerID(seeker))
        case (nil, let group?): .group(GroupID(group))
        default: nil
        }
    }

    func validate() throws {
        if subject == nil { throw ValidationError("give either --seeker ID (a household) or --group ID (a group) to explain") }
        if changeSolves < 0 { throw ValidationError("--change-solves must not be negative") }
    }

    func run() throws {
        try exploration.checkOutput(against: scenario)
        let loaded = try scenario.load()
        switch subject {
        case .seeker(let id): try explain(id, in: loaded)
        case .group(let id): try GroupExplanationRun(scenario: loaded, group: id, options: exploration).run()
        case nil: return
        }
    }

    private func explain(_ id: SeekerID, in loaded: Scenario) throws {
        guard loaded.seekers.contains(where: { $0.id == id }) else {
            throw ValidationError(UnknownIdentifierError.seeker(id, in: loaded).description)
        }
        let whatIf = try exploration.start(loaded, noun: "question")
        let explanation = try whatIf.asking {
            try whatIf.session.explanation(of: id, maxChangeSolves: changeSolves) { index, count, question in
                whatIf.step(index, of: count, question)
            }
        }
        if !explanation.complete { StandardError.print("Stopped before every question was asked.") }
        try exploration.emit(explanation) { SeekerExplanationReport(scenario: loaded, explanation: explanation, language: exploration.language,
                                                                      showsCare: exploration.showsCare).render() }
    }
}
