/* The error guard: GLPK calls that take caller data run under setjmp here,
   so that glp_error leaves through longjmp across C frames only. */

#include <setjmp.h>
#include <time.h>
#include "CGLPKGuard.h"
#include "internal.h"

static void leave_by_jump(void *info) {
    longjmp(*(jmp_buf *)info, 1);
}

/* After glp_error GLPK's state is undefined: the manual's only way on is to
   free the whole environment of the thread, with every problem object in it. */
static int recover(void) {
    glp_free_env();
    hmg_internal_mark_environment_freed();
    return HMG_ABORTED;
}

double hmg_internal_now(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec * 1e-9;
}

int hmg_load_problem(glp_prob *problem, const hmg_problem_data *data) {
    jmp_buf jump;
    if (setjmp(jump)) return recover();
    glp_error_hook(leave_by_jump, &jump);

    glp_set_obj_dir(problem, data->direction);
    glp_set_obj_coef(problem, 0, data->objective_constant);
    /* glp_add_rows/glp_add_cols abort on a count of zero. */
    if (data->row_count > 0) {
        glp_add_rows(problem, data->row_count);
        for (int i = 1; i <= data->row_count; i++) {
            glp_set_row_bnds(problem, i, data->row_type[i], data->row_lower[i], data->row_upper[i]);
        }
    }
    if (data->column_count > 0) {
        glp_add_cols(problem, data->column_count);
        for (int j = 1; j <= data->column_count; j++) {
            glp_set_col_kind(problem, j, data->column_kind[j]);
            glp_set_col_bnds(problem, j, data->column_type[j], data->column_lower[j], data->column_upper[j]);
            glp_set_obj_coef(problem, j, data->objective[j]);
        }
    }
    if (data->nonzero_count > 0) {
        glp_load_matrix(problem, data->nonzero_count, data->matrix_row, data->matrix_column,
                        data->matrix_value);
    }

    glp_error_hook(NULL, NULL);
    return 0;
}

int hmg_simplex(glp_prob *problem, const glp_smcp *parameters) {
    jmp_buf jump;
    if (setjmp(jump)) return recover();
    glp_error_hook(leave_by_jump, &jump);
    int code = glp_simplex(problem, parameters);
    glp_error_hook(NULL, NULL);
    return code;
}

int hmg_test_support_provoke_error(void) {
    glp_prob *problem = glp_create_prob();
    jmp_buf jump;
    if (setjmp(jump)) return recover();
    glp_error_hook(leave_by_jump, &jump);
    glp_add_cols(problem, 0); /* n < 1: glp_error */
    glp_error_hook(NULL, NULL);
    glp_delete_prob(problem);
    return 0;
}

void hmg_release_thread(void) {
    /* Returns non-zero when the thread never used GLPK; nothing to free then. */
    (void)glp_free_env();
}
