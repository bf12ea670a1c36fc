/* The simplex method in slices. glp_simplex has no callback, but it honours
   tm_lim, and a call on a problem without presolve continues from the basis
   the last call left. So a long solve runs as a series of short calls, and
   the caller's stop request is asked between them. With presolve, the
   problem is presolved once here with GLPK's own preprocessor (the steps
   glp_simplex takes itself), the presolved problem is solved in slices, and
   its optimum is carried back. */

#include <limits.h>
#include <math.h>
#include <setjmp.h>
#include "CGLPKGuard.h"
#include "internal.h"

static void leave_by_jump(void *info) {
    longjmp(*(jmp_buf *)info, 1);
}

static int stop_requested(hmg_simplex_watch *watch) {
    if (watch->should_stop != NULL && watch->should_stop(watch->context) != 0) {
        watch->stopped = 1;
        return 1;
    }
    return 0;
}

/* Milliseconds, rounded up, clamped to what tm_lim can hold. */
static int milliseconds(double seconds) {
    double ms = ceil(seconds * 1000.0);
    if (!(ms > 0)) return 0;
    if (ms >= (double)INT_MAX - 1) return INT_MAX - 1;
    return (int)ms;
}

/* glp_simplex without presolve, one slice at a time, until it ends, the
   caller's tm_lim is spent (GLP_ETMLIM from the last slice) or the stop
   request says stop (HMG_STOPPED). */
static int run_slices(glp_prob *problem, const glp_smcp *parameters, hmg_simplex_watch *watch,
                      double started) {
    glp_smcp local = *parameters;
    local.presolve = GLP_OFF;
    int slice = milliseconds(watch->slice_seconds);
    if (slice < 1) slice = 1;
    for (;;) {
        if (stop_requested(watch)) return HMG_STOPPED;
        int last = 0;
        local.tm_lim = slice;
        if (parameters->tm_lim < INT_MAX) {
            int left = milliseconds(parameters->tm_lim / 1000.0 - (hmg_internal_now() - started));
            if (left <= slice) {
                local.tm_lim = left;
                last = 1;
            }
        }
        watch->slices += 1;
        int code = glp_simplex(problem, &local);
        if (code != GLP_ETMLIM || last) return code;
    }
}

/* Whether glp_simplex would refuse the bounds (GLP_EBOUND) before solving. */
static int has_incorrect_bounds(glp_prob *problem) {
    for (int i = 1; i <= glp_get_num_rows(problem); i++) {
        if (glp_get_row_type(problem, i) == GLP_DB && glp_get_row_lb(problem, i) >= glp_get_row_ub(problem, i))
            return 1;
    }
    for (int j = 1; j <= glp_get_num_cols(problem); j++) {
        if (glp_get_col_type(problem, j) == GLP_DB && glp_get_col_lb(problem, j) >= glp_get_col_ub(problem, j))
            return 1;
    }
    return 0;
}

/* What glp_simplex does with presolve on (glpapi06.c, preprocess_and_solve_lp),
   with the solve of the presolved problem in slices. */
static int presolve_and_run_slices(glp_prob *problem, const glp_smcp *parameters, hmg_simplex_watch *watch,
                                   double started) {
    glp_prep *prep = glp_npp_alloc_wksp();
    glp_npp_load_prob(prep, problem, GLP_SOL, GLP_OFF);
    int code = glp_npp_preprocess1(prep, GLP_OFF);
    if (code != 0) {
        glp_npp_free_wksp(prep);
        return code; /* GLP_ENOPFS or GLP_ENODFS */
    }
    glp_prob *presolved = glp_create_prob();
    glp_npp_build_prob(prep, presolved);
    if (glp_get_num_rows(presolved) > 0 || glp_get_num_cols(presolved) > 0) {
        glp_bfcp factorization;
        glp_get_bfcp(problem, &factorization);
        glp_set_bfcp(presolved, &factorization);
        /* GLPK scales and builds its starting basis quietly unless asked for everything. */
        int output = glp_term_out(GLP_OFF);
        glp_term_out(output == GLP_ON && parameters->msg_lev >= GLP_MSG_ALL ? GLP_ON : GLP_OFF);
        glp_scale_prob(presolved, GLP_SF_AUTO);
        glp_adv_basis(presolved, 0);
        glp_term_out(output);
    }
    glp_set_it_cnt(presolved, glp_get_it_cnt(problem));
    code = run_slices(presolved, parameters, watch, started);
    glp_set_it_cnt(problem, glp_get_it_cnt(presolved));
    if (code == 0) {
        int primal = glp_get_prim_stat(presolved), dual = glp_get_dual_stat(presolved);
        if (primal == GLP_FEAS && dual == GLP_FEAS) {
            glp_npp_postprocess(prep, presolved);
            glp_npp_obtain_sol(prep, problem);
        } else if (primal == GLP_NOFEAS) {
            code = GLP_ENOPFS;
        } else if (dual == GLP_NOFEAS) {
            code = GLP_ENODFS;
        } else {
            code = GLP_EFAIL;
        }
    }
    glp_delete_prob(presolved);
    glp_npp_free_wksp(prep);
    return code;
}

int hmg_simplex_sliced(glp_prob *problem, const glp_smcp *parameters, hmg_simplex_watch *watch) {
    watch->slices = 0;
    watch->stopped = 0;
    double started = hmg_internal_now();
    jmp_buf jump;
    if (setjmp(jump)) {
        glp_free_env();
        hmg_internal_mark_environment_freed();
        return HMG_ABORTED;
    }
    glp_error_hook(leave_by_jump, &jump);
    int code;
    if (glp_get_num_nz(problem) == 0 || has_incorrect_bounds(problem)) {
        /* Settled by glp_simplex at once, without iterations: the empty
           matrix's trivial solution, or GLP_EBOUND. */
        watch->slices = 1;
        code = glp_simplex(problem, parameters);
    } else if (parameters->presolve == GLP_ON) {
        code = presolve_and_run_slices(problem, parameters, watch, started);
    } else {
        code = run_slices(problem, parameters, watch, started);
    }
    glp_error_hook(NULL, NULL);
    return code;
}
