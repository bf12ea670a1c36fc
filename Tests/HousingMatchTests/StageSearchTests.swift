import GLPKBackend
@testable import HousingMatch
import LinearProgramming
import Synchronization
import Testing

/// The engine picks how a stage is searched by what the backend says of its
/// own search (`searchNeedsGuidance`), not by which backend it is, and both
/// ways reach the same optimum.
@Suite("Stage search by the backend's traits")
struct StageSearchTests {
    /// GLPK underneath, reporting each programme it is given and claiming
    /// whichever trait the test sets.
    private final class Log: Sendable {
        let models = Mutex<[LinearModel]>([])
    }

    private struct RecordingBackend: SolverBackend {
        let needsGuidance: Bool
        let log = Log()
        var name: String { "recording" }
        var searchNeedsGuidance: Bool { needsGuidance }

        func solve(_ model: LinearModel, parameters: SolverParameters) throws(SolverError) -> SolverResult {
            log.models.withLock { $0.append(model) }
            return try GLPKBackend().solve(model, parameters: parameters)
        }
    }

    private static let scenario = ScenarioGenerator(
        size: .init(seekers: 60, groups: 6, sites: 8, providers: 3), seed: 2).generate()

    private static func solve(needsGuidance: Bool) throws -> (MatchResult, [LinearModel]) {
        let backend = RecordingBackend(needsGuidance: needsGuidance)
        var engine = MatchEngine(backend: backend)
        engine.partBundleSize = Int.max
        let result = try engine.solve(scenario)
        return (result, backend.log.models.withLock { $0 })
    }

    @Test("without guidance each stage, and the last step, is one search of its whole programme")
    func directSearch() throws {
        let (result, solved) = try Self.solve(needsGuidance: false)
        #expect(result.status == .optimal)
        #expect(solved.count == 3, "one solve per stage and one for the last step, got \(solved.count)")
        #expect(solved.allSatisfy { $0.variables.contains(where: \.isInteger) })
        #expect(result.statistics.settledBy == ["branch-and-cut", "branch-and-cut"])
    }

    @Test("with guidance a stage starts from its relaxation, and the optimum is the same")
    func guidedSteps() throws {
        let (guided, solved) = try Self.solve(needsGuidance: true)
        let (direct, _) = try Self.solve(needsGuidance: false)
        #expect(solved.first.map { !$0.variables.contains(where: \.isInteger) } == true,
                "the first programme solved is the relaxation")
        #expect(solved.count > 2)
        #expect(guided.status == .optimal)
        #expect(guided.objective == direct.objective)
    }
}

/// Progress tells only what holds for the whole stage: the guided steps
/// search programmes restricted to some sites (whose bounds bound only
/// those sites) and relaxations (whose solutions are no matches).
@Suite("Progress of the guided steps")
struct GuidedProgressTests {
    /// GLPK, reporting after each solve its own result as progress, as a
    /// backend does while it searches.
    private struct ReportingBackend: SolverBackend {
        let glpk = MatchEngine.defaultBackend
        var name: String { "GLPK, reporting every result" }
        var searchNeedsGuidance: Bool { true }

        func solve(_ model: LinearModel, parameters: SolverParameters) throws(SolverError) -> SolverResult {
            let result = try glpk.solve(model, parameters: parameters)
            if result.termination == .optimal, let value = result.objectiveValue {
                parameters.progress?(SolveProgress(bestObjective: value, bestBound: value,
                                                   elapsedSeconds: 0, openNodes: 0))
            }
            return result
        }
    }

    private final class Heard: Sendable {
        let progress = Mutex<[MatchProgress]>([])
    }

    @Test("no bound below the optimum, no match above it", arguments: [1, 2, 3, 4])
    func truthfulProgress(seed: UInt64) throws {
        let scenario = ScenarioGenerator(size: .init(seekers: 60, groups: 6, sites: 8, providers: 3), seed: seed)
            .generate()
        let plain = try MatchEngine().solve(scenario)
        let optimum = try #require(plain.objective?.housed)
        // A poor first guess at the sites sends the steps through restricted searches.
        var poor = plain.match
        poor.groups = Array(poor.groups.dropFirst())
        let heard = Heard()
        var options = MatchOptions(threads: 1)
        options.startingMatch = poor
        options.progress = { progress in heard.progress.withLock { $0.append(progress) } }
        var engine = MatchEngine(backend: ReportingBackend(), options: options)
        engine.partBundleSize = Int.max
        let result = try engine.solve(scenario)
        #expect(result.objective?.housed == optimum)
        let stageOne = heard.progress.withLock { $0 }.filter { $0.stage == .housed }
        #expect(!stageOne.isEmpty)
        for progress in stageOne {
            if let bound = progress.bestBound { #expect(bound >= optimum - 1e-6, "bound \(bound) < \(optimum)") }
            if let best = progress.bestObjective { #expect(best <= optimum + 1e-6, "match \(best) > \(optimum)") }
        }
        let first = try #require(result.statistics.firstMatchSeconds)
        let near = try #require(result.statistics.withinOnePercentSeconds)
        #expect(first <= near && near <= result.statistics.totalSeconds)
    }
}
