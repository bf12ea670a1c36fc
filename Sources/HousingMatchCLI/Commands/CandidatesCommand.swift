import ArgumentParser
import Foundation
import HousingMatch
import Wording
import ScenarioIO

/// `housing-match candidates`: for a group's founders, who could join them.
struct CandidatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candidates",
        abstract: "For a group's founders: the households who could join, best fit first, and what each would cost.",
        discussion: """
            Lists the group's members in the best match, then the households the rules \
            allow to join it, ranked by fit (the group's place in their preferences and \
            the values they share), each with what adding them would change for the \
            others, on both sides: who loses a place and who gains one, who moves to \
            another group, groups that move to another site or stop forming, and for a \
            full group which member leaves to make room. Founders are not candidates; \
            households the rules let in but no match can place there are listed apart \
            with the rules that keep them out. Partners who must live with a candidate \
            come along; households the founders decline are listed apart. Each cost is a \
            fresh solve that keeps the scenario's match where it can; on a large scenario \
            give --time-limit.

            Example: housing-match candidates scenarios/utrecht-oost.yaml --group g2 --top 5
            """
    )

    @OptionGroup var scenario: ScenarioArgument

    @Option(help: ArgumentHelp("The group whose candidates to list, by id.", valueName: "id"))
    var group: String

    @Option(help: ArgumentHelp("How many of the best-fitting candidates to cost.", valueName: "count"))
    var top: Int = 10

    @OptionGroup var exploration: ExplorationOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        try exploration.checkOutput(against: scenario)
        let loaded = try scenario.load()
        let id = GroupID(group)
        guard loaded.groups.contains(where: { $0.id == id }) else {
            throw ValidationError(UnknownIdentifierError.group(id, in: loaded).description)
        }
        let whatIf = try exploration.start(loaded, noun: "candidate")
        let candidates = try whatIf.asking {
            try whatIf.session.candidates(for: id, top: top) { index, count, seeker in
                whatIf.step(index, of: count, ExplorationReportWords.addingTo(exploration.language, seeker, id))
            }
        }
        if !candidates.complete { StandardError.print("Stopped before every cost was asked.") }
        try exploration.emit(candidates) { GroupCandidatesReport(scenario: loaded, candidates: candidates, language: exploration.language,
                                                                   showsCare: exploration.showsCare).render() }
    }
}
