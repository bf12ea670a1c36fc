#ifndef HOUSINGMATCH_CGLPKGUARD_INTERNAL_H
#define HOUSINGMATCH_CGLPKGUARD_INTERNAL_H

/* Shared between the files of this target; not part of its public header. */

/* Records that a caught abort freed this thread's GLPK environment. */
void hmg_internal_mark_environment_freed(void);

/* Seconds on a monotonic clock. */
double hmg_internal_now(void);

#endif
