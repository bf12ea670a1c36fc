import HTMLRendering
import HousingMatch
import ScenarioIO

/// The chart of a sweep: households housed against the parameter, in total and per care need.
public enum SweepChart {
    /// The words of the chart: English for the CLI's file, the visitor's language on the web.
    public struct Words: Sendable {
        public var allHouseholds: String
        public var noCareNeed: String
        /// The name of a care type's line: `care: VG`.
        public var careType: @Sendable (CareType) -> String
        /// The title, from the parameter's short words: `households housed by capacity of provider c1`.
        public var title: @Sendable (String) -> String
        public var yTitle: String
        public var gapLabel: String
        /// The parameter, short (for the title) and long (for the axis); the report's own when `nil`.
        public var parameterShort: String?
        public var parameterLong: String?

        public init(allHouseholds: String, noCareNeed: String, careType: @escaping @Sendable (CareType) -> String,
                    title: @escaping @Sendable (String) -> String, yTitle: String, gapLabel: String,
                    parameterShort: String? = nil, parameterLong: String? = nil) {
            self.allHouseholds = allHouseholds
            self.noCareNeed = noCareNeed
            self.careType = careType
            self.title = title
            self.yTitle = yTitle
            self.gapLabel = gapLabel
            self.parameterShort = parameterShort
            self.parameterLong = parameterLong
        }

        /// The words of `housing-match sweep --chart`.
        public static let english = Words(
            allHouseholds: "all households", noCareNeed: "no care need", careType: { "care: \($0)" },
            title: { "households housed by \($0)" }, yTitle: "households housed", gapLabel: "no match or invalid")
    }

    /// The SVG of the points in `report` (only those solved so far).
    public static func svg(_ report: SweepReport, scenarioName: String, words: Words = .english) -> String {
        let points = report.points
        func series(_ name: String, index: Int, width: Double = 2, _ y: (SweepPointResult) -> Int) -> SVGLineChart.Series {
            SVGLineChart.Series(
                name: name,
                points: points.map { SVGLineChart.Point(x: $0.value, y: $0.match != nil ? Double(y($0)) : nil) },
                color: SVGLineChart.palette[index % SVGLineChart.palette.count],
                marker: SVGLineChart.Marker.allCases[index % SVGLineChart.Marker.allCases.count],
                lineWidth: width)
        }
        var lines = [series(words.allHouseholds, index: 0, width: 2.5) { $0.housedHouseholds ?? 0 },
                     series(words.noCareNeed, index: 1) { $0.housedWithoutCare }]
        for (offset, type) in report.careTypes.enumerated() {
            lines.append(series(words.careType(type), index: offset + 2) { $0.housedByCareType[type] ?? 0 })
        }
        let name = scenarioName.isEmpty ? "" : "\(scenarioName): "
        return SVGLineChart(
            title: name + words.title(words.parameterShort ?? report.parameter.shortWords),
            xTitle: words.parameterLong ?? report.parameter.words,
            yTitle: words.yTitle,
            series: lines,
            gaps: points.filter { $0.match == nil }.map(\.value),
            gapLabel: words.gapLabel,
            wholeNumbersOnX: report.parameter.isWholeNumber
        ).render()
    }
}
