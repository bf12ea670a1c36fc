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
        let whatIf = try options.start(scenario, noun: "change")
        let explanation = try whatIf.asking {
            try GroupExplainer(whatIf: whatIf.session).explain(group) { index, count, change in
                whatIf.step(index, of: count, change)
            }
        }
        let seconds = Date().timeIntervalSince(started)
        if !explanation.complete { StandardError.print("Stopped: \(explanation.changes.count) changes tried.") }
        try options.emit(explanation) {
            GroupExplanationReport(scenario: scenario, explanation: explanation, seconds: seconds, language: options.language,
                                   showsCare: options.showsCare).render()
        }
    }
}
