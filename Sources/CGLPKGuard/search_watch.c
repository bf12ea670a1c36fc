/* The branch-and-cut callback. It stays in C so that the glp_ios_* calls,
   which may call glp_error, never run under a Swift frame; Swift only sees
   finished snapshots through hmg_search_watch.report. */

#include <float.h>
#include <math.h>
#include <setjmp.h>
#include "CGLPKGuard.h"
#include "internal.h"

static hmg_progress take_snapshot(glp_tree *tree, double elapsed) {
    hmg_progress progress = {0};
    progress.elapsed_seconds = elapsed;
    glp_prob *problem = glp_ios_get_prob(tree);
    int status = glp_mip_status(problem);
    if (status == GLP_FEAS || status == GLP_OPT) {
        progress.has_objective = 1;
        progress.best_objective = glp_mip_obj_val(problem);
    }
    int best = glp_ios_best_node(tree);
    if (best != 0) {
        double bound = glp_ios_node_bound(tree, best);
        /* An unsolved root carries -DBL_MAX (or +DBL_MAX): no bound yet. */
        if (isfinite(bound) && fabs(bound) < 0.5 * DBL_MAX) {
            progress.has_bound = 1;
            progress.best_bound = bound;
        }
    }
    int active = 0;
    glp_ios_tree_size(tree, &active, NULL, NULL);
    progress.open_nodes = active;
    return progress;
}

/* With objective values on a grid of `step`, an incumbent within one step
   of the best bound cannot be beaten: no better value lies in between. */
static int proven_by_step(const hmg_search_watch *watch, const hmg_progress *progress) {
    if (watch->objective_step <= 0 || !progress->has_objective || !progress->has_bound) return 0;
    double gap = fabs(progress->best_bound - progress->best_objective);
    double slack = 1e-9 * fmax(1.0, fabs(progress->best_objective));
    return gap < watch->objective_step - slack;
}

/* A solution found apart from this search (watch->known_objective) is
   optimal once the search's bound leaves no room for a better value. */
static int proven_by_known(const hmg_search_watch *watch, const hmg_progress *progress, glp_tree *tree) {
    if (!watch->has_known_objective || !progress->has_bound) return 0;
    double room = progress->best_bound - watch->known_objective;
    if (glp_get_obj_dir(glp_ios_get_prob(tree)) == GLP_MIN) room = -room;
    double slack = 1e-9 * fmax(1.0, fabs(watch->known_objective));
    return watch->objective_step > 0 ? room < watch->objective_step - slack : room <= slack;
}

static void search_callback(glp_tree *tree, void *info) {
    hmg_search_watch *watch = info;
    double now = hmg_internal_now();
    int reason = glp_ios_reason(tree);
    if (watch->time_limit > 0 && now - watch->started >= watch->time_limit) {
        watch->stopped_by_time = 1;
        glp_ios_terminate(tree);
        return;
    }
    if (reason == GLP_IHEUR && watch->start != NULL && !watch->start_offered) {
        /* The caller checked the start against the model; GLPK still refuses one
           no better than its incumbent (non-zero return), which changes nothing. */
        watch->start_offered = 1;
        watch->start_accepted = glp_ios_heur_sol(tree, watch->start) == 0;
    }
    int improved = reason == GLP_IBINGO;
    if (watch->stall_factor > 0 || watch->has_target) {
        /* GLPK raises no GLP_IBINGO for a solution its root heuristics find,
           so a new incumbent is told by its value. */
        glp_prob *problem = glp_ios_get_prob(tree);
        int status = glp_mip_status(problem);
        if (status == GLP_FEAS || status == GLP_OPT) {
            double value = glp_mip_obj_val(problem);
            if (watch->last_improvement == 0 || value != watch->stall_incumbent) {
                watch->stall_incumbent = value;
                watch->last_improvement = now;
            }
            if (watch->has_target) {
                double short_of = watch->target_objective - value;
                if (glp_get_obj_dir(problem) == GLP_MIN) short_of = -short_of;
                if (short_of <= 1e-9 * fmax(1.0, fabs(watch->target_objective))) {
                    watch->last = take_snapshot(tree, now - watch->started);
                    watch->snapshot_count += 1;
                    watch->stopped_by_target = 1;
                    glp_ios_terminate(tree);
                    return;
                }
            }
        }
    }
    if (watch->stall_factor > 0 && watch->last_improvement > 0) {
        double found_after = watch->last_improvement - watch->started;
        double waited = now - watch->last_improvement;
        if (waited >= fmax(watch->stall_minimum, watch->stall_factor * found_after)) {
            watch->stopped_by_stall = 1;
            glp_ios_terminate(tree);
            return;
        }
    }
    /* Node selection is where a step-proven incumbent can stop the search early. */
    int step_check = (watch->objective_step > 0 || watch->has_known_objective) && (reason == GLP_ISELECT || improved);
    /* Finding the best node walks the open list, so snapshots are rationed. */
    if (!improved && !step_check && watch->snapshot_count > 0
        && now - watch->last_snapshot_time < watch->snapshot_interval) {
        return;
    }
    if (step_check && !improved && now - watch->last_snapshot_time < watch->snapshot_interval) {
        hmg_progress quick = take_snapshot(tree, now - watch->started);
        int by_step = proven_by_step(watch, &quick);
        if (by_step || proven_by_known(watch, &quick, tree)) {
            watch->last = quick;
            watch->snapshot_count += 1;
            if (by_step) watch->stopped_by_step = 1; else watch->stopped_by_known = 1;
            glp_ios_terminate(tree);
        }
        return;
    }
    watch->last_snapshot_time = now;
    watch->snapshot_count += 1;
    watch->last = take_snapshot(tree, now - watch->started);
    int due = watch->due_count == 0 || now - watch->last_due_time >= watch->report_interval;
    if (due) {
        watch->due_count += 1;
        watch->last_due_time = now;
    }
    if (watch->report != NULL && watch->report(watch->context, &watch->last, due) != 0) {
        glp_ios_terminate(tree);
    } else if (proven_by_step(watch, &watch->last)) {
        watch->stopped_by_step = 1;
        glp_ios_terminate(tree);
    } else if (proven_by_known(watch, &watch->last, tree)) {
        watch->stopped_by_known = 1;
        glp_ios_terminate(tree);
    }
}

static void leave_by_jump(void *info) {
    longjmp(*(jmp_buf *)info, 1);
}

int hmg_intopt(glp_prob *problem, const glp_iocp *parameters, hmg_search_watch *watch) {
    glp_iocp local = *parameters;
    if (watch != NULL) {
        watch->snapshot_count = 0;
        watch->due_count = 0;
        watch->stopped_by_step = 0;
        watch->stopped_by_time = 0;
        watch->stopped_by_known = 0;
        watch->stopped_by_stall = 0;
        watch->stopped_by_target = 0;
        watch->start_offered = 0;
        watch->start_accepted = 0;
        watch->last_improvement = 0;
        watch->started = hmg_internal_now();
        watch->last_snapshot_time = watch->started;
        watch->last_due_time = watch->started;
        local.cb_func = search_callback;
        local.cb_info = watch;
    }
    jmp_buf jump;
    if (setjmp(jump)) {
        glp_free_env();
        hmg_internal_mark_environment_freed();
        return HMG_ABORTED;
    }
    glp_error_hook(leave_by_jump, &jump);
    int code = glp_intopt(problem, &local);
    glp_error_hook(NULL, NULL);
    return code;
}
