/*
 * arena.c
 *		The allocation arena behind standalone.h: every block is kept on a
 *		list and released by fuzz_reset_arena().
 */
#include <stdio.h>

#include "standalone.h"

typedef struct Block
{
	struct Block *next;
	size_t		size;
	max_align_t data[];
} Block;

static Block *blocks;

void *
fuzz_palloc(size_t size)
{
	Block	   *b;

	if (size > (size_t) 1 << 30)
	{
		fprintf(stderr, "allocation of %zu bytes exceeds the server's 1 GB limit\n", size);
		abort();
	}
	b = malloc(sizeof(Block) + (size ? size : 1));
	if (b == NULL)
		abort();
	b->next = blocks;
	b->size = size;
	blocks = b;
	return b->data;
}

void *
fuzz_repalloc(void *p, size_t size)
{
	Block	   *old = (Block *) ((char *) p - offsetof(Block, data));
	void	   *n = fuzz_palloc(size);

	memcpy(n, p, old->size < size ? old->size : size);
	return n;
}

void
fuzz_reset_arena(void)
{
	while (blocks)
	{
		Block	   *next = blocks->next;

		free(blocks);
		blocks = next;
	}
}
