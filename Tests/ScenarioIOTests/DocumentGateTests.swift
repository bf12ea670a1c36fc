import Foundation
import HousingMatch
import ScenarioIO
import Testing

/// Hostile and broken files are refused at the door, with the place named, in
/// bounded time and memory, in JSON and YAML alike.
@Suite("Files refused at the door")
final class DocumentGateTests {
    /// A temporary folder for this test's files, removed with everything in it when the test ends.
    private let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("document-gate-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Writes text to a fresh file with the given extension in the test's folder.
    private func file(_ text: String, ext: String, name: String? = nil) throws -> String {
        let url = folder.appendingPathComponent("\(name ?? "file-\(UUID().uuidString)").\(ext)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The lines of the refusal of `load`, or `nil` (with an issue recorded) when it is accepted.
    private func refusal<T>(_ load: () throws(ScenarioFileError) -> T) -> (error: ScenarioFileError, lines: [String])? {
        do {
            _ = try load()
            Issue.record("the file was accepted")
            return nil
        } catch {
            return (error, error.lines)
        }
    }

    /// The lines of the refusal of a scenario file.
    private func refusal(ofScenario path: String) -> [String]? {
        refusal { () throws(ScenarioFileError) in try ScenarioLoader.load(path: path) }?.lines
    }

    private static let sides = #""groups": [], "sites": [], "providers": []"#

    // MARK: - Keys given twice

    @Test("a key given twice in a scenario is refused with the line of each, in JSON and YAML",
          arguments: [FileFormat.json, .yaml])
    func duplicateKey(format: FileFormat) throws {
        let text = format == .json ? """
            {
              "seekers": [
                { "id": "h1",
                  "id": "h2", "generations": ["adult"] }
              ], \(Self.sides)
            }
            """ : """
            seekers:
              - generations: [adult]
                id: h1
                id: h2
            """
        let path = try file(text, ext: format.rawValue)
        #expect(refusal(ofScenario: path) == ["\(path): seekers[0].id (lines 3 and 4): key given twice"])
    }

    @Test("a second `seekers` that is empty does not silently replace the first", arguments: [FileFormat.json, .yaml])
    func duplicateSide(format: FileFormat) throws {
        let text = format == .json ? """
            {
              "seekers": [ { "id": "h1", "generations": ["adult"] } ],
              "groups": [],
              "sites": [],
              "providers": [],
              "seekers": []
            }
            """ : """
            seekers:
              - {id: h1, generations: [adult]}
            groups: []
            sites: []
            providers: []
            seekers: []
            """
        let path = try file(text, ext: format.rawValue)
        let lines = format == .json ? "2 and 6" : "1 and 6"
        #expect(refusal(ofScenario: path) == ["\(path): seekers (lines \(lines)): key given twice"])
    }

    @Test("a key given three times lists three lines; keys given twice elsewhere are listed too")
    func keyGivenThreeTimes() throws {
        let path = try file("""
            {"name": "a",
             "name": "b",
             "weights": {"values": 1, "values": 2},
             "name": "c", \(Self.sides), "seekers": []}
            """, ext: "json")
        #expect(refusal(ofScenario: path) == [
            "\(path): name (lines 1, 2 and 4): key given 3 times",
            "\(path): weights.values (line 3): key given twice",  // both on one line
        ])
    }

    @Test("a key given twice in a variant file is refused in the variant", arguments: [FileFormat.json, .yaml])
    func duplicateKeyInVariant(format: FileFormat) throws {
        _ = try file("seekers: []\ngroups: []\nsites:\n  - {id: s1, municipality: H, units: 4, rent: 800}\n",
                     ext: "yaml", name: "base")
        let text = format == .json ? """
            {"base": "base.yaml",
             "modify": {"sites": [{"id": "s1", "rent": 900,
                                   "rent": 950}]}}
            """ : """
            base: base.yaml
            modify:
              sites:
                - id: s1
                  rent: 900
                  rent: 950
            """
        let path = try file(text, ext: format.rawValue)
        let lines = format == .json ? "2 and 3" : "5 and 6"
        #expect(refusal(ofScenario: path) == ["\(path): modify.sites[0].rent (lines \(lines)): key given twice"])
    }

    @Test("a key given twice in a match file is refused", arguments: [FileFormat.json, .yaml])
    func duplicateKeyInMatch(format: FileFormat) throws {
        let text = format == .json ? """
            {"groups": [{"id": "g1", "site": "s1",
                         "members": ["h1"], "members": []}]}
            """ : """
            groups:
              - id: g1
                site: s1
                members: [h1]
                members: []
            """
        let path = try file(text, ext: format.rawValue)
        let lines = format == .json ? "line 2" : "lines 4 and 5"
        let refused = refusal { () throws(ScenarioFileError) in try SolutionFiles.loadMatch(path: path) }
        #expect(refused?.lines == ["\(path): groups[0].members (\(lines)): key given twice"])
        if case .invalid? = refused?.error {} else { Issue.record("not refused as invalid input") }
    }

    @Test("a key with control characters is written with escapes, on one line")
    func escapedKey() throws {
        let path = try file("{\"seekers\": [], \"x\\u001b[2J\\n\": 1, \"x\\u001b[2J\\n\": 2, \(Self.sides)}", ext: "json")
        let lines = try #require(refusal(ofScenario: path))
        #expect(lines == [#"\#(path): x\u{1B}[2J\n (line 1): key given twice"#])
        #expect(!lines.joined().unicodeScalars.contains { $0.properties.generalCategory == .control })
    }

    // MARK: - Aliases and nesting

    /// Ten levels of ten aliases each: 10^10 values once expanded, in a few hundred bytes.
    private static let billionLaughs: String = {
        var lines = [#"a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"#]
        for level in 1..<10 {
            let uses = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(uses)]")
        }
        lines.append("seekers: [*a9]")
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test("a billion laughs is refused at once, with the line where the expansion outgrows the limit")
    func billionLaughs() throws {
        let path = try file(Self.billionLaughs, ext: "yaml")
        let lines = try #require(refusal(ofScenario: path))
        // About 123,000 values up to a5, then 111,111 for each use of a4: the eighth passes 1,000,000.
        #expect(lines == ["\(path): a5[7] (line 6): holds more than 1,000,000 values once its aliases (*name) are expanded"])
        #expect(ScenarioLoader.warnings(path: path).isEmpty)
    }

    @Test("more than 10,000 alias uses are refused, however small their expansion")
    func manyAliases() throws {
        let uses = Array(repeating: "*h", count: 10_001).joined(separator: ", ")
        let path = try file("name: &h x\nseekers: []\nother: [\(uses)]\n", ext: "yaml")
        #expect(refusal(ofScenario: path) == ["\(path): other[10000] (line 3): uses aliases (*name) more than 10,000 times"])
    }

    @Test("nesting deeper than 64 levels is refused with its line, in JSON and YAML", arguments: [FileFormat.json, .yaml])
    func deepNesting(format: FileFormat) throws {
        let text = format == .json
            ? "{\n\"deep\":\n" + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
            : "deep:\n" + (1...100).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n")
        let path = try file(text, ext: format.rawValue)
        let lines = try #require(refusal(ofScenario: path))
        let line = format == .json ? 3 : 65
        #expect(lines.count == 1)
        #expect(lines.first?.hasSuffix("(line \(line)): is nested more than 64 levels deep") == true)
    }

    @Test("YAML nested 100,000 levels deep in brackets is refused with its line, not a crash")
    func deepFlowYAML() throws {
        let path = try file("seekers: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
                            ext: "yaml")
        let refused = refusal { () throws(ScenarioFileError) in try ScenarioLoader.load(path: path) }
        switch refused?.error {
        case .malformed(_, let line, _, _, _)?: #expect(line == 1)
        case .invalid(_, let issues)?: #expect(issues.first?.line == 1)
        default: Issue.record("not refused as invalid input: \(String(describing: refused?.lines))")
        }
    }

    // MARK: - Unknown keys

    @Test("16,000 unknown keys: the first 50 are warned about with their lines, the rest counted",
          arguments: [FileFormat.json, .yaml])
    func manyUnknownKeys(format: FileFormat) throws {
        let count = 16_000
        let text = format == .json
            ? "{\"seekers\": [{\"id\": \"h1\", \"generations\": [\"adult\"],\n"
                + (0..<count).map { "\"extra\($0)\": 1" }.joined(separator: ",\n") + "}], \(Self.sides)}\n"
            : "seekers:\n  - id: h1\n    generations: [adult]\n" + (0..<count).map { "    extra\($0): 1" }.joined(separator: "\n")
        let path = try file(text, ext: format.rawValue)
        _ = try ScenarioLoader.load(path: path)
        let warnings = ScenarioLoader.warnings(path: path)
        #expect(warnings.count == ScenarioLoader.maximumWarnings + 1)
        let firstLine = format == .json ? 2 : 4
        #expect(warnings.first == "\(path): seekers[0].extra0 (line \(firstLine)): unknown key, ignored")
        #expect(warnings.last == "\(path): and \(count - ScenarioLoader.maximumWarnings) more unknown keys, ignored")
    }

    // MARK: - Numbers

    struct BadNumber: Sendable, CustomTestStringConvertible {
        var key: String
        var value: String
        var message: String
        var testDescription: String { "\(key): \(value)" }
    }

    static let badNumbers: [BadNumber] = [
        BadNumber(key: "units", value: "12.5", message: "must be a whole number from 0 to 10,000 (got 12.5)"),
        BadNumber(key: "units", value: "9223372036854775808",
                  message: "must be a whole number from 0 to 10,000 (got 9223372036854775808)"),
        BadNumber(key: "units", value: "1e20", message: "must be a whole number from 0 to 10,000 (got 1e20)"),
        BadNumber(key: "rent", value: "1e309", message: "must be a number from 0 to 100,000 (got 1e309)"),
        BadNumber(key: "rent", value: "-1e309", message: "must be a number from 0 to 100,000 (got -1e309)"),
        BadNumber(key: "rent", value: "1e-400",
                  message: "is too close to 0 to be read (got 1e-400): write 0 or a larger number"),
    ]

    @Test("a number out of reach is refused with its path and line, in JSON", arguments: badNumbers)
    func badNumberJSON(_ bad: BadNumber) throws {
        let values = ["units": "4", "rent": "800"].merging([bad.key: bad.value]) { $1 }
        let path = try file("""
            {"seekers": [], "groups": [], "providers": [],
             "sites": [{"id": "s1", "municipality": "H",
                        "units": \(values["units"]!),
                        "rent": \(values["rent"]!)}]}
            """, ext: "json")
        let line = bad.key == "units" ? 3 : 4
        #expect(refusal(ofScenario: path) == ["\(path): sites[0].\(bad.key) (line \(line)): \(bad.message)"])
    }

    @Test("a number out of reach is refused with its path and line, in YAML", arguments: badNumbers)
    func badNumberYAML(_ bad: BadNumber) throws {
        let values = ["units": "4", "rent": "800"].merging([bad.key: bad.value]) { $1 }
        let path = try file("""
            sites:
              - id: s1
                municipality: H
                units: \(values["units"]!)
                rent: \(values["rent"]!)
            """, ext: "yaml")
        let line = bad.key == "units" ? 4 : 5
        #expect(refusal(ofScenario: path) == ["\(path): sites[0].\(bad.key) (line \(line)): \(bad.message)"])
    }

    @Test("a number out of reach is refused under a key no scenario uses as well")
    func badNumberUnderUnknownKey() throws {
        let path = try file("{\"seekers\": [], \(Self.sides),\n \"notes\": {\"budget\": 1e400}}", ext: "json")
        #expect(refusal(ofScenario: path)
            == ["\(path): notes.budget (line 2): is not a number that can be read (got 1e400): it is too large"])
    }

    @Test("whole numbers written as 5.0 or 1e3 still read as before, and MODEL.md's ranges stay the validation's")
    func wholeNumbersThatDecode() throws {
        let path = try file("""
            {"seekers": [], "groups": [], "providers": [],
             "sites": [{"id": "s1", "municipality": "H", "units": 1e3, "accessibleUnits": 5.0, "rent": 1e-310}]}
            """, ext: "json")
        let scenario = try ScenarioLoader.load(path: path)
        #expect(scenario.sites.first?.units == 1_000)
        #expect(scenario.sites.first?.accessibleUnits == 5)
    }

    // MARK: - Kinds of values

    struct WrongKind: Sendable, CustomTestStringConvertible {
        var yaml: String
        var json: String
        var path: String
        var message: String
        var testDescription: String { yaml }
    }

    static let wrongKinds: [WrongKind] = [
        WrongKind(yaml: "name: [1, 2]", json: #""name": [1, 2]"#, path: "name", message: "expected a name, found a list"),
        WrongKind(yaml: "seekers: [{id: h1, generations: [adult], maxRent: [1]}]",
                  json: #""seekers": [{"id": "h1", "generations": ["adult"], "maxRent": [1]}]"#,
                  path: "seekers[0].maxRent", message: "expected a number from 0 to 100,000, e.g. 950, found a list"),
        WrongKind(yaml: "groups: [{id: g1, minSize: 1, maxSize: 2, values: abc}]",
                  json: #""groups": [{"id": "g1", "minSize": 1, "maxSize": 2, "values": "abc"}]"#,
                  path: "groups[0].values", message: #"expected a list of words, e.g. [green, intergenerational] (got abc)"#),
        WrongKind(yaml: "sites: [{id: s1, municipality: H, units: 4, rent: 1, commonRoom: maybe}]",
                  json: #""sites": [{"id": "s1", "municipality": "H", "units": 4, "rent": 1, "commonRoom": "maybe"}]"#,
                  path: "sites[0].commonRoom", message: "expected true or false, e.g. commonRoom: true (got maybe)"),
        WrongKind(yaml: "weights: [1]", json: #""weights": [1]"#, path: "weights", message: "expected weights, e.g. {preference: 1.0, values: 0.5}, found a list"),
    ]

    @Test("a value of the wrong kind says what was expected, in YAML as in JSON", arguments: wrongKinds)
    func wrongKind(_ wrong: WrongKind) throws {
        let yaml = try file("\n" + wrong.yaml + "\n", ext: "yaml")
        #expect(refusal(ofScenario: yaml) == ["\(yaml): \(wrong.path) (line 2): \(wrong.message)"])
        let json = try file("{\n" + wrong.json + "\n}", ext: "json")
        // JSON quotes the text it got, which YAML writes bare.
        let message = wrong.message.replacingOccurrences(of: "(got abc)", with: #"(got "abc")"#)
            .replacingOccurrences(of: "(got maybe)", with: #"(got "maybe")"#)
        #expect(refusal(ofScenario: json) == ["\(json): \(wrong.path) (line 2): \(message)"])
    }

    @Test("a file that is not an object at its top level says so", arguments: [FileFormat.json, .yaml])
    func topLevelNotAnObject(format: FileFormat) throws {
        let path = try file(format == .json ? "[1, 2]" : "- 1\n- 2\n", ext: format.rawValue)
        #expect(refusal(ofScenario: path) == ["\(path): top level (line 1): expected an object, found a list"])
    }

    // MARK: - Match files

    @Test("care clients beyond 0 to 10,000 in a match file are refused with path and line, not an overflow",
          arguments: [FileFormat.json, .yaml], ["9223372036854775807", "10001", "-1", "2.5", "1e20"])
    func clientsOutOfRange(format: FileFormat, clients: String) throws {
        let text = format == .json ? """
            {"groups": [{"id": "g1", "site": "s1", "members": ["h1"],
                         "care": [{"provider": "c1", "careType": "VG", "clients": \(clients)}]}]}
            """ : """
            groups:
              - id: g1
                site: s1
                members: [h1]
                care:
                  - {provider: c1, careType: VG, clients: \(clients)}
            """
        let path = try file(text, ext: format.rawValue)
        let line = format == .json ? 2 : 6
        let expected = ["\(path): groups[0].care[0].clients (line \(line)): must be a whole number from 0 to 10,000 (got \(clients))"]
        let match = refusal { () throws(ScenarioFileError) in try SolutionFiles.loadMatch(path: path) }
        #expect(match?.lines == expected)
        if case .invalid? = match?.error {} else { Issue.record("not refused as invalid input") }
        let result = refusal { () throws(ScenarioFileError) in try SolutionFiles.loadResult(path: path) }
        #expect(result?.lines == expected)
    }

    @Test("ids in a match file follow MODEL.md's rule: 1 to 64 characters, no control characters")
    func matchIdentifiers() throws {
        let long = String(repeating: "g", count: 65)
        let path = try file("""
            {"groups": [{"id": "\(long)", "site": "",
                         "members": ["h1", "h\\u0007"]}]}
            """, ext: "json")
        let lines = refusal { () throws(ScenarioFileError) in try SolutionFiles.loadMatch(path: path) }?.lines
        #expect(lines == [
            "\(path): groups[0].id (line 1): must be at most 64 characters (got 65)",
            "\(path): groups[0].site (line 1): must not be empty",
            #"\#(path): groups[0].members[1] (line 2): must not contain control characters (got "h\u{7}")"#,
        ])
        let result = try file("{\"status\": \"optimal\", \"groups\": [],\n \"unassigned\": [{\"seeker\": \"\", \"reason\": \"x\"}]}",
                              ext: "json")
        #expect(refusal { () throws(ScenarioFileError) in try SolutionFiles.loadResult(path: result) }?.lines
            == ["\(result): unassigned[0].seeker (line 2): must not be empty"])
        let yaml = try file("groups:\n  - id: g1\n    site: \"s\\e\"\n", ext: "yaml")
        #expect(refusal { () throws(ScenarioFileError) in try SolutionFiles.loadMatch(path: yaml) }?.lines
            == [#"\#(yaml): groups[0].site (line 3): must not contain control characters (got "s\u{1B}")"#])
    }

    @Test("a match file within the rules still reads")
    func matchWithinRules() throws {
        let path = try file("""
            groups:
              - id: g1
                site: s1
                members: [h1, h2]
                care: [{provider: c1, careType: VG, clients: 10000}]
            """, ext: "yaml")
        let match = try SolutionFiles.loadMatch(path: path)
        #expect(match.groups.first?.care.first?.clients == 10_000)
    }
}
