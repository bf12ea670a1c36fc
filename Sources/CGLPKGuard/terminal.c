/* GLPK's terminal hook: route output to a sink, to stdout or nowhere, and
   keep the tail so that a caught abort can carry GLPK's own message. */

#include <setjmp.h>
#include <string.h>
#include "CGLPKGuard.h"
#include "internal.h"

enum { tail_capacity = 2048 };

/* GLPK's environment, and so its hooks, are per thread: so is this state. */
static _Thread_local char tail[tail_capacity];
static _Thread_local size_t tail_length;
static _Thread_local hmg_output_sink current_sink;
static _Thread_local void *current_context;
static _Thread_local int current_echo;
static _Thread_local int environment_freed;
static _Thread_local hmg_simplex_watch *current_watch;
static _Thread_local jmp_buf *current_jump;
static _Thread_local int current_quiet;

void hmg_internal_watch_output(hmg_simplex_watch *watch, jmp_buf *jump, int quiet) {
    current_watch = watch;
    current_jump = jump;
    current_quiet = quiet;
}

/* The simplex method's progress line: "*  1234: obj = ...". */
static int is_progress_line(const char *text) {
    return strstr(text, ": obj = ") != NULL;
}

static void append_to_tail(const char *text) {
    size_t length = strlen(text);
    const size_t keep = tail_capacity - 1;
    if (length >= keep) {
        memcpy(tail, text + (length - keep), keep);
        tail_length = keep;
    } else {
        if (tail_length + length > keep) {
            size_t drop = tail_length + length - keep;
            memmove(tail, tail + drop, tail_length - drop);
            tail_length -= drop;
        }
        memcpy(tail + tail_length, text, length);
        tail_length += length;
    }
    tail[tail_length] = '\0';
}

static int terminal_hook(void *info, const char *text) {
    (void)info;
    hmg_simplex_watch *watch = current_watch;
    if (watch != NULL && watch->should_stop != NULL) {
        watch->checks += 1;
        if (watch->should_stop(watch->context) != 0) {
            watch->stopped = 1;
            longjmp(*current_jump, 1);
        }
    }
    if (watch != NULL && current_quiet && is_progress_line(text)) return 1;
    append_to_tail(text);
    if (current_sink != NULL) {
        current_sink(current_context, text);
        return 1;
    }
    /* Non-zero tells GLPK not to print the text itself. */
    return current_echo ? 0 : 1;
}

void hmg_terminal_begin(hmg_output_sink sink, void *context, int echo) {
    current_sink = sink;
    current_context = context;
    current_echo = echo;
    environment_freed = 0;
    tail_length = 0;
    tail[0] = '\0';
    glp_term_out(GLP_ON);
    glp_term_hook(terminal_hook, NULL);
}

void hmg_terminal_end(void) {
    current_sink = NULL;
    current_context = NULL;
    /* A freed environment has no hook left; touching GLPK would only make a new one. */
    if (!environment_freed) glp_term_hook(NULL, NULL);
}

const char *hmg_terminal_tail(void) {
    tail[tail_length] = '\0';
    return tail;
}

int hmg_environment_was_freed(void) { return environment_freed; }

void hmg_internal_mark_environment_freed(void) { environment_freed = 1; }
