import Foundation
import HousingMatch
import HousingMatchReports
import ScenarioIO

/// A variant file read for a comparison: its label (the file name) and what it says.
struct ComparedFile: Sendable {
    var label: String
    var scenario: Scenario
    var variant: ScenarioVariant?
}

/// A sweep as the page asked for it: the parameter's words in the visitor's language are drawn later.
struct SweepAnswer: Sendable {
    var report: SweepReport
    var scenarioName: String
}

extension JobBoard {
    /// Solves the base and each variant, as `housing-match compare` does, and compares them.
    ///
    /// The key holds the fingerprint of every scenario: a file changed on disk is a new question.
    func comparison(base: ComparedFile, variants: [ComparedFile], options: MatchOptions) -> Job {
        let key = "compare:" + ([base] + variants).map { "\($0.label)=\($0.scenario.fingerprint)" }.joined(separator: ",")
        return job(for: key) { job in
            let count = variants.count + 1
            let solveOptions = job.options(from: options)
            job.showStep(0, of: count, base.label)
            let baseResult = try MatchEngine(options: solveOptions).solve(base.scenario)
            var compared: [ComparisonInput] = []
            for (index, file) in variants.enumerated() {
                job.showStep(index + 1, of: count, file.label)
                var variantOptions = solveOptions
                // As the CLI does: the base's match is a good first guess, and its bounds hold when the variant only takes away.
                if baseResult.hasMatch { variantOptions.earlierSolve = EarlierSolve(scenario: base.scenario, result: baseResult) }
                let result = try MatchEngine(options: variantOptions).solve(file.scenario)
                let names = [file.scenario, base.scenario]
                compared.append(ComparisonInput(label: file.label, scenario: file.scenario, result: result,
                                                description: file.variant?.description,
                                                changes: file.variant?.changes.map { $0.reported(namesFrom: names) } ?? []))
            }
            return MatchComparison(
                base: ComparisonInput(label: base.label, scenario: base.scenario, result: baseResult,
                                      description: nil, changes: []),
                variants: compared)
        }
    }

    /// Solves `sweep` point by point, as `housing-match sweep` does; stopping keeps the points done.
    func sweep(_ sweep: ScenarioSweep, fingerprint: String, specification: String, scenarioName: String,
               options: MatchOptions) -> Job {
        job(for: "sweep:\(fingerprint):\(specification)") { job in
            let values = sweep.values
            let runner = SweepRunner(options: job.options(from: options), shouldStop: { job.stopRequested })
            let report = try runner.run(sweep, willSolve: { index, value in
                job.showStep(index, of: values.count, "\(sweep.parameter.path.text) = \(ReportFormat.number(value))")
            })
            return SweepAnswer(report: report, scenarioName: scenarioName)
        }
    }
}
