import ArgumentParser
import Foundation
import HousingMatch

/// The work behind `explain --group`: why a group does not form or is not
/// larger, and which single change would let it form or grow.
///
/// It has no command of its own so that the `explain` command can call it for
/// `--group`; `explain-group` below runs it until then.
struct GroupExplanationRun {
    let scenario: Scenario
    let group: GroupID
    let options: ExplorationOptions

    func run() throws {
        guard scenario.groups.contains(where: { $0.id == group }) else {
            throw ValidationError(UnknownIdentifierError(side: "group", id: group.rawValue,
                                                         known: scenario.groups.map(\.id.rawValue)).description)
        }
        let started = Date()
        let explanation = try ExplorationOptions.solving(noun: "change") { bar in
            let explainer = try GroupExplainer(scenario, options: options.matchOptions())
            return try explainer.explain(group) { index, count, change in
                bar?.show(step: index, of: count, doing: change)
            }
        }
        let seconds = Date().timeIntervalSince(started)
        if !explanation.complete { StandardError.print("Stopped: \(explanation.changes.count) changes tried.") }
        try options.emit(explanation) {
            GroupExplanationReport(scenario: scenario, explanation: explanation, seconds: seconds).render()
        }
    }
}

/// `housing-match explain-group`: a stand-in for `explain --group` until the two are merged.
struct ExplainGroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain-group",
        abstract: "Why a group does not form or is not larger, and what single change would help.",
        discussion: """
            Names the rules that hold the group back, with their numbers (dwellings, \
            accessible dwellings, care share, generations, support hours, care providers' \
            minimum and maximum clients per site, founders' limits), then tries single \
            changes one at a time: one more dwelling or care place, a site that almost \
            fits made to fit, or one of the group's own rules loosened. Each is solved \
            again against the best match, keeping it where it can, and reported with the \
            households it houses in the group and overall.

            Example: housing-match explain-group scenarios/utrecht-oost.yaml --group g5
            """
    )

    @OptionGroup var scenario: ScenarioArgument

    @Option(help: ArgumentHelp("The group to explain.", valueName: "id"))
    var group: String

    @OptionGroup var exploration: ExplorationOptions

    func run() throws {
        try GroupExplanationRun(scenario: scenario.load(), group: GroupID(group), options: exploration).run()
    }
}
