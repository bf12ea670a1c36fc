#ifndef HOUSINGMATCH_CGLPKGUARD_INTERNAL_H
#define HOUSINGMATCH_CGLPKGUARD_INTERNAL_H

#include <setjmp.h>
#include "CGLPKGuard.h"

/* Shared between the files of this target; not part of its public header. */

/* Records that a caught abort freed this thread's GLPK environment. */
void hmg_internal_mark_environment_freed(void);

/* While `watch` is set, the terminal hook asks its stop request at every
   line and leaves by longjmp to `jump` when it says stop; with `quiet`,
   progress lines are neither passed on nor kept in the tail. NULL ends it. */
void hmg_internal_watch_output(hmg_simplex_watch *watch, jmp_buf *jump, int quiet);

/* Seconds on a monotonic clock. */
double hmg_internal_now(void);

#endif
