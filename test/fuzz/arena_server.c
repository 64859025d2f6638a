/*
 * arena_server.c
 *		The server's allocation API (as declared by test/fuzz/include's
 *		postgres.h) on top of the arena of arena.c, for the server code the
 *		outline scanner calls (src/normalize.c): its memory is freed with
 *		the scanner's after every input.
 */
#include "postgres.h"

extern void *fuzz_palloc(size_t size);
extern void *fuzz_repalloc(void *p, size_t size);

MemoryContext TopMemoryContext = (MemoryContext) 1;
MemoryContext CurrentMemoryContext = (MemoryContext) 1;

void *
palloc(Size size)
{
	return fuzz_palloc(size);
}

void *
palloc0(Size size)
{
	return memset(fuzz_palloc(size), 0, size);
}

void *
repalloc(void *p, Size size)
{
	return fuzz_repalloc(p, size);
}

void
pfree(void *p)
{
	(void) p;
}

char *
pnstrdup(const char *s, Size len)
{
	char	   *p = fuzz_palloc(len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void *
MemoryContextAlloc(MemoryContext cxt, Size size)
{
	(void) cxt;
	return fuzz_palloc(size);
}

void *
MemoryContextAllocZero(MemoryContext cxt, Size size)
{
	(void) cxt;
	return palloc0(size);
}

void
MemoryContextRegisterResetCallback(MemoryContext cxt, MemoryContextCallback *cb)
{
	(void) cxt;
	(void) cb;
}
