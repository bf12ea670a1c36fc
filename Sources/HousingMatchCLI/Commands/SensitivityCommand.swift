import ArgumentParser
import Foundation
import HousingMatch
import ScenarioIO
import Wording

/// `housing-match sensitivity`: what one more dwelling or care place would bring.
struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "What one more dwelling, accessible dwelling or care place would bring.",
        discussion: """
            For every site, one more dwelling and one more accessible dwelling; for every \
            care provider, one more care place: each tried on its own, and the households \
            it would house counted exactly. A change that the linear relaxation shows \
            cannot house anyone more is settled at once; every other one is solved \
            again, keeping the scenario's match where it can, so the households named \
            are the ones the change houses. Press Ctrl-C to stop and see the changes tried so far.

            Example: housing-match sensitivity scenarios/utrecht-oost.yaml
            """
    )

    @OptionGroup var scenario: ScenarioArgument

    @OptionGroup var exploration: ExplorationOptions

    @Flag(help: "Solve every change again, without first asking a quick upper estimate (the programme with fractions allowed) whether it can bring anything.")
    var noScreen = false

    func run() throws {
        try exploration.checkOutput(against: scenario)
        let loaded = try scenario.load()
        let started = Date()
        let whatIf = try exploration.start(loaded, noun: "change")
        let analysis = SensitivityAnalysis(options: whatIf.session.options, screensWithRelaxation: !noScreen)
        let report = try whatIf.asking {
            try analysis.run(whatIf.session) { index, count, change in
                whatIf.step(index, of: count, change.sentence(in: loaded).text(in: exploration.language))
            }
        }
        let seconds = Date().timeIntervalSince(started)
        if !report.complete {
            StandardError.print("Stopped: \(report.effects.count) changes tried.")
        }
        try exploration.emit(report) { SensitivityReport(scenario: loaded, report: report, seconds: seconds, language: exploration.language,
                                                                 showsCare: exploration.showsCare).render() }
    }
}
