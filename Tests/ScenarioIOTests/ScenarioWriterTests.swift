import Foundation
import HousingMatch
import ScenarioIO
import Testing

/// Scenario files written by the tool (the web's saves, `import`) are read and
/// edited by people: numbers as they type them, names as they spell them.
@Suite("Writing scenario files")
struct ScenarioWriterTests {
    @Test("YAML writes 1020 as 1020, 0.5 as 0.5 and 'Coöperatie' as it is spelled, and reads back the same scenario")
    func readableYAML() throws {
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../scenarios/utrecht-oost.yaml").standardizedFileURL.path
        var scenario = try ScenarioLoader.load(path: example)
        scenario.sites[0].rent = 1020
        scenario.sites[0].name = "Coöperatie 't Hof"
        scenario.groups[0].careShare.max = 0.5

        let text = String(decoding: try ScenarioWriter.data(scenario, format: .yaml), as: UTF8.self)
        #expect(text.contains("rent: 1020\n"))
        #expect(text.contains("max: 0.5\n"))
        #expect(text.contains("Coöperatie"))
        #expect(!text.contains("e+"), "no number in scientific notation")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("written-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(text.utf8).write(to: file)
        #expect(try ScenarioLoader.load(path: file.path) == scenario)
    }
}
