#ifndef HOUSINGMATCH_CCBC_SHIM_H
#define HOUSINGMATCH_CCBC_SHIM_H
#include <Cbc_C_Interface.h>
#include <Clp_C_Interface.h>
#endif
