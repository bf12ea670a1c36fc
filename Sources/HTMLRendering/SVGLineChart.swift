import Foundation

/// A line chart as one self-contained SVG file: axes with ticks and labels, axis
/// titles, a legend, and every data point marked.
///
/// Made for sweeps, where a reader wants the exact values at each point as much
/// as the trend: hence markers on every point, and a different marker shape per
/// series so that lines lying on top of each other stay apart. Nothing is loaded
/// from elsewhere (no fonts, no scripts), and every text is escaped.
public struct SVGLineChart: Sendable {
    /// One point of a series; a missing `y` breaks the line there.
    public struct Point: Sendable {
        public var x: Double
        public var y: Double?
        public init(x: Double, y: Double?) {
            self.x = x
            self.y = y
        }
    }

    /// The shape marking a series' points.
    public enum Marker: CaseIterable, Sendable {
        case circle, square, triangle, diamond, triangleDown
    }

    /// One line.
    public struct Series: Sendable {
        public var name: String
        public var points: [Point]
        public var color: String
        public var marker: Marker
        public var lineWidth: Double = 2
        public init(name: String, points: [Point], color: String, marker: Marker, lineWidth: Double = 2) {
            self.name = name
            self.points = points
            self.color = color
            self.marker = marker
            self.lineWidth = lineWidth
        }
    }

    public var title: String
    public var xTitle: String
    public var yTitle: String
    public var series: [Series]
    /// X values with no data in any series (an invalid value, no match): marked with
    /// a grey cross on the x axis, so a gap in the lines is explained.
    public var gaps: [Double] = []
    /// What a cross on the x axis means, for the legend.
    public var gapLabel = "no answer at this value"
    /// Whether x values are whole numbers (no ticks between them).
    public var wholeNumbersOnX = false

    /// Writes the values and axis ticks: a page in Dutch passes one with decimal commas.
    public var formatNumber: @Sendable (Double) -> String = { ChartScale.plainNumber($0, decimals: 4) }
    public var width = 780.0
    public var height = 460.0

    /// Colours that stay apart for colour-blind readers, black first for a total.
    public static let palette = ["#000000"] + ChartScale.okabeIto

    public init(title: String, xTitle: String, yTitle: String, series: [Series], gaps: [Double] = [],
                gapLabel: String = "no answer at this value", wholeNumbersOnX: Bool = false) {
        self.title = title
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.series = series
        self.gaps = gaps
        self.gapLabel = gapLabel
        self.wholeNumbersOnX = wholeNumbersOnX
    }

    // Room around the plot: the y labels and title on the left, the legend on the right.
    private let left = 72.0, right = 200.0, top = 52.0, bottom = 62.0
    private var plotWidth: Double { width - left - right }
    private var plotHeight: Double { height - top - bottom }

    /// The SVG document.
    public func render() -> String {
        let xs = series.flatMap { $0.points.map(\.x) } + gaps
        let ys = series.flatMap { $0.points.compactMap(\.y) }
        let xTicks = Self.ticks(low: xs.min() ?? 0, high: xs.max() ?? 1, wholeNumbers: wholeNumbersOnX)
        // Counts start at 0, so that a rise from 40 to 42 does not look like a doubling.
        let yTicks = Self.ticks(low: min(0, ys.min() ?? 0), high: max(ys.max() ?? 1, 1), wholeNumbers: true)
        // A little room inside the axes, so that markers at the ends do not sit on them.
        let inset = 10.0
        let xScale = Scale(domain: (xTicks.first!, xTicks.last!), range: (left + inset, left + plotWidth - inset))
        let yScale = Scale(domain: (yTicks.first!, yTicks.last!), range: (top + plotHeight - inset, top))

        var svg: [String] = []
        svg.append(#"<?xml version="1.0" encoding="UTF-8"?>"#)
        svg.append(#"<svg xmlns="http://www.w3.org/2000/svg" width="\#(n(width))" height="\#(n(height))" viewBox="0 0 \#(n(width)) \#(n(height))" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">"#)
        svg.append("<title>\(escape(title))</title>")
        svg.append(#"<rect width="100%" height="100%" fill="white"/>"#)
        svg.append(#"<text x="\#(n(left))" y="28" font-size="15" font-weight="bold">\#(escape(title))</text>"#)

        // Grid and axes.
        svg.append(#"<g class="grid" stroke="rgb(228,228,228)" stroke-width="1">"#)
        for tick in yTicks { svg.append(line(left, yScale(tick), left + plotWidth, yScale(tick))) }
        for tick in xTicks { svg.append(line(xScale(tick), top, xScale(tick), top + plotHeight)) }
        svg.append("</g>")
        svg.append(#"<g class="axes" stroke="rgb(51,51,51)" stroke-width="1">"#)
        svg.append(line(left, top + plotHeight, left + plotWidth, top + plotHeight))
        svg.append(line(left, top, left, top + plotHeight))
        for tick in xTicks { svg.append(line(xScale(tick), top + plotHeight, xScale(tick), top + plotHeight + 5)) }
        for tick in yTicks { svg.append(line(left - 5, yScale(tick), left, yScale(tick))) }
        svg.append("</g>")
        svg.append(#"<g class="tick-labels" fill="rgb(51,51,51)">"#)
        for tick in xTicks {
            svg.append(#"<text x="\#(n(xScale(tick)))" y="\#(n(top + plotHeight + 19))" text-anchor="middle">\#(label(tick))</text>"#)
        }
        for tick in yTicks {
            svg.append(#"<text x="\#(n(left - 9))" y="\#(n(yScale(tick) + 4))" text-anchor="end">\#(label(tick))</text>"#)
        }
        svg.append("</g>")
        svg.append(#"<text class="x-title" x="\#(n(left + plotWidth / 2))" y="\#(n(height - 16))" text-anchor="middle" font-size="13">\#(escape(xTitle))</text>"#)
        let yMiddle = top + plotHeight / 2
        svg.append(#"<text class="y-title" x="20" y="\#(n(yMiddle))" text-anchor="middle" font-size="13" transform="rotate(-90 20 \#(n(yMiddle)))">\#(escape(yTitle))</text>"#)

        // Lines, the first series (the total) underneath the others.
        for item in series {
            svg.append(#"<g class="series" data-series="\#(escape(item.name))" stroke="\#(item.color)" fill="\#(item.color)">"#)
            for run in Self.runs(of: item.points) where run.count > 1 {
                let points = run.map { "\(n(xScale($0.x))),\(n(yScale($0.y)))" }.joined(separator: " ")
                svg.append(#"<polyline points="\#(points)" fill="none" stroke-width="\#(n(item.lineWidth))" stroke-linejoin="round"/>"#)
            }
            for point in item.points {
                guard let y = point.y else { continue }
                svg.append(marker(item.marker, x: xScale(point.x), y: yScale(y)))
            }
            svg.append("</g>")
        }
        for x in gaps { svg.append(cross(x: xScale(x), y: top + plotHeight)) }

        svg.append(contentsOf: legend())
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    // MARK: Legend

    private func legend() -> [String] {
        let x = left + plotWidth + 24
        var y = top + 6
        var parts = [#"<g class="legend" font-size="12">"#]
        for item in series {
            parts.append(#"<g stroke="\#(item.color)" fill="\#(item.color)">"#)
            parts.append(#"<line x1="\#(n(x))" y1="\#(n(y))" x2="\#(n(x + 28))" y2="\#(n(y))" stroke-width="\#(n(item.lineWidth))"/>"#)
            parts.append(marker(item.marker, x: x + 14, y: y))
            parts.append("</g>")
            parts.append(#"<text x="\#(n(x + 38))" y="\#(n(y + 4))" fill="rgb(34,34,34)">\#(escape(item.name))</text>"#)
            y += 22
        }
        if !gaps.isEmpty {
            parts.append(cross(x: x + 14, y: y))
            parts.append(#"<text x="\#(n(x + 38))" y="\#(n(y + 4))" fill="rgb(34,34,34)">\#(escape(gapLabel))</text>"#)
        }
        parts.append("</g>")
        return parts
    }

    // MARK: Shapes

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
        #"<line x1="\#(n(x1))" y1="\#(n(y1))" x2="\#(n(x2))" y2="\#(n(y2))"/>"#
    }

    /// A point marker, outlined in white so that it stands out where lines cross.
    private func marker(_ shape: Marker, x: Double, y: Double) -> String {
        let outline = #"stroke="white" stroke-width="1""#
        let r = 4.5
        switch shape {
        case .circle:
            return #"<circle cx="\#(n(x))" cy="\#(n(y))" r="\#(n(r))" \#(outline)/>"#
        case .square:
            return #"<rect x="\#(n(x - r))" y="\#(n(y - r))" width="\#(n(2 * r))" height="\#(n(2 * r))" \#(outline)/>"#
        case .triangle:
            return polygon([(x, y - r - 1), (x + r + 1, y + r), (x - r - 1, y + r)], outline)
        case .triangleDown:
            return polygon([(x, y + r + 1), (x + r + 1, y - r), (x - r - 1, y - r)], outline)
        case .diamond:
            return polygon([(x, y - r - 1.5), (x + r + 1.5, y), (x, y + r + 1.5), (x - r - 1.5, y)], outline)
        }
    }

    private func polygon(_ corners: [(Double, Double)], _ attributes: String) -> String {
        let points = corners.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
        return #"<polygon points="\#(points)" \#(attributes)/>"#
    }

    private func cross(x: Double, y: Double) -> String {
        let r = 5.0
        return #"<path class="gap" d="M\#(n(x - r)),\#(n(y - r)) L\#(n(x + r)),\#(n(y + r)) M\#(n(x - r)),\#(n(y + r)) L\#(n(x + r)),\#(n(y - r))" stroke="rgb(136,136,136)" stroke-width="2"/>"#
    }

    // MARK: Numbers

    /// Maps data values linearly onto pixels.
    private struct Scale {
        var domain: (Double, Double)
        var range: (Double, Double)
        func callAsFunction(_ value: Double) -> Double {
            let span = domain.1 - domain.0
            guard span != 0 else { return (range.0 + range.1) / 2 }
            return range.0 + (value - domain.0) / span * (range.1 - range.0)
        }
    }

    /// The stretches of consecutive points that have a value, so a missing value breaks the line.
    private static func runs(of points: [Point]) -> [[(x: Double, y: Double)]] {
        var runs: [[(x: Double, y: Double)]] = [[]]
        for point in points {
            if let y = point.y { runs[runs.count - 1].append((point.x, y)) } else if !runs.last!.isEmpty { runs.append([]) }
        }
        return runs.filter { !$0.isEmpty }
    }

    /// Round tick values covering `low...high`: steps of 1, 2 or 5 times a power of ten,
    /// about eight of them, the first at or below `low` and the last at or above `high`.
    /// Whole numbers over a short span get a tick each (2, 3, ..., 12), since a sweep
    /// over them marks a point at each.
    public static func ticks(low: Double, high: Double, wholeNumbers: Bool) -> [Double] {
        var low = low, high = high
        if high <= low { low -= 1; high += 1 }
        if wholeNumbers, high - low <= 12 {
            return Array(stride(from: low.rounded(.down), through: high.rounded(.up), by: 1))
        }
        var step = ChartScale.roundStep(atLeast: (high - low) / 8)
        if wholeNumbers { step = max(1, step.rounded()) }
        let first = (low / step).rounded(.down) * step
        let last = (high / step).rounded(.up) * step
        let count = Int(((last - first) / step).rounded())
        return (0...count).map { first + Double($0) * step }
    }

    /// A tick label: no trailing zeros, and no "-0".
    private func label(_ value: Double) -> String {
        formatNumber(abs(value) < 1e-12 ? 0 : value)
    }

    /// A coordinate with at most two decimals, which is finer than any screen shows.
    private func n(_ value: Double) -> String {
        ChartScale.plainNumber(value, decimals: 2)
    }

    private func escape(_ text: String) -> String { HTMLText.escape(text) }
}
