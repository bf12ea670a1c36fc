#ifndef HOUSINGMATCH_CCBCRUNNER_H
#define HOUSINGMATCH_CCBCRUNNER_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A model in CBC's column-wise (CSC) layout, 0-based, already checked.
typedef struct hmc_problem {
    int column_count;
    int row_count;
    const int *column_start;      /* column_count + 1 entries */
    const int *row_index;
    const double *value;
    const double *column_lower;
    const double *column_upper;
    const double *objective;
    const char *is_integer;       /* column_count entries, 1 for integer columns */
    const double *row_lower;
    const double *row_upper;
    int maximize;
} hmc_problem;

/// What the child passes to CBC.
typedef struct hmc_settings {
    double time_limit;            /* > 0: CBC's own limit, in elapsed seconds */
    double relative_gap;          /* CBC's ratioGap */
    double absolute_gap;          /* > 0: CBC's allowableGap (an objective step, less a slack) */
    double increment;             /* > 0: CBC's cutoff increment */
    int threads;                  /* > 0: CBC's threads */
    int verbose;                  /* 1: CBC's log goes to the log sink */
    const double *start;          /* NULL, or column_count values: a MIP start */
    int abort_for_testing;        /* 1: the child aborts at once, as CBC does on some models */
    double grace_seconds;         /* after an interrupt, how long the child may take to hand back its incumbent */
} hmc_settings;

/// The latest state of the search, from CBC's own messages.
typedef struct hmc_progress {
    int has_objective;
    double best_objective;        /* in the model's own sense */
    int has_bound;
    double best_bound;
    int open_nodes;
    int nodes;
} hmc_progress;

/// Called by the parent about every 50 ms and whenever CBC reported something
/// (`fresh` = 1); returns 0 to go on, or a positive reason to interrupt the child.
typedef int (*hmc_tick)(void *context, const hmc_progress *latest, int fresh);

/// Receives the child's output (CBC's log when verbose, and anything written to stderr).
typedef void (*hmc_log_sink)(void *context, const char *text, size_t length);

/// What became of one solve.
typedef struct hmc_outcome {
    int has_result;               /* 1: the child finished and wrote its result */
    int is_linear;                /* 1: solved by Clp as a linear programme */
    int status;                   /* Cbc_status, or Clp_status for a linear programme */
    int secondary_status;         /* Cbc_secondaryStatus */
    int proven_optimal;
    int proven_infeasible;
    int continuous_unbounded;
    int dual_infeasible;          /* linear programme: unbounded */
    int has_solution;
    int has_duals;                /* a linear programme solved to optimality: `duals` holds its row duals */
    double best_bound;            /* in the model's own sense; |value| >= 1e49 means none */
    int stop_reason;              /* the tick's reason, 0 when never interrupted */
    int killed;                   /* 1: the child was killed after the grace period */
    int exit_signal;              /* the signal that ended the child, 0 if it exited */
    int exit_code;
    int start_error;              /* errno when the child could not be started */
    char tail[1024];              /* the end of the child's stderr, for error messages */
} hmc_outcome;

/// Solves `problem` with CBC (Clp for a model without integer columns) in a
/// forked child process, so that an abort inside CBC ends the child, not us,
/// and a stop request becomes SIGINT, which CBC's own handler turns into a
/// graceful end with its incumbent. `solution` receives column_count values
/// when outcome->has_solution, and `duals` (NULL, or row_count values) a linear
/// programme's row duals when outcome->has_duals. Returns 0 when the child ran (whatever its
/// outcome), -1 when it could not be started.
int hmc_solve(const hmc_problem *problem, const hmc_settings *settings, hmc_tick tick, hmc_log_sink log,
              void *context, double *solution, double *duals, hmc_outcome *outcome);

/// Open file descriptors of this process, for tests that nothing leaks.
int hmc_open_descriptor_count(void);

#ifdef __cplusplus
}
#endif

#endif
