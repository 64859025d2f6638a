/*
 * postgres.h -- the one stand-in for the server's headers
 *
 * With the other headers of test/fuzz/include (miscadmin.h, utils/
 * memutils.h, common/hashfn.h) and the runtime test/fuzz/standalone.c, it
 * lets the server-free parts of src/ (segmenter, search scan, normaliser,
 * word counts, outline, figures, report_section syntax) build into the
 * libFuzzer harnesses and benchmarks without the server: every program is
 * built by test/fuzz/build.sh with -Itest/fuzz/include, and the sources
 * include "postgres.h" as they do in the server.
 *
 * Memory: palloc and the contexts made under CurrentMemoryContext hold
 * blocks that fuzz_reset() frees after each input, running the reset
 * callbacks first, as the end of a query does; TopMemoryContext and the
 * contexts made under it live as long as the process, as in a backend.
 *
 * Errors: ereport and elog at ERROR or above jump to *fuzz_error_jump when
 * a harness has set it (for inputs where an error is a right answer), and
 * abort otherwise.  Their message arguments are not evaluated, so the error
 * codes need no definitions here; lower levels do nothing.
 */
#ifndef FUZZ_POSTGRES_H
#define FUZZ_POSTGRES_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int8_t int8;
typedef int16_t int16;
typedef int32_t int32;
typedef int64_t int64;
typedef uint8_t uint8;
typedef uint16_t uint16;
typedef uint32_t uint32;
typedef uint64_t uint64;
typedef size_t Size;

#define PG_INT32_MAX INT32_MAX
#define PG_INT64_MAX INT64_MAX
#define lengthof(a) (sizeof(a) / sizeof((a)[0]))
#define Max(a, b) ((a) > (b) ? (a) : (b))
#define Min(a, b) ((a) < (b) ? (a) : (b))
#define MaxAllocSize ((Size) 0x3fffffff)	/* the server's 1 GB - 1 */
#define Assert(c) do { if (!(c)) abort(); } while (0)
#define gettext_noop(x) (x)
#define _(x) (x)

/* memory (the server's utils/palloc.h) */
typedef struct FuzzMemoryContext *MemoryContext;
typedef void (*MemoryContextCallbackFunction) (void *arg);
typedef struct MemoryContextCallback
{
	MemoryContextCallbackFunction func;
	void	   *arg;
	struct MemoryContextCallback *next;
} MemoryContextCallback;

extern MemoryContext TopMemoryContext;
extern MemoryContext CurrentMemoryContext;

extern void *palloc(Size size);
extern void *palloc0(Size size);
extern void *repalloc(void *p, Size size);
extern void pfree(void *p);
extern char *pnstrdup(const char *s, Size len);
extern void *MemoryContextAlloc(MemoryContext cxt, Size size);
extern void *MemoryContextAllocZero(MemoryContext cxt, Size size);
extern void MemoryContextRegisterResetCallback(MemoryContext cxt,
											   MemoryContextCallback *cb);
extern MemoryContext MemoryContextSwitchTo(MemoryContext cxt);

/* what a query's end does: free the query's memory (standalone.c) */
extern void fuzz_reset(void);

/* valid UTF-8 without NUL: what the server hands a function (standalone.c) */
extern bool fuzz_valid_text(const uint8_t *s, size_t len);

/* errors (the server's utils/elog.h) */
#define DEBUG1 14
#define LOG 15
#define NOTICE 18
#define WARNING 19
#define ERROR 21

extern jmp_buf *fuzz_error_jump;
extern void fuzz_error(const char *file, int line) __attribute__((noreturn));

#define ereport(elevel, ...) \
	do { if ((elevel) >= ERROR) fuzz_error(__FILE__, __LINE__); } while (0)
#define elog(elevel, ...) ereport(elevel)

/* port.h's sort with a context argument (standalone.c) */
extern void qsort_arg(void *base, size_t nel, size_t elsize,
					  int (*cmp) (const void *, const void *, void *), void *arg);

#endif							/* FUZZ_POSTGRES_H */
