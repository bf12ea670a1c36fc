@testable import HousingMatch
import CBCBackend
import GLPKBackend
import LinearProgramming
import Testing

@Suite("The start of a direct stage search, and the solver chosen by size")
struct DirectStageStartTests {
    static func scenario(seed: UInt64, family: ScenarioGenerator.Family = .spread) -> Scenario {
        ScenarioGenerator(size: .init(seekers: 60, groups: 6, sites: 8, providers: 3), seed: seed, family: family)
            .generate()
    }

    static func part(seed: UInt64, family: ScenarioGenerator.Family = .spread) -> ProgrammePart {
        ProgrammePart.parts(of: MatchFormulation(scenario: scenario(seed: seed, family: family)),
                            bundleSize: .max).parts[0]
    }

    static func start(_ part: ProgrammePart, knownBound: Double? = nil) -> DirectStageStart {
        DirectStageStart(model: part.model, knownBound: knownBound)
    }

    @Test("stage 1's match starts stage 2, whatever the heuristic's; points of another length are left out")
    func stageOneStartsStageTwo() throws {
        let part = Self.part(seed: 2)
        let first = try MatchEngine.defaultBackend.solve(part.model, parameters: SolverParameters())
        let housed = part.housed.value(at: first.values.map { $0.rounded() })
        let second = part.preferenceStageModel(keepingHoused: housed, tolerance: 1e-6)
        // A match that houses fewer (nobody): a match of stage 1, not of stage 2.
        let nobody = Array(repeating: 0.0, count: part.model.variables.count)
        #expect(part.model.isFeasible(at: nobody, tolerance: 1e-9))
        let start = DirectStageStart(model: second).start(from: [nobody, [1, 2, 3], first.values])
        let point = try #require(start.point)
        #expect(second.isFeasible(at: point, tolerance: 1e-9))
        #expect(abs(part.housed.value(at: point) - housed) < 1e-6)
        #expect(DirectStageStart(model: second).start(from: [nobody, [1, 2, 3]]).point == nil)
        #expect(!start.isProven)
    }

    @Test("a known match is never lost, a point that breaks a rule is never used, and near-whole values are rounded")
    func knownMatches() throws {
        let part = Self.part(seed: 3)
        let optimal = try MatchEngine.defaultBackend.solve(part.model, parameters: SolverParameters())
        let optimum = try #require(optimal.objectiveValue)
        // A solver's 0.9999999 for 1: not feasible at 1e-9 as it is, a match once rounded.
        let blurred = zip(part.model.variables, optimal.values).map { $0.isInteger && $1 > 0.5 ? $1 - 1e-7 : $1 }
        let broken = Array(repeating: 1.0, count: part.model.variables.count)
        #expect(!part.model.isFeasible(at: broken))
        let start = Self.start(part)
        let chosen = try #require(part.model.bestFeasiblePoint(among: [broken, blurred]))
        #expect(chosen == optimal.values.map { $0.rounded() } || part.model.isFeasible(at: chosen, tolerance: 1e-9))
        #expect(abs(part.model.objectiveValue(at: chosen) - optimum) < 1e-6)
        #expect(part.model.bestFeasiblePoint(among: [broken]) == nil)
        let found = start.start(from: [broken, blurred])
        #expect(abs(try #require(found.value) - optimum) < 1e-6)
    }

    @Test("a known bound caps the start's bound and, reached, proves the known match")
    func knownBound() throws {
        let part = Self.part(seed: 1)
        let optimal = try MatchEngine.defaultBackend.solve(part.model, parameters: SolverParameters())
        let optimum = try #require(optimal.objectiveValue)
        let start = Self.start(part, knownBound: optimum).start(from: [optimal.values])
        #expect(start.isProven)
        // Short of the bound by more than a step, it proves nothing.
        let none = Array(repeating: 0.0, count: part.model.variables.count)
        #expect(!Self.start(part, knownBound: optimum).start(from: [none]).isProven)
        #expect(try #require(start.bound) <= optimum + 1e-9)
    }

    @Test("a bound proves a match only within one objective step, or at its value without a grid")
    func proofByStep() {
        #expect(StageSolver.proves(10.4, value: 10, step: 0.5))
        #expect(!StageSolver.proves(10.5, value: 10, step: 0.5))
        #expect(StageSolver.proves(10 + 1e-7, value: 10, step: nil))
        #expect(!StageSolver.proves(10.1, value: 10, step: nil))
    }

    @Test("the start's bound tightens the search's, and proves a match within a step of it")
    func settling() {
        func result(_ value: Double, bound: Double) -> SolverResult {
            SolverResult(termination: .timeLimit, values: [value], objectiveValue: value, bestBound: bound,
                         solveSeconds: 1)
        }
        let tight = DirectStageStart.Start(point: nil, value: nil, bound: 10.3, isProven: false)
        var proven = result(10, bound: 12)
        tight.settle(&proven, step: 0.5)
        #expect(proven.termination == .optimal && proven.bestBound == 10)
        let loose = DirectStageStart.Start(point: nil, value: nil, bound: 11, isProven: false)
        var open = result(10, bound: 12)
        loose.settle(&open, step: 0.5)
        #expect(open.termination == .timeLimit && open.bestBound == 11)
        var tighter = result(10, bound: 10.75)
        loose.settle(&tighter, step: 0.25)
        #expect(tighter.bestBound == 10.75)
    }

    @Test("auto is the default, keeps small parts on GLPK and sends large ones to CBC")
    func autoBySize() throws {
        #expect(MatchOptions().solver == .auto)
        let part = Self.part(seed: 1)
        let engine = MatchEngine()
        #expect(part.model.variables.filter(\.isInteger).count < engine.autoCBCIntegerVariables.lowerBound)
        #expect(engine.stageBackend(for: part) is GLPKBackend)
        var everyPart = engine
        everyPart.autoCBCIntegerVariables = 0..<Int.max
        #expect(everyPart.stageBackend(for: part) is CBCBackend)
        // A backend given by the caller is used as it is, whatever the size.
        var given = MatchEngine(backend: MatchEngine.defaultBackend)
        given.autoCBCIntegerVariables = 0..<Int.max
        #expect(given.stageBackend(for: part) is GLPKBackend)
        var named = MatchOptions()
        named.solver = .glpk
        var glpk = MatchEngine(options: named)
        glpk.autoCBCIntegerVariables = 0..<Int.max
        #expect(glpk.stageBackend(for: part) is GLPKBackend)
    }

    @Test("auto with CBC on every part gives the same optimum as GLPK", arguments: [UInt64(1), 2])
    func autoAgrees(seed: UInt64) throws {
        let scenario = Self.scenario(seed: seed, family: .careHeavy)
        var options = MatchOptions(timeLimit: 60, threads: 1)
        options.solver = .glpk
        let glpk = try MatchEngine(options: options).solve(scenario)
        options.solver = .auto
        var auto = MatchEngine(options: options)
        auto.autoCBCIntegerVariables = 0..<Int.max
        let mixed = try auto.solve(scenario)
        try #require(glpk.status == .optimal && mixed.status == .optimal, "\(glpk.status), \(mixed.status)")
        let (a, b) = (try #require(glpk.objective), try #require(mixed.objective))
        #expect(abs(a.housed - b.housed) < 1e-6)
        #expect(abs(a.preference - b.preference) < 1e-6)
    }
}
