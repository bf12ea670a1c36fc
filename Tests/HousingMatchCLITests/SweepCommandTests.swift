import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `housing-match sweep`, run as a subprocess on the example scenario.
@Suite("housing-match sweep")
struct SweepCommandTests {
    /// The example scenario in the repository's `scenarios/` folder.
    static let utrechtOost = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios/utrecht-oost.yaml").path

    @Test("a capacity sweep writes one CSV row per value and an SVG with a line per series")
    func capacitySweep() throws {
        let workspace = try Workspace()
        let run = try workspace.run(["sweep", Self.utrechtOost, "--vary", "providers[c1].capacity=2...12",
                                     "--output-dir", "out"])
        try #require(run.status == 0, "\(run.stderr)")

        let csv = try String(contentsOfFile: workspace.path("out/sweep.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.count == 1 + 11)
        #expect(rows[0].prefix(3) == ["providers[c1].capacity", "status", "housed"])
        // The example's care types, alphabetically whatever the case.
        #expect(rows[0].contains("housed_elderly") && rows[0].contains("housed_GGZ") && rows[0].contains("housed_VG"))
        #expect(rows.dropFirst().map { String($0[0]) } == (2...12).map(String.init))
        #expect(rows.dropFirst().allSatisfy { $0[1] == "optimal" })
        // More places with c1 never house fewer households.
        let housed = rows.dropFirst().compactMap { Int($0[2]) }
        #expect(housed.count == 11)
        #expect(zip(housed, housed.dropFirst()).allSatisfy { $0 <= $1 })

        // The table on stdout has a row per value too.
        #expect(run.stdout.contains("households housed by capacity of provider c1"))
        #expect(run.stdout.split(separator: "\n").filter { $0.contains("optimal") }.count == 11)

        let svg = try Data(contentsOf: URL(fileURLWithPath: workspace.path("out/sweep.svg")))
        #if canImport(FoundationXML) || canImport(Darwin)
        let document = try XMLDocument(data: svg)
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        let elements = Self.descendants(of: root)
        let groups = elements.filter { $0.name == "g" && Self.attribute("class", of: $0) == "series" }
        let series = groups.compactMap { Self.attribute("data-series", of: $0) }
        #expect(series == ["all households", "no care need", "care: elderly", "care: GGZ", "care: VG"])
        for group in groups {
            let lines = (group.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.name == "polyline" }
            #expect(lines.count == 1, "series \(Self.attribute("data-series", of: group) ?? "?")")
        }
        let texts = elements.filter { $0.name == "text" }.compactMap(\.stringValue)
        #expect(texts.contains("capacity of provider c1 (Zorggroep Heuvelrug)"))
        #expect(texts.contains("households housed"))
        #else
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.hasPrefix("<?xml") && text.hasSuffix("</svg>\n"))
        #expect(text.components(separatedBy: "<polyline").count - 1 == 5)
        #endif
    }

    #if canImport(FoundationXML) || canImport(Darwin)
    /// Every element under `element`, depth first.
    static func descendants(of element: XMLElement) -> [XMLElement] {
        let children = (element.children ?? []).compactMap { $0 as? XMLElement }
        return children.flatMap { [$0] + descendants(of: $0) }
    }

    /// An attribute's value, looked up by name: FoundationXML's `attribute(forName:)` finds
    /// nothing in an element of a default namespace, as SVG's elements are.
    static func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }
    #endif

    @Test("a bad path is refused before solving, naming the path, and writes nothing")
    func badPath() throws {
        let workspace = try Workspace()
        let run = try workspace.run(["sweep", Self.utrechtOost, "--vary", "providers[c9].capacity=2...4",
                                     "--csv", "points.csv"])
        #expect(run.status == 65)
        #expect(run.stderrLines == ["housing-match: --vary providers[c9].capacity: no provider has id \"c9\" (the providers are c1, c2, c3)"])
        #expect(run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("points.csv")))
    }

    @Test("a value beyond the field's range is a row with status invalid, never solved")
    func valueBeyondItsRange() throws {
        let workspace = try Workspace()
        let run = try workspace.run(["sweep", Self.utrechtOost, "--vary", "seekers[h01].priority=999...1001",
                                     "--csv", "points.csv"])
        try #require(run.status == 0, "\(run.stderr)")
        let rows = try String(contentsOfFile: workspace.path("points.csv"), encoding: .utf8).split(separator: "\n")
        #expect(rows.count == 4)
        #expect(rows[1].hasPrefix("999,optimal,") && rows[2].hasPrefix("1000,optimal,"))
        #expect(rows[3].hasPrefix("1001,invalid,"))
        #expect(rows[3].hasSuffix(#""seekers[0].priority: must be a number from 0 to 1,000 (got 1001)""#))
    }

    @Test("an invalid value is a row with status invalid and the reason; the sweep goes on")
    func invalidValue() throws {
        let workspace = try Workspace()
        // s1 has 12 units, so 14 accessible units is invalid.
        let run = try workspace.run(["sweep", Self.utrechtOost, "--vary", "sites[s1].accessibleUnits=14...10:2",
                                     "--csv", "points.csv", "--chart", "points.svg"])
        try #require(run.status == 0, "\(run.stderr)")
        let rows = try String(contentsOfFile: workspace.path("points.csv"), encoding: .utf8).split(separator: "\n")
        #expect(rows.count == 4)
        #expect(rows[1].hasPrefix("14,invalid,"))
        #expect(rows[1].hasSuffix("sites[0].accessibleUnits: must not exceed units 12 (got 14)"))
        #expect(rows[2].hasPrefix("12,optimal,") && rows[3].hasPrefix("10,optimal,"))
        #expect(run.stdout.contains("accessibleUnits = 14 is invalid"))
        let svg = try String(contentsOfFile: workspace.path("points.svg"), encoding: .utf8)
        #expect(svg.contains("no match or invalid"))
    }

    @Test("--output-dir cannot be combined with --csv")
    func conflictingOutputs() throws {
        let workspace = try Workspace()
        let run = try workspace.run(["sweep", Self.utrechtOost, "--vary", "weights.values=0...1",
                                     "--output-dir", "out", "--csv", "x.csv"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--output-dir"))
    }
}
