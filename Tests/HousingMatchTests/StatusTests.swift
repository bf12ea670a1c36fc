import HousingMatch
import Synchronization
import Testing

/// The `status` of MODEL.md under limits: what an early stop returns.
@Suite("Statuses under limits")
struct StatusTests {
    /// A regional scenario that GLPK does not finish in a moment.
    static let hard = ScenarioGenerator(
        size: .init(seekers: 300, groups: 25, sites: 30, providers: 6), seed: 1).generate()

    @Test("a solve stopped before any match is found says noSolution, and why, for everyone")
    func stoppedAtOnce() throws {
        let result = try MatchEngine(options: MatchOptions(shouldStop: { true })).solve(Self.hard)
        #expect([.noSolution, .feasible].contains(result.status))
        if result.status == .noSolution {
            #expect(result.objective == nil)
            #expect(result.match.groups.isEmpty)
            #expect(result.unassigned.count == Self.hard.seekers.count)
            #expect(result.unassigned.allSatisfy { $0.reason.contains("no match was found") })
        }
    }

    @Test("a time limit ends the solve with a valid match or none, never optimal unproven")
    func timeLimit() throws {
        let result = try MatchEngine(options: MatchOptions(timeLimit: 0.5)).solve(Self.hard)
        #expect(result.statistics.totalSeconds < 5)
        #expect(result.status != .infeasible)
        if result.hasMatch {
            #expect(MatchChecker(scenario: Self.hard).violations(of: result.match).isEmpty)
        }
    }

    @Test("progress reports come with the stage and a growing clock")
    func progressReports() throws {
        let reports = Reports()
        // Stopped once a few reports have come, not at a time: on a busy
        // machine a short limit could end the solve before the first one.
        let options = MatchOptions(timeLimit: 60, progress: { reports.add($0) },
                                   shouldStop: { reports.all.count >= 3 })
        _ = try MatchEngine(options: options).solve(Self.hard)
        let seen = reports.all
        #expect(!seen.isEmpty)
        #expect(seen.first?.stage == .housed)
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.elapsedSeconds <= $1.elapsedSeconds })
    }
}

/// Collects progress reports from the solver's thread.
final class Reports: Sendable {
    private let items = Mutex<[MatchProgress]>([])
    func add(_ report: MatchProgress) { items.withLock { $0.append(report) } }
    var all: [MatchProgress] { items.withLock { $0 } }
}
