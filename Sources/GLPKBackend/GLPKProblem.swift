import CGLPK
import CGLPKGuard
import LinearProgramming

/// Owns one `glp_prob` for the length of a solve and deletes it when done.
///
/// Calls that take data run through CGLPKGuard. When the guard catches a
/// GLPK abort it has freed the thread's whole GLPK environment, this problem
/// included, so the pointer is dropped and never deleted again.
///
/// A problem never leaves the thread that created it: GLPK's environment is
/// thread-local and a solve is synchronous.
struct GLPKProblem: ~Copyable {
    private var pointer: OpaquePointer?
    private let backend: String

    /// Creates an empty problem object.
    init(backend: String) {
        self.backend = backend
        pointer = glp_create_prob()
    }

    deinit {
        if let pointer { glp_delete_prob(pointer) }
    }

    private func alive(_ routine: String) throws(SolverError) -> OpaquePointer {
        guard let pointer else {
            throw SolverError(backend: backend, code: nil,
                              message: "\(routine) called after GLPK freed its environment")
        }
        return pointer
    }

    private mutating func aborted(in routine: String) -> SolverError {
        pointer = nil
        let said = String(cString: hmg_terminal_tail()).trimmingWhitespace()
        return SolverError(backend: backend, code: HMG_ABORTED,
                           message: "GLPK stopped with a fatal error in \(routine)"
                               + (said.isEmpty ? "" : ": \(said)"))
    }

    /// Adds the rows, columns, bounds, objective and matrix of `data`.
    mutating func load(_ data: GLPKProblemData) throws(SolverError) {
        let problem = try alive("glp_load_matrix")
        let code = data.withUnsafeCData { hmg_load_problem(problem, $0) }
        if code == HMG_ABORTED { throw aborted(in: "loading the problem") }
    }

    /// Runs `glp_simplex` and returns its return code.
    mutating func simplex(_ parameters: glp_smcp) throws(SolverError) -> Int32 {
        let problem = try alive("glp_simplex")
        var parameters = parameters
        let code = hmg_simplex(problem, &parameters)
        if code == HMG_ABORTED { throw aborted(in: "glp_simplex") }
        return code
    }

    /// Runs `glp_simplex`, asking `shouldStop` before it starts and about
    /// every `checkInterval` seconds (see `hmg_simplex_watched`), and returns
    /// its return code or `HMG_STOPPED`. A stop during the solve frees GLPK's
    /// environment, this problem with it: nothing may be read from it after.
    mutating func simplex(_ parameters: glp_smcp, checkInterval: Double,
                          shouldStop: @escaping @Sendable () -> Bool) throws(SolverError) -> Int32 {
        let problem = try alive("glp_simplex")
        var parameters = parameters
        let request = GLPKStopRequest(shouldStop)
        var watch = hmg_simplex_watch()
        watch.should_stop = GLPKStopRequest.ask
        watch.context = Unmanaged.passUnretained(request).toOpaque()
        watch.check_interval = checkInterval
        let code = hmg_simplex_watched(problem, &parameters, &watch)
        withExtendedLifetime(request) {}
        if code == HMG_ABORTED { throw aborted(in: "glp_simplex") }
        if code == HMG_STOPPED && hmg_environment_was_freed() != 0 { pointer = nil }
        return code
    }

    /// Runs `glp_intopt`, watched by `watch` when given, and returns its return code.
    mutating func intopt(_ parameters: glp_iocp,
                         watch: UnsafeMutablePointer<hmg_search_watch>?) throws(SolverError) -> Int32 {
        let problem = try alive("glp_intopt")
        var parameters = parameters
        let code = hmg_intopt(problem, &parameters, watch)
        if code == HMG_ABORTED { throw aborted(in: "glp_intopt") }
        return code
    }

    /// Resets the basis to all slacks, as a fresh problem has.
    mutating func useStandardBasis() throws(SolverError) {
        glp_std_basis(try alive("glp_std_basis"))
    }

    /// The basic solution's status (`glp_get_status`).
    func linearStatus() throws(SolverError) -> Int32 { glp_get_status(try alive("glp_get_status")) }

    /// The basic solution's primal status (`glp_get_prim_stat`).
    func primalStatus() throws(SolverError) -> Int32 { glp_get_prim_stat(try alive("glp_get_prim_stat")) }

    /// The integer solution's status (`glp_mip_status`).
    func integerStatus() throws(SolverError) -> Int32 { glp_mip_status(try alive("glp_mip_status")) }

    /// The basic solution: column values and objective.
    func linearSolution(columns: Int) throws(SolverError) -> (values: [Double], objective: Double) {
        let problem = try alive("glp_get_col_prim")
        let values = (0..<columns).map { glp_get_col_prim(problem, Int32($0 + 1)) }
        return (values, glp_get_obj_val(problem))
    }

    /// The basic solution's row duals (`glp_get_row_dual`), one per row.
    func rowDuals(rows: Int) throws(SolverError) -> [Double] {
        let problem = try alive("glp_get_row_dual")
        return (0..<rows).map { glp_get_row_dual(problem, Int32($0 + 1)) }
    }

    /// The integer solution: column values and objective.
    func integerSolution(columns: Int) throws(SolverError) -> (values: [Double], objective: Double) {
        let problem = try alive("glp_mip_col_val")
        let values = (0..<columns).map { glp_mip_col_val(problem, Int32($0 + 1)) }
        return (values, glp_mip_obj_val(problem))
    }
}

/// Carries a stop closure into `hmg_simplex_watched`; immutable, so an
/// unretained pointer to it is safe for the length of the call.
final class GLPKStopRequest: Sendable {
    let shouldStop: @Sendable () -> Bool

    init(_ shouldStop: @escaping @Sendable () -> Bool) {
        self.shouldStop = shouldStop
    }

    /// The C entry point: `context` is an unretained ``GLPKStopRequest``.
    static let ask: hmg_stop_request = { context in
        guard let context else { return 0 }
        return Unmanaged<GLPKStopRequest>.fromOpaque(context).takeUnretainedValue().shouldStop() ? 1 : 0
    }
}
