import Foundation
import HousingMatch
import LinearProgramming
import Synchronization
import Testing

/// A large part's relaxation can take half of stage 1's time (about 22 s of
/// 48 s on 3,000 households); the steps over the whole programme after it may
/// then end without any match. These tests slow down the whole programme on
/// purpose to see that a match is sought at the relaxation's sites first.
@Suite("Stages with a slow relaxation")
struct SlowRelaxationTests {
    @Test("a relaxation that takes much of the stage's time is followed by a match at its sites, found before the whole-programme searches")
    func slowRelaxationDivesFirst() throws {
        let backend = SlowWholeProgramme(relaxationHold: 0.3)
        // Long enough that the dive after the held relaxation finishes on a loaded machine.
        let options = MatchOptions(timeLimit: 6, threads: 1)
        // The stages' own calls only: the heuristic's small programmes would count as whole ones.
        var engine = MatchEngine(backend: backend, options: options)
        engine.runsHeuristic = false
        let result = try engine.solve(StatusTests.hard)

        #expect(result.hasMatch, "calls: \(backend.calls.all)")
        #expect(MatchChecker(scenario: StatusTests.hard).violations(of: result.match).isEmpty)
        let calls = backend.calls.all
        let firstWholeSearch = try #require(calls.firstIndex(of: .wholeSearch))
        #expect(calls[..<firstWholeSearch].contains(.searchAtSites), "calls: \(calls)")
    }

    @Test("a quick relaxation leaves the whole-programme search (only sites whole) first, as before")
    func quickRelaxationKeepsOrder() throws {
        let backend = SlowWholeProgramme(relaxationHold: 0)
        let options = MatchOptions(timeLimit: 60, threads: 1)
        var engine = MatchEngine(backend: backend, options: options)
        engine.runsHeuristic = false
        _ = try engine.solve(StatusTests.hard)

        let calls = backend.calls.all
        let firstWholeSearch = try #require(calls.firstIndex(of: .wholeSearch))
        #expect(!calls[..<firstWholeSearch].contains(.searchAtSites), "calls: \(calls)")
    }
}

/// GLPK, but every search over the whole programme (no site ruled out) ends
/// at once without a match, as one that runs out of time would, and the
/// whole programme's relaxation returns only once `relaxationHold` of its
/// time limit has passed.
struct SlowWholeProgramme: SolverBackend {
    enum Call: Equatable, Sendable { case wholeRelaxation, wholeSearch, relaxationAtSites, searchAtSites }

    let relaxationHold: Double
    let calls = Calls()
    private let glpk = MatchEngine.defaultBackend

    var name: String { "GLPK with a slow whole programme" }
    var searchNeedsGuidance: Bool { glpk.searchNeedsGuidance }

    func solve(_ model: LinearModel, parameters: SolverParameters) throws(SolverError) -> SolverResult {
        let atSites = model.variables.contains { $0.name.hasPrefix("take[") && $0.upperBound == 0 }
        calls.add(atSites ? (model.isMixedInteger ? .searchAtSites : .relaxationAtSites)
                          : (model.isMixedInteger ? .wholeSearch : .wholeRelaxation))
        if atSites { return try glpk.solve(model, parameters: parameters) }
        if model.isMixedInteger {
            return SolverResult(termination: .timeLimit, values: [], objectiveValue: nil, bestBound: nil,
                                solveSeconds: 0)
        }
        let started = Date()
        let result = try glpk.solve(model, parameters: parameters)
        let hold = relaxationHold * (parameters.timeLimit ?? 0) + started.timeIntervalSinceNow
        if hold > 0 { Thread.sleep(forTimeInterval: hold) }
        return result
    }

    /// The calls in the order they came.
    final class Calls: Sendable {
        private let items = Mutex<[Call]>([])
        func add(_ call: Call) { items.withLock { $0.append(call) } }
        var all: [Call] { items.withLock { $0 } }
    }
}
