import Foundation
import HousingMatch
import ScenarioIO
import Testing

/// Issue 19: a file with several mistakes names all of them in one run, with the
/// misspelt keys beside them, in words that say what to write.
@Suite("Every problem of a file in one run")
final class AllProblemsAtOnceTests {
    private let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("all-at-once-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func file(_ text: String, ext: String) throws -> String {
        let url = folder.appendingPathComponent("file-\(UUID().uuidString).\(ext)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The refusal's lines, or `nil` when the file loads.
    private func refusal(_ path: String) -> [String]? {
        do {
            _ = try ScenarioLoader.load(path: path)
            return nil
        } catch {
            return error.lines
        }
    }

    /// Four mistakes of kind, one missing key (misspelt), one misspelt optional key:
    /// the file that needed four runs before.
    static let manyMistakes = """
        name: test
        seekers:
        - id: h1
          generations: senior
          maxRent: lots
          maxrent: 900
        - id: h2
          generations: [adult]
          municipalities: Houten
          needsAccessible: maybe
        - id: h3
          generation: [adult]
        groups:
        - id: g1
          maxSize: 3.5
          acceptsCare: VG
        sites:
        - {id: s1, municipality: Houten, units: 4, rent: 800, comonRoom: true}
        providers: []

        """

    @Test("a file with several structural mistakes names all of them, each with path and line")
    func manyMistakesInOneRun() throws {
        let path = try file(Self.manyMistakes, ext: "yaml")
        let lines = try #require(refusal(path))
        #expect(lines == [
            "\(path): seekers[0].generations (line 4): expected a list of generations, e.g. [senior] or [adult, child] (got senior)",
            "\(path): seekers[0].maxRent (line 5): expected a number from 0 to 100,000, e.g. 950 (got lots)",
            "\(path): seekers[1].municipalities (line 9): expected a list of towns, e.g. [Houten, Bunnik] (got Houten)",
            "\(path): seekers[1].needsAccessible (line 10): expected true or false, e.g. needsAccessible: true (got maybe)",
            "\(path): seekers[2].generations (line 12): is required but missing: expected a list of generations, "
                + "e.g. [senior] or [adult, child]; is generation meant to be generations?",
            "\(path): groups[0].minSize (line 14): is required but missing: expected a whole number from 1 to 10,000, e.g. 5",
            "\(path): groups[0].maxSize (line 15): must be a whole number from 0 to 10,000 (got 3.5)",
            "\(path): groups[0].acceptsCare (line 16): expected a list of care types, e.g. [elderly, VG] (got VG)",
        ])
        // The misspelt keys are named in the same run, though the file does not load.
        #expect(ScenarioLoader.warnings(path: path) == [
            "\(path): seekers[0].maxrent (line 6): unknown key, ignored; did you mean maxRent?",
            "\(path): seekers[2].generation (line 12): unknown key, ignored; did you mean generations?",
            "\(path): sites[0].comonRoom (line 18): unknown key, ignored; did you mean commonRoom?",
        ])
    }

    @Test("JSON names the same mistakes as YAML, and a syntax error after them too")
    func jsonWithSyntaxError() throws {
        let path = try file("""
            {"seekers": [{"id": "h1", "generations": "senior", "maxRent": true},
                         {"id": "h2", "generations": ["adult"] "tags": []}],
             "groups": [], "sites": [], "providers": []}
            """, ext: "json")
        let lines = try #require(refusal(path))
        #expect(lines == [
            #"\#(path): seekers[0].generations (line 1): expected a list of generations, e.g. [senior] or [adult, child] (got "senior")"#,
            "\(path): seekers[0].maxRent (line 1): expected a number from 0 to 100,000, e.g. 950 (got true)",
            "\(path): syntax (line 2): invalid JSON at column 52: Invalid value",
        ])
    }

    @Test("`generations: senior` says a list of generations is expected, with an example")
    func generationsNotAList() throws {
        let yaml = try file("seekers:\n- id: h1\n  generations: senior\n", ext: "yaml")
        #expect(refusal(yaml) == [
            "\(yaml): seekers[0].generations (line 3): expected a list of generations, e.g. [senior] or [adult, child] (got senior)",
        ])
        let object = try file("seekers:\n- id: h1\n  generations: {senior: 1}\n", ext: "yaml")
        #expect(refusal(object) == [
            "\(object): seekers[0].generations (line 3): expected a list of generations, e.g. [senior] or [adult, child], found an object",
        ])
        let item = try file(#"{"seekers": [{"id": "h1", "generations": [["senior"]]}]}"#, ext: "json")
        #expect(refusal(item) == [
            "\(item): seekers[0].generations[0] (line 1): expected a generation, e.g. senior, found a list",
        ])
    }

    @Test("other kinds are named in the domain's words: a list of ids, a care need, a town")
    func domainWords() throws {
        let path = try file("""
            seekers:
            - {id: h1, generations: [adult], together: h2, care: elderly}
            - {id: h2, generations: [adult], excludes: {g1: true}}
            groups:
            - {id: g1, minSize: 1, maxSize: 3, founders: h1}
            sites:
            - {id: s1, municipality: [Houten], units: 4, rent: 800}
            providers:
            - {id: c1, careTypes: VG, capacity: 3}

            """, ext: "yaml")
        #expect(refusal(path) == [
            "\(path): seekers[0].together (line 2): expected a list of household ids, e.g. [h18] (got h2)",
            "\(path): seekers[0].care (line 2): expected a care need with a type and hours, e.g. {type: elderly, hours: 6} (got elderly)",
            "\(path): seekers[1].excludes (line 3): expected a list of group ids, e.g. [g4], found an object",
            "\(path): groups[0].founders (line 5): expected a list of household ids, e.g. [h3, h8] (got h1)",
            "\(path): sites[0].municipality (line 7): expected a town, e.g. Houten, found a list",
            "\(path): providers[0].careTypes (line 9): expected a list of care types, e.g. [VG, elderly] (got VG)",
        ])
    }

    @Test("a required key given as null is named, with the other problems")
    func requiredNull() throws {
        let path = try file(#"{"seekers": [{"id": "h1", "generations": null}, {"id": "h2"}]}"#, ext: "json")
        #expect(refusal(path) == [
            "\(path): seekers[0].generations (line 1): expected a list of generations, e.g. [senior] or [adult, child], found nothing (null)",
            "\(path): seekers[1].generations (line 1): is required but missing: expected a list of generations, e.g. [senior] or [adult, child]",
        ])
    }

    // MARK: - Match files

    @Test("an unknown key in a hand-drafted match is refused with its path and the key meant")
    func matchTypo() throws {
        let path = try file("""
            groups:
            - id: g1
              site: s1
              member: [h1, h2]
              care:
              - {provider: c1, careTyp: VG, clients: 1}
            statu: optimal

            """, ext: "yaml")
        do {
            _ = try SolutionFiles.loadMatch(path: path)
            Issue.record("the match was accepted")
        } catch {
            #expect(error.lines == [
                "\(path): groups[0].member (line 4): is not a key of a match; did you mean members?",
                "\(path): groups[0].care[0].careTyp (line 6): is not a key of a match; did you mean careType?",
                "\(path): statu (line 7): is not a key of a match; did you mean status?",
            ])
        }
    }

    @Test("what `solve` writes besides the match is passed over when reading it back")
    func solveKeysPass() throws {
        let path = try file("""
            {"status": "optimal", "objective": {"housed": 2, "preference": 1}, "scenario": "x",
             "scenarioFingerprint": "abc", "statistics": {}, "kept": [], "conflict": null,
             "groups": [{"id": "g1", "site": "s1", "members": ["h1", "h2"], "care": []}],
             "unassigned": [{"seeker": "h3", "reason": "no site suits them"}]}
            """, ext: "json")
        let match = try SolutionFiles.loadMatch(path: path)
        #expect(match.groups.first?.members.map(\.rawValue) == ["h1", "h2"])
    }
}
