import CGLPK
import CGLPKGuard
import LinearProgramming

/// One solve of one model with GLPK: parameters translated, outcome read back.
///
/// The linear path is in `GLPKSolve+Simplex.swift`, the mixed-integer one in
/// `GLPKSolve+Integer.swift`.
struct GLPKSolve {
    let model: LinearModel
    let data: GLPKProblemData
    var options: GLPKOptions
    let parameters: SolverParameters
    let started: ContinuousClock.Instant
    let backend: String
    /// A checked starting point, 1-based as GLPK takes it (index 0 is padding); set by ``run()``.
    var start: [Double]? = nil

    /// Loads the model into a fresh problem object and solves it.
    ///
    /// GLPK 5.0's cover-cut generator (`glp_cov_init`) aborts with
    /// `glp_add_cols: ncs = 0` on some presolved problems (measured on small
    /// housing-match models). The guard turns that into an error; the solve
    /// is then tried once more without cover cuts, in the time that is left.
    func run() throws(SolverError) -> SolverResult {
        var solve = self
        if model.isMixedInteger, let start = parameters.startingPoint, model.isFeasible(at: start) {
            // GLPK's callback sees the presolved problem when its MIP presolver is on, and
            // glp_ios_heur_sol takes values of the problem searched: a start needs it off.
            solve.start = [0] + start
            solve.options.presolve = false
        }
        return try solve.runWithRetry()
    }

    private func runWithRetry() throws(SolverError) -> SolverResult {
        do {
            return try attempt()
        } catch where error.code == HMG_ABORTED && model.isMixedInteger && options.cuts.contains(.cover) {
            var retry = self
            retry.options.cuts.remove(.cover)
            return try retry.attempt()
        }
    }

    private func attempt() throws(SolverError) -> SolverResult {
        try GLPKTerminal.routing(verbose: parameters.verbose, sink: parameters.outputSink) { () throws(SolverError) in
            var problem = GLPKProblem(backend: backend)
            try problem.load(data)
            if model.isMixedInteger {
                return try solveMixedInteger(&problem)
            }
            return try solveLinear(&problem)
        }
    }

    /// What is left of the time limit, in GLPK's milliseconds (`INT_MAX` for none).
    var remainingMilliseconds: Int32 {
        guard let limit = parameters.timeLimit else { return Int32.max }
        let left = (limit - started.secondsUntilNow) * 1000
        return Int32(clamping: Int(max(0, min(left.rounded(.up), Double(Int32.max - 1)))))
    }

    /// Runs the simplex method, watched for a stop request when the caller can ask to stop.
    func simplex(_ problem: inout GLPKProblem, presolve: Bool) throws(SolverError) -> Int32 {
        let interval = options.stopCheckSeconds
        if let shouldStop = parameters.shouldStop, interval > 0, interval.isFinite {
            return try problem.simplex(simplexParameters(presolve: presolve), checkInterval: interval,
                                       shouldStop: shouldStop)
        }
        return try problem.simplex(simplexParameters(presolve: presolve))
    }

    var messageLevel: Int32 { parameters.verbose ? GLP_MSG_ON : GLP_MSG_OFF }

    /// Simplex settings; `presolve` is separate because the fallbacks need it off.
    func simplexParameters(presolve: Bool) -> glp_smcp {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = messageLevel
        parameters.meth = options.simplexMethod.glpkCode
        parameters.presolve = presolve ? GLP_ON : GLP_OFF
        parameters.tm_lim = remainingMilliseconds
        return parameters
    }

    func failure(_ code: Int32, in routine: String) -> SolverError {
        GLPKReturnCode.failure(code, in: routine, backend: backend, log: GLPKTerminal.tail)
    }

    func unexpectedStatus(_ status: Int32, after routine: String, code: Int32) -> SolverError {
        SolverError(backend: backend, code: code,
                    message: "\(routine) returned \(GLPKReturnCode.describe(code)) but left the solution status "
                        + GLPKReturnCode.describeStatus(status))
    }
}
