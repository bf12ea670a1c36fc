import Foundation
import HousingMatch
import ScenarioIO
import Testing

/// Reading scenario files: both notations, defaults, and errors that say where.
@Suite("Scenario files")
final class ScenarioLoaderTests {
    /// A temporary folder for this test's files, removed with everything in it when the test ends.
    private let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("scenario-loader-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Writes text to a fresh file with the given extension in the test's folder.
    private func file(_ text: String, ext: String) throws -> String {
        let url = folder.appendingPathComponent("scenario-\(UUID().uuidString).\(ext)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private let json = """
        {
          "name": "tiny",
          "seekers": [
            { "id": "h1", "generations": ["adult"], "care": { "type": "VG", "hours": 6 }, "maxRent": 900 },
            { "id": "h2", "generations": ["senior"] }
          ],
          "groups": [ { "id": "g1", "minSize": 1, "maxSize": 4, "founders": ["h2"] } ],
          "sites": [ { "id": "s1", "municipality": "Houten", "units": 4, "rent": 800 } ],
          "providers": [ { "id": "c1", "careTypes": ["VG"], "capacity": 5 } ]
        }
        """

    private let yaml = """
        name: tiny
        seekers:
          - id: h1
            generations: [adult]
            care: {type: VG, hours: 6}
            maxRent: 900
          - id: h2
            generations: [senior]
        groups:
          - {id: g1, minSize: 1, maxSize: 4, founders: [h2]}
        sites:
          - {id: s1, municipality: Houten, units: 4, rent: 800}
        providers:
          - {id: c1, careTypes: [VG], capacity: 5}
        """

    @Test("JSON and YAML with the same keys give the same scenario, with MODEL.md's defaults")
    func sameScenarioInBothNotations() throws {
        let fromJSON = try ScenarioLoader.load(path: try file(json, ext: "json"))
        let fromYAML = try ScenarioLoader.load(path: try file(yaml, ext: "yaml"))
        #expect(fromJSON == fromYAML)
        let seeker = try #require(fromJSON.seekers.last)
        #expect(seeker.priority == 1)
        #expect(seeker.maxRent == nil)
        #expect(seeker.municipalities.isEmpty)
        #expect(fromJSON.weights == ObjectiveWeights(preference: 1.0, values: 0.5))
        #expect(fromJSON.groups[0].careShare == Group.CareShare(min: 0, max: 1))
        #expect(fromJSON.groups[0].acceptsCare == nil)
        #expect(fromJSON.providers[0].effectiveMaxClientsPerSite == 5)
    }

    @Test("a JSON syntax error names line and column")
    func jsonSyntaxError() throws {
        let path = try file("{\n  \"seekers\": [\n    { \"id\": \"h1\",, }\n  ]\n}\n", ext: "json")
        #expect {
            try ScenarioLoader.load(path: path)
        } throws: { error in
            guard case .malformed(_, let line, let column, _, let message) = error as? ScenarioFileError else { return false }
            return line == 3 && column != nil && message.contains("invalid JSON")
        }
    }

    @Test("a YAML syntax error names line and column")
    func yamlSyntaxError() throws {
        let path = try file("seekers:\n  - id: h1\n    generations: [adult\n  - id: h2\n", ext: "yml")
        #expect {
            try ScenarioLoader.load(path: path)
        } throws: { error in
            guard case .malformed(_, let line, let column, _, _) = error as? ScenarioFileError else { return false }
            return line != nil && column != nil
        }
    }

    @Test("a value of the wrong type is named by its path and line")
    func wrongType() throws {
        let text = json.replacingOccurrences(of: "\"maxRent\": 900", with: "\"maxRent\": \"cheap\"")
        let path = try file(text, ext: "json")
        #expect {
            try ScenarioLoader.load(path: path)
        } throws: { error in
            guard let error = error as? ScenarioFileError, case .invalid = error else { return false }
            return error.lines == [#"\#(path): seekers[0].maxRent (line 4): expected a number from 0 to 100,000, e.g. 950 (got "cheap")"#]
        }
    }

    @Test("a missing required key is named by its path")
    func missingKey() throws {
        let path = try file(yaml.replacingOccurrences(of: "units: 4, ", with: ""), ext: "yaml")
        #expect {
            try ScenarioLoader.load(path: path)
        } throws: { error in
            guard case .invalid(_, let issues) = error as? ScenarioFileError else { return false }
            return issues.map(\.issue.path) == ["sites[0].units"]
        }
    }

    @Test("every validation problem is listed with its path and line")
    func invalidScenario() throws {
        let text = json
            .replacingOccurrences(of: "\"maxRent\": 900", with: "\"maxRent\": -5")
            .replacingOccurrences(of: "\"founders\": [\"h2\"]", with: "\"founders\": [\"h9\"]")
        let path = try file(text, ext: "json")
        do {
            _ = try ScenarioLoader.load(path: path)
            Issue.record("an invalid scenario was accepted")
        } catch {
            #expect(error.lines == [
                "seekers[0].maxRent (line 4): must not be negative (got -5)",
                "groups[0].founders[0] (line 7): no seeker has id \"h9\"",
            ])
        }
    }

    @Test("an unreadable or unknown file is reported, not crashed on", arguments: ["missing.json", "scenario.txt"])
    func unreadable(name: String) throws {
        let path = folder.appendingPathComponent(name).path
        #expect {
            try ScenarioLoader.load(path: path)
        } throws: { error in
            if case .unreadable = error as? ScenarioFileError { return true }
            return false
        }
    }

    @Test("a solution written and read back gives the same match")
    func solutionRoundTrip() throws {
        let match = Match(groups: [FormedGroup(id: "g1", site: "s1", members: ["h1", "h2"],
                                               care: [CareArrangement(provider: "c1", careType: "VG", clients: 1)])])
        let result = MatchResult(scenarioName: "tiny", status: .optimal,
                                 objective: MatchObjective(housed: 2, preference: 0), match: match,
                                 unassigned: [], statistics: SolveStatistics())
        let path = folder.appendingPathComponent("solution.json").path
        try SolutionFiles.writeAtomically(try SolutionFiles.json(result), to: path)
        #expect(try SolutionFiles.loadMatch(path: path) == match)

        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        for key in ["status", "objective", "groups", "unassigned"] { #expect(object?[key] != nil) }
    }

    @Test("writing through a symbolic link keeps the link and fills the file it points to")
    func writeThroughLink() throws {
        let target = folder.appendingPathComponent("latest-real.json").path
        let link = folder.appendingPathComponent("latest.json").path
        try "old\n".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)

        try SolutionFiles.writeAtomically(Data("new\n".utf8), to: link)

        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
    }

    // A rename over the pipe would leave the reader waiting: the time limit turns that into a failure.
    @Test("writing to a pipe writes into it and leaves it a pipe (as for /dev/null or /dev/stdout)",
          .timeLimit(.minutes(1)))
    func writeToPipe() async throws {
        let path = folder.appendingPathComponent("pipe").path
        try #require(mkfifo(path, 0o600) == 0)
        // Opening a pipe for writing waits for a reader, so the reader runs apart.
        let reader = Task.detached { try FileHandle(forReadingFrom: URL(fileURLWithPath: path)).readToEnd() ?? Data() }

        try SolutionFiles.writeAtomically(Data("through the pipe\n".utf8), to: path)

        #expect(String(decoding: try await reader.value, as: UTF8.self) == "through the pipe\n")
        let type = try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
        #expect(type != nil && type != .typeRegular)
    }

    @Test("a match drafted by hand may leave out care and status")
    func handDraftedMatch() throws {
        let path = try file("groups:\n  - {id: g1, site: s1, members: [h1, h2]}\n", ext: "yaml")
        #expect(try SolutionFiles.loadMatch(path: path) == Match(groups: [FormedGroup(id: "g1", site: "s1", members: ["h1", "h2"])]))
    }

    @Test("a misspelt key is warned about with its place and the key meant, not refused")
    func unknownKeyWarning() throws {
        let path = try file(yaml.replacingOccurrences(of: "maxRent: 900", with: "maxrent: 900"), ext: "yaml")
        let scenario = try ScenarioLoader.load(path: path)
        #expect(scenario.seekers[0].maxRent == nil)
        #expect(ScenarioLoader.warnings(path: path) == ["\(path): seekers[0].maxrent (line 6): unknown key, ignored; did you mean maxRent?"])
        #expect(ScenarioLoader.warnings(path: try file(json, ext: "json")) == [])
    }
}
