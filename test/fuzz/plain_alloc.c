/*
 * plain_alloc.c
 *		The memory functions of the include/ stand-in postgres.h: malloc,
 *		never reclaimed by contexts (a harness frees what it must).  Shared
 *		by the harnesses built on test/fuzz/include (fuzz_tsparser,
 *		fuzz_keywords).
 */
#include "postgres.h"

MemoryContext TopMemoryContext = (MemoryContext) 1;
MemoryContext CurrentMemoryContext = (MemoryContext) 1;

/*
 * Every block is on a list, so that a harness whose code relies on memory
 * contexts (nothing is freed one by one) can release a run's memory with
 * plain_alloc_reset().
 */
typedef struct Block
{
	struct Block *prev;
	struct Block *next;
	max_align_t data[];
} Block;

static Block blocks = {&blocks, &blocks};

static void *
link_block(Block *b)
{
	if (b == NULL)
		abort();
	b->next = blocks.next;
	b->prev = &blocks;
	blocks.next->prev = b;
	blocks.next = b;
	return b->data;
}

static Block *
unlink_block(void *p)
{
	Block	   *b = (Block *) ((char *) p - offsetof(Block, data));

	b->prev->next = b->next;
	b->next->prev = b->prev;
	return b;
}

void *
palloc(Size size)
{
	return link_block(malloc(sizeof(Block) + (size ? size : 1)));
}

void *
palloc0(Size size)
{
	void	   *p = palloc(size);

	memset(p, 0, size);
	return p;
}

void *
repalloc(void *p, Size size)
{
	return link_block(realloc(unlink_block(p), sizeof(Block) + (size ? size : 1)));
}

void
pfree(void *p)
{
	free(unlink_block(p));
}

/* Free every block still allocated. */
void
plain_alloc_reset(void)
{
	while (blocks.next != &blocks)
		free(unlink_block(blocks.next->data));
}

char *
pnstrdup(const char *s, Size len)
{
	char	   *p = palloc(len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void *
MemoryContextAlloc(MemoryContext cxt, Size size)
{
	return palloc(size);
}

void *
MemoryContextAllocZero(MemoryContext cxt, Size size)
{
	return palloc0(size);
}

/* Contexts never reset here: callbacks only need to be kept (and leak). */
static MemoryContextCallback *callbacks;

void
MemoryContextRegisterResetCallback(MemoryContext cxt, MemoryContextCallback *cb)
{
	cb->next = callbacks;
	callbacks = cb;
}
