/*
 * A stand-in for postgres.h so that the segmenter and the lexicon reader
 * (src/segment.c, src/lexicon.c) compile without the server, for the fuzz
 * harness and the bare benchmark.  Memory is malloc; an error longjmps to
 * shim_error_jump when set, else aborts.
 */
#ifndef SHIM_POSTGRES_H
#define SHIM_POSTGRES_H

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

#define lengthof(array) (sizeof (array) / sizeof ((array)[0]))
#define MaxAllocSize ((Size) 0x3fffffff)
#define ERROR 21

extern jmp_buf *shim_error_jump;
extern void shim_error(const char *file, int line) __attribute__((noreturn));

/* the message arguments are not evaluated */
#define ereport(elevel, ...) shim_error(__FILE__, __LINE__)

static inline void *
palloc(Size n)
{
	void	   *p = malloc(n ? n : 1);

	if (p == NULL)
		abort();
	return p;
}

static inline void *
palloc0(Size n)
{
	void	   *p = calloc(1, n ? n : 1);

	if (p == NULL)
		abort();
	return p;
}

static inline void *
repalloc(void *p, Size n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		abort();
	return p;
}

static inline void
pfree(void *p)
{
	free(p);
}

#endif
