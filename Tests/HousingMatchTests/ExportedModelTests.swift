import Foundation
import HousingMatch
import LinearProgramming
import Testing

/// Exported programmes, solved by another solver (HiGHS, through its Python
/// package), must give the engine's optimum: then a benchmark that hands
/// them to peers compares like with like.
@Suite("Exported models solved by HiGHS", .enabled(if: HiGHS.isAvailable, "HiGHS (pip package highspy) is not installed; .ci/setup installs it"))
struct ExportedModelTests {
    @Test("both stages, both formulations, give the engine's optimum", arguments: 0..<12)
    func highsAgrees(seed: Int) throws {
        let scenario = RandomScenarios.small(seed: UInt64(30_000 + seed), seekers: 8...20, groups: 2...4, sites: 2...5,
                                             providers: 1...2)
        let engine = MatchEngine()
        let result = try engine.solve(scenario)
        guard result.status == .optimal, let objective = result.objective else { return }
        for formulation in ProgrammeFormulation.allCases {
            let stageOne = try engine.programme(for: scenario, stage: .housed, formulation: formulation)
            let stageTwo = try engine.programme(for: scenario, stage: .preference, formulation: formulation,
                                                keepingHoused: objective.housed)
            // MPS files are minimisations: a maximised objective is written negated.
            #expect(abs(try HiGHS.optimum(of: stageOne) + objective.housed) < 1e-6, "\(formulation) stage 1")
            #expect(abs(try HiGHS.optimum(of: stageTwo) + objective.preference) < 1e-6, "\(formulation) stage 2")
        }
    }
}

/// Runs HiGHS on an MPS file in a child Python process.
enum HiGHS {
    static let isAvailable: Bool = (try? run(["-c", "import highspy"]).status) == 0

    /// The optimal objective of the model as written to MPS.
    static func optimum(of model: LinearModel) throws -> Double {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID()).mps").path
        try MPSWriter.write(model).write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = """
            import highspy, sys
            h = highspy.Highs(); h.setOptionValue("output_flag", False); h.setOptionValue("mip_rel_gap", 0.0)
            h.readModel(sys.argv[1]); h.run()
            status = h.modelStatusToString(h.getModelStatus())
            assert status in ("Optimal", "Empty"), status
            print("objective", repr(h.getInfo().objective_function_value if status == "Optimal" else 0.0))
            """
        let (status, output) = try run(["-c", script, path])
        // HiGHS prints a banner first; the value is on the line the script marks.
        let line = output.split(separator: "\n").last { $0.hasPrefix("objective ") }
        guard status == 0, let line, let value = Double(line.dropFirst("objective ".count)) else {
            throw HiGHSFailure(output: output)
        }
        return value
    }

    struct HiGHSFailure: Error { var output: String }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
