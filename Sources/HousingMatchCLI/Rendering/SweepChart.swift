import HTMLRendering
import HousingMatch
import ScenarioIO

/// The chart of a sweep: households housed against the parameter, in total and per care need.
enum SweepChart {
    /// The SVG of the points in `report` (only those solved so far).
    static func svg(_ report: SweepReport, scenarioName: String) -> String {
        let points = report.points
        func series(_ name: String, index: Int, width: Double = 2, _ y: (SweepPointResult) -> Int) -> SVGLineChart.Series {
            SVGLineChart.Series(
                name: name,
                points: points.map { SVGLineChart.Point(x: $0.value, y: $0.match != nil ? Double(y($0)) : nil) },
                color: SVGLineChart.palette[index % SVGLineChart.palette.count],
                marker: SVGLineChart.Marker.allCases[index % SVGLineChart.Marker.allCases.count],
                lineWidth: width)
        }
        var lines = [series("all households", index: 0, width: 2.5) { $0.housedHouseholds ?? 0 },
                     series("no care need", index: 1) { $0.housedWithoutCare }]
        for (offset, type) in report.careTypes.enumerated() {
            lines.append(series("care: \(type)", index: offset + 2) { $0.housedByCareType[type] ?? 0 })
        }
        let name = scenarioName.isEmpty ? "" : "\(scenarioName): "
        return SVGLineChart(
            title: "\(name)households housed by \(report.parameter.shortWords)",
            xTitle: report.parameter.words,
            yTitle: "households housed",
            series: lines,
            gaps: points.filter { $0.match == nil }.map(\.value),
            gapLabel: "no match or invalid",
            wholeNumbersOnX: report.parameter.isWholeNumber
        ).render()
    }
}
