import HousingMatch
import ScenarioIO

/// The points of a sweep as a plain-text table for stdout, with the reasons of invalid points below it.
struct SweepTable {
    let report: SweepReport
    let scenarioName: String

    func render() -> String {
        let field = report.parameter.path.keys.joined(separator: ".")
        var table = TextTable([field, "status", "housed", "no care"] + report.careTypes
                              + ["groups", "fit with wishes", "seconds"])
        for point in report.points {
            let match = point.match
            var row = [Format.number(point.value, decimals: 6), point.statusText,
                       point.housedHouseholds.map(String.init) ?? "-",
                       match != nil ? String(point.housedWithoutCare) : "-"]
            row += report.careTypes.map { match != nil ? String(point.housedByCareType[$0] ?? 0) : "-" }
            row += [point.groupsFormed.map(String.init) ?? "-",
                    match?.objective.map { Format.number($0.preference) } ?? "-",
                    Format.seconds(point.seconds)]
            table.add(row)
        }
        let name = scenarioName.isEmpty ? "Scenario" : scenarioName
        var lines = ["\(name): households housed by \(report.parameter.words)", "", table.render()]
        let invalid = report.points.filter { !$0.issues.isEmpty }
        if !invalid.isEmpty {
            lines.append("")
            for point in invalid {
                let value = Format.number(point.value, decimals: 6)
                lines += point.issues.map { "  \(field) = \(value) is invalid: \($0)" }
            }
        }
        return lines.joined(separator: "\n")
    }
}
