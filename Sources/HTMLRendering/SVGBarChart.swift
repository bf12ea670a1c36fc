import Foundation

/// A grouped bar chart as one inline `<svg>` element: categories along the
/// horizontal axis, one bar per series in each category, each bar's value
/// written above it, a legend on top and both axes labelled.
///
/// The drawing needs no script, font or file from elsewhere, so a report that
/// holds it opens anywhere, offline included. Every text is escaped.
public struct SVGBarChart: Sendable {
    /// One set of bars, one value per category, drawn in one colour and named in the legend.
    public struct Series: Sendable {
        public var name: String
        public var values: [Double]
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// Distinguishable for the common kinds of colour blindness (Okabe and Ito's
    /// palette), the first a neutral grey for the base scenario; repeats when
    /// there are more series than colours.
    public static let palette = ["#5f6368"] + ChartScale.okabeIto

    /// Names the chart for screen readers and keeps its ids apart from other charts on the page.
    public var identifier: String
    public var title: String
    public var categories: [String]
    public var series: [Series]
    public var xAxisLabel: String
    public var yAxisLabel: String
    /// Writes the values and axis ticks: a page in Dutch passes one with decimal commas.
    public var formatNumber: @Sendable (Double) -> String = { ChartScale.plainNumber($0) }
    public var width: Double = 1000
    public var plotHeight: Double = 240
    /// Whether the title is drawn above the legend; a page whose heading already says it can leave it out
    /// (screen readers still get it).
    public var showsTitle = true

    public init(identifier: String, title: String, categories: [String], series: [Series],
                xAxisLabel: String, yAxisLabel: String) {
        self.identifier = identifier
        self.title = title
        self.categories = categories
        self.series = series
        self.xAxisLabel = xAxisLabel
        self.yAxisLabel = yAxisLabel
    }

    private static let fontSize = 13.0
    private static let smallFontSize = 11.0
    private static let marginLeft = 64.0, marginRight = 16.0
    private static let legendRowHeight = 22.0

    /// The colour of the series at an index.
    public static func colour(at index: Int) -> String { palette[index % palette.count] }

    public func render() -> String {
        let plotLeft = Self.marginLeft, plotWidth = width - Self.marginLeft - Self.marginRight
        let legend = legendItems(maxWidth: plotWidth)
        let legendRows = (legend.map(\.row).max() ?? -1) + 1
        let legendTop = showsTitle ? 36.0 : 4.0
        let plotTop = legendTop + Double(legendRows) * Self.legendRowHeight + 14
        let categoryLines = categories.map { wrap($0, width: plotWidth / Double(max(1, categories.count)) - 6) }
        let labelLines = Double(categoryLines.map(\.count).max() ?? 1)
        let plotBottom = plotTop + plotHeight
        let height = plotBottom + 10 + labelLines * (Self.fontSize + 3) + 34

        let scale = Self.axisScale(maximum: series.flatMap(\.values).max() ?? 0)
        func y(_ value: Double) -> Double { plotBottom - value / scale.top * plotHeight }

        var svg: [String] = []
        svg.append("""
            <svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 \(n(width)) \(n(height))" \
            width="\(n(width))" height="\(n(height))" aria-labelledby="\(id("title")) \(id("desc"))" \
            font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="\(n(Self.fontSize))">
            """)
        svg.append("<title id=\"\(id("title"))\">\(e(title))</title>")
        svg.append("<desc id=\"\(id("desc"))\">\(e(description))</desc>")
        if showsTitle {
            svg.append("<text x=\"\(n(plotLeft))\" y=\"22\" font-size=\"16\" font-weight=\"600\" fill=\"#1a1a1a\">\(e(title))</text>")
        }

        // Legend: a swatch and a name per series, in rows under the title.
        for item in legend {
            let top = legendTop + Double(item.row) * Self.legendRowHeight
            svg.append("<rect x=\"\(n(plotLeft + item.x))\" y=\"\(n(top + 3))\" width=\"14\" height=\"14\" rx=\"2\" fill=\"\(Self.colour(at: item.index))\"/>")
            svg.append("<text x=\"\(n(plotLeft + item.x + 20))\" y=\"\(n(top + 15))\" fill=\"#1a1a1a\">\(e(series[item.index].name))</text>")
        }

        // Grid lines with the value of each step on the left.
        for tick in stride(from: 0.0, through: scale.top + scale.step / 2, by: scale.step) {
            svg.append("<line x1=\"\(n(plotLeft))\" x2=\"\(n(plotLeft + plotWidth))\" y1=\"\(n(y(tick)))\" y2=\"\(n(y(tick)))\" stroke=\"\(tick == 0 ? "#333" : "#e3e3e3")\"/>")
            svg.append("<text x=\"\(n(plotLeft - 8))\" y=\"\(n(y(tick) + 4))\" text-anchor=\"end\" fill=\"#444\">\(formatNumber(tick))</text>")
        }

        // Bars: each category gets a slot; its bars fill the middle 80 % of the slot.
        let slot = plotWidth / Double(max(1, categories.count))
        let barWidth = min(48, slot * 0.8 / Double(max(1, series.count)))
        let valueFont = min(Self.smallFontSize, max(8, barWidth * 0.55))
        for (c, category) in categories.enumerated() {
            let groupLeft = plotLeft + Double(c) * slot + (slot - barWidth * Double(series.count)) / 2
            for (s, line) in series.enumerated() {
                let value = line.values.indices.contains(c) ? line.values[c] : 0
                let x = groupLeft + Double(s) * barWidth
                let top = y(value)
                svg.append("<rect x=\"\(n(x + 1))\" y=\"\(n(top))\" width=\"\(n(max(1, barWidth - 2)))\" height=\"\(n(plotBottom - top))\" fill=\"\(Self.colour(at: s))\"><title>\(e("\(line.name), \(category): \(formatNumber(value))"))</title></rect>")
                svg.append("<text x=\"\(n(x + barWidth / 2))\" y=\"\(n(top - 4))\" text-anchor=\"middle\" font-size=\"\(n(valueFont))\" fill=\"#1a1a1a\">\(formatNumber(value))</text>")
            }
            for (l, text) in categoryLines[c].enumerated() {
                let lineY = plotBottom + 18 + Double(l) * (Self.fontSize + 3)
                svg.append("<text x=\"\(n(plotLeft + (Double(c) + 0.5) * slot))\" y=\"\(n(lineY))\" text-anchor=\"middle\" fill=\"#1a1a1a\">\(e(text))</text>")
            }
        }

        // Axis names: below the categories, and turned along the value axis.
        svg.append("<text x=\"\(n(plotLeft + plotWidth / 2))\" y=\"\(n(height - 10))\" text-anchor=\"middle\" font-weight=\"600\" fill=\"#333\">\(e(xAxisLabel))</text>")
        svg.append("<text transform=\"translate(16 \(n(plotTop + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\" font-weight=\"600\" fill=\"#333\">\(e(yAxisLabel))</text>")
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    /// The same numbers in words, for screen readers: one sentence per category.
    private var description: String {
        categories.enumerated().map { c, category in
            "\(category): " + series.map { "\($0.name) \(formatNumber($0.values.indices.contains(c) ? $0.values[c] : 0))" }
                .joined(separator: ", ")
        }.joined(separator: ". ")
    }

    /// The top of the value axis and the step between grid lines: 1, 2 or 5 times a power of ten,
    /// about five steps, the top at or above the largest value.
    public static func axisScale(maximum: Double) -> (top: Double, step: Double) {
        guard maximum > 0 else { return (1, 1) }
        let step = ChartScale.roundStep(atLeast: maximum / 5)
        // Whole households cannot be split: never a step below one.
        let wholeStep = max(1, step)
        return (ceil(maximum / wholeStep) * wholeStep, wholeStep)
    }

    /// Where each legend entry goes: row and offset from the left of the plot.
    private func legendItems(maxWidth: Double) -> [(index: Int, row: Int, x: Double)] {
        var items: [(index: Int, row: Int, x: Double)] = []
        var row = 0, x = 0.0
        for (index, line) in series.enumerated() {
            let itemWidth = 20 + Self.textWidth(line.name, fontSize: Self.fontSize) + 22
            if x > 0 && x + itemWidth > maxWidth {
                row += 1
                x = 0
            }
            items.append((index, row, x))
            x += itemWidth
        }
        return items
    }

    /// Splits a label into lines that fit a width, at spaces.
    private func wrap(_ text: String, width: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if !current.isEmpty && Self.textWidth(candidate, fontSize: Self.fontSize) > width {
                lines.append(current)
                current = word
            } else {
                current = candidate
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// An estimate of a text's width: an average character of a sans-serif font is about 0.6 em.
    private static func textWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.6
    }

    private func id(_ part: String) -> String { e("\(identifier)-\(part)") }
    private func e(_ text: String) -> String { HTMLText.escape(text) }
    /// Coordinates with at most one decimal keep the file small and readable.
    private func n(_ value: Double) -> String { ChartScale.plainNumber(value, decimals: 1) }
}
