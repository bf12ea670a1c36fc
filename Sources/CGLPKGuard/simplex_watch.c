/* The simplex method, watched for a stop request. glp_simplex has no
   callback, but at GLP_MSG_ON it prints a progress line every out_frq
   milliseconds, through the terminal hook. The hook asks the stop request
   at each line and, when it says stop, leaves glp_simplex by longjmp, as
   the error guard leaves glp_error: GLPK's state is then undefined and the
   thread's environment is freed, with the problem in it. A solve that is
   not stopped runs as one call, exactly as GLPK runs it. */

#include <limits.h>
#include <math.h>
#include <setjmp.h>
#include "CGLPKGuard.h"
#include "internal.h"

static void leave_by_jump(void *info) {
    longjmp(*(jmp_buf *)info, 1);
}

/* Milliseconds, rounded up, at least 1, clamped to what out_frq can hold. */
static int milliseconds(double seconds) {
    double ms = ceil(seconds * 1000.0);
    if (!(ms >= 1)) return 1;
    if (ms >= (double)INT_MAX - 1) return INT_MAX - 1;
    return (int)ms;
}

int hmg_simplex_watched(glp_prob *problem, const glp_smcp *parameters, hmg_simplex_watch *watch) {
    watch->checks = 0;
    watch->stopped = 0;
    if (watch->should_stop != NULL) {
        watch->checks += 1;
        if (watch->should_stop(watch->context) != 0) {
            watch->stopped = 1;
            return HMG_STOPPED;
        }
    }
    glp_smcp local = *parameters;
    /* Progress lines only for the watch are kept out of the output and its tail. */
    int quiet = local.msg_lev < GLP_MSG_ON;
    if (quiet) local.msg_lev = GLP_MSG_ON;
    local.out_frq = milliseconds(watch->check_interval);
    local.out_dly = 0;
    jmp_buf jump;
    if (setjmp(jump)) {
        hmg_internal_watch_output(NULL, NULL, 0);
        glp_free_env();
        hmg_internal_mark_environment_freed();
        return watch->stopped ? HMG_STOPPED : HMG_ABORTED;
    }
    glp_error_hook(leave_by_jump, &jump);
    hmg_internal_watch_output(watch, &jump, quiet);
    int code = glp_simplex(problem, &local);
    hmg_internal_watch_output(NULL, NULL, 0);
    glp_error_hook(NULL, NULL);
    return code;
}
