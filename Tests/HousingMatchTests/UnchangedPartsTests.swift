@testable import HousingMatch
import LinearProgramming
import Testing

/// A what-if that changes one region leaves the other regions' parts as they
/// were; their earlier outcomes are taken over, and the answer is still a
/// cold solve's.
@Suite("Unchanged parts")
struct UnchangedPartsTests {
    private static func regions(_ count: Int, seed: UInt64) -> Scenario {
        ScenarioGenerator(size: .init(seekers: 30 * count, groups: 3 * count, sites: 4 * count,
                                      providers: 2 * count, regions: count), seed: seed).generate()
    }

    /// An engine that solves each region as a part of its own, as it does for
    /// regions of a national scenario (small ones are otherwise bundled).
    private static func engine(_ options: MatchOptions = MatchOptions()) -> MatchEngine {
        var engine = MatchEngine(options: options)
        engine.partBundleSize = 0
        return engine
    }

    /// Changes to region 2 of every kind: options taken away (a site of the
    /// earlier match, care places the earlier match uses) and given (a site,
    /// care places, a higher rent limit).
    private static func changesToRegionTwo(of scenario: Scenario, usedBy match: Match) -> [(String, Scenario)] {
        let prefix = "r2-"
        var changes: [(String, Scenario)] = []
        if let used = match.groups.first(where: { $0.site.rawValue.hasPrefix(prefix) }) {
            var removed = scenario
            removed.sites.removeAll { $0.id == used.site }
            changes.append(("used site removed", removed))
            if let added = try? siteCopied(inRegion: prefix, of: scenario, usedBy: match) {
                changes.append(("site added", added))
            }
        }
        let serving = match.groups.flatMap(\.care).map(\.provider)
        if let c = scenario.providers.firstIndex(where: { $0.id.rawValue.hasPrefix(prefix) && serving.contains($0.id) }) {
            var halved = scenario
            halved.providers[c].capacity /= 2
            changes.append(("used capacity halved", halved))
            var raised = scenario
            raised.providers[c].capacity += 3
            changes.append(("used capacity raised", raised))
        }
        if let h = scenario.seekers.firstIndex(where: { $0.id.rawValue.hasPrefix(prefix) && $0.maxRent != nil }) {
            var richer = scenario
            richer.seekers[h].maxRent! += 300
            changes.append(("rent limit raised", richer))
        }
        return changes
    }

    /// Random changes to one region of random three-region scenarios, solved
    /// with the earlier solve and cold. Both ways of reuse must occur: the
    /// earlier match answering a restriction at once, and one region solved
    /// while the others are taken over (with the earlier bounds less theirs,
    /// when the change is a restriction).
    @Test("a change in one region: the other regions are taken over, and the optimum is a cold solve's")
    func otherRegionsTakenOver() throws {
        var settledByEarlierMatch = 0, solvedOnePart = 0
        for seed in 0..<8 {
            let scenario = Self.regions(3, seed: UInt64(500 + seed))
            let before = try Self.engine().solve(scenario)
            guard before.status == .optimal else { continue }
            let earlier = EarlierSolve(scenario: scenario, result: before)
            let outsideRegionTwo = Self.partCount(of: Self.withoutRegion("r2-", of: scenario))
            for (name, changed) in Self.changesToRegionTwo(of: scenario, usedBy: before.match) {
                let cold = try Self.engine().solve(changed)
                let warm = try Self.engine(MatchOptions(earlierSolve: earlier)).solve(changed)
                #expect(warm.status == cold.status, "seed \(seed), \(name)")
                #expect(warm.objective?.housed == cold.objective?.housed, "seed \(seed), \(name)")
                if let a = warm.objective?.preference, let b = cold.objective?.preference {
                    #expect(abs(a - b) < 1e-6, "seed \(seed), \(name)")
                }
                #expect(MatchChecker(scenario: changed).violations(of: warm.match) == [], "seed \(seed), \(name)")
                // Only region 2 is solved, if anything: the others are as they were.
                let settledBy = warm.statistics.settledBy[0]
                if settledBy == "earlier match" {
                    settledByEarlierMatch += 1
                } else {
                    let takenOver = Self.unchangedCount(in: settledBy)
                    #expect(takenOver >= outsideRegionTwo, "seed \(seed), \(name): \(settledBy)")
                    if takenOver < warm.statistics.parts { solvedOnePart += 1 }
                }
            }
        }
        #expect(settledByEarlierMatch > 0)
        #expect(solvedOnePart > 0)
    }

    @Test("a solve that took parts over passes them on: changes to two regions, one after the other")
    func takenOverPartsArePassedOn() throws {
        let scenario = Self.regions(3, seed: 41)
        let first = try Self.engine().solve(scenario)
        try #require(first.statistics.parts == 3)
        let second = try Self.siteCopied(inRegion: "r2-", of: scenario, usedBy: first.match)
        let afterSecond = try Self.engine(MatchOptions(earlierSolve: EarlierSolve(scenario: scenario, result: first)))
            .solve(second)
        let third = try Self.siteCopied(inRegion: "r3-", of: second, usedBy: afterSecond.match)
        let afterThird = try Self.engine(MatchOptions(earlierSolve: EarlierSolve(scenario: second, result: afterSecond)))
            .solve(third)
        let cold = try Self.engine().solve(third)
        // Region 1, taken over by the second solve, is passed on to the third; region 2 too.
        #expect(Self.unchangedCount(in: afterSecond.statistics.settledBy[0]) == 2)
        #expect(Self.unchangedCount(in: afterThird.statistics.settledBy[0]) == 2)
        #expect(afterThird.objective?.housed == cold.objective?.housed)
        if let a = afterThird.objective?.preference, let b = cold.objective?.preference { #expect(abs(a - b) < 1e-6) }
    }

    /// `scenario` with a second site like one that `match` uses in the region.
    private static func siteCopied(inRegion prefix: String, of scenario: Scenario, usedBy match: Match) throws -> Scenario {
        let used = try #require(match.groups.first { $0.site.rawValue.hasPrefix(prefix) }?.site)
        var copy = try #require(scenario.sites.first { $0.id == used })
        copy.id = SiteID(prefix + "s-copy")
        var changed = scenario
        changed.sites.append(copy)
        return changed
    }

    @Test("an outcome reached with a larger gap is not taken over; one that keeps the match to keep is")
    func settingsMustServe() throws {
        let scenario = Self.regions(2, seed: 43)
        let plain = try Self.engine().solve(scenario)
        try #require(plain.statistics.parts == 2)
        // A site more in region 2 leaves region 1's part as it was.
        let changed = try Self.siteCopied(inRegion: "r2-", of: scenario, usedBy: plain.match)
        func takenOver(earlier: MatchResult, _ options: MatchOptions = MatchOptions()) throws -> Int {
            var options = options
            options.earlierSolve = EarlierSolve(scenario: scenario, result: earlier)
            return Self.unchangedCount(in: try Self.engine(options).solve(changed).statistics.settledBy[0])
        }
        #expect(try takenOver(earlier: plain) == 1)
        // A gap of 0 serves a solve that would settle for 0.5, not the other way round.
        #expect(try takenOver(earlier: plain, MatchOptions(relativeGap: 0.5)) == 1)
        let loose = try Self.engine(MatchOptions(relativeGap: 0.5)).solve(scenario)
        #expect(try takenOver(earlier: loose) == 0)
        // A stable re-solve keeping the earlier match: region 1's earlier outcome keeps all of it.
        #expect(try takenOver(earlier: plain, MatchOptions(keep: plain.match)) == 1)
    }

    @Test("under a time limit, the parts left get the share they would have had among all parts")
    func shareOfTheTimeLimit() {
        let part = ProgrammePart.parts(of: MatchFormulation(scenario: Self.regions(1, seed: 3)), bundleSize: 0).parts[0]
        let twelve = Array(repeating: part, count: 12)
        let earlier = LexicographicSolve.Outcome(
            housed: SolverResult(termination: .optimal, values: [], objectiveValue: nil, bestBound: nil, solveSeconds: 0),
            values: [], proven: true)
        func share(unchanged: Int, workers: Int) -> Double {
            MatchEngine.shareOfTime(twelve, unchanged: Dictionary(uniqueKeysWithValues: (0..<unchanged).map { ($0, earlier) }),
                                    workers: workers)
        }
        #expect(share(unchanged: 0, workers: 2) == 1)
        #expect(abs(share(unchanged: 11, workers: 1) - 1.0 / 12) < 1e-12)
        #expect(abs(share(unchanged: 11, workers: 2) - 2.0 / 12) < 1e-12)
        #expect(abs(share(unchanged: 9, workers: 2) - 6.0 / 12) < 1e-12)
        #expect(share(unchanged: 2, workers: 2) == 1)
    }

    /// The scenario with nothing of one region.
    private static func withoutRegion(_ prefix: String, of scenario: Scenario) -> Scenario {
        var rest = scenario
        rest.seekers.removeAll { $0.id.rawValue.hasPrefix(prefix) }
        rest.groups.removeAll { $0.id.rawValue.hasPrefix(prefix) }
        rest.sites.removeAll { $0.id.rawValue.hasPrefix(prefix) }
        rest.providers.removeAll { $0.id.rawValue.hasPrefix(prefix) }
        return rest
    }

    private static func partCount(of scenario: Scenario) -> Int {
        ProgrammePart.parts(of: MatchFormulation(scenario: scenario), bundleSize: 0).parts.count
    }

    /// How many parts a stage's "settled by" summary says were taken over.
    private static func unchangedCount(in summary: String) -> Int {
        for step in summary.split(separator: ", ") where step.hasPrefix("unchanged part") {
            return Int(step.split(separator: "×").last.map(String.init) ?? "") ?? 1
        }
        return 0
    }
}

/// The digest that recognises an unchanged part tells apart any two
/// programmes that differ in a number, and no two that differ only in names.
@Suite("Part digest")
struct PartDigestTests {
    @Test("in a stable re-solve, an outcome serves only if it keeps all of the match to keep")
    func stageThreeMustBeKept() {
        // The earlier outcome: x = 1, y = 0.
        let outcome = LexicographicSolve.Outcome(
            housed: SolverResult(termination: .optimal, values: [1, 0], objectiveValue: 1, bestBound: 1, solveSeconds: 0),
            values: [1, 0], proven: true, fitBound: 3)
        let settings = PartSettings(keepTolerance: 1e-6, relativeGap: 0, keepsEarlierMatch: false)
        let digest = PartDigest(Self.part())
        let records = SolvedParts([(digest, SolvedParts.Record(outcome: outcome, settings: settings))])
        var stable = settings
        stable.keepsEarlierMatch = true
        func part(keeping variable: Int) -> ProgrammePart {
            var part = Self.part()
            part.kept = LinearExpression([.init(VariableID(index: variable), 1)])
            return part
        }
        #expect(records.record(for: Self.part(), digest: digest, serving: settings) != nil)
        #expect(records.record(for: part(keeping: 0), digest: digest, serving: stable) != nil)
        #expect(records.record(for: part(keeping: 1), digest: digest, serving: stable) == nil)
        // A solve that may give up less of stage 1 than the earlier one did.
        var stricter = settings
        stricter.keepTolerance = 1e-7
        #expect(records.record(for: Self.part(), digest: digest, serving: stricter) == nil)
    }

    /// max x + 2y  s.t.  x + y <= 1 (a row named "pick"), x, y binary; fit 3x.
    private static func part(rowBound: Double = 1, coefficient: Double = 2, fit: Double = 3, yUpper: Double = 1,
                             kind: VariableKind = .binary, names: (String, String, String) = ("x", "y", "pick"),
                             emptyRow: (Double, Double)? = nil) -> ProgrammePart {
        var model = LinearModel()
        let x = model.addVariable(name: names.0, lowerBound: 0, upperBound: 1, kind: kind)
        let y = model.addVariable(name: names.1, lowerBound: 0, upperBound: yUpper, kind: .binary)
        model.addConstraint(LinearExpression([.init(x, 1), .init(y, 1)]), upperBound: rowBound, name: names.2)
        if let (lower, upper) = emptyRow { model.addConstraint(LinearExpression(), lowerBound: lower, upperBound: upper) }
        let housed = LinearExpression([.init(x, 1), .init(y, coefficient)])
        model.setObjective(housed, sense: .maximize)
        return ProgrammePart(model: model, housed: housed, fit: LinearExpression([.init(x, fit)]),
                             kept: LinearExpression(), siteChoices: [])
    }

    @Test("names do not count; every number, kind and empty row 0 cannot meet does")
    func differsInEveryNumber() {
        let digest = PartDigest(Self.part())
        #expect(PartDigest(Self.part()) == digest)
        #expect(PartDigest(Self.part(names: ("a", "b", "row"))) == digest)
        #expect(PartDigest(Self.part(emptyRow: (0, 0))) == digest)
        let others = [Self.part(rowBound: 2), Self.part(coefficient: 3), Self.part(fit: 1), Self.part(yUpper: 0),
                      Self.part(kind: .continuous), Self.part(emptyRow: (1, 1))].map(PartDigest.init)
        for other in others { #expect(other != digest) }
        #expect(Set(others).count == others.count)
    }
}
