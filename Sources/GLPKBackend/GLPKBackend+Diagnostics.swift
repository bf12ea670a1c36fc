import CGLPK
import CGLPKGuard
import LinearProgramming

extension GLPKBackend {
    /// GLPK's memory in use on the calling thread (`glp_mem_usage`), to check that solves leak nothing.
    ///
    /// GLPK accounts per thread, so compare readings taken on the same thread.
    public static func memoryInUse() -> GLPKMemoryUsage {
        var count: Int32 = 0, peakCount: Int32 = 0
        var total = 0, peakTotal = 0
        glp_mem_usage(&count, &peakCount, &total, &peakTotal)
        return GLPKMemoryUsage(blocks: Int(count), bytes: total)
    }

    /// Test support: makes GLPK hit a fatal error under the C guard and throws what a solve would throw.
    ///
    /// It calls `glp_add_cols` with a count of zero, which makes GLPK call
    /// `glp_error` (and, unguarded, `abort()`). Afterwards the calling
    /// thread's GLPK environment has been freed and is rebuilt on next use.
    /// Only for tests that prove the guard works.
    public static func provokeGuardedErrorForTesting() throws(SolverError) {
        let code = GLPKTerminal.routing(verbose: false, sink: nil) { hmg_test_support_provoke_error() }
        if code == HMG_ABORTED {
            throw SolverError(backend: "GLPK", code: nil,
                              message: "GLPK stopped with a fatal error (provoked for testing): "
                                  + GLPKTerminal.tail.trimmingWhitespace())
        }
    }
}
