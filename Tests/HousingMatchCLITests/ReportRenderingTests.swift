import Foundation
import HTMLRendering
@testable import HousingMatchCLI
import Testing

/// The SVG bar chart on its own, and the HTML report as a browser draws it.
@Suite("Rendering the comparison report")
struct ReportRenderingTests {
    static let chart = SVGBarChart(
        identifier: "test", title: "Housed <by> care & town", categories: ["no care", "elderly"],
        series: [.init(name: "base", values: [27, 6]), .init(name: "new \"site\"", values: [28, 0])],
        xAxisLabel: "Care need", yAxisLabel: "Households housed")

    @Test("one bar and one value label per series and category; axes labelled; a legend entry per series")
    func chartParts() {
        let svg = Self.chart.render()
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>"))
        // Two legend swatches (rx="2") and four bars, each bar with a tooltip.
        #expect(svg.components(separatedBy: "<rect").count - 1 == 6)
        #expect(svg.components(separatedBy: "<title>").count - 1 == 4)
        for value in [">27<", ">6<", ">28<", ">0<"] { #expect(svg.contains(value), "no label \(value) on a bar") }
        #expect(svg.contains(">Care need<") && svg.contains(">Households housed<") && svg.contains("rotate(-90)"))
        #expect(svg.contains(">no care<") && svg.contains(">elderly<"))
        #expect(svg.contains(SVGBarChart.colour(at: 0)) && svg.contains(SVGBarChart.colour(at: 1)))
    }

    @Test("every text from a scenario is escaped")
    func chartEscapes() {
        let svg = Self.chart.render()
        #expect(svg.contains("Housed &lt;by&gt; care &amp; town"))
        #expect(svg.contains("new &quot;site&quot;"))
        #expect(!svg.contains("<by>") && !svg.contains("new \"site\""))
        #expect(HTMLText.escape("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")
    }

    @Test("the value axis ends on a round number at or above the largest value", arguments: [
        (0.0, 1.0, 1.0), (3, 3, 1), (6, 6, 2), (28, 30, 10), (40.5, 50, 10), (120, 150, 50),
    ])
    func axisScale(maximum: Double, top: Double, step: Double) {
        let scale = SVGBarChart.axisScale(maximum: maximum)
        #expect(scale.top == top && scale.step == step)
    }

    @Test("a bar's height follows its value: the bar of 27 is 27 times the bar of 1")
    func barHeights() throws {
        let chart = SVGBarChart(identifier: "h", title: "t", categories: ["a", "b"],
                                series: [.init(name: "s", values: [27, 1])], xAxisLabel: "x", yAxisLabel: "y")
        let heights = try chart.render().split(separator: "\n").filter { $0.hasPrefix("<rect") && $0.contains("<title>") }
            .map { line -> Double in
                let range = try #require(line.range(of: #"height="[0-9.]+""#, options: .regularExpression))
                return try #require(Double(line[range].dropFirst(8).dropLast()))
            }
        #expect(heights.count == 2)
        #expect(abs(heights[0] / heights[1] - 27) < 0.5)
    }

    // MARK: In a browser

    /// Debian's chromium, when installed (`apt-get install chromium`).
    static let chromium: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return folders.map { "\($0)/chromium" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    @Test("the report for the base and all six variants renders in headless Chromium, charts and all, without errors",
          .enabled(if: chromium != nil, "chromium is not on PATH (apt-get install chromium); the report is not rendered"),
          .timeLimit(.minutes(3)))
    func rendersInChromium() throws {
        let chromium = try #require(Self.chromium)
        let workspace = try Workspace()
        let variants = try FileManager.default.contentsOfDirectory(atPath: CompareCommandTests.scenarios.path + "/variants")
            .filter { $0.hasSuffix(".yaml") }.sorted().map { CompareCommandTests.scenarios.path + "/variants/" + $0 }
        #expect(variants.count == 6)
        let report = workspace.path("report.html")
        let compared = try workspace.run(["compare", CompareCommandTests.base] + variants + ["--output", report])
        try #require(compared.status == 0, "\(compared.stderr)")

        let screenshot = workspace.path("report.png")
        let common = ["--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
                      "--user-data-dir=\(workspace.path("chromium-profile"))", "--enable-logging=stderr", "--v=0"]
        let page = URL(fileURLWithPath: report).absoluteString
        let drawn = try Self.run(chromium, common + ["--screenshot=\(screenshot)", "--window-size=1200,2000", page])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        let png = try Data(contentsOf: URL(fileURLWithPath: screenshot))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG")
        // A blank page of this size compresses to a few kilobytes; text and charts take far more.
        #expect(png.count > 50_000, "the screenshot is \(png.count) bytes: is the page empty?")
        // Width and height from the PNG header: the window asked for.
        let size = (png.count > 24) ? (png[16..<20].reduce(0) { $0 << 8 | Int($1) }, png[20..<24].reduce(0) { $0 << 8 | Int($1) }) : (0, 0)
        #expect(size == (1200, 2000))

        // The page as the browser built it: both charts, every scenario in the legend, nothing it could not load.
        let dom = try Self.run(chromium, common + ["--dump-dom", page])
        #expect(dom.status == 0, "\(dom.stderr)")
        #expect(dom.stdout.components(separatedBy: "<svg").count - 1 == 2)
        for name in ["utrecht-oost", "new-site", "provider-leaves", "higher-rent-limit", "new-group", "no-common-room",
                     "provider-halved"] {
            #expect(dom.stdout.contains(">\(name)</text>"), "\(name) is missing from the chart legends")
        }
        for log in [drawn.stderr, dom.stderr] {
            // Chromium also logs its own start-up (no D-Bus in a container, say); only the page's messages count.
            let pageErrors = log.split(separator: "\n").filter {
                $0.contains("CONSOLE") || $0.contains("Uncaught") || $0.contains("net::ERR") || $0.contains("Failed to load")
            }
            #expect(pageErrors.isEmpty, "the page logged errors:\n\(pageErrors.joined(separator: "\n"))")
        }
    }

    /// Runs a program to its end (killed after two minutes), with its output in files so no pipe can fill.
    static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return (process.terminationStatus, try String(contentsOf: outURL, encoding: .utf8),
                try String(contentsOf: errURL, encoding: .utf8))
    }
}
