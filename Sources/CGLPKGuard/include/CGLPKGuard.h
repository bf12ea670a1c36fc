#ifndef HOUSINGMATCH_CGLPKGUARD_H
#define HOUSINGMATCH_CGLPKGUARD_H

/*
 * CGLPKGuard: the C side of GLPKBackend.
 *
 * GLPK answers an invalid argument with glp_error, which calls abort().
 * The only way out is to leave the error hook with longjmp, and that must
 * never unwind a Swift frame, so every GLPK call that takes caller data runs
 * here, under setjmp, and reports a caught abort as HMG_ABORTED. After a
 * caught abort the thread's GLPK environment has been freed with
 * glp_free_env(): every problem object of the thread is gone and must not
 * be deleted again.
 *
 * This file also owns GLPK's terminal hook (output routed to a sink or
 * swallowed, with the last bytes kept for error messages) and the
 * branch-and-cut callback (progress snapshots and early termination).
 * Everything here is per thread: GLPK's environment is thread-local.
 */

#include <stddef.h>
#include <glpk.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Returned by a guarded call when GLPK called glp_error (and would have aborted).
#define HMG_ABORTED (-1)

/// Receives one piece of GLPK terminal output; `context` is the caller's.
typedef void (*hmg_output_sink)(void *context, const char *text);

/// Starts routing this thread's GLPK terminal output.
///
/// Output goes to `sink` when it is not NULL, else to stdout when `echo` is
/// non-zero, else nowhere. The last output is kept either way (see
/// hmg_terminal_tail). Call hmg_terminal_end before `context` dies.
void hmg_terminal_begin(hmg_output_sink sink, void *context, int echo);

/// Stops routing terminal output and restores GLPK's own printing.
void hmg_terminal_end(void);

/// The last GLPK terminal output of this thread (at most about 2 KB),
/// kept after hmg_terminal_end and after a caught abort.
const char *hmg_terminal_tail(void);

/// Whether this thread's GLPK environment was freed by a caught abort since
/// the last hmg_terminal_begin.
int hmg_environment_was_freed(void);

/// The rows, columns and matrix of a problem, all arrays 1-based (index 0 unused).
typedef struct hmg_problem_data {
    int direction;             /* GLP_MIN or GLP_MAX */
    double objective_constant;
    int row_count;
    const int *row_type;       /* GLP_FR, GLP_LO, GLP_UP, GLP_DB, GLP_FX */
    const double *row_lower;
    const double *row_upper;
    int column_count;
    const int *column_type;
    const int *column_kind;    /* GLP_CV or GLP_IV */
    const double *column_lower;
    const double *column_upper;
    const double *objective;   /* coefficient per column */
    int nonzero_count;
    const int *matrix_row;
    const int *matrix_column;
    const double *matrix_value;
} hmg_problem_data;

/// Adds rows and columns to an empty problem and loads bounds, kinds,
/// objective and matrix. Zero rows or columns are allowed (nothing is
/// added then). Returns 0, or HMG_ABORTED.
int hmg_load_problem(glp_prob *problem, const hmg_problem_data *data);

/// Frees this thread's GLPK environment (every problem object of the thread
/// must be deleted already). For worker threads that are about to end.
void hmg_release_thread(void);

/// glp_simplex under the guard: its return code, or HMG_ABORTED.
int hmg_simplex(glp_prob *problem, const glp_smcp *parameters);

/// Returned by hmg_simplex_watched when the stop request asked to stop.
#define HMG_STOPPED (-2)

/// Asked while a watched simplex solve runs; returns non-zero to stop.
typedef int (*hmg_stop_request)(void *context);

/// What hmg_simplex_watched needs to watch a solve.
typedef struct hmg_simplex_watch {
    hmg_stop_request should_stop;   /* asked before the solve and about every check_interval */
    void *context;
    double check_interval;          /* seconds between asks during the solve (GLPK's out_frq) */
    /* Filled in by hmg_simplex_watched: */
    int checks;                     /* times should_stop was asked */
    int stopped;                    /* 1 when should_stop asked to stop */
} hmg_simplex_watch;

/// glp_simplex under the guard, asking `watch->should_stop` before it starts
/// and at every progress line GLPK prints (every `check_interval` seconds of
/// iterations; none during presolve or scaling): its return code,
/// HMG_STOPPED or HMG_ABORTED.
///
/// GLPK's own presolve, tolerances and time limit apply unchanged: one call.
/// Its message level is raised to GLP_MSG_ON for the progress lines; lines
/// raised only for the watch are swallowed. A stop leaves glp_simplex by
/// longjmp: as after a caught abort, the thread's GLPK environment has been
/// freed, the problem with it (unless the stop came before the start).
/// Needs hmg_terminal_begin first (the watch runs in the terminal hook).
int hmg_simplex_watched(glp_prob *problem, const glp_smcp *parameters, hmg_simplex_watch *watch);

/// One snapshot of a branch-and-cut search.
typedef struct hmg_progress {
    int has_objective;
    double best_objective;     /* incumbent, when has_objective */
    int has_bound;
    double best_bound;         /* best local bound of the open nodes, when has_bound */
    double elapsed_seconds;    /* since hmg_intopt started */
    int open_nodes;
} hmg_progress;

/// Receives a snapshot; returns non-zero to stop the search (glp_ios_terminate).
///
/// `progress_due` is non-zero when at least the report interval has passed
/// since the last snapshot that was due (and for the first snapshot).
typedef int (*hmg_progress_report)(void *context, const hmg_progress *progress, int progress_due);

/// What hmg_intopt needs to watch a search.
typedef struct hmg_search_watch {
    hmg_progress_report report;     /* may be NULL: snapshots are still taken */
    void *context;
    double snapshot_interval;       /* seconds between snapshots, plus one per new incumbent */
    double report_interval;         /* seconds between snapshots marked progress_due */
    double objective_step;          /* > 0: feasible objective values are multiples of this, so the
                                       search stops, proven, once bound and incumbent are closer */
    double time_limit;              /* > 0: seconds after which the search stops, checked at every
                                       callback (GLPK's own tm_lim is not checked between root cut rounds) */
    int has_known_objective;        /* 1: a solution found apart from this search reaches known_objective, */
    double known_objective;         /* so the search stops once its bound shows nothing better exists
                                       (by objective_step when > 0, else by a relative 1e-9) */
    double stall_factor;            /* > 0: the search stops once its incumbent has not improved for
                                       stall_factor times as long as the search took to find it, */
    double stall_minimum;           /* and at least this many seconds (for searches that only serve
                                       to find a good solution, not to prove one) */
    int has_target;                 /* 1: target_objective is a bound proven apart from this search, */
    double target_objective;        /* so an incumbent that reaches it is optimal and the search stops */
    const double *start;            /* NULL, or a solution x[1..n] of the problem searched (so only without
                                       GLPK's MIP presolver), offered once with glp_ios_heur_sol */
    /* Filled in by hmg_intopt: */
    int start_offered;              /* 1 once the start was handed to GLPK */
    int start_accepted;             /* 1 when GLPK took it as its incumbent */
    int snapshot_count;
    hmg_progress last;              /* the most recent snapshot */
    double started;
    double last_snapshot_time;
    double last_due_time;
    int due_count;
    int stopped_by_step;            /* 1 when the search ended because of objective_step */
    int stopped_by_time;            /* 1 when the search ended because of time_limit */
    int stopped_by_known;           /* 1 when the search ended because its bound reached known_objective */
    int stopped_by_stall;           /* 1 when the search ended because of stall_factor */
    int stopped_by_target;          /* 1 when the search ended with an incumbent at target_objective */
    double last_improvement;        /* when the incumbent last improved; 0 before the first */
    double stall_incumbent;         /* its value then */
} hmg_search_watch;

/// glp_intopt under the guard: its return code, or HMG_ABORTED.
///
/// When `watch` is not NULL it replaces the callback in `parameters`:
/// snapshots are taken in C (GLPK tree calls never run under a Swift frame)
/// and handed to `watch->report`.
int hmg_intopt(glp_prob *problem, const glp_iocp *parameters, hmg_search_watch *watch);

/// Test support only: makes GLPK call glp_error under the guard, on a
/// problem it creates itself, and returns what the guard returned
/// (HMG_ABORTED when the guard works). Frees this thread's GLPK environment.
int hmg_test_support_provoke_error(void);

#ifdef __cplusplus
}
#endif

#endif
