import Foundation
import HousingMatch
import ScenarioIO
import Testing

/// Each example in `scenarios/` keeps the answer recorded beside it
/// (`NAME.expected.json`: status and both objective values, which every
/// optimal match shares even when several matches are optimal).
@Suite("Example scenarios")
struct ExampleScenarioTests {
    struct ExpectedSummary: Decodable {
        var status: MatchStatus
        var objective: MatchObjective
    }

    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios")

    static var examples: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".json")) && !$0.contains(".expected.") }.sorted()
    }

    @Test("scenarios/ has at least one example with an expected summary")
    func examplesExist() {
        #expect(!Self.examples.isEmpty)
        for name in Self.examples {
            let expected = Self.expectedPath(for: name)
            #expect(FileManager.default.fileExists(atPath: expected), "missing \(expected)")
        }
    }

    @Test("the example solves to its recorded summary", arguments: examples)
    func solvesToExpectedSummary(name: String) throws {
        let scenario = try ScenarioLoader.load(path: Self.folder.appendingPathComponent(name).path)
        let expected = try JSONDecoder().decode(
            ExpectedSummary.self, from: Data(contentsOf: URL(fileURLWithPath: Self.expectedPath(for: name))))
        let result = try MatchEngine().solve(scenario)
        #expect(result.status == expected.status)
        let objective = try #require(result.objective)
        #expect(abs(objective.housed - expected.objective.housed) < 1e-6)
        #expect(abs(objective.preference - expected.objective.preference) < 1e-6)
        #expect(MatchChecker(scenario: scenario).violations(of: result.match).isEmpty)
    }

    static func expectedPath(for name: String) -> String {
        let base = (name as NSString).deletingPathExtension
        return folder.appendingPathComponent("\(base).expected.json").path
    }
}
