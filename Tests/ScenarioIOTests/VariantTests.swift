import Foundation
import HousingMatch
import ScenarioIO
import Testing

/// Variant files: a base scenario and changes, merged exactly, with every problem
/// placed in the file where it was written.
@Suite("Variant files")
struct VariantTests {
    /// A temporary folder of scenario and variant files for one test.
    final class Folder {
        let url: URL

        init() throws {
            url = FileManager.default.temporaryDirectory
                .appendingPathComponent("variants-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        /// The path of a file in the folder (`variants/x.yaml` for one in a subfolder).
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }

        /// Writes a file, creating its subfolder, and returns its path.
        @discardableResult
        func write(_ name: String, _ text: String) throws -> String {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return file.path
        }
    }

    /// One entry a line, so that lines are easy to count: seekers on lines 4-6,
    /// groups on 8-9, sites on 11-12, providers on 14-15.
    static let base = """
        name: Base
        weights: {preference: 1.0, values: 0.3}
        seekers:
          - {id: h1, generations: [adult], maxRent: 900, tags: [green]}
          - {id: h2, generations: [senior], care: {type: elderly, hours: 4}, preferences: [g1]}
          - {id: h3, generations: [adult, child]}
        groups:
          - {id: g1, name: Samen, minSize: 2, maxSize: 4, founders: [h1], needsCommonRoom: true, careShare: {min: 0.2, max: 0.5}}
          - {id: g2, minSize: 2, maxSize: 3}
        sites:
          - {id: s1, municipality: Houten, units: 4, accessibleUnits: 1, rent: 800, commonRoom: true}
          - {id: s2, municipality: Zeist, units: 3, rent: 700}
        providers:
          - {id: c1, careTypes: [elderly], capacity: 10, maxClientsPerSite: 4}
          - {id: c2, careTypes: [VG], capacity: 5}

        """

    /// The base as a value, to build expected scenarios from.
    static let baseScenario = Scenario(
        name: "Base",
        weights: ObjectiveWeights(preference: 1, values: 0.3),
        seekers: [
            Seeker(id: "h1", generations: ["adult"], maxRent: 900, tags: ["green"]),
            Seeker(id: "h2", generations: ["senior"], care: Seeker.CareNeed(type: "elderly", hours: 4), preferences: ["g1"]),
            Seeker(id: "h3", generations: ["adult", "child"]),
        ],
        groups: [
            Group(id: "g1", name: "Samen", minSize: 2, maxSize: 4, founders: ["h1"],
                  careShare: Group.CareShare(min: 0.2, max: 0.5), needsCommonRoom: true),
            Group(id: "g2", minSize: 2, maxSize: 3),
        ],
        sites: [
            Site(id: "s1", municipality: "Houten", units: 4, accessibleUnits: 1, rent: 800, commonRoom: true),
            Site(id: "s2", municipality: "Zeist", units: 3, rent: 700),
        ],
        providers: [
            CareProvider(id: "c1", careTypes: ["elderly"], capacity: 10, maxClientsPerSite: 4),
            CareProvider(id: "c2", careTypes: ["VG"], capacity: 5),
        ])

    /// A folder with `base.yaml` and one variant, `variants/what-if.yaml`, whose path is returned.
    private func variant(_ text: String, in folder: Folder) throws -> String {
        try folder.write("base.yaml", Self.base)
        return try folder.write("variants/what-if.yaml", text)
    }

    /// The lines of the error that loading the file throws, or a recorded issue if it loads.
    private func errorLines(loading path: String) -> [String] {
        do {
            _ = try ScenarioLoader.load(path: path)
            Issue.record("\(path) was accepted")
            return []
        } catch {
            return error.lines
        }
    }

    // MARK: Merging

    @Test("remove, modify, add and weights give exactly the scenario written out by hand")
    func mergesExactly() throws {
        let folder = try Folder()
        let path = try variant("""
            base: ../base.yaml
            description: Everything at once
            weights: {preference: 2}
            remove:
              providers: [c2]
              seekers: [h3]
            modify:
              providers:
                - {id: c1, capacity: 5, maxClientsPerSite: null}
              groups:
                - {id: g1, needsCommonRoom: false, careShare: {max: 0.6}}
              seekers:
                - {id: h1, maxRent: 950, tags: [green, music]}
            add:
              sites:
                - {id: s8, name: De Nieuwe Hof, municipality: Bunnik, units: 10, accessibleUnits: 3, rent: 820, commonRoom: true}
              seekers:
                - {id: h4, generations: [senior], preferences: [g1, g2]}

            """, in: folder)

        var expected = Self.baseScenario
        expected.name = "Base (variant what-if)"
        expected.weights = ObjectiveWeights(preference: 2, values: 0.3)
        expected.seekers.remove(at: 2)
        expected.seekers[0].maxRent = 950
        expected.seekers[0].tags = ["green", "music"]
        expected.seekers.append(Seeker(id: "h4", generations: ["senior"], preferences: ["g1", "g2"]))
        expected.groups[0].needsCommonRoom = false
        expected.groups[0].careShare = Group.CareShare(min: 0.2, max: 0.6)
        expected.sites.append(Site(id: "s8", name: "De Nieuwe Hof", municipality: "Bunnik", units: 10,
                                   accessibleUnits: 3, rent: 820, commonRoom: true))
        expected.providers = [CareProvider(id: "c1", careTypes: ["elderly"], capacity: 5)]

        let variant = try ScenarioLoader.loadVariant(path: path)
        #expect(variant.scenario == expected)
        #expect(try ScenarioLoader.load(path: path) == expected)
        #expect(variant.path == path)
        #expect(variant.base == folder.path("base.yaml"))
        #expect(variant.name == "Base (variant what-if)")
        #expect(variant.description == "Everything at once")
        #expect(variant.changes.map(\.description) == [
            "removes seeker h3",
            "removes provider c2",
            "seeker h1: maxRent 900 -> 950",
            "seeker h1: tags [green] -> [green, music]",
            "group g1: careShare.max 0.5 -> 0.6",
            "group g1: needsCommonRoom true -> false",
            "provider c1: capacity 10 -> 5",
            "provider c1: maxClientsPerSite 4 -> not set",
            "adds seeker h4",
            "adds site s8",
            "weights: preference 1 -> 2",
        ])
        #expect(variant.changes[2] == .modify(.seekers, id: "h1", key: "maxRent", from: "900", to: "950"))
    }

    @Test("a key set to null in modify falls back to MODEL.md's default")
    func nullFallsBackToDefault() throws {
        let folder = try Folder()
        let path = try variant("""
            base: ../base.yaml
            name: Defaults
            weights: {values: null}
            modify:
              seekers:
                - {id: h1, maxRent: null}
                - {id: h2, care: ~, preferences: null}
              groups:
                - {id: g1, careShare: {min: null}, name: null}
              sites:
                - {id: s1, accessibleUnits: null, commonRoom: null}

            """, in: folder)
        var expected = Self.baseScenario
        expected.name = "Defaults"
        expected.weights.values = 0.5
        expected.seekers[0].maxRent = nil
        expected.seekers[1].care = nil
        expected.seekers[1].preferences = []
        expected.groups[0].careShare = Group.CareShare(min: 0, max: 0.5)
        expected.groups[0].name = ""
        expected.sites[0].accessibleUnits = 0
        expected.sites[0].commonRoom = false
        #expect(try ScenarioLoader.load(path: path) == expected)
    }

    @Test("a variant of a variant applies both, and a problem is placed in the file that wrote the value")
    func variantOfVariant() throws {
        let folder = try Folder()
        try folder.write("base.yaml", Self.base)
        let first = try folder.write("variants/first.yaml", """
            base: ../base.yaml
            add:
              sites:
                - {id: s8, municipality: Bunnik, units: 10, accessibleUnits: 3, rent: 820}

            """)
        let second = try folder.write("variants/more/second.yaml", """
            base: ../first.yaml
            remove:
              sites: [s2]
            modify:
              sites:
                - {id: s8, rent: 780}

            """)
        var expected = Self.baseScenario
        expected.name = "Base (variant first) (variant second)"
        expected.sites = [Self.baseScenario.sites[0],
                          Site(id: "s8", municipality: "Bunnik", units: 10, accessibleUnits: 3, rent: 780)]
        let variant = try ScenarioLoader.loadVariant(path: second)
        #expect(variant.scenario == expected)
        #expect(variant.base == first)
        #expect(variant.changes.map(\.description) == ["removes site s2", "site s8: rent 820 -> 780"])

        // s8 comes from the first variant; its accessibleUnits stays where that file wrote it.
        try folder.write("variants/more/second.yaml", "base: ../first.yaml\nmodify:\n  sites:\n    - {id: s8, units: 2}\n")
        #expect(errorLines(loading: second) == [
            "\(first): add.sites[0].accessibleUnits (line 4): must not exceed units 2 (got 3)",
        ])
    }

    @Test("a JSON variant of a YAML base, and YAML values read as plain scenario files read them")
    func notations() throws {
        let folder = try Folder()
        try folder.write("base.yaml", Self.base.replacingOccurrences(of: "name: Base", with: "name: 1940"))
        let json = try folder.write("json.json", """
            {"base": "base.yaml", "modify": {"sites": [{"id": "s2", "rent": 650, "commonRoom": true}]}}
            """)
        var expected = Self.baseScenario
        expected.name = "1940 (variant json)"
        expected.sites[1].rent = 650
        expected.sites[1].commonRoom = true
        #expect(try ScenarioLoader.load(path: json) == expected)

        let yaml = try folder.write("yaml.yaml", """
            base: base.yaml
            add:
              sites:
                - {id: 17, name: 2024, municipality: Houten, units: 0x10, rent: 1_000, commonRoom: yes, owner: null}

            """)
        expected = Self.baseScenario
        expected.name = "1940 (variant yaml)"
        expected.sites.append(Site(id: "17", name: "2024", municipality: "Houten", units: 16, rent: 1000, commonRoom: true))
        #expect(try ScenarioLoader.load(path: yaml) == expected)
    }

    @Test("a plain scenario is not a variant, and loads as before")
    func plainScenario() throws {
        let folder = try Folder()
        let base = try folder.write("base.yaml", Self.base)
        #expect(try ScenarioLoader.load(path: base) == Self.baseScenario)
        #expect(try ScenarioLoader.loadWithVariant(path: base).variant == nil)
        #expect(throws: ScenarioFileError.self) { try ScenarioLoader.loadVariant(path: base) }
    }

    // MARK: Changes that do not fit

    /// A variant text and the problems it must give, with `VARIANT` and `BASE` standing for the paths.
    struct BadVariant: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var lines: [String]
        var testDescription: String { name }
    }

    @Test("every change that does not fit the base is named with file, path and line", arguments: [
        BadVariant(name: "modify an id not in the base", text: """
            base: ../base.yaml
            modify:
              providers:
                - {id: c9, capacity: 5}
            """, lines: [#"VARIANT: modify.providers[0].id (line 4): no provider "c9" in the base BASE"#]),
        BadVariant(name: "remove an id not in the base", text: """
            base: ../base.yaml
            remove:
              sites: [s1,
                s99]
            """, lines: [#"VARIANT: remove.sites[1] (line 4): no site "s99" in the base BASE"#]),
        BadVariant(name: "add an id that exists", text: """
            base: ../base.yaml
            add:
              sites:
                - id: s1
                  municipality: Bunnik
                  units: 4
                  rent: 700
            """, lines: [#"VARIANT: add.sites[0].id (line 4): a site "s1" exists already"#]),
        BadVariant(name: "add an id twice", text: """
            base: ../base.yaml
            add:
              sites:
                - {id: s8, municipality: Bunnik, units: 4, rent: 700}
                - {id: s8, municipality: Bunnik, units: 5, rent: 700}
            """, lines: [#"VARIANT: add.sites[1].id (line 5): a site "s8" exists already (add.sites[0])"#]),
        BadVariant(name: "modify what is removed", text: """
            base: ../base.yaml
            remove:
              seekers: [h2]
            modify:
              seekers:
                - {id: h2, maxRent: 800}
            """, lines: [#"VARIANT: modify.seekers[0].id (line 6): seeker "h2" is removed by remove.seekers[0]"#]),
        BadVariant(name: "modify an id twice", text: """
            base: ../base.yaml
            modify:
              seekers:
                - {id: h2, maxRent: 1000000}
                - {id: h2, maxRent: 800}
            """, lines: [#"VARIANT: modify.seekers[1].id (line 5): seeker "h2" is changed already, at modify.seekers[0]: give all its changes in one entry"#]),
        BadVariant(name: "changes of the wrong shape", text: """
            base: ../base.yaml
            add:
              sites: {id: s8}
            modify:
              groups:
                - {minSize: 3}
                - g1
            name: [a, b]
            """, lines: [
                "VARIANT: add.sites (line 3): expected a list of sites",
                "VARIANT: modify.groups[0] (line 6): needs the id of the group to change",
                "VARIANT: modify.groups[1] (line 7): expected the id of the group to change and the keys to change",
                "VARIANT: name (line 8): expected text",
            ]),
        BadVariant(name: "all at once, in the order of the file", text: """
            base: ../base.yaml
            add:
              groups:
                - {id: g2, minSize: 1, maxSize: 2}
            remove:
              seekers: [h9]
            modify:
              sites:
                - {id: s5, rent: 1}
            """, lines: [
                #"VARIANT: add.groups[0].id (line 4): a group "g2" exists already"#,
                #"VARIANT: remove.seekers[0] (line 6): no seeker "h9" in the base BASE"#,
                #"VARIANT: modify.sites[0].id (line 9): no site "s5" in the base BASE"#,
            ]),
    ])
    func changeDoesNotFit(_ bad: BadVariant) throws {
        let folder = try Folder()
        let path = try variant(bad.text + "\n", in: folder)
        let expected = bad.lines.map {
            $0.replacingOccurrences(of: "VARIANT", with: path).replacingOccurrences(of: "BASE", with: folder.path("base.yaml"))
        }
        #expect(errorLines(loading: path) == expected)
    }

    @Test("a missing base is a file that cannot be read, named by the variant")
    func missingBase() throws {
        let folder = try Folder()
        let path = try folder.write("variants/x.yaml", "base: ../scenarios/missing.yaml\n")
        #expect {
            try ScenarioLoader.load(path: path)
        } throws: { error in
            guard let error = error as? ScenarioFileError, case .unreadable = error else { return false }
            return error.lines == ["\(path): base: no such file (\(folder.path("scenarios/missing.yaml")))"]
        }
    }

    @Test("variants that name each other as base form a cycle, which is refused")
    func cycle() throws {
        let folder = try Folder()
        let a = try folder.write("a.yaml", "base: b.yaml\n")
        let b = try folder.write("b.yaml", "# b\nbase: a.yaml\n")
        #expect(errorLines(loading: a) == ["\(b): base (line 2): variants form a cycle: \(a) -> \(b) -> \(a)"])
        let itself = try folder.write("self.yaml", "base: ./self.yaml\n")
        #expect(errorLines(loading: itself) == ["\(itself): base (line 1): variants form a cycle: \(itself) -> \(itself)"])
    }

    @Test("a value of the wrong kind, or a missing key, in a change is named in the variant")
    func decodingErrors() throws {
        let folder = try Folder()
        let wrongKind = try variant("base: ../base.yaml\nadd:\n  sites:\n    - {id: s8, municipality: Bunnik, units: ten, rent: 700}\n",
                                    in: folder)
        #expect(errorLines(loading: wrongKind)
            == ["\(wrongKind): add.sites[0].units (line 4): expected a whole number from 0 to 10,000, e.g. 12 (got ten)"])
        let missing = try variant("base: ../base.yaml\nadd:\n  sites:\n    - {id: s8, municipality: Bunnik, rent: 700}\n",
                                  in: folder)
        #expect(errorLines(loading: missing) == ["\(missing): add.sites[0].units (line 4): is required but missing: "
                                                + "expected a whole number from 0 to 10,000, e.g. 12"])
        let removed = try variant("base: ../base.yaml\nmodify:\n  sites:\n    - id: s1\n      units: null\n", in: folder)
        #expect(errorLines(loading: removed) == ["\(removed):5: modify.sites[0].units: is required: it cannot be removed"])
    }

    @Test("YAML's .inf and .nan pass through merging and are refused by name, as in scenario files")
    func nonFiniteNumbers() throws {
        let folder = try Folder()
        try folder.write("base.yaml", Self.base.replacingOccurrences(of: "maxRent: 900", with: "maxRent: .inf"))
        let path = try folder.write("variants/what-if.yaml",
                                    "base: ../base.yaml\nmodify:\n  sites:\n    - {id: s2, rent: .nan}\n")
        #expect(errorLines(loading: path) == [
            "\(folder.path("base.yaml")): seekers[0].maxRent (line 4): must be a finite number (got inf)",
            "\(path): modify.sites[0].rent (line 4): must be a finite number (got nan)",
        ])
    }

    // MARK: Validation of the merged scenario

    @Test("validation problems are placed at the change that wrote them, or in the base for untouched entries")
    func validationRelocated() throws {
        let folder = try Folder()
        // The base's h3 has a negative priority: refused, but only once the variant is merged.
        try folder.write("base.yaml", Self.base.replacingOccurrences(of: "[adult, child]}", with: "[adult, child], priority: -1}"))
        let path = try folder.write("variants/what-if.yaml", """
            base: ../base.yaml
            weights: {values: -2}
            remove:
              seekers: [h1]
            add:
              sites:
                - {id: s8, municipality: Bunnik, units: 4, accessibleUnits: 6, rent: 700}
            modify:
              providers:
                - id: c1
                  maxClientsPerSite: -1
              groups:
                - {id: g1, careShare: {min: 0.9}}

            """)
        let base = folder.path("base.yaml")
        #expect(errorLines(loading: path) == [
            "\(path): weights.values (line 2): must not be negative (got -2)",
            "\(base): seekers[2].priority (line 6): must not be negative (got -1)",
            "\(base): groups[0].founders[0] (line 8): no seeker has id \"h1\": the variant \(path) removes it at remove.seekers[0] (line 4)",
            "\(path): modify.groups[0].careShare (line 13): min 0.9 is above max 0.5",
            "\(path): add.sites[0].accessibleUnits (line 7): must not exceed units 4 (got 6)",
            "\(path): modify.providers[0].maxClientsPerSite (line 11): must not be negative (got -1)",
        ])
    }

    @Test("a duplicate id in the base names its twin where it stands, not where the merge put it")
    func duplicateInBase() throws {
        let folder = try Folder()
        // Sites s0 (line 11), s1 (line 12) and s1 again (line 13); the variant removes s0.
        try folder.write("base.yaml", Self.base
            .replacingOccurrences(of: "sites:\n", with: "sites:\n  - {id: s0, municipality: Houten, units: 1, rent: 1}\n")
            .replacingOccurrences(of: "{id: s2,", with: "{id: s1,"))
        let path = try folder.write("variants/what-if.yaml", "base: ../base.yaml\nremove:\n  sites: [s0]\n")
        #expect(errorLines(loading: path) == [
            "\(folder.path("base.yaml")): sites[2].id (line 13): duplicate id \"s1\" (also sites[1])",
        ])
    }

    @Test("unknown keys in a variant and its base are warnings with file, path and line")
    func warnings() throws {
        let folder = try Folder()
        try folder.write("base.yaml", Self.base.replacingOccurrences(of: "maxRent: 900", with: "maxrent: 900"))
        let path = try folder.write("variants/what-if.yaml", """
            base: ../base.yaml
            modify:
              sites:
                - {id: s1, colour: red}
              group:
                - {id: g1}

            """)
        _ = try ScenarioLoader.load(path: path)
        #expect(ScenarioLoader.warnings(path: path) == [
            "\(path): modify.sites[0].colour (line 4): unknown key, ignored",
            "\(path): modify.group (line 5): unknown key, ignored; did you mean groups?",
            "\(folder.path("base.yaml")): seekers[0].maxrent (line 4): unknown key, ignored; did you mean maxRent?",
        ])
    }

    // MARK: The examples

    static let examplesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios/variants")

    static var examples: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: examplesFolder.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") && !$0.contains(".expected.") }.sorted()
    }

    @Test("scenarios/variants holds the what-ifs analysts ask first")
    func examplesExist() {
        #expect(Set(Self.examples).isSuperset(of: ["higher-rent-limit.yaml", "new-group.yaml", "new-site.yaml",
                                                   "no-common-room.yaml", "provider-halved.yaml",
                                                   "provider-leaves.yaml"]))
    }

    @Test("each example variant loads, validates, says what it models and changes something", arguments: examples)
    func exampleLoads(name: String) throws {
        let path = Self.examplesFolder.appendingPathComponent(name).path
        let variant = try ScenarioLoader.loadVariant(path: path)
        #expect(variant.base.hasSuffix("scenarios/utrecht-oost.yaml"))
        #expect(!(variant.description ?? "").isEmpty)
        #expect(!variant.changes.isEmpty)
        #expect(ScenarioLoader.warnings(path: path).isEmpty)
        #expect(variant.scenario.validationIssues().isEmpty)
    }

    /// The status and objective values recorded beside each example (`NAME.expected.json`).
    struct ExpectedSummary: Decodable {
        var status: MatchStatus
        var objective: MatchObjective
    }

    @Test("each example variant solves to its recorded summary", arguments: examples)
    func exampleSolves(name: String) throws {
        let path = Self.examplesFolder.appendingPathComponent(name).path
        let expectedPath = Self.examplesFolder.appendingPathComponent(name.replacingOccurrences(of: ".yaml", with: ".expected.json"))
        let expected = try JSONDecoder().decode(ExpectedSummary.self, from: Data(contentsOf: expectedPath))
        let scenario = try ScenarioLoader.load(path: path)
        let result = try MatchEngine().solve(scenario)
        #expect(result.status == expected.status)
        let objective = try #require(result.objective)
        #expect(abs(objective.housed - expected.objective.housed) < 1e-6)
        #expect(abs(objective.preference - expected.objective.preference) < 1e-6)
        #expect(MatchChecker(scenario: scenario).violations(of: result.match).isEmpty)
    }
}
