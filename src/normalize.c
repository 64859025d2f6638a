/*
 * normalize.c
 *		NFKC + case fold + Traditional-to-Simplified, per character.
 *
 * Matching needs one canonical form for every token: ＧＤＰ, GDP and gdp
 * are one word, and so are 營商環境 and 营商环境.  ICU defines the form
 * (NFKC_Casefold, then the "Traditional-Simplified" transliterator), but
 * opening the transliterator takes 11-19 ms, which every new connection
 * would pay on its first search.  So the build computes the form of every
 * code point with the same ICU (tools/compile_lexicon.py) and stores the
 * ones that change in the lexicon file: here it is a table lookup, shared
 * by every backend through the page cache.  ASCII is folded inline.
 *
 * The mapping works character by character, never across characters, so
 * the result for a token is the same whether it is normalised alone (a
 * query) or inside a document: the property search depends on.
 */
#include "postgres.h"

#include "miscadmin.h"
#include "utils/memutils.h"

#include "lexicon.h"
#include "normalize.h"
#include "utf8.h"

/*
 * The normal form of a non-ASCII code point.  Returns NULL when the
 * character is unchanged; otherwise a pointer to its replacement (in the
 * lexicon mapping) and its length in *len, which may be 0.
 */
static const char *
normal_char(const ZhLexicon *lex, uint32 cp, int *len)
{
	uint32		entry = 0;

	if (cp < 0x10000)
		entry = lex->norm_bmp[cp];
	else
	{
		uint32		lo = 0;
		uint32		hi = lex->n_norm_supp;

		while (lo < hi)
		{
			uint32		mid = lo + (hi - lo) / 2;
			uint32		mcp = lex->norm_supp[2 * mid];

			if (mcp == cp)
			{
				entry = lex->norm_supp[2 * mid + 1];
				break;
			}
			if (mcp < cp)
				lo = mid + 1;
			else
				hi = mid;
		}
	}
	if (entry == 0)
		return NULL;
	*len = (int) (entry & 0xFF);
	return lex->norm_data + (entry >> 8) - 1;
}

static const char lower_ascii[] = "abcdefghijklmnopqrstuvwxyz";

const char *
gr_normal_char(const ZhLexicon *lex, uint32 cp, int *len)
{
	if (cp < 0x80)
	{
		if (cp < 'A' || cp > 'Z')
			return NULL;
		*len = 1;
		return lower_ascii + (cp - 'A');
	}
	return normal_char(lex, cp, len);
}

/* A growing output buffer that refuses to pass MaxAllocSize. */
typedef struct OutBuf
{
	char	   *data;
	int			len;
	int			cap;
} OutBuf;

static void
outbuf_reserve(OutBuf *b, int more)
{
	Size		need = (Size) b->len + more + 1;

	if (need <= (Size) b->cap)
		return;
	if (need > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("normalised text is too long"),
				 errdetail("Normalising the text would take more than %zu bytes.",
						   (Size) MaxAllocSize)));
	while ((Size) b->cap < need)
		b->cap = (Size) b->cap * 2 > MaxAllocSize ? (int) MaxAllocSize : b->cap * 2;
	b->data = repalloc(b->data, b->cap);
}

static void
outbuf_init(OutBuf *b, const char *prefix, int prefix_len, int hint)
{
	b->cap = Max(prefix_len + 16, hint + 16);
	if ((Size) b->cap > MaxAllocSize)
		b->cap = MaxAllocSize;
	b->data = palloc(b->cap);
	memcpy(b->data, prefix, prefix_len);
	b->len = prefix_len;
}

static void
outbuf_append(OutBuf *b, const char *s, int n)
{
	outbuf_reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
}

/* Append one entry to the offset map, growing its arrays. */
static void
map_add(GrOffsetMap *map, int *cap, int32 ns, int32 nl, int32 os, int32 ol)
{
	if (map->nchanges == *cap)
	{
		if ((Size) *cap * 2 * sizeof(int32) > MaxAllocSize)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many characters to normalise"),
					 errdetail("The text has more characters needing normalisation than one call can track.")));
		*cap *= 2;
		map->norm_start = repalloc(map->norm_start, sizeof(int32) * *cap);
		map->norm_len = repalloc(map->norm_len, sizeof(int32) * *cap);
		map->orig_start = repalloc(map->orig_start, sizeof(int32) * *cap);
		map->orig_len = repalloc(map->orig_len, sizeof(int32) * *cap);
	}
	map->norm_start[map->nchanges] = ns;
	map->norm_len[map->nchanges] = nl;
	map->orig_start[map->nchanges] = os;
	map->orig_len[map->nchanges] = ol;
	map->nchanges++;
}

/*
 * The text with every character in its matching form (normal_char), or
 * NULL when nothing changes.  fold_ascii also lower-cases ASCII letters;
 * with a map, every replaced character is recorded so offsets can be
 * mapped back to the original.
 */
static char *
normalize_chars(const char *s, int len, int *outlen, bool fold_ascii,
				GrOffsetMap *map)
{
	const unsigned char *p = (const unsigned char *) s;
	OutBuf		out;
	bool		changed = false;
	int			cap = 0;
	int			i = 0;
	const ZhLexicon *lex;

	/* Fast path: ASCII that needs no folding, nothing to do. */
	while (i < len && p[i] < 0x80 && !(fold_ascii && p[i] >= 'A' && p[i] <= 'Z'))
		i++;
	if (i == len)
		return NULL;

	lex = zh_lexicon_get();
	while (i < len)
	{
		uint32		cp;
		int			clen = utf8_next_char(p + i, len - i, &cp);
		const char *rep = NULL;
		int			rlen = 0;
		char		lower;

		if (cp < 0x80)
		{
			if (fold_ascii && cp >= 'A' && cp <= 'Z')
			{
				lower = (char) (cp + ('a' - 'A'));
				rep = &lower;
				rlen = 1;
			}
		}
		else
			rep = normal_char(lex, cp, &rlen);

		if (rep != NULL)
		{
			if (!changed)
			{
				outbuf_init(&out, s, i, len);
				if (map != NULL)
				{
					cap = 64;
					map->norm_start = palloc(sizeof(int32) * cap);
					map->norm_len = palloc(sizeof(int32) * cap);
					map->orig_start = palloc(sizeof(int32) * cap);
					map->orig_len = palloc(sizeof(int32) * cap);
				}
				changed = true;
			}
			if (map != NULL)
				map_add(map, &cap, out.len, rlen, i, clen);
			outbuf_append(&out, rep, rlen);
		}
		else if (changed)
			outbuf_append(&out, s + i, clen);
		i += clen;
		if ((i & 0xFFFF) < clen)
			CHECK_FOR_INTERRUPTS();
	}
	if (!changed)
		return NULL;
	out.data[out.len] = '\0';
	*outlen = out.len;
	return out.data;
}

const char *
gr_fold_char(uint32 cp, int *len)
{
	if (cp < 0x80)
		return NULL;
	return normal_char(zh_lexicon_get(), cp, len);
}

char *
gr_normalize(const char *s, int len, int *outlen)
{
	return normalize_chars(s, len, outlen, true, NULL);
}

char *
gr_normalize_for_segmenting(const char *s, int len, int *outlen,
							GrOffsetMap *map)
{
	memset(map, 0, sizeof(GrOffsetMap));
	return normalize_chars(s, len, outlen, false, map);
}

int
gr_offset_to_original(const GrOffsetMap *map, int offset, bool is_end,
					  int *hint)
{
	int			k = *hint;
	int			delta;

	if (map->nchanges == 0)
		return offset;

	/* Find the last change starting at or before "offset". */
	if (k >= map->nchanges)
		k = map->nchanges - 1;
	if (k < 0)
		k = 0;
	while (k > 0 && map->norm_start[k] > offset)
		k--;
	while (k + 1 < map->nchanges && map->norm_start[k + 1] <= offset)
		k++;
	*hint = k;

	if (map->norm_start[k] > offset)
		return offset;			/* before the first change */
	if (offset == map->norm_start[k])
	{
		/*
		 * Characters that normalise to nothing all start at the same offset:
		 * a span starting or ending here starts or ends before the first of
		 * them (the following span takes them along).
		 */
		while (k > 0 && map->norm_start[k - 1] == offset)
			k--;
		return map->orig_start[k];
	}
	if (offset < map->norm_start[k] + map->norm_len[k])
		return is_end ? map->orig_start[k] + map->orig_len[k] : map->orig_start[k];
	delta = offset - (map->norm_start[k] + map->norm_len[k]);
	return map->orig_start[k] + map->orig_len[k] + delta;
}
