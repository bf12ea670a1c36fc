import HousingMatch
import Testing

/// MODEL.md's list of refusals, one broken thing at a time, and what is not refused.
///
/// Each refusal starts from ``ValidationTests/base``, a valid scenario that uses
/// every field, breaks exactly one thing and expects exactly the issues listed:
/// the path, and the facts the message must name.
@Suite("Validation of scenarios")
struct ValidationTests {
    /// A valid scenario in which every refusable field has a value to break.
    ///
    /// h1 founds g1 and must live with h2 and apart from h3; h3 founds g2.
    static let base = Scenario(
        name: "base",
        weights: ObjectiveWeights(preference: 1, values: 0.5),
        seekers: [
            Build.seeker("h1", ["adult"], care: "elderly", hours: 4, maxRent: 900, preferences: ["g1", "g2"],
                         tags: ["green"], support: 2, priority: 1, together: ["h2"], apart: ["h3"]),
            Build.seeker("h2", ["child"], excludes: ["g2"], support: 3),
            Build.seeker("h3", ["senior"], maxRent: 1000, preferences: ["g2"]),
        ],
        groups: [
            Build.group("g1", min: 1, max: 5, founders: ["h1"], careShare: (0, 0.8), minGenerations: 1,
                        supportRatio: 0.5, values: ["green"], declines: ["h3"]),
            Build.group("g2", min: 1, max: 4, founders: ["h3"]),
        ],
        sites: [
            Build.site("s1", units: 6, accessible: 2, rent: 800),
            Build.site("s2", units: 4, rent: 850),
        ],
        providers: [
            Build.provider("c1", types: ["elderly"], capacity: 5, minClients: 1, maxClients: 3),
            Build.provider("c2", types: ["VG"], capacity: 4),
        ])

    /// One issue the validator must report: where, and facts its message must contain.
    struct ExpectedIssue: Sendable, CustomStringConvertible {
        var path: String
        var facts: [String]
        var description: String { "\(path): \(facts.joined(separator: ", "))" }
    }

    /// One refusal of MODEL.md: how to break the base scenario and what must be reported.
    struct Breakage: Sendable, CustomTestStringConvertible {
        var name: String
        var change: @Sendable (inout Scenario) -> Void
        var expected: [ExpectedIssue]
        var testDescription: String { name }

        init(_ name: String, _ expected: [ExpectedIssue], change: @escaping @Sendable (inout Scenario) -> Void) {
            self.name = name
            self.change = change
            self.expected = expected
        }

        init(_ name: String, at path: String, _ facts: String..., change: @escaping @Sendable (inout Scenario) -> Void) {
            self.init(name, [ExpectedIssue(path: path, facts: facts)], change: change)
        }
    }

    static let refusals: [Breakage] = [
        // Duplicate ids within a side: the second use is the problem.
        Breakage("duplicate seeker id", at: "seekers[3].id", "\"h2\"", "seekers[1]") {
            $0.seekers.append(Build.seeker("h2"))
        },
        Breakage("duplicate group id", at: "groups[2].id", "\"g1\"", "groups[0]") {
            $0.groups.append(Build.group("g1"))
        },
        Breakage("duplicate site id", at: "sites[2].id", "\"s1\"", "sites[0]") {
            $0.sites.append(Build.site("s1"))
        },
        Breakage("duplicate provider id", at: "providers[2].id", "\"c1\"", "providers[0]") {
            $0.providers.append(Build.provider("c1", types: ["GGZ"]))
        },

        // References to ids that do not exist.
        Breakage("unknown founder", at: "groups[0].founders[1]", "seeker", "\"h9\"") {
            $0.groups[0].founders = ["h1", "h9"]
        },
        Breakage("unknown group in preferences", at: "seekers[0].preferences[1]", "group", "\"g7\"") {
            $0.seekers[0].preferences = ["g1", "g7"]
        },
        Breakage("unknown group in excludes", at: "seekers[1].excludes[0]", "group", "\"g8\"") {
            $0.seekers[1].excludes = ["g8"]
        },
        Breakage("unknown seeker in together", at: "seekers[0].together[1]", "seeker", "\"h7\"") {
            $0.seekers[0].together = ["h2", "h7"]
        },
        Breakage("unknown seeker in apart", at: "seekers[0].apart[0]", "seeker", "\"hz\"") {
            $0.seekers[0].apart = ["hz"]
        },
        Breakage("unknown seeker in declines", at: "groups[0].declines[1]", "seeker", "\"h77\"") {
            $0.groups[0].declines = ["h3", "h77"]
        },
        // A seeker id is not a group id: sides do not share ids.
        Breakage("seeker id where a group id belongs", at: "seekers[2].preferences[1]", "group", "\"h1\"") {
            $0.seekers[2].preferences = ["g2", "h1"]
        },

        // A seeker listed in its own together or apart.
        Breakage("seeker in its own together", at: "seekers[1].together[0]", "h2", "together") {
            $0.seekers[1].together = ["h2"]
        },
        Breakage("seeker in its own apart", at: "seekers[2].apart[1]", "h3", "apart") {
            $0.seekers[2].apart = ["h2", "h3"]
        },

        // A seeker who founds two groups: the second group is the problem.
        Breakage("seeker founds two groups", at: "groups[1].founders[1]", "h1", "g1") {
            $0.groups[1].founders = ["h3", "h1"]
        },

        // More founders than maxSize.
        Breakage("more founders than maxSize", at: "groups[1].founders", "2 founders", "maxSize 1") {
            $0.groups[1].founders = ["h3", "h2"]
            $0.groups[1].maxSize = 1
        },

        // minSize < 1 or > maxSize.
        Breakage("minSize 0", at: "groups[0].minSize", "at least 1", "0") { $0.groups[0].minSize = 0 },
        Breakage("negative minSize", at: "groups[0].minSize", "at least 1", "-2") { $0.groups[0].minSize = -2 },
        Breakage("minSize above maxSize", at: "groups[1].minSize", "maxSize 4", "5") {
            $0.groups[1].minSize = 5
        },

        // accessibleUnits > units.
        Breakage("more accessible units than units", at: "sites[0].accessibleUnits", "units 6", "7") {
            $0.sites[0].accessibleUnits = 7
        },

        // A negative number, for every numeric field.
        Breakage("negative care hours", at: "seekers[0].care.hours", "negative", "-1") {
            $0.seekers[0].care?.hours = -1
        },
        Breakage("negative maxRent", at: "seekers[1].maxRent", "negative", "-5") { $0.seekers[1].maxRent = -5 },
        Breakage("negative supportHours", at: "seekers[2].supportHours", "negative", "-2") {
            $0.seekers[2].supportHours = -2
        },
        Breakage("negative priority", at: "seekers[0].priority", "negative", "-1.5") { $0.seekers[0].priority = -1.5 },
        Breakage("negative maxSize", at: "groups[0].maxSize", "negative", "-1") { $0.groups[0].maxSize = -1 },
        Breakage("negative minGenerations", at: "groups[1].minGenerations", "negative", "-1") {
            $0.groups[1].minGenerations = -1
        },
        Breakage("negative supportRatio", at: "groups[0].supportRatio", "negative", "-0.5") {
            $0.groups[0].supportRatio = -0.5
        },
        Breakage("negative units", at: "sites[1].units", "negative", "-1") { $0.sites[1].units = -1 },
        Breakage("negative units with accessible units", at: "sites[0].units", "negative", "-3") {
            $0.sites[0].units = -3
        },
        Breakage("negative accessibleUnits", at: "sites[0].accessibleUnits", "negative", "-1") {
            $0.sites[0].accessibleUnits = -1
        },
        Breakage("negative rent", at: "sites[1].rent", "negative", "-100") { $0.sites[1].rent = -100 },
        Breakage("negative capacity", at: "providers[1].capacity", "negative", "-4") {
            $0.providers[1].capacity = -4
        },
        Breakage("negative minClientsPerSite", at: "providers[0].minClientsPerSite", "negative", "-1") {
            $0.providers[0].minClientsPerSite = -1
        },
        Breakage("negative maxClientsPerSite", at: "providers[0].maxClientsPerSite", "negative", "-2") {
            $0.providers[0].maxClientsPerSite = -2
        },
        Breakage("negative preference weight", at: "weights.preference", "negative", "-1") {
            $0.weights.preference = -1
        },
        Breakage("negative values weight", at: "weights.values", "negative", "-0.25") { $0.weights.values = -0.25 },
        Breakage("infinite priority", at: "seekers[2].priority", "finite", "inf") {
            $0.seekers[2].priority = .infinity
        },

        // A share outside 0..1, or min > max.
        Breakage("careShare.min below 0", at: "groups[0].careShare.min", "between 0 and 1", "-0.1") {
            $0.groups[0].careShare.min = -0.1
        },
        Breakage("careShare.max above 1", at: "groups[0].careShare.max", "between 0 and 1", "1.5") {
            $0.groups[0].careShare.max = 1.5
        },
        Breakage("careShare.min above 1", at: "groups[1].careShare.min", "between 0 and 1", "2") {
            $0.groups[1].careShare.min = 2
        },
        Breakage("careShare min above max", at: "groups[0].careShare", "min 0.6", "max 0.4") {
            $0.groups[0].careShare = Group.CareShare(min: 0.6, max: 0.4)
        },

        // minClientsPerSite > maxClientsPerSite when both are given.
        Breakage("minClientsPerSite above maxClientsPerSite", at: "providers[0].minClientsPerSite",
                 "maxClientsPerSite 3", "4") {
            $0.providers[0].minClientsPerSite = 4
        },

        // A group listed twice in one seeker's preferences.
        Breakage("group twice in preferences", at: "seekers[0].preferences[2]", "\"g1\"", "twice") {
            $0.seekers[0].preferences = ["g1", "g2", "g1"]
        },

        // An empty generations.
        Breakage("empty generations", at: "seekers[2].generations", "generation") { $0.seekers[2].generations = [] },

        // A number above its range (MODEL.md v1.1), for every numeric field.
        Breakage("care hours above a week", at: "seekers[0].care.hours", "0 to 168", "169") {
            $0.seekers[0].care?.hours = 169
        },
        Breakage("huge care hours", at: "seekers[0].care.hours", "0 to 168", "1e+300") {
            $0.seekers[0].care?.hours = 1e300
        },
        Breakage("maxRent above 100,000", at: "seekers[1].maxRent", "0 to 100,000", "100001") {
            $0.seekers[1].maxRent = 100_001
        },
        Breakage("supportHours above a week", at: "seekers[2].supportHours", "0 to 168", "200") {
            $0.seekers[2].supportHours = 200
        },
        Breakage("priority above 1,000", at: "seekers[0].priority", "0 to 1,000", "1000000000000") {
            $0.seekers[0].priority = 1e12
        },
        Breakage("maxSize above 10,000", at: "groups[0].maxSize", "whole number from 0 to 10,000", "10001") {
            $0.groups[0].maxSize = 10_001
        },
        Breakage("minSize above 10,000", at: "groups[0].minSize", "whole number from 1 to 10,000", "20000") {
            $0.groups[0].minSize = 20_000
            $0.groups[0].maxSize = 10_000
        },
        Breakage("minGenerations above 10,000", at: "groups[1].minGenerations", "0 to 10,000",
                 "1000000000000000") {
            $0.groups[1].minGenerations = 1_000_000_000_000_000
        },
        Breakage("supportRatio above a week", at: "groups[0].supportRatio", "0 to 168", "1e+300") {
            $0.groups[0].supportRatio = 1e300
        },
        Breakage("units above 10,000", at: "sites[1].units", "0 to 10,000", "10001") { $0.sites[1].units = 10_001 },
        Breakage("accessibleUnits above 10,000",
                 [ExpectedIssue(path: "sites[0].units", facts: ["0 to 10,000", "9223372036854775807"]),
                  ExpectedIssue(path: "sites[0].accessibleUnits", facts: ["0 to 10,000", "9223372036854775807"])]) {
            $0.sites[0].units = .max
            $0.sites[0].accessibleUnits = .max
        },
        Breakage("rent above 100,000", at: "sites[1].rent", "0 to 100,000", "1e+308") { $0.sites[1].rent = 1e308 },
        Breakage("capacity above 10,000", at: "providers[1].capacity", "0 to 10,000", "10001") {
            $0.providers[1].capacity = 10_001
        },
        Breakage("minClientsPerSite above 10,000",
                 [ExpectedIssue(path: "providers[0].minClientsPerSite", facts: ["0 to 10,000", "20000"]),
                  ExpectedIssue(path: "providers[0].maxClientsPerSite", facts: ["0 to 10,000", "30000"])]) {
            $0.providers[0].minClientsPerSite = 20_000
            $0.providers[0].maxClientsPerSite = 30_000
        },
        Breakage("preference weight above 1,000", at: "weights.preference", "0 to 1,000", "1001") {
            $0.weights.preference = 1_001
        },
        Breakage("values weight above 1,000", at: "weights.values", "0 to 1,000", "1e+30") {
            $0.weights.values = 1e30
        },

        // Ids: 1 to 64 characters, no control characters; the message never echoes one raw.
        Breakage("empty seeker id", at: "seekers[2].id", "empty") { scenario in
            scenario.seekers[2].id = ""
            scenario.groups[1].founders = []
            scenario.groups[0].declines = []
            scenario.seekers[0].apart = []
        },
        Breakage("group id of 65 characters", at: "groups[1].id", "at most 64", "65") { scenario in
            scenario.groups[1].id = GroupID(String(repeating: "g", count: 65))
            scenario.seekers[0].preferences = ["g1"]
            scenario.seekers[1].excludes = []
            scenario.seekers[2].preferences = []
        },
        Breakage("site id with an escape", at: "sites[1].id", "control characters", "\\u{1B}[31m") {
            $0.sites[1].id = "s\u{1B}[31m"
        },
        Breakage("provider id with a newline", at: "providers[1].id", "control characters", "c2\\nX") {
            $0.providers[1].id = "c2\nX"
        },
    ]

    @Test("the top of every range is valid: 64-character ids of any script, every number at its highest")
    func topOfEveryRange() {
        var scenario = Self.base
        scenario.weights = ObjectiveWeights(preference: 1_000, values: 1_000)
        scenario.seekers[0].care?.hours = 168
        scenario.seekers[0].supportHours = 168
        scenario.seekers[0].priority = 1_000
        scenario.seekers[0].maxRent = 100_000
        scenario.groups[0].maxSize = 10_000
        scenario.groups[0].minSize = 10_000
        scenario.groups[0].minGenerations = 10_000
        scenario.groups[0].supportRatio = 168
        scenario.sites[0].units = 10_000
        scenario.sites[0].accessibleUnits = 10_000
        scenario.sites[0].rent = 100_000
        scenario.providers[0].capacity = 10_000
        scenario.providers[0].minClientsPerSite = 10_000
        scenario.providers[0].maxClientsPerSite = 10_000
        scenario.sites[1].id = SiteID(String(repeating: "🏠", count: 64))
        scenario.providers[1].id = ProviderID(String(repeating: "ز", count: 64))
        #expect(scenario.validationIssues().isEmpty, "\(scenario.validationIssues())")
    }

    @Test("a message quotes an unknown reference with its control characters escaped and a long one cut")
    func referencesAreQuotedSafely() {
        var scenario = Self.base
        scenario.seekers[0].preferences = ["g\u{1B}]0;owned\u{07}", GroupID(String(repeating: "x", count: 1_000))]
        let messages = scenario.validationIssues().map(\.message)
        #expect(messages == [
            #"no group has id "g\u{1B}]0;owned\u{7}""#,
            #"no group has id ""# + String(repeating: "x", count: 64) + #"…" (1000 characters)"#,
        ])
        #expect(!messages.joined().unicodeScalars.contains { $0.properties.generalCategory == .control })
    }

    @Test("the base scenario is valid")
    func baseIsValid() {
        #expect(Self.base.validationIssues().isEmpty)
    }

    @Test("a refusal of MODEL.md is reported with its path and facts", arguments: refusals)
    func refusal(_ breakage: Breakage) {
        var scenario = Self.base
        breakage.change(&scenario)
        let issues = scenario.validationIssues()
        #expect(issues.map(\.path) == breakage.expected.map(\.path), "\(issues)")
        for (issue, expected) in zip(issues, breakage.expected) {
            for fact in expected.facts {
                #expect(issue.message.contains(fact), "\(issue) should name \(fact)")
            }
        }
        #expect(throws: ScenarioValidationError.self) { try scenario.validate() }
    }

    // MARK: Several problems at once

    @Test("every problem is listed, in file order")
    func everyProblemInFileOrder() {
        var scenario = Self.base
        scenario.providers.append(Build.provider("c1", types: ["GGZ"]))   // providers[2].id
        scenario.sites[1].rent = -1                                         // sites[1].rent
        scenario.groups[1].founders = ["h8"]                                // groups[1].founders[0]
        scenario.groups[0].minSize = 0                                      // groups[0].minSize
        scenario.groups[0].declines = ["h6"]                                // groups[0].declines[0]
        scenario.seekers[2].generations = []                                // seekers[2].generations
        scenario.seekers[0].maxRent = -5                                    // seekers[0].maxRent
        scenario.seekers[0].preferences = ["g1", "g1", "gX"]                // [1] twice, [2] unknown
        scenario.seekers[0].apart = ["h1"]                                  // seekers[0].apart[0]
        scenario.weights.values = -1                                        // weights.values

        let issues = scenario.validationIssues()
        #expect(issues.map(\.path) == [
            "weights.values",
            "seekers[0].maxRent",
            "seekers[0].preferences[1]",
            "seekers[0].preferences[2]",
            "seekers[0].apart[0]",
            "seekers[2].generations",
            "groups[0].minSize",
            "groups[0].declines[0]",
            "groups[1].founders[0]",
            "sites[1].rent",
            "providers[2].id",
        ])
        #expect(issues.first { $0.path == "seekers[0].preferences[1]" }?.message.contains("twice") == true)
        #expect(issues.first { $0.path == "seekers[0].preferences[2]" }?.message.contains("\"gX\"") == true)
    }

    @Test("the engine refuses an invalid scenario, listing every problem")
    func engineThrowsEveryIssue() throws {
        var scenario = Self.base
        scenario.seekers[1].maxRent = -5
        scenario.groups[0].founders = ["h1", "nobody"]
        scenario.sites[0].accessibleUnits = 9
        let error = try #require(throws: ScenarioValidationError.self) {
            try MatchEngine().solve(scenario)
        }
        #expect(error.issues.map(\.path) == [
            "seekers[1].maxRent", "groups[0].founders[1]", "sites[0].accessibleUnits",
        ])
        #expect(error.issues == scenario.validationIssues())
        #expect(error.description.contains("3 problems"))
    }

    // MARK: What is not refused

    /// A scenario MODEL.md does not refuse, and what solving it must answer.
    struct Accepted: Sendable, CustomTestStringConvertible {
        var name: String
        var scenario: Scenario
        var check: @Sendable (MatchResult) -> Void
        var testDescription: String { name }
    }

    static let accepted: [Accepted] = [
        Accepted(
            name: "a founder whom the group's own acceptsCare keeps out",
            scenario: Scenario(
                seekers: [Build.seeker("f", care: "GGZ"), Build.seeker("h")],
                groups: [Build.group("g1", founders: ["f"], acceptsCare: ["elderly"])],
                sites: [Build.site("s1")],
                providers: [Build.provider("c1", types: ["GGZ"])]),
            check: { result in
                #expect(result.status == .optimal)
                #expect(result.members(of: "g1") == nil)
                #expect(result.reason(for: "f") != nil)
            }),
        Accepted(
            name: "a group that declines its own founder, which must form",
            scenario: Scenario(
                seekers: [Build.seeker("f"), Build.seeker("h")],
                groups: [Build.group("g1", founders: ["f"], mustForm: true, declines: ["f"])],
                sites: [Build.site("s1")]),
            check: { result in
                #expect(result.status == .infeasible)
                #expect(result.match.groups.isEmpty)
                #expect(result.unassigned.map(\.seeker).sorted() == ["f", "h"])
            }),
        Accepted(
            name: "a care type no provider offers",
            scenario: Scenario(
                seekers: [Build.seeker("a"), Build.seeker("b", care: "GGZ")],
                groups: [Build.group("g1")],
                sites: [Build.site("s1")],
                providers: [Build.provider("c1", types: ["elderly"])]),
            check: { result in
                #expect(result.status == .optimal)
                #expect(result.members(of: "g1") == ["a"])
                #expect(result.reason(for: "b") != nil)
            }),
        Accepted(
            name: "a mustForm group with no possible site",
            scenario: Scenario(
                seekers: [Build.seeker("a"), Build.seeker("b")],
                groups: [Build.group("g1", mustForm: true, towns: ["Zeist"])],
                sites: [Build.site("s1", town: "Houten")]),
            check: { result in
                #expect(result.status == .infeasible)
                #expect(result.objective == nil)
                #expect(result.match.groups.isEmpty)
                #expect(result.unassigned.count == 2)
            }),
        Accepted(
            name: "a founder listed twice in the same group",
            scenario: Scenario(
                seekers: [Build.seeker("f"), Build.seeker("h")],
                // One founder, so one is not more than maxSize 1.
                groups: [Build.group("g1", max: 1, founders: ["f", "f"])],
                sites: [Build.site("s1")]),
            check: { result in
                #expect(result.status == .optimal)
                #expect(result.members(of: "g1") == ["f"])
                #expect(result.reason(for: "h") != nil)
            }),
        Accepted(
            name: "maxClientsPerSite absent, minClientsPerSite above capacity",
            scenario: Scenario(
                seekers: [Build.seeker("a"), Build.seeker("b", care: "VG")],
                groups: [Build.group("g1")],
                sites: [Build.site("s1")],
                providers: [Build.provider("c1", types: ["VG"], capacity: 2, minClients: 3)]),
            check: { result in
                #expect(result.status == .optimal)
                #expect(result.members(of: "g1") == ["a"])
                #expect(result.reason(for: "b") != nil)
            }),
        Accepted(
            name: "the same id on a seeker, a group, a site and a provider",
            scenario: Scenario(
                seekers: [Build.seeker("x", care: "VG")],
                groups: [Build.group("x")],
                sites: [Build.site("x")],
                providers: [Build.provider("x", types: ["VG"])]),
            check: { result in
                #expect(result.status == .optimal)
                #expect(result.members(of: "x") == ["x"])
            }),
        Accepted(
            name: "zero everywhere a zero is allowed",
            scenario: Scenario(
                weights: ObjectiveWeights(preference: 0, values: 0),
                seekers: [Build.seeker("a", care: "VG", hours: 0, maxRent: 0, support: 0, priority: 0)],
                groups: [Build.group("g1", min: 1, max: 1, careShare: (0, 0), minGenerations: 0, supportRatio: 0)],
                sites: [Build.site("s1", units: 0, accessible: 0, rent: 0)],
                providers: [Build.provider("c1", types: ["VG"], capacity: 0, minClients: 0, maxClients: 0)]),
            check: { result in
                #expect(result.hasMatch)
                #expect(result.match.groups.isEmpty)
            }),
    ]

    @Test("what MODEL.md does not refuse validates and solves", arguments: accepted)
    func notRefused(_ example: Accepted) throws {
        #expect(example.scenario.validationIssues() == [])
        let result = try MatchEngine().solve(example.scenario)
        example.check(result)
        if result.hasMatch {
            #expect(MatchChecker(scenario: example.scenario).violations(of: result.match).isEmpty)
        }
    }
}
