/*
 * wordtable.c
 *		Count the words of documents as the segmenter cuts them.
 *
 * One hash table of words in normal form, with their occurrences, the
 * documents they occur in and the parts of speech they took.  A token is
 * normalised without allocating when it is already normal (the common
 * case), and a word's text is copied once, into an arena, when first seen;
 * whether it is a stop word is decided then too.  So the cost per token is
 * the scan, one hash and one probe.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "normalize.h"
#include "scan.h"
#include "tsdict.h"
#include "wordtable.h"

#define ARENA_CHUNK		65536

void
gr_words_init(GrWordTable *t)
{
	memset(t, 0, sizeof(GrWordTable));
	t->cxt = CurrentMemoryContext;
	t->cap = 1024;
	t->words = palloc(sizeof(GrWord) * t->cap);
	t->mask = 2 * 1024 - 1;
	t->slots = palloc(sizeof(int32) * (t->mask + 1));
	memset(t->slots, 0xFF, sizeof(int32) * (t->mask + 1));
}

void
gr_token_seq_init(GrTokenSeq *seq, int max_blank)
{
	memset(seq, 0, sizeof(GrTokenSeq));
	seq->cxt = CurrentMemoryContext;
	seq->max_blank = max_blank;
}

/* Copy a word's text into the arena. */
static char *
arena_copy(GrWordTable *t, const char *s, int len)
{
	char	   *p;

	if ((Size) len + 1 > t->arena_left)
	{
		Size		size = Max(ARENA_CHUNK, (Size) len + 1);

		t->arena = MemoryContextAlloc(t->cxt, size);
		t->arena_left = size;
	}
	p = t->arena;
	memcpy(p, s, len);
	p[len] = '\0';
	t->arena += len + 1;
	t->arena_left -= len + 1;
	return p;
}

/* Double the slots and re-insert every word (load factor stays <= 1/2). */
static void
grow_slots(GrWordTable *t)
{
	uint32		mask = t->mask * 2 + 1;
	int32	   *slots;

	if ((Size) (mask + 1) * sizeof(int32) > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many distinct words to count"),
				 errdetail("The documents hold more than %d distinct words.", t->nwords),
				 errhint("Count fewer documents at a time.")));
	slots = MemoryContextAlloc(t->cxt, sizeof(int32) * (mask + 1));
	memset(slots, 0xFF, sizeof(int32) * (mask + 1));
	for (int32 i = 0; i < t->nwords; i++)
	{
		uint32		h = t->words[i].hash & mask;

		while (slots[h] >= 0)
			h = (h + 1) & mask;
		slots[h] = i;
	}
	pfree(t->slots);
	t->slots = slots;
	t->mask = mask;
}

static int32
count_utf8_chars(const char *s, int len)
{
	int32		n = 0;

	for (int i = 0; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/* Add a word in normal form (new to the table); returns its index. */
static int32
add_word(GrWordTable *t, const char *norm, int len, uint32 hash, uint8 kind)
{
	GrWord	   *w;

	if (t->nwords == t->cap)
	{
		if ((Size) t->cap * 2 * sizeof(GrWord) > MaxAllocSize)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many distinct words to count"),
					 errdetail("The documents hold more than %d distinct words.", t->nwords),
					 errhint("Count fewer documents at a time.")));
		t->cap *= 2;
		t->words = repalloc(t->words, sizeof(GrWord) * t->cap);	/* stays in t->cxt */
	}
	w = &t->words[t->nwords];
	memset(w, 0, sizeof(GrWord));
	w->text = arena_copy(t, norm, len);
	w->len = len;
	w->nchars = count_utf8_chars(norm, len);
	w->hash = hash;
	w->kind = kind;
	w->stopword = kind == ZH_TOKEN_WORD && gr_is_default_stopword(w->text);
	w->first = t->ntokens;
	if ((uint32) t->nwords * 2 >= t->mask)
		grow_slots(t);
	return t->nwords++;
}

/* The index of a token's word ("s" as written), added when new. */
static int32
intern(GrWordTable *t, const char *s, int len, uint8 kind)
{
	int			nlen;
	char	   *norm = gr_normalize(s, len, &nlen);
	const char *key = norm ? norm : s;
	int			klen = norm ? nlen : len;
	uint32		hash = hash_bytes((const unsigned char *) key, klen);
	uint32		h = hash & t->mask;
	int32		idx;

	for (;;)
	{
		idx = t->slots[h];
		if (idx < 0)
			break;
		if (t->words[idx].hash == hash && t->words[idx].len == klen &&
			memcmp(t->words[idx].text, key, klen) == 0)
		{
			if (norm)
				pfree(norm);
			return idx;
		}
		h = (h + 1) & t->mask;
	}
	idx = add_word(t, key, klen, hash, kind);
	/* add_word may have grown the slots: find the free one again */
	h = hash & t->mask;
	while (t->slots[h] >= 0)
		h = (h + 1) & t->mask;
	t->slots[h] = idx;
	if (norm)
		pfree(norm);
	return idx;
}

static void
count_tag(GrWord *w, uint8 pos)
{
	for (int i = 0; i < GR_WORD_TAGS; i++)
	{
		if (w->tag_n[i] == 0)
			w->tags[i] = pos;
		if (w->tags[i] == pos)
		{
			w->tag_n[i]++;
			return;
		}
	}
	/* a fifth tag is not remembered */
}

static void
seq_add(GrTokenSeq *seq, int32 word, uint8 pos)
{
	if (seq->n == seq->cap)
	{
		if ((Size) seq->cap * 2 * sizeof(int32) > MaxAllocSize)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("document has too many tokens"),
					 errdetail("The document holds more than %d tokens.", seq->n),
					 errhint("Split the document into smaller parts.")));
		seq->cap = seq->cap ? seq->cap * 2 : 1024;
		seq->word = seq->word ? repalloc(seq->word, sizeof(int32) * seq->cap) :
			MemoryContextAlloc(seq->cxt, sizeof(int32) * seq->cap);
		seq->pos = seq->pos ? repalloc(seq->pos, seq->cap) :
			MemoryContextAlloc(seq->cxt, seq->cap);
	}
	seq->word[seq->n] = word;
	seq->pos[seq->n] = pos;
	seq->n++;
}

/* Tokens that are words: what the default filter counts. */
static bool
is_word_kind(uint8 kind)
{
	return kind == ZH_TOKEN_WORD || kind == ZH_TOKEN_LATIN ||
		kind == ZH_TOKEN_SCRIPT;
}

/*
 * The scan's memory (spans, normalised copies) lives in a context of its
 * own, deleted at the end of the document; the table's in t->cxt.
 */
void
gr_words_count_doc(GrWordTable *t, const char *text, int len,
				   GrWordFilter filter, GrTokenSeq *seq)
{
	MemoryContext scan_cxt = AllocSetContextCreate(CurrentMemoryContext,
												   "govreport word count",
												   ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(scan_cxt);
	int64		doc = ++t->ndocs;
	GrScan		scan;
	GrScanToken tok;

	gr_scan_init(&scan, text, len);
	while (gr_scan_next(&scan, &tok))
	{
		int32		idx;
		GrWord	   *w;

		if (tok.kind == GR_KIND_BLANK)
		{
			for (int i = 0; seq && i < tok.char_len && i < seq->max_blank; i++)
				seq_add(seq, -1, 0);
			continue;
		}
		if ((++t->ntokens & 0x3FF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (filter == GR_WORDS_DEFAULT && !is_word_kind(tok.kind))
		{
			if (seq)
				seq_add(seq, -1, 0);
			continue;
		}
		idx = intern(t, text + tok.byte_start, tok.byte_len, tok.kind);
		w = &t->words[idx];
		w->n++;
		count_tag(w, tok.pos);
		if (w->last_doc != doc)
		{
			w->docs++;
			w->last_doc = doc;
		}
		if (seq)
			seq_add(seq, idx, tok.pos);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(scan_cxt);
}

bool
gr_word_shown(const GrWord *w, GrWordFilter filter)
{
	return filter == GR_WORDS_ALL || !w->stopword;
}

uint8
gr_word_pos(const GrWord *w)
{
	uint8		best = 0;
	int64		best_n = 0;

	for (int i = 0; i < GR_WORD_TAGS; i++)
		if (w->tag_n[i] > best_n)
		{
			best = w->tags[i];
			best_n = w->tag_n[i];
		}
	return best;
}

static int
compare_by_count(const void *a, const void *b, void *arg)
{
	const GrWord *words = arg;
	const GrWord *x = &words[*(const int32 *) a];
	const GrWord *y = &words[*(const int32 *) b];

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return (x->first > y->first) - (x->first < y->first);
}

int32 *
gr_words_ranked(const GrWordTable *t, GrWordFilter filter, int32 *n)
{
	int32	   *order = palloc(sizeof(int32) * Max(t->nwords, 1));
	int32		k = 0;

	for (int32 i = 0; i < t->nwords; i++)
		if (gr_word_shown(&t->words[i], filter))
			order[k++] = i;
	qsort_arg(order, k, sizeof(int32), compare_by_count, t->words);
	*n = k;
	return order;
}
