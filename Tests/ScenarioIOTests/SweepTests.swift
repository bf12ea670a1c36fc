import Foundation
import HousingMatch
import ScenarioIO
import Synchronization
import Testing

/// Sweeps: parameter paths, ranges, the scenario at each value, and solving the points.
@Suite("Sweeps")
struct SweepTests {
    /// A small scenario with every side, to vary fields of.
    static let base = Scenario(
        name: "Base",
        weights: ObjectiveWeights(preference: 1, values: 0.5),
        seekers: [
            Seeker(id: "h1", generations: ["adult"], maxRent: 900),
            Seeker(id: "h2", generations: ["senior"], care: .init(type: "elderly", hours: 4)),
        ],
        groups: [Group(id: "g1", name: "Samen", minSize: 1, maxSize: 4, careShare: .init(min: 0, max: 0.5))],
        sites: [Site(id: "s1", municipality: "Houten", units: 4, accessibleUnits: 1, rent: 800)],
        providers: [CareProvider(id: "c1", name: "Zorg A", careTypes: ["elderly"], capacity: 10)]
    )

    // MARK: Paths that work

    /// A path, a value, and the base with exactly that field changed.
    struct GoodPath: Sendable, CustomTestStringConvertible {
        var path: String
        var value: Double
        var expected: @Sendable (inout Scenario) -> Void
        var testDescription: String { "\(path) = \(value)" }
    }

    @Test("a path changes exactly its field", arguments: [
        GoodPath(path: "providers[c1].capacity", value: 3) { $0.providers[0].capacity = 3 },
        GoodPath(path: "providers[c1].maxClientsPerSite", value: 2) { $0.providers[0].maxClientsPerSite = 2 },
        GoodPath(path: "sites[s1].units", value: 7) { $0.sites[0].units = 7 },
        GoodPath(path: "sites[s1].accessibleUnits", value: 2) { $0.sites[0].accessibleUnits = 2 },
        GoodPath(path: "sites[s1].rent", value: 812.5) { $0.sites[0].rent = 812.5 },
        GoodPath(path: "groups[g1].maxSize", value: 3) { $0.groups[0].maxSize = 3 },
        GoodPath(path: "groups[g1].careShare.max", value: 0.25) { $0.groups[0].careShare.max = 0.25 },
        GoodPath(path: "seekers[h1].maxRent", value: 1000) { $0.seekers[0].maxRent = 1000 },
        GoodPath(path: "seekers[h2].care.hours", value: 6) { $0.seekers[1].care?.hours = 6 },
        // A position, as validation messages write paths: seekers[1] is h2.
        GoodPath(path: "seekers[1].priority", value: 2) { $0.seekers[1].priority = 2 },
        GoodPath(path: "weights.preference", value: 0.75) { $0.weights.preference = 0.75 },
        GoodPath(path: "weights.values", value: 0) { $0.weights.values = 0 },
    ])
    func goodPath(_ case: GoodPath) throws {
        let sweep = try ScenarioSweep(base: Self.base, path: try ParameterPath(parsing: `case`.path),
                                      range: SweepRange(from: `case`.value, to: `case`.value))
        var expected = Self.base
        `case`.expected(&expected)
        #expect(sweep.scenario(at: `case`.value) == .valid(expected))
    }

    @Test("a path names its entry in words, with the entry's name")
    func words() throws {
        let capacity = try ParameterPath(parsing: "providers[c1].capacity").resolved(in: Self.base)
        #expect(capacity.words == "capacity of provider c1 (Zorg A)")
        #expect(capacity.shortWords == "capacity of provider c1")
        #expect(capacity.isWholeNumber)
        let share = try ParameterPath(parsing: "groups[g1].careShare.max").resolved(in: Self.base)
        #expect(share.words == "careShare max of group g1 (Samen)")
        #expect(!share.isWholeNumber)
        #expect(try ParameterPath(parsing: "weights.values").resolved(in: Self.base).words == "values weight")
    }

    // MARK: Specifications that are refused

    /// A `--vary` text and what its message must say; every message starts with the path.
    struct BadSpecification: Sendable, CustomTestStringConvertible {
        var text: String
        var path: String
        var mentions: String
        var testDescription: String { text }
    }

    @Test("a bad specification is refused with a message naming the path", arguments: [
        BadSpecification(text: "providers[c9].capacity=1...3", path: "providers[c9].capacity",
                         mentions: "no provider has id \"c9\" (the providers are c1)"),
        BadSpecification(text: "providers[c1].capasity=1...3", path: "providers[c1].capasity",
                         mentions: "no field \"capasity\"; did you mean capacity?"),
        BadSpecification(text: "groups[g1].careShare.maximum=0...1:0.5", path: "groups[g1].careShare.maximum",
                         mentions: "careShare has no field \"maximum\""),
        BadSpecification(text: "providers[c1].careTypes=1...3", path: "providers[c1].careTypes",
                         mentions: "is a list, not a number"),
        BadSpecification(text: "sites[s1].municipality=1...3", path: "sites[s1].municipality", mentions: "is text, not a number"),
        BadSpecification(text: "sites[s1].commonRoom=0...1", path: "sites[s1].commonRoom", mentions: "is true or false"),
        BadSpecification(text: "groups[g1].careShare=0...1", path: "groups[g1].careShare",
                         mentions: "such as groups[g1].careShare.max"),
        BadSpecification(text: "provider[c1].capacity=1...3", path: "provider[c1].capacity",
                         mentions: "unknown side \"provider\""),
        BadSpecification(text: "providers.capacity=1...3", path: "providers.capacity", mentions: "in brackets"),
        BadSpecification(text: "providers[c1]=1...3", path: "providers[c1]", mentions: "no field of it"),
        BadSpecification(text: "seekers[7].maxRent=1...3", path: "seekers[7].maxRent", mentions: "past the last, 1"),
        BadSpecification(text: "weights=0...1", path: "weights", mentions: "names no weight"),
        BadSpecification(text: "weights.fit=0...1", path: "weights.fit", mentions: "weights has no field \"fit\""),
        BadSpecification(text: "providers[c1].capacity=1...3:0.5", path: "providers[c1].capacity",
                         mentions: "capacity is a whole number, so the range cannot have 0.5 as its step"),
        BadSpecification(text: "sites[s1].units=2.5...4", path: "sites[s1].units", mentions: "cannot have 2.5 as its start"),
        BadSpecification(text: "providers[c1].capacity=3..5", path: "providers[c1].capacity",
                         mentions: "the range \"3..5\" is malformed"),
        BadSpecification(text: "providers[c1].capacity=1...5:0", path: "providers[c1].capacity",
                         mentions: "the step must be a positive number (got 0)"),
        BadSpecification(text: "providers[c1].capacity=5...1:-1", path: "providers[c1].capacity",
                         mentions: "the step must be a positive number (got -1)"),
        BadSpecification(text: "weights.values=zero...1", path: "weights.values", mentions: "\"zero\" of the range"),
        BadSpecification(text: "weights.values=0...nan", path: "weights.values", mentions: "\"nan\" of the range"),
        BadSpecification(text: "weights.values=0...", path: "weights.values", mentions: "has no end (TO)"),
        BadSpecification(text: "sites[s1].rent=0...100000", path: "sites[s1].rent", mentions: "at most 1000"),
        BadSpecification(text: "providers[c1].capacity", path: "providers[c1].capacity", mentions: "expected PATH=FROM...TO"),
    ])
    func badSpecification(_ case: BadSpecification) {
        #expect {
            try ScenarioSweep(base: Self.base, specification: `case`.text)
        } throws: { error in
            guard let error = error as? SweepSpecificationError else { return false }
            return error.path == `case`.path && error.message.contains(`case`.mentions)
                && error.description.hasPrefix(`case`.path + ": ")
        }
    }

    // MARK: Ranges

    @Test("ranges: TO included when the steps land on it, downwards when FROM is above TO, no float drift")
    func ranges() throws {
        #expect(try SweepRange(parsing: "2...12", path: "p").values == (2...12).map(Double.init))
        #expect(try SweepRange(parsing: "12...2:2", path: "p").values == [12, 10, 8, 6, 4, 2])
        #expect(try SweepRange(parsing: "0...1:0.1", path: "p").values == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
        #expect(try SweepRange(parsing: "1...4:2", path: "p").values == [1, 3])
        #expect(try SweepRange(parsing: "-1...1", path: "p").values == [-1, 0, 1])
        #expect(try SweepRange(parsing: "5...5", path: "p").values == [5])
    }

    // MARK: Invalid points

    @Test("a value that makes the scenario invalid gives the validation message, not an error")
    func invalidPoint() throws {
        // s1 has 4 units: 5 accessible units of 4 breaks MODEL.md's `accessibleUnits` <= `units`.
        let sweep = try ScenarioSweep(base: Self.base, specification: "sites[s1].accessibleUnits=3...5")
        guard case .valid = sweep.scenario(at: 4) else { Issue.record("4 of 4 units is valid"); return }
        guard case .invalid(let issues) = sweep.scenario(at: 5) else { Issue.record("5 of 4 units is invalid"); return }
        #expect(issues.map(\.path) == ["sites[0].accessibleUnits"])
        #expect(issues.first?.message.contains("units") == true)

        let report = try SweepRunner().run(sweep)
        #expect(report.points.map(\.statusText) == ["optimal", "optimal", "invalid"])
        #expect(report.points[2].housedHouseholds == nil)
        #expect(!report.stopped)
    }

    // MARK: Solving a sweep

    /// One group that anyone may join, at a site of 4 dwellings; two households without a
    /// care need (h1, h2) who rank the group first, and three with elderly care (h3-h5)
    /// who have no preferences. Provider c1 gives elderly care; its capacity is swept.
    static let capacityScenario = Scenario(
        name: "Capacity",
        seekers: [
            Seeker(id: "h1", generations: ["adult"], preferences: ["g1"]),
            Seeker(id: "h2", generations: ["adult"], preferences: ["g1"]),
            Seeker(id: "h3", generations: ["senior"], care: .init(type: "elderly")),
            Seeker(id: "h4", generations: ["senior"], care: .init(type: "elderly")),
            Seeker(id: "h5", generations: ["senior"], care: .init(type: "elderly")),
        ],
        groups: [Group(id: "g1", minSize: 1, maxSize: 5)],
        sites: [Site(id: "s1", municipality: "Houten", units: 4, rent: 800)],
        providers: [CareProvider(id: "c1", careTypes: ["elderly"], capacity: 0)]
    )

    @Test("a provider's capacity 0...3: one more household per place until the site's 4 dwellings bind")
    func handCheckedSweep() throws {
        // Every care-needing member must be served by c1 (rule 8), at most `capacity` in all.
        // capacity 0: only h1 and h2 can join: housed 2 (2 without care, 0 elderly).
        // capacity 1: h1, h2 and one elderly household: housed 3.
        // capacity 2: h1, h2 and two elderly: housed 4, which fills s1's 4 units (rule 2).
        // capacity 3: still 4, the units bind. Stage 1 ties between {h1, h2, two elderly} and
        //   {one of h1/h2, three elderly}; stage 2 breaks it: h1 and h2 each add 1.0 for ranking
        //   g1 first, so both stay in and the elderly count stays 2.
        // The preference fit is 2 throughout (h1 and h2 always housed); one group forms each time.
        let sweep = try ScenarioSweep(base: Self.capacityScenario, specification: "providers[c1].capacity=0...3")
        let report = try SweepRunner().run(sweep)
        #expect(report.points.map(\.value) == [0, 1, 2, 3])
        #expect(report.points.map(\.statusText) == ["optimal", "optimal", "optimal", "optimal"])
        #expect(report.points.map(\.housedHouseholds) == [2, 3, 4, 4])
        #expect(report.points.map(\.housedWithoutCare) == [2, 2, 2, 2])
        #expect(report.points.map { $0.housedByCareType["elderly"] } == [0, 1, 2, 2])
        #expect(report.points.map(\.groupsFormed) == [1, 1, 1, 1])
        for point in report.points {
            let objective = try #require(point.match?.objective)
            #expect(abs(objective.housed - Double(point.housedHouseholds ?? -1)) < 1e-6)
            #expect(abs(objective.preference - 2) < 1e-6)
        }
        #expect(report.careTypes == ["elderly"])
    }

    @Test("starting each point from the previous match gives the same answers as solving each alone")
    func warmStartSameAnswers() throws {
        let sweep = try ScenarioSweep(base: Self.capacityScenario, specification: "providers[c1].capacity=3...0")
        let warm = try SweepRunner(reusesPreviousMatch: true).run(sweep)
        let cold = try SweepRunner(reusesPreviousMatch: false).run(sweep)
        #expect(warm.points.map(\.housedHouseholds) == cold.points.map(\.housedHouseholds))
        #expect(warm.points.map { $0.match?.objective?.preference } == cold.points.map { $0.match?.objective?.preference })
    }

    @Test("going down in capacity, a point whose earlier match still holds is answered by it")
    func downwardSweepReusesMatch() throws {
        // At capacity 3 the match serves two elderly members (see handCheckedSweep),
        // so at 2 it still meets every rule and is optimal again; at 1 it does not.
        let sweep = try ScenarioSweep(base: Self.capacityScenario, specification: "providers[c1].capacity=3...1")
        let report = try SweepRunner(reusesPreviousMatch: true).run(sweep)
        let settled = report.points.map { $0.result?.statistics.settledBy.first }
        #expect(settled[1] == "earlier match")
        #expect(settled[0] != "earlier match" && settled[2] != "earlier match")
        #expect(report.points.map(\.housedHouseholds) == [4, 4, 3])
    }

    // MARK: Stopping

    @Test("a stop after two points keeps those two, and the CSV written after each point holds them")
    func stopKeepsPoints() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sweep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("sweep.csv").path

        let solved = Mutex(0)
        let runner = SweepRunner(shouldStop: { solved.withLock { $0 >= 2 } })
        let sweep = try ScenarioSweep(base: Self.capacityScenario, specification: "providers[c1].capacity=0...3")
        let report = try runner.run(sweep, didSolve: { report in
            // As the command line does: rewrite the file after each point.
            try SolutionFiles.writeAtomically(Data(SweepCSV.text(report).utf8), to: csv)
            solved.withLock { $0 = report.points.count }
        })
        #expect(report.stopped)
        #expect(report.droppedValue == nil)
        #expect(report.points.map(\.value) == [0, 1])

        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("providers[c1].capacity,status,housed,") == true)
        #expect(lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[0] } == ["0", "1"])
        #expect(lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[2] } == ["2", "3"])
    }

    // MARK: CSV

    @Test("the CSV has a column per care type, empty counts for points without a match, and quotes where needed")
    func csv() throws {
        let sweep = try ScenarioSweep(base: Self.base, specification: "sites[s1].accessibleUnits=4...5")
        let text = SweepCSV.text(try SweepRunner().run(sweep))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "sites[s1].accessibleUnits,status,housed,housed_objective,preference_objective,"
                + "housed_no_care,housed_elderly,groups_formed,seconds,problems")
        #expect(lines[1].hasPrefix("4,optimal,2,2,"))
        // "must not exceed units 4 (got 5)" has no comma, so the field needs no quotes.
        #expect(lines[2].hasPrefix("5,invalid,,,,,,,"))
        #expect(lines[2].hasSuffix("sites[0].accessibleUnits: must not exceed units 4 (got 5)"))
    }
}
