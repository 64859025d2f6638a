/*
 * Minimal stand-in for the server's postgres.h, so that the pure parts of
 * the search code (src/normalize.c, src/scan.c) build into a libFuzzer
 * harness without the server.  Memory comes from malloc and is never
 * reclaimed by contexts; an ERROR aborts (the harness never feeds inputs
 * large enough to reach one).
 */
#ifndef FUZZ_POSTGRES_H
#define FUZZ_POSTGRES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef uint8_t uint8;
typedef uint16_t uint16;
typedef uint32_t uint32;
typedef int32_t int32;
typedef int64_t int64;
typedef uint64_t uint64;
typedef size_t Size;

#define lengthof(a) (sizeof(a) / sizeof((a)[0]))
#define Max(a, b) ((a) > (b) ? (a) : (b))
#define Min(a, b) ((a) < (b) ? (a) : (b))
#define MaxAllocSize ((Size) 0x3fffffff)

typedef void *MemoryContext;
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
/* test/fuzz/plain_alloc.c: free every block still allocated */
extern void plain_alloc_reset(void);

#define ALLOCSET_SMALL_SIZES 0, 0, 0
#define ALLOCSET_DEFAULT_SIZES 0, 0, 0
#define AllocSetContextCreate(parent, name, ...) ((MemoryContext) (parent))
#define MemoryContextDelete(cxt) ((void) (cxt))

static inline MemoryContext
MemoryContextSwitchTo(MemoryContext cxt)
{
	(void) cxt;
	return CurrentMemoryContext;
}

#define ERROR 21
#define ERRCODE_PROGRAM_LIMIT_EXCEEDED 1
#define ERRCODE_EXTERNAL_ROUTINE_EXCEPTION 2
#define ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE 3
#define errcode(c) 0
#define errmsg(...) (fprintf(stderr, __VA_ARGS__), 0)
#define errdetail(...) 0
#define errhint(...) 0
#define Assert(c) do { if (!(c)) abort(); } while (0)
#define ereport(level, rest) do { fprintf(stderr, "ERROR\n"); abort(); } while (0)

#define CHECK_FOR_INTERRUPTS() ((void) 0)

/* port.h's sort with a context argument (the harness supplies it) */
extern void qsort_arg(void *base, size_t nel, size_t elsize,
					  int (*cmp) (const void *, const void *, void *), void *arg);

#endif
