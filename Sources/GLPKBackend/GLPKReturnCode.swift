import CGLPK
import LinearProgramming

/// Names and meanings of the codes `glp_simplex` and `glp_intopt` return, for error messages.
enum GLPKReturnCode {
    /// The macro name and the manual's meaning of a return code.
    static func describe(_ code: Int32) -> String {
        switch code {
        case 0: "0 (solved)"
        case GLP_EBADB: "GLP_EBADB (invalid initial basis)"
        case GLP_ESING: "GLP_ESING (singular basis matrix)"
        case GLP_ECOND: "GLP_ECOND (ill-conditioned basis matrix)"
        case GLP_EBOUND: "GLP_EBOUND (incorrect bounds)"
        case GLP_EFAIL: "GLP_EFAIL (solver failure)"
        case GLP_EOBJLL: "GLP_EOBJLL (objective lower limit reached)"
        case GLP_EOBJUL: "GLP_EOBJUL (objective upper limit reached)"
        case GLP_EITLIM: "GLP_EITLIM (iteration limit exceeded)"
        case GLP_ETMLIM: "GLP_ETMLIM (time limit exceeded)"
        case GLP_ENOPFS: "GLP_ENOPFS (no primal feasible solution)"
        case GLP_ENODFS: "GLP_ENODFS (no dual feasible solution)"
        case GLP_EROOT: "GLP_EROOT (optimal basis for the root relaxation not provided)"
        case GLP_ESTOP: "GLP_ESTOP (search terminated by the application)"
        default: "\(code) (unknown return code)"
        }
    }

    /// The name of a solution status code (`glp_get_status`, `glp_mip_status`).
    static func describeStatus(_ status: Int32) -> String {
        switch status {
        case GLP_UNDEF: "GLP_UNDEF"
        case GLP_FEAS: "GLP_FEAS"
        case GLP_INFEAS: "GLP_INFEAS"
        case GLP_NOFEAS: "GLP_NOFEAS"
        case GLP_OPT: "GLP_OPT"
        case GLP_UNBND: "GLP_UNBND"
        default: "\(status)"
        }
    }

    /// A solver failure for a return code that is not an optimisation outcome.
    static func failure(_ code: Int32, in routine: String, backend: String, log: String) -> SolverError {
        var message = "\(routine) returned \(describe(code))"
        let tail = log.trimmingWhitespace()
        if !tail.isEmpty { message += "; GLPK said: \(tail)" }
        return SolverError(backend: backend, code: code, message: message)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var result = Substring(self)
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        while let first = result.first, first.isWhitespace { result = result.dropFirst() }
        return String(result)
    }
}
