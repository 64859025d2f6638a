/*
 * standalone.h
 *		Just enough of the server's API to build the outline scanner without
 *		a server (libFuzzer harnesses).  Allocations go into an arena that the
 *		harness frees after every input, as a memory context would.
 */
#ifndef GOVREPORT_FUZZ_STANDALONE_H
#define GOVREPORT_FUZZ_STANDALONE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* the server's integer names, for headers shared with it (normalize.h) */
typedef int32_t int32;
typedef uint32_t uint32;

extern void *fuzz_palloc(size_t size);
extern void *fuzz_repalloc(void *p, size_t size);
extern void fuzz_reset_arena(void);

#define palloc(n) fuzz_palloc(n)
#define palloc0(n) memset(fuzz_palloc(n), 0, (n))
#define repalloc(p, n) fuzz_repalloc((p), (n))
#define pfree(p) ((void) (p))
#define CHECK_FOR_INTERRUPTS() ((void) 0)

#endif
