/*
 * tsvector_sql.c
 *		zh_tsvector(doc): the tsvector of to_tsvector('govreport', doc), built
 *		in one pass for stored columns and indexes.
 *
 * to_tsvector hands every (lexeme, position) entry to core, which sorts
 * them all; with a lexeme per character that sort was half the time.  Here
 * the lexemes (searchkeys.c, the same code the dictionary uses) go into a
 * hash table as they come, and only the distinct ones are sorted.  The
 * positions follow core's rules (at most 255 per lexeme, none past 16,383,
 * later ones clamped to it), and a text that passes 16,383 gets the
 * GR_LONG_TEXT_LEXEME, as the dictionary gives it: the result is byte for
 * byte what to_tsvector('govreport', doc) gives (test/sql/search.sql and
 * test/t/search-agreement.sh compare them).
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "tsearch/ts_type.h"
#include "tsearch/ts_utils.h"
#include "utils/builtins.h"

#include "govreport.h"
#include "searchkeys.h"

/*
 * A distinct lexeme and where its positions go.  A lexeme is at most 8
 * bytes and never holds a NUL, so its bytes, big-endian and zero-padded,
 * make a key that compares as tsvector orders lexemes (bytes, then the
 * shorter first) and that only equal lexemes share.
 */
typedef struct VecEntry
{
	uint64		key;
	int32		npos;			/* positions kept */
	int32		last_pos;
	int32		slot;			/* first of its positions in the output */
	uint8		len;
} VecEntry;

typedef struct VecBuild
{
	VecEntry   *entries;
	int			nentries;
	int			cap_entries;
	int32	   *table;			/* open addressing: entry index + 1, 0 empty */
	uint32		table_mask;
	int32	   *occ_entry;		/* every (entry, position) kept, in text order */
	int32	   *occ_pos;
	int			nocc;
	int			cap_occ;
	int32		position;		/* of the last lexeme */
} VecBuild;

static inline uint64
lexeme_key(const char *s, int len)
{
	uint64		k = 0;

	for (int i = 0; i < len; i++)
		k |= (uint64) (unsigned char) s[i] << (56 - 8 * i);
	return k;
}

static inline uint32
key_hash(uint64 k)
{
	k *= UINT64CONST(0x9E3779B97F4A7C15);
	return (uint32) (k >> 32);
}

static void
table_grow(VecBuild *b)
{
	uint32		size = b->table ? (b->table_mask + 1) * 2 : 1024;

	if (b->table)
		pfree(b->table);
	b->table = palloc0(sizeof(int32) * size);
	b->table_mask = size - 1;
	for (int i = 0; i < b->nentries; i++)
	{
		uint32		h = key_hash(b->entries[i].key) & b->table_mask;

		while (b->table[h] != 0)
			h = (h + 1) & b->table_mask;
		b->table[h] = i + 1;
	}
}

/* The index of lexeme s, added if new. */
static int
entry_for(VecBuild *b, const char *s, int len)
{
	uint64		key = lexeme_key(s, len);
	uint32		h;

	if ((uint32) b->nentries * 2 >= b->table_mask)
		table_grow(b);
	h = key_hash(key) & b->table_mask;
	while (b->table[h] != 0)
	{
		if (b->entries[b->table[h] - 1].key == key)
			return b->table[h] - 1;
		h = (h + 1) & b->table_mask;
	}
	if (b->nentries == b->cap_entries)
	{
		b->cap_entries *= 2;
		b->entries = repalloc_huge(b->entries, sizeof(VecEntry) * b->cap_entries);
	}
	memset(&b->entries[b->nentries], 0, sizeof(VecEntry));
	b->entries[b->nentries].key = key;
	b->entries[b->nentries].len = len;
	b->entries[b->nentries].last_pos = -1;
	b->table[h] = b->nentries + 1;
	return b->nentries++;
}

/* Add position pos of entry e as core's to_tsvector would (uniqueWORD). */
static void
add_position(VecBuild *b, int e, int32 pos)
{
	VecEntry   *entry = &b->entries[e];

	if (entry->npos > 0 &&
		(entry->npos >= MAXNUMPOS - 1 || entry->last_pos == GR_LAST_POSITION ||
		 entry->last_pos == pos))
		return;
	entry->last_pos = pos;
	entry->npos++;
	if (b->nocc == b->cap_occ)
	{
		b->cap_occ *= 2;
		b->occ_entry = repalloc_huge(b->occ_entry, sizeof(int32) * b->cap_occ);
		b->occ_pos = repalloc_huge(b->occ_pos, sizeof(int32) * b->cap_occ);
	}
	b->occ_entry[b->nocc] = e;
	b->occ_pos[b->nocc] = pos;
	b->nocc++;
	if ((b->nocc & 0xFFFF) == 0)
		CHECK_FOR_INTERRUPTS();
}

static void
collect(void *arg, const GrKeyLexeme *lx)
{
	VecBuild   *b = (VecBuild *) arg;

	if (lx->new_position)
	{
		b->position++;
		if (b->position == GR_LAST_POSITION + 1)
			add_position(b, entry_for(b, GR_LONG_TEXT_LEXEME, strlen(GR_LONG_TEXT_LEXEME)),
						 GR_LAST_POSITION);
	}
	add_position(b, entry_for(b, lx->s, lx->len), LIMITPOS(b->position));
}

StaticAssertDecl(GR_LAST_POSITION == MAXENTRYPOS - 1,
				 "GR_LAST_POSITION is the last position a tsvector keeps");

/* A sort of the entries in tsvector order (tsCompareString), by the keys. */
#define ST_SORT sort_entries
#define ST_ELEMENT_TYPE VecEntry
#define ST_COMPARE(a, b) (((a)->key > (b)->key) - ((a)->key < (b)->key))
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

/*
 * zh_tsvector(doc text) returns tsvector
 *		to_tsvector('govreport', doc), in one pass (see the file comment).
 */
PG_FUNCTION_INFO_V1(zh_tsvector);
Datum
zh_tsvector(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(doc);
	int			len = VARSIZE_ANY_EXHDR(doc);
	VecBuild	b;
	int32	   *remap;
	int64		lenstr = 0;
	int32		nslots = 0;
	TSVector	out;
	char	   *str;
	int32		stroff = 0;
	Size		total;

	govreport_require_utf8(s, len);
	memset(&b, 0, sizeof(b));
	b.cap_entries = 256;
	b.entries = palloc(sizeof(VecEntry) * b.cap_entries);
	b.cap_occ = 1024;
	b.occ_entry = palloc(sizeof(int32) * b.cap_occ);
	b.occ_pos = palloc(sizeof(int32) * b.cap_occ);
	table_grow(&b);

	gr_text_keys(s, len, collect, &b);

	/* Sort the distinct lexemes; remap[old index] gives the new one. */
	for (int i = 0; i < b.nentries; i++)
		b.entries[i].slot = i;
	sort_entries(b.entries, b.nentries);
	remap = palloc(sizeof(int32) * Max(b.nentries, 1));
	for (int i = 0; i < b.nentries; i++)
	{
		VecEntry   *e = &b.entries[i];

		remap[e->slot] = i;
		lenstr = SHORTALIGN(lenstr + e->len);
		lenstr += sizeof(uint16) + e->npos * sizeof(WordEntryPos);
		e->slot = nslots;
		nslots += e->npos;
	}
	if (lenstr > MAXSTRPOS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("document is too long for one tsvector"),
				 errdetail("Its search lexemes take %lld bytes; a tsvector holds at most %d.",
						   (long long) lenstr, MAXSTRPOS),
				 errhint("Index the document in parts, one row each: by section (report_sections) or by paragraph.")));

	/* Positions in lexeme order, each lexeme's in text order. */
	{
		int32	   *filled = palloc0(sizeof(int32) * Max(b.nentries, 1));
		int32	   *positions = palloc(sizeof(int32) * Max(nslots, 1));

		for (int i = 0; i < b.nocc; i++)
		{
			int			k = remap[b.occ_entry[i]];

			positions[b.entries[k].slot + filled[k]++] = b.occ_pos[i];
		}

		total = CALCDATASIZE(b.nentries, lenstr);
		out = (TSVector) palloc0(total);
		SET_VARSIZE(out, total);
		out->size = b.nentries;
		str = STRPTR(out);
		for (int i = 0; i < b.nentries; i++)
		{
			VecEntry   *e = &b.entries[i];
			WordEntry  *we = &ARRPTR(out)[i];
			WordEntryPos *wp;

			we->len = e->len;
			we->pos = stroff;
			for (int j = 0; j < e->len; j++)
				str[stroff + j] = (char) (e->key >> (56 - 8 * j));
			stroff += e->len;
			we->haspos = 1;
			stroff = SHORTALIGN(stroff);
			*(uint16 *) (str + stroff) = (uint16) e->npos;
			wp = POSDATAPTR(out, we);
			for (int j = 0; j < e->npos; j++)
			{
				WEP_SETWEIGHT(wp[j], 0);
				WEP_SETPOS(wp[j], positions[e->slot + j]);
			}
			stroff += sizeof(uint16) + e->npos * sizeof(WordEntryPos);
		}
		pfree(filled);
		pfree(positions);
	}
	pfree(remap);
	pfree(b.entries);
	pfree(b.table);
	pfree(b.occ_entry);
	pfree(b.occ_pos);
	PG_FREE_IF_COPY(doc, 0);
	PG_RETURN_TSVECTOR(out);
}
