import CBCBackend
import Foundation
import GLPKBackend
import LinearProgramming
import Testing

/// Opt-in: exported programmes (`housing-match export --mps`) solved by GLPK
/// (the engine's options: every cut) and by CBC, alternately, pair by pair
/// (HM_BACKEND_MPS=file,file,..., HM_BACKEND_PAIRS=n, HM_BACKEND_TIME_LIMIT=s,
/// HM_BACKEND_STEP=step; prints the times).
@Suite("Measurement: GLPK against CBC on exported programmes", .serialized)
struct BackendComparisonMeasurement {
    @Test("each file through each backend", .enabled(if: ProcessInfo.processInfo.environment["HM_BACKEND_MPS"] != nil))
    func measure() throws {
        let environment = ProcessInfo.processInfo.environment
        let files = environment["HM_BACKEND_MPS"]!.split(separator: ",").map(String.init)
        let pairs = Int(environment["HM_BACKEND_PAIRS"] ?? "1") ?? 1
        let limit = Double(environment["HM_BACKEND_TIME_LIMIT"] ?? "60") ?? 60
        let step = environment["HM_BACKEND_STEP"].flatMap(Double.init)
        let backends: [(String, any SolverBackend)] = [
            ("GLPK", GLPKBackend(options: GLPKOptions(cuts: .all))), ("CBC", CBCBackend(threads: 1)),
        ]
        for file in files {
            let model = try MPSReader.read(contentsOf: URL(fileURLWithPath: file))
            for pair in 0..<pairs {
                for (label, backend) in pair.isMultiple(of: 2) ? backends : backends.reversed() {
                    let result = try backend.solve(model, parameters: SolverParameters(timeLimit: limit, objectiveStep: step))
                    print("BACKEND \(file) pair \(pair) \(label): \(String(format: "%.2f", result.solveSeconds)) s, "
                        + "\(result.termination), value \(result.objectiveValue ?? .nan), bound \(result.bestBound ?? .nan)")
                }
            }
        }
    }
}
