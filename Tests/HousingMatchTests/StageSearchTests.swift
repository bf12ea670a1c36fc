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

    @Test("without guidance each stage is one search of its whole programme")
    func directSearch() throws {
        let (result, solved) = try Self.solve(needsGuidance: false)
        #expect(result.status == .optimal)
        #expect(solved.count == 2, "one solve per stage, got \(solved.count)")
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
