import CGLPK
import CGLPKGuard
import LinearProgramming

extension GLPKSolve {
    /// Solves a model without integer variables with `glp_simplex`.
    func solveLinear(_ problem: inout GLPKProblem) throws(SolverError) -> SolverResult {
        let code = try simplex(&problem, presolve: options.presolve)
        switch code {
        case 0:
            return try linearOutcome(problem, code: code)
        case GLP_ENOPFS:
            return .withoutSolution(.infeasible)
        case GLP_ENODFS:
            // The presolver only knows that no dual feasible point exists: the
            // primal may be unbounded or infeasible. The simplex method on the
            // original problem tells which.
            try problem.useStandardBasis()
            let again = try simplex(&problem, presolve: false)
            switch again {
            case 0: return try linearOutcome(problem, code: again)
            case GLP_ETMLIM: return try linearTimeLimit(problem)
            case HMG_STOPPED: return .withoutSolution(.interrupted)
            default: throw failure(again, in: "glp_simplex")
            }
        case GLP_ETMLIM:
            return try linearTimeLimit(problem)
        case HMG_STOPPED:
            // The stop freed the problem: no point to keep.
            return .withoutSolution(.interrupted)
        case GLP_EBOUND:
            return .withoutSolution(.infeasible)
        default:
            throw failure(code, in: "glp_simplex")
        }
    }

    private func linearOutcome(_ problem: borrowing GLPKProblem, code: Int32) throws(SolverError) -> SolverResult {
        let status = try problem.linearStatus()
        switch status {
        case GLP_OPT:
            let solution = try problem.linearSolution(columns: data.columnCount)
            var result = SolverResult(termination: .optimal, values: solution.values,
                                      objectiveValue: solution.objective, bestBound: solution.objective,
                                      solveSeconds: 0)
            result.dualValues = try problem.rowDuals(rows: data.rowCount)
            return result
        case GLP_NOFEAS:
            return .withoutSolution(.infeasible)
        case GLP_UNBND:
            return .withoutSolution(.unbounded)
        default:
            throw unexpectedStatus(status, after: "glp_simplex", code: code)
        }
    }

    /// A stopped simplex keeps its point when it is primal feasible (not with presolve, which cannot recover it).
    private func linearTimeLimit(_ problem: borrowing GLPKProblem) throws(SolverError) -> SolverResult {
        guard try problem.primalStatus() == GLP_FEAS else { return .withoutSolution(.timeLimit) }
        let solution = try problem.linearSolution(columns: data.columnCount)
        return SolverResult(termination: .timeLimit, values: solution.values, objectiveValue: solution.objective,
                            bestBound: nil, solveSeconds: 0)
    }
}
