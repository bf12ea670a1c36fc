import ArgumentParser
import Foundation
import HousingMatch

/// The work behind `explain --group`: why a group does not form or is not
/// larger, and which single change would let it form or grow.
///
struct GroupExplanationRun {
    let scenario: Scenario
    let group: GroupID
    let options: ExplorationOptions

    func run() throws {
        guard scenario.groups.contains(where: { $0.id == group }) else {
            throw ValidationError(UnknownIdentifierError.group(group, in: scenario).description)
        }
        let started = Date()
        let explanation = try options.solving(noun: "change") { matchOptions, step in
            let explainer = try GroupExplainer(scenario, options: matchOptions)
            return try explainer.explain(group) { index, count, change in
                step(index, count, change)
            }
        }
        let seconds = Date().timeIntervalSince(started)
        if !explanation.complete { StandardError.print("Stopped: \(explanation.changes.count) changes tried.") }
        try options.emit(explanation) {
            GroupExplanationReport(scenario: scenario, explanation: explanation, seconds: seconds).render()
        }
    }
}
