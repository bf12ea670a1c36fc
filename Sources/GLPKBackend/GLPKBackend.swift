import CGLPKGuard
import LinearProgramming

/// Solves ``LinearModel``s with GLPK, the GNU Linear Programming Kit.
///
/// Linear programmes go to GLPK's simplex method, models with integer
/// variables to its branch-and-cut. The model is checked with
/// ``LinearModel/problems(maximumNameLength:)`` before GLPK sees it, because
/// GLPK aborts the whole process on invalid input; whatever slips through
/// is caught by a C guard and thrown as ``SolverError``.
///
/// A solve is synchronous and runs entirely on the calling thread: the GLPK
/// problem object is created, used and deleted there, and never shared,
/// because GLPK keeps its environment per thread. Different threads may
/// solve at the same time; a progress or stop closure must not start another
/// GLPK solve on its own thread while it is called from one.
///
/// ``SolverParameters/progress`` and ``SolverParameters/shouldStop`` are
/// honoured during branch-and-cut. GLPK's simplex method offers no callback:
/// when ``SolverParameters/shouldStop`` is set, it is asked at the progress
/// lines GLPK prints every ``GLPKOptions/stopCheckSeconds`` (swallowed unless
/// verbose), and a stopped linear solve ends ``TerminationStatus/interrupted``
/// without a solution. The relaxation `glp_intopt` solves after its own
/// presolve is not watched.
///
/// A ``SolverParameters/startingPoint`` that meets the model is handed to
/// branch-and-cut as a heuristic solution (`glp_ios_heur_sol`) at the root;
/// that solve runs without GLPK's MIP presolver, whose callback would see
/// the presolved columns. ``SolverParameters/threads`` is ignored.
public struct GLPKBackend: SolverBackend {
    /// The GLPK-specific settings.
    public var options: GLPKOptions

    /// Creates a backend with the given settings (the measured defaults unless told otherwise).
    public init(options: GLPKOptions = GLPKOptions()) {
        self.options = options
    }

    /// "GLPK".
    public var name: String { "GLPK" }
    /// GLPK's search often finds no integer solution of a large programme for
    /// a long time, even when its bound after the root's cuts is already the
    /// optimum (Benchmarks/README.md, "Decision log").
    public var searchNeedsGuidance: Bool { true }

    /// Solves the model; optimisation outcomes are returned, failures thrown.
    ///
    /// - Throws: ``SolverError`` without a code when the model or the
    ///   parameters are unfit (listing every problem); with GLPK's return
    ///   code when GLPK fails; without a code, quoting GLPK, when GLPK hit a
    ///   fatal error that the C guard caught.
    public func solve(_ model: LinearModel, parameters: SolverParameters) throws(SolverError) -> SolverResult {
        let started = ContinuousClock.now
        try checkInput(model, parameters)
        let data = try GLPKProblemData(model, backend: name)
        var result: SolverResult
        if data.hasInconsistentBounds {
            result = .withoutSolution(.infeasible)
        } else if let trivial = TrivialModel.solve(model) {
            // GLPK aborts on glp_add_cols(P, 0), so models without columns or rows never reach it.
            result = trivial
        } else {
            let solve = GLPKSolve(model: model, data: data, options: options, parameters: parameters,
                                  started: started, backend: name)
            result = try solve.run()
        }
        result.solveSeconds = started.secondsUntilNow
        return result
    }

    /// Frees the calling thread's GLPK environment; GLPK keeps one per thread
    /// and would otherwise hold it until the process ends.
    public func releaseThreadResources() {
        hmg_release_thread()
    }

    private func checkInput(_ model: LinearModel, _ parameters: SolverParameters) throws(SolverError) {
        // GLPK is given no names, so their length is the file writers' concern, not this one's:
        // a valid id of 64 emoji makes a column name of over 255 bytes.
        var problems = model.problems(maximumNameLength: .max).map(\.description) + parameters.problems
        if !(options.proximitySearchSeconds >= 0) {
            problems.append("options.proximitySearchSeconds: \(options.proximitySearchSeconds) is not a duration")
        }
        if !problems.isEmpty { throw SolverError.unfitInput(backend: name, problems: problems) }
    }
}
