import ArgumentParser
import Foundation
import HousingMatch
import ScenarioIO

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

    @Flag(help: "Solve every change again, without first asking the relaxation whether it can bring anything.")
    var noScreen = false

    func run() throws {
        try exploration.checkOutput(against: scenario)
        let loaded = try scenario.load()
        var options = exploration.matchOptions()
        let bar = StepProgressLine()
        options.progress = { report in bar.show(report) }
        let analysis = SensitivityAnalysis(options: options, screensWithRelaxation: !noScreen)
        let started = Date()

        let report = try ExitCodes.solving(cleanup: { bar.clear() }) {
            try analysis.run(loaded) { index, count, change in
                bar.startStep(index: index, count: count, noun: "change", detail: change.description(in: loaded))
            }
        }
        bar.clear()
        let seconds = Date().timeIntervalSince(started)
        if !report.complete {
            StandardError.print("Stopped: \(report.effects.count) changes tried.")
        }
        try exploration.emit(report) { SensitivityReport(scenario: loaded, report: report, seconds: seconds).render() }
    }
}
