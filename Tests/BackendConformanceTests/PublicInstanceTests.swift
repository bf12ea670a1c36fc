import Foundation
import LinearProgramming
import Testing

/// Public instances whose optima nobody here computed. The cases run in
/// parallel (Swift Testing's default); each stays within a few seconds.
@Suite("Conformance: public instances")
struct PublicInstanceTests {
    static let netlibInstances = ValidationInstances.instances("netlib", suffix: ".mps")
    static let gapInstances = ValidationInstances.instances("gap", suffix: "")
    // All eight MIPLIB 3 instances of the folder prove their optimum within a
    // second with GLPK's default options (slowest: bell5 and dcmulti, about
    // 0.8 s in a release build); p0548 needs cuts (11 s without). Exceptions
    // for other configurations are listed in BackendUnderTest.tooSlow.
    static let miplibInstances = ValidationInstances.instances("miplib3", suffix: ".mps")

    @Test("netlib LPs to a relative 1e-8", arguments: InstanceCase.all(netlibInstances))
    func netlibLinearProgramme(_ testCase: InstanceCase) throws {
        let (under, instance) = (testCase.under, testCase.instance)
        try ValidationInstances.requirePresent(instance)
        let model = try MPSReader.read(contentsOf: instance.url)
        let result = try under.backend.solve(model, parameters: SolverParameters(timeLimit: 60))
        #expect(result.termination == .optimal)
        #expect(agrees(result.objectiveValue, instance.optimum, relative: 1e-8),
                "\(instance.name): \(String(describing: result.objectiveValue)), expected \(instance.optimum)")
    }

    @Test("OR-Library generalized assignment to the proven optimum", arguments: InstanceCase.all(gapInstances))
    func generalizedAssignmentInstance(_ testCase: InstanceCase) throws {
        let (under, instance) = (testCase.under, testCase.instance)
        try ValidationInstances.requirePresent(instance)
        let model = GeneralizedAssignment.model(try GeneralizedAssignment.read(instance.url), name: instance.name)
        let result = try under.backend.solve(model, parameters: SolverParameters(timeLimit: 60))
        #expect(result.termination == .optimal)
        #expect(agrees(result.objectiveValue, instance.optimum, relative: 1e-9),
                "\(instance.name): \(String(describing: result.objectiveValue)), expected \(instance.optimum)")
        SolutionCheck.expectFeasible(result, in: model)
    }

    @Test("small MIPLIB 3 models to the published optimum", arguments: InstanceCase.all(miplibInstances))
    func miplibInstance(_ testCase: InstanceCase) throws {
        let (under, instance) = (testCase.under, testCase.instance)
        try ValidationInstances.requirePresent(instance)
        let model = try MPSReader.read(contentsOf: instance.url)
        let result = try under.backend.solve(model, parameters: SolverParameters(timeLimit: 60))
        #expect(result.termination == .optimal)
        // The published optima have about seven significant digits (rgn: 82.1999 for 82.19999924).
        #expect(agrees(result.objectiveValue, instance.optimum, relative: 1e-5),
                "\(instance.name): \(String(describing: result.objectiveValue)), expected \(instance.optimum)")
        SolutionCheck.expectFeasible(result, in: model)
    }
}
