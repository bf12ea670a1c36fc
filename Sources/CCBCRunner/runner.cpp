/* One CBC solve in a forked child process.

   CBC 2.10.8 aborts the whole process on some models (an assert in
   ClpNonLinearCost) and its C interface has no stop call; the Debian
   build's CbcMain1 installs no SIGINT handler either (measured: SIGINT
   during Cbc_solve ends the process with status 130). So the child
   installs its own SIGINT handler, which only sets a flag, and an event
   handler that CBC asks at every node tells CBC to stop when the flag is
   set; CBC then ends gracefully with its incumbent. The child reports
   progress through a pipe with write(2) only and leaves its result in
   memory shared with the parent; an abort ends the child, never us. */

#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdio_ext.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "CbcModel.hpp"
#include "CbcSolver.hpp"
#include "CbcEventHandler.hpp"
#include "CbcTree.hpp"
#include "OsiClpSolverInterface.hpp"
#include "ClpSimplex.hpp"
#define CBC_EXTERN_C
#include "Coin_C_defines.h"
#include "Cbc_C_Interface.h"

#include "CCBCRunner.h"

namespace {

/* One progress record on the pipe; far below PIPE_BUF, so each write is whole. */
struct Record {
    int has_objective;
    int has_bound;
    int nodes;
    int open_nodes;
    double objective;
    double bound;
};

/* The child's result, in memory shared with the parent; the solution follows it, then
   a linear programme's row duals. */
struct Shared {
    int written;
    int is_linear;
    int status;
    int secondary_status;
    int proven_optimal;
    int proven_infeasible;
    int continuous_unbounded;
    int dual_infeasible;
    int has_solution;
    int has_duals;
    double best_bound;
};

volatile sig_atomic_t stop_requested = 0;
int progress_fd = -1;
double last_report = 0;
double last_objective = 1e100;
/* 1 when the model minimises, -1 when it maximises. */
double original_sense = 1;

double now_seconds() {
    timespec spec;
    clock_gettime(CLOCK_MONOTONIC, &spec);
    return spec.tv_sec + spec.tv_nsec * 1e-9;
}

/* The model the child handed to CBC, and the one CBC searches (a copy
   made inside CbcMain1, seen at its first event). */
CbcModel *volatile original_model = NULL;
CbcModel *volatile main_model = NULL;

/* CBC checks its time limit in its root cut loop and heuristics too, where
   no event reaches the handler; a limit already passed stops it there as it
   stops at a time limit, with its incumbent. Both stores are plain writes. */
extern "C" void on_interrupt(int) {
    stop_requested = 1;
    CbcModel *model = original_model;
    if (model != NULL) model->setMaximumSeconds(1e-9);
    model = main_model;
    if (model != NULL) {
        model->setMaximumSeconds(1e-9);
        model->sayEventHappened();
    }
}

void report(CbcModel *model, bool force) {
    if (model == NULL || progress_fd < 0) return;
    double now = now_seconds();
    /* The searched copy may minimise where the model maximises: CBC keeps
       values minimised inside, and the solver's sense turns them back. */
    double sense = model->solver() != NULL ? model->solver()->getObjSense() : 1;
    double objective = model->getObjValue() * sense * original_sense;
    bool has_objective = model->bestSolution() != NULL && std::fabs(objective) < 1e49;
    bool improved = has_objective && objective != last_objective;
    if (!force && !improved && now - last_report < 0.05) return;
    last_report = now;
    if (has_objective) last_objective = objective;
    Record record;
    std::memset(&record, 0, sizeof record);
    record.has_objective = has_objective;
    record.objective = objective;
    double bound = model->getBestPossibleObjValue() * sense * original_sense;
    record.has_bound = std::isfinite(bound) && std::fabs(bound) < 1e49;
    record.bound = bound;
    record.nodes = model->getNodeCount();
    record.open_nodes = model->tree() != NULL ? model->tree()->size() : 0;
    ssize_t ignored = write(progress_fd, &record, sizeof record);
    (void)ignored;
}

/* Called by CbcMain1 at its stages with the model it searches. */
int on_stage(CbcModel *model, int /*where*/) {
    if (model != NULL && model->parentModel() == NULL && model != original_model) {
        main_model = model;
        if (stop_requested) {
            model->setMaximumSeconds(1e-9);
            model->sayEventHappened();
        }
    }
    return 0;
}

/* Asked by CBC at every node, solution and heuristic pass. */
class Watch : public CbcEventHandler {
public:
    Watch() : CbcEventHandler() {}
    Watch(const Watch &other) : CbcEventHandler(other) {}
    CbcEventHandler *clone() const override { return new Watch(*this); }
    CbcAction event(CbcEvent which) override {
        /* Heuristics search sub-models with copies of this handler; their
           bounds and solutions are not the search's, so only the main model reports. */
        if (model_ != NULL && model_->parentModel() == NULL)
            report(model_, which == solution || which == heuristicSolution);
        if (stop_requested) {
            /* This model and every model it serves (a heuristic's sub-search serves the main one). */
            for (CbcModel *model = model_; model != NULL; model = model->parentModel()) {
                model->setMaximumSeconds(1e-9);
                model->sayEventHappened();
            }
            if (which == node || which == treeStatus || which == afterHeuristic || which == heuristicPass)
                return stop;
        }
        return noAction;
    }
};

void write_text(int fd, const char *text) {
    ssize_t ignored = write(fd, text, std::strlen(text));
    (void)ignored;
}

/* Everything the child does; returns its exit code. */
/* Sets CBC option `name` to `value` when it is positive, written exactly. */
void set_positive(Cbc_Model *model, const char *name, double value) {
    if (!(value > 0)) return;
    char text[64];
    std::snprintf(text, sizeof text, "%.17g", value);
    Cbc_setParameter(model, name, text);
}

int run_child(const hmc_problem *problem, const hmc_settings *settings, Shared *shared, double *solution) {
    Cbc_Model *model = Cbc_newModel();
    Cbc_loadProblem(model, problem->column_count, problem->row_count, problem->column_start, problem->row_index,
                    problem->value, problem->column_lower, problem->column_upper, problem->objective,
                    problem->row_lower, problem->row_upper);
    int integers = 0;
    for (int j = 0; j < problem->column_count; j++) {
        if (problem->is_integer[j]) {
            Cbc_setInteger(model, j);
            integers += 1;
        }
    }
    Cbc_setObjSense(model, problem->maximize ? -1 : 1);
    original_sense = problem->maximize ? -1 : 1;
    if (integers == 0) {
        /* Cbc_solve hands a linear programme to Clp, which tells infeasible from unbounded. */
        shared->is_linear = 1;
        ClpSimplex *simplex = model->solver_->getModelPtr();
        if (settings->time_limit > 0) simplex->setMaximumSeconds(settings->time_limit);
        if (!settings->verbose) simplex->setLogLevel(0);
        model->solver_->initialSolve();
        shared->status = simplex->status();
        shared->secondary_status = simplex->secondaryStatus();
        shared->proven_optimal = model->solver_->isProvenOptimal();
        shared->proven_infeasible = model->solver_->isProvenPrimalInfeasible();
        shared->dual_infeasible = model->solver_->isProvenDualInfeasible();
        if (shared->proven_optimal) {
            std::memcpy(solution, model->solver_->getColSolution(), sizeof(double) * problem->column_count);
            shared->has_solution = 1;
            /* Column generation prices with them; the model's own sense, as GLPK gives them. */
            const double *prices = model->solver_->getRowPrice();
            if (prices != NULL) {
                std::memcpy(solution + problem->column_count, prices, sizeof(double) * problem->row_count);
                shared->has_duals = 1;
            }
            shared->best_bound = model->solver_->getObjValue();
        }
        __sync_synchronize();
        shared->written = 1;
        return 0;
    }
    Cbc_setParameter(model, "timeMode", "elapsed");
    if (!settings->verbose) Cbc_setParameter(model, "log", "0");
    /* CBC takes its options as command-line words; a value of 0 leaves CBC's own default. */
    set_positive(model, "sec", settings->time_limit);
    set_positive(model, "ratioGap", settings->relative_gap);
    set_positive(model, "allowableGap", settings->absolute_gap);
    set_positive(model, "increment", settings->increment);
    set_positive(model, "threads", settings->threads);
    int *indices = NULL;
    if (settings->start != NULL) {
        indices = new int[problem->column_count];
        for (int j = 0; j < problem->column_count; j++) indices[j] = j;
        Cbc_setMIPStartI(model, problem->column_count, indices, settings->start);
    }
    Watch watch;
    model->model_->passInEventHandler(&watch);
    original_model = model->model_;
    /* Cbc_solve's own MIP path, with a callback: CbcMain1 solves a copy of the
       model, and the callback is how the child learns which one to stop. */
    std::vector<const char *> arguments;
    arguments.push_back("Cbc_C_Interface");
    for (size_t i = 0; i < model->cmdargs_.size(); i++) arguments.push_back(model->cmdargs_[i].c_str());
    arguments.push_back("-solve");
    arguments.push_back("-quit");
    CbcMain1((int)arguments.size(), &arguments[0], *model->model_, on_stage, *model->cbcData);
    signal(SIGINT, SIG_IGN);
    shared->status = Cbc_status(model);
    shared->secondary_status = Cbc_secondaryStatus(model);
    shared->proven_optimal = Cbc_isProvenOptimal(model);
    shared->proven_infeasible = Cbc_isProvenInfeasible(model);
    shared->continuous_unbounded = Cbc_isContinuousUnbounded(model);
    shared->best_bound = Cbc_getBestPossibleObjValue(model);
    const double *best = Cbc_bestSolution(model);
    if (best != NULL) {
        std::memcpy(solution, best, sizeof(double) * problem->column_count);
        shared->has_solution = 1;
    }
    __sync_synchronize();
    shared->written = 1;
    delete[] indices;
    return 0;
}

/* Closes every descriptor from `first` on, so that a child never holds
   another solve's pipe open. */
void close_from(int first) {
    struct rlimit limit;
    int last = 65536;
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < 65536)
        last = (int)limit.rlim_cur;
    for (int fd = first; fd < last; fd++) close(fd);
}

void keep_tail(hmc_outcome *outcome, const char *text, size_t length) {
    size_t capacity = sizeof outcome->tail - 1;
    size_t used = std::strlen(outcome->tail);
    if (length >= capacity) {
        std::memcpy(outcome->tail, text + length - capacity, capacity);
        outcome->tail[capacity] = 0;
        return;
    }
    if (used + length > capacity) {
        size_t drop = used + length - capacity;
        std::memmove(outcome->tail, outcome->tail + drop, used - drop);
        used -= drop;
    }
    std::memcpy(outcome->tail + used, text, length);
    outcome->tail[used + length] = 0;
}

}  // namespace

extern "C" int hmc_solve(const hmc_problem *problem, const hmc_settings *settings, hmc_tick tick, hmc_log_sink log,
                         void *context, double *solution, double *duals, hmc_outcome *outcome) {
    std::memset(outcome, 0, sizeof *outcome);
    size_t size = sizeof(Shared) + sizeof(double) * (size_t)(problem->column_count + problem->row_count + 1);
    void *region = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (region == MAP_FAILED) {
        outcome->start_error = errno;
        return -1;
    }
    Shared *shared = static_cast<Shared *>(region);
    double *shared_solution = reinterpret_cast<double *>(static_cast<char *>(region) + sizeof(Shared));
    int progress_pipe[2], log_pipe[2];
    if (pipe2(progress_pipe, O_CLOEXEC) != 0) {
        outcome->start_error = errno;
        munmap(region, size);
        return -1;
    }
    if (pipe2(log_pipe, O_CLOEXEC) != 0) {
        outcome->start_error = errno;
        close(progress_pipe[0]);
        close(progress_pipe[1]);
        munmap(region, size);
        return -1;
    }
    pid_t child = fork();
    if (child < 0) {
        outcome->start_error = errno;
        close(progress_pipe[0]); close(progress_pipe[1]);
        close(log_pipe[0]); close(log_pipe[1]);
        munmap(region, size);
        return -1;
    }
    if (child == 0) {
        /* The parent's unflushed stdout must not reappear in the child's log. */
        __fpurge(stdout);
        __fpurge(stderr);
        dup2(progress_pipe[1], 3);
        dup2(log_pipe[1], 2);
        if (settings->verbose) {
            dup2(log_pipe[1], 1);
        } else {
            int null = open("/dev/null", O_WRONLY);
            if (null >= 0) dup2(null, 1);
        }
        close_from(4);
        setvbuf(stdout, NULL, _IOLBF, 0);
        progress_fd = 3;
        struct sigaction action;
        std::memset(&action, 0, sizeof action);
        action.sa_handler = on_interrupt;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, NULL);
        /* The forking thread may block SIGINT (a host that reads it from a
           dispatch source does); the child inherits that mask. */
        sigset_t interrupt;
        sigemptyset(&interrupt);
        sigaddset(&interrupt, SIGINT);
        pthread_sigmask(SIG_UNBLOCK, &interrupt, NULL);
        if (settings->abort_for_testing) abort();
        int code = 3;
        try {
            code = run_child(problem, settings, shared, shared_solution);
        } catch (...) {
            write_text(2, "CBC threw an exception\n");
        }
        fflush(stdout);
        _exit(code);
    }
    close(progress_pipe[1]);
    close(log_pipe[1]);

    hmc_progress latest;
    std::memset(&latest, 0, sizeof latest);
    char pending[sizeof(Record)];
    size_t pending_length = 0;
    bool progress_open = true, log_open = true, exited = false;
    int wait_status = 0;
    double stop_time = 0;
    double started = now_seconds();
    double last_tick = -1;
    while (true) {
        struct pollfd fds[2];
        int count = 0;
        if (progress_open) { fds[count].fd = progress_pipe[0]; fds[count].events = POLLIN; count++; }
        if (log_open) { fds[count].fd = log_pipe[0]; fds[count].events = POLLIN; count++; }
        int ready = count > 0 ? poll(fds, count, last_tick < 0 ? 0 : 50) : (usleep(20000), 0);
        bool fresh = false;
        for (int i = 0; i < count && ready > 0; i++) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            if (fds[i].fd == progress_pipe[0]) {
                char buffer[sizeof(Record) * 64];
                ssize_t got = read(fds[i].fd, buffer, sizeof buffer);
                if (got <= 0) { if (got == 0 || errno != EINTR) progress_open = false; continue; }
                for (ssize_t k = 0; k < got; k++) {
                    pending[pending_length++] = buffer[k];
                    if (pending_length == sizeof(Record)) {
                        Record record;
                        std::memcpy(&record, pending, sizeof record);
                        pending_length = 0;
                        latest.has_objective = record.has_objective;
                        latest.best_objective = record.objective;
                        latest.has_bound = record.has_bound;
                        latest.best_bound = record.bound;
                        latest.nodes = record.nodes;
                        latest.open_nodes = record.open_nodes;
                        fresh = true;
                    }
                }
            } else {
                char buffer[4096];
                ssize_t got = read(fds[i].fd, buffer, sizeof buffer);
                if (got <= 0) { if (got == 0 || errno != EINTR) log_open = false; continue; }
                keep_tail(outcome, buffer, (size_t)got);
                if (log != NULL) log(context, buffer, (size_t)got);
            }
        }
        if (!exited) {
            pid_t done = waitpid(child, &wait_status, WNOHANG);
            if (done == child) exited = true;
        }
        /* Another solve's child may hold our pipes open, so the child's end, not EOF, ends the loop. */
        if (exited && (ready <= 0 || (!progress_open && !log_open))) break;
        if (exited) continue;
        double now = now_seconds() - started;
        if (outcome->stop_reason == 0) {
            if (tick != NULL && (fresh || now - last_tick >= 0.05)) {
                last_tick = now;
                int reason = tick(context, &latest, fresh ? 1 : 0);
                if (reason > 0) {
                    outcome->stop_reason = reason;
                    stop_time = now;
                    kill(child, SIGINT);
                }
            }
        } else if (!outcome->killed && now - stop_time > settings->grace_seconds) {
            kill(child, SIGKILL);
            outcome->killed = 1;
        }
    }
    close(progress_pipe[0]);
    close(log_pipe[0]);
    if (WIFSIGNALED(wait_status)) outcome->exit_signal = WTERMSIG(wait_status);
    if (WIFEXITED(wait_status)) outcome->exit_code = WEXITSTATUS(wait_status);
    if (shared->written && outcome->exit_signal == 0 && outcome->exit_code == 0) {
        outcome->has_result = 1;
        outcome->is_linear = shared->is_linear;
        outcome->status = shared->status;
        outcome->secondary_status = shared->secondary_status;
        outcome->proven_optimal = shared->proven_optimal;
        outcome->proven_infeasible = shared->proven_infeasible;
        outcome->continuous_unbounded = shared->continuous_unbounded;
        outcome->dual_infeasible = shared->dual_infeasible;
        outcome->has_solution = shared->has_solution;
        outcome->best_bound = shared->best_bound;
        if (shared->has_solution)
            std::memcpy(solution, shared_solution, sizeof(double) * (size_t)problem->column_count);
        if (shared->has_duals && duals != NULL) {
            std::memcpy(duals, shared_solution + problem->column_count, sizeof(double) * (size_t)problem->row_count);
            outcome->has_duals = 1;
        }
    }
    munmap(region, size);
    return 0;
}

extern "C" int hmc_open_descriptor_count(void) {
    DIR *directory = opendir("/proc/self/fd");
    if (directory == NULL) return -1;
    int count = 0;
    while (readdir(directory) != NULL) count++;
    closedir(directory);
    return count;
}
