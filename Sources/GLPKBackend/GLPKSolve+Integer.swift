import CGLPK
import CGLPKGuard
import LinearProgramming

extension GLPKSolve {
    /// Branch-and-cut settings from the options and parameters.
    func integerParameters() -> glp_iocp {
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = messageLevel
        parameters.br_tech = options.branching.glpkCode
        parameters.bt_tech = options.backtracking.glpkCode
        parameters.pp_tech = GLP_PP_ALL
        parameters.mip_gap = self.parameters.relativeGap
        parameters.tm_lim = remainingMilliseconds
        parameters.gmi_cuts = options.cuts.contains(.gomory) ? GLP_ON : GLP_OFF
        parameters.mir_cuts = options.cuts.contains(.mixedIntegerRounding) ? GLP_ON : GLP_OFF
        parameters.cov_cuts = options.cuts.contains(.cover) ? GLP_ON : GLP_OFF
        parameters.clq_cuts = options.cuts.contains(.clique) ? GLP_ON : GLP_OFF
        parameters.presolve = options.presolve ? GLP_ON : GLP_OFF
        parameters.binarize = options.presolve && options.binarize ? GLP_ON : GLP_OFF
        parameters.fp_heur = options.feasibilityPump ? GLP_ON : GLP_OFF
        parameters.ps_heur = options.proximitySearch ? GLP_ON : GLP_OFF
        parameters.ps_tm_lim = Int32(clamping: Int(min(options.proximitySearchSeconds * 1000, Double(Int32.max - 1))))
        parameters.sr_heur = options.simpleRounding ? GLP_ON : GLP_OFF
        return parameters
    }

    /// Solves a model with integer variables with `glp_intopt`.
    func solveMixedInteger(_ problem: inout GLPKProblem) throws(SolverError) -> SolverResult {
        if !options.presolve, let early = try solveRootRelaxation(&problem) {
            return early
        }
        let observer = GLPKSearchObserver(parameters: parameters, started: started)
        var watch = hmg_search_watch()
        watch.report = GLPKSearchObserver.report
        watch.context = Unmanaged.passUnretained(observer).toOpaque()
        watch.snapshot_interval = GLPKSearchObserver.snapshotInterval
        watch.report_interval = GLPKSearchObserver.reportInterval
        watch.objective_step = parameters.objectiveStep.map { $0 > 0 && $0.isFinite ? $0 : 0 } ?? 0
        // GLPK checks tm_lim between nodes only; the callback also checks between root cut rounds.
        watch.time_limit = parameters.timeLimit.map { max(0.001, $0 - started.secondsUntilNow) } ?? 0
        if let stall = parameters.stallFactor, stall > 0, stall.isFinite {
            watch.stall_factor = stall
            watch.stall_minimum = max(0, parameters.stallMinimumSeconds)
        }
        if let target = parameters.targetObjective, target.isFinite {
            watch.has_target = 1
            watch.target_objective = target
        }
        if let known = parameters.knownObjective, known.isFinite {
            watch.has_known_objective = 1
            watch.known_objective = known
        }
        let code: Int32
        if let start {
            code = try start.withUnsafeBufferPointer { (values) throws(SolverError) -> Int32 in
                watch.start = values.baseAddress
                defer { watch.start = nil }
                return try problem.intopt(integerParameters(), watch: &watch)
            }
        } else {
            code = try problem.intopt(integerParameters(), watch: &watch)
        }
        withExtendedLifetime(observer) {}

        let bound = watch.snapshot_count > 0 && watch.last.has_bound != 0 ? watch.last.best_bound : nil
        switch code {
        case 0:
            let status = try problem.integerStatus()
            switch status {
            case GLP_OPT:
                let solution = try problem.integerSolution(columns: data.columnCount)
                return SolverResult(termination: .optimal, values: solution.values,
                                    objectiveValue: solution.objective, bestBound: solution.objective,
                                    solveSeconds: 0)
            case GLP_NOFEAS:
                return .withoutSolution(.infeasible)
            default:
                throw unexpectedStatus(status, after: "glp_intopt", code: code)
            }
        case GLP_ENOPFS, GLP_EBOUND:
            return .withoutSolution(.infeasible)
        case GLP_ENODFS:
            return .withoutSolution(.infeasibleOrUnbounded)
        case GLP_ETMLIM:
            return try stoppedSearch(problem, .timeLimit, bound: bound)
        case GLP_EMIPGAP:
            return try stoppedSearch(problem, .gapLimit, bound: bound)
        case GLP_ESTOP where watch.stopped_by_step != 0:
            // Stopped because no better value fits between incumbent and bound: proven optimal.
            var result = try stoppedSearch(problem, .optimal, bound: bound)
            result.bestBound = result.objectiveValue
            return result
        case GLP_ESTOP where watch.stopped_by_target != 0:
            // The incumbent reaches a bound proven elsewhere: optimal.
            var result = try stoppedSearch(problem, .optimal, bound: nil)
            result.bestBound = result.objectiveValue
            return result
        case GLP_ESTOP where watch.stopped_by_known != 0:
            return try stoppedSearch(problem, .noBetterThanKnown, bound: bound)
        case GLP_ESTOP where watch.stopped_by_time != 0 || watch.stopped_by_stall != 0:
            return try stoppedSearch(problem, .timeLimit, bound: bound)
        case GLP_ESTOP:
            return try stoppedSearch(problem, .interrupted, bound: bound)
        default:
            throw failure(code, in: "glp_intopt")
        }
    }

    /// Without presolve `glp_intopt` needs an optimal basis of the relaxation;
    /// returns the outcome when the relaxation already decides it.
    private func solveRootRelaxation(_ problem: inout GLPKProblem) throws(SolverError) -> SolverResult? {
        let code = try simplex(&problem, presolve: false)
        switch code {
        case 0:
            let status = try problem.linearStatus()
            switch status {
            case GLP_OPT: return nil
            case GLP_NOFEAS: return .withoutSolution(.infeasible)
            // An unbounded relaxation leaves open whether any integer point exists.
            case GLP_UNBND: return .withoutSolution(.infeasibleOrUnbounded)
            default: throw unexpectedStatus(status, after: "glp_simplex", code: code)
            }
        case GLP_ETMLIM:
            return .withoutSolution(.timeLimit)
        case HMG_STOPPED:
            return .withoutSolution(.interrupted)
        case GLP_EBOUND:
            return .withoutSolution(.infeasible)
        default:
            throw failure(code, in: "glp_simplex")
        }
    }

    /// An early stop keeps the incumbent, if any, and the last bound seen.
    private func stoppedSearch(_ problem: borrowing GLPKProblem, _ termination: TerminationStatus,
                               bound: Double?) throws(SolverError) -> SolverResult {
        let status = try problem.integerStatus()
        guard status == GLP_FEAS || status == GLP_OPT else {
            return .withoutSolution(termination, bestBound: bound)
        }
        let solution = try problem.integerSolution(columns: data.columnCount)
        // A snapshot taken before the incumbent's last improvement may lie
        // past it by rounding; a bound is never better than a known solution.
        let clipped = bound.map {
            model.sense == .minimize ? min($0, solution.objective) : max($0, solution.objective)
        }
        return SolverResult(termination: termination, values: solution.values, objectiveValue: solution.objective,
                            bestBound: clipped, solveSeconds: 0)
    }
}
