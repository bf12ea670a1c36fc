#ifndef HOUSINGMATCH_CGLPK_SHIM_H
#define HOUSINGMATCH_CGLPK_SHIM_H
#include <glpk.h>
#endif
