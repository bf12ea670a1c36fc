import Foundation
import GLPKBackend
import LinearProgramming
import Testing

/// Opt-in: the relaxation of an exported MPS file (`housing-match export
/// --mps`) solved alternately unwatched and watched for a stop request
/// (HM_STOP_CHECK_MPS=file, HM_STOP_CHECK_PAIRS=n; prints the times).
@Suite("Measurement: watching the simplex method for a stop request", .serialized)
struct StopCheckCostMeasurement {
    @Test("relaxation unwatched and watched", .enabled(if: ProcessInfo.processInfo.environment["HM_STOP_CHECK_MPS"] != nil))
    func measure() throws {
        let environment = ProcessInfo.processInfo.environment
        let model = try MPSReader.read(contentsOf: URL(fileURLWithPath: environment["HM_STOP_CHECK_MPS"]!)).relaxed()
        let pairs = Int(environment["HM_STOP_CHECK_PAIRS"] ?? "3") ?? 3
        for pair in 0..<pairs {
            for interval in pair.isMultiple(of: 2) ? [0, 0.25] : [0.25, 0] {
                var options = GLPKOptions(cuts: .all)
                options.stopCheckSeconds = interval
                let result = try GLPKBackend(options: options).solve(model, parameters: SolverParameters(shouldStop: { false }))
                print("STOP-CHECK pair \(pair) interval \(interval): \(result.solveSeconds) s, \(result.termination), \(result.objectiveValue ?? .nan)")
            }
        }
    }
}
