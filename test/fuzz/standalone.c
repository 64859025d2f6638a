/*
 * standalone.c
 *		What the server supplies to the server-free parts of src/, for the
 *		programs test/fuzz/build.sh makes: memory contexts, the error exit,
 *		qsort_arg and hash_bytes.  See include/postgres.h for the rules.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "utils/memutils.h"

/*
 * A context is permanent (TopMemoryContext and what is made under it:
 * plain malloc, kept for the process) or per query (every block on one
 * list, freed by fuzz_reset()).
 */
struct FuzzMemoryContext
{
	bool		permanent;
};

static struct FuzzMemoryContext top_context = {true};
static struct FuzzMemoryContext query_context = {false};

MemoryContext TopMemoryContext = &top_context;
MemoryContext CurrentMemoryContext = &query_context;

jmp_buf    *fuzz_error_jump = NULL;

typedef struct Block
{
	struct Block *prev;
	struct Block *next;
	bool		tracked;
	max_align_t data[];
} Block;

static Block blocks = {&blocks, &blocks, true};
static MemoryContextCallback *callbacks = NULL;
static MemoryContextCallback *permanent_callbacks = NULL;	/* never run */

static void *
allocate(MemoryContext cxt, Size size)
{
	Block	   *b;

	if (size > MaxAllocSize)
	{
		fprintf(stderr, "allocation of %zu bytes exceeds the server's limit\n", size);
		abort();
	}
	b = malloc(sizeof(Block) + (size ? size : 1));
	if (b == NULL)
		abort();
	b->tracked = !cxt->permanent;
	b->prev = b->next = b;
	if (b->tracked)
	{
		b->next = blocks.next;
		b->prev = &blocks;
		blocks.next->prev = b;
		blocks.next = b;
	}
	return b->data;
}

static Block *
block_of(void *p)
{
	return (Block *) ((char *) p - offsetof(Block, data));
}

static void
unlink_block(Block *b)
{
	b->prev->next = b->next;
	b->next->prev = b->prev;
}

void *
palloc(Size size)
{
	return allocate(CurrentMemoryContext, size);
}

void *
palloc0(Size size)
{
	return memset(palloc(size), 0, size);
}

void *
MemoryContextAlloc(MemoryContext cxt, Size size)
{
	return allocate(cxt, size);
}

void *
MemoryContextAllocZero(MemoryContext cxt, Size size)
{
	return memset(allocate(cxt, size), 0, size);
}

void *
repalloc(void *p, Size size)
{
	Block	   *b = block_of(p);
	bool		tracked = b->tracked;

	if (size > MaxAllocSize)
		abort();
	if (tracked)
		unlink_block(b);
	b = realloc(b, sizeof(Block) + (size ? size : 1));
	if (b == NULL)
		abort();
	b->prev = b->next = b;
	if (tracked)
	{
		b->next = blocks.next;
		b->prev = &blocks;
		blocks.next->prev = b;
		blocks.next = b;
	}
	return b->data;
}

void
pfree(void *p)
{
	Block	   *b = block_of(p);

	if (b->tracked)
		unlink_block(b);
	free(b);
}

char *
pnstrdup(const char *s, Size len)
{
	char	   *p = palloc(len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

MemoryContext
fuzz_context_create(MemoryContext parent)
{
	static struct FuzzMemoryContext permanent = {true};

	return parent->permanent ? &permanent : &query_context;
}

MemoryContext
MemoryContextSwitchTo(MemoryContext cxt)
{
	MemoryContext old = CurrentMemoryContext;

	CurrentMemoryContext = cxt;
	return old;
}

/*
 * Permanent contexts are never reset: their callbacks never run, but stay
 * reachable (LeakSanitizer would call them leaks).
 */
void
MemoryContextRegisterResetCallback(MemoryContext cxt, MemoryContextCallback *cb)
{
	MemoryContextCallback **list = cxt->permanent ? &permanent_callbacks : &callbacks;

	cb->next = *list;
	*list = cb;
}

void
fuzz_reset(void)
{
	while (callbacks != NULL)
	{
		MemoryContextCallback *cb = callbacks;

		callbacks = cb->next;
		cb->func(cb->arg);
	}
	while (blocks.next != &blocks)
	{
		Block	   *b = blocks.next;

		unlink_block(b);
		free(b);
	}
	CurrentMemoryContext = &query_context;
}

/*
 * Is s[0, len) what the server hands a C function as text: valid UTF-8 (no
 * overlong forms, surrogates or code points past U+10FFFF) without NUL?
 * Harnesses check their invariants on such input only.
 */
bool
fuzz_valid_text(const uint8_t *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		uint8_t		c = s[i];
		size_t		n;
		uint32_t	cp;

		if (c == 0)
			return false;
		if (c < 0x80)
		{
			i++;
			continue;
		}
		else if ((c & 0xE0) == 0xC0)
			n = 2, cp = c & 0x1F;
		else if ((c & 0xF0) == 0xE0)
			n = 3, cp = c & 0x0F;
		else if ((c & 0xF8) == 0xF0)
			n = 4, cp = c & 0x07;
		else
			return false;
		if (i + n > len)
			return false;
		for (size_t k = 1; k < n; k++)
		{
			if ((s[i + k] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) ||
			(n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
			(cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		i += n;
	}
	return true;
}

void
fuzz_error(const char *file, int line)
{
	if (fuzz_error_jump != NULL)
		longjmp(*fuzz_error_jump, 1);
	fprintf(stderr, "error raised at %s:%d\n", file, line);
	abort();
}

/* Insertion sort: inputs are small, and it is plainly correct. */
void
qsort_arg(void *base, size_t nel, size_t elsize,
		  int (*cmp) (const void *, const void *, void *), void *arg)
{
	char	   *b = base;
	char	   *tmp = palloc(elsize);

	for (size_t i = 1; i < nel; i++)
		for (size_t j = i; j > 0 && cmp(b + (j - 1) * elsize, b + j * elsize, arg) > 0; j--)
		{
			memcpy(tmp, b + j * elsize, elsize);
			memcpy(b + j * elsize, b + (j - 1) * elsize, elsize);
			memcpy(b + (j - 1) * elsize, tmp, elsize);
		}
	pfree(tmp);
}

/* FNV-1a: the server's hash differs, which only changes table order. */
uint32
hash_bytes(const unsigned char *k, int keylen)
{
	uint32		h = 2166136261u;

	for (int i = 0; i < keylen; i++)
		h = (h ^ k[i]) * 16777619u;
	return h;
}
