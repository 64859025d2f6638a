/*
 * normalize.c
 *		NFKC + case fold + Traditional-to-Simplified, per character, with a
 *		per-backend cache.
 *
 * Matching needs one canonical form for every token: ＧＤＰ, GDP and gdp
 * are one word, and so are 營商環境 and 营商环境.  ICU computes the form
 * (unorm2 NFKC_Casefold, then the "Traditional-Simplified" transliterator),
 * but calling it per token would dominate the cost of to_tsvector, and
 * utrans_open alone takes milliseconds.  So the transliterator is opened
 * once per backend, and the result for each code point is computed once and
 * remembered: two bitmaps say which BMP characters are known and which of
 * them are unchanged; a small hash keeps the replacement text of the rest.
 * ASCII never reaches ICU at all.
 *
 * The mapping works character by character, never across characters, so
 * the result for a token is the same whether it is normalised alone (a
 * query) or inside a document: the property search depends on.
 */
#include "postgres.h"

#include "miscadmin.h"
#include "utils/memutils.h"

#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/utf16.h>

#include "normalize.h"
#include "utf8.h"

/* Longest cached replacement; longer ones (a few Arabic ligatures) are
 * recomputed on each use. */
#define CACHED_MAX 22
#define CHAR_OUT_MAX 96

typedef struct CachedChar
{
	uint32		cp;				/* 0 marks an empty slot */
	uint8		len;
	char		out[CACHED_MAX + 1];
} CachedChar;

/* Per-backend state, all in norm_context (a child of TopMemoryContext). */
static MemoryContext norm_context = NULL;
static UTransliterator *t2s = NULL;
static const UNormalizer2 *nfkc_cf = NULL;
static uint8 *bmp_known = NULL;		/* 65536 bits each */
static uint8 *bmp_stable = NULL;
static CachedChar *cache = NULL;
static uint32 cache_size = 0;	/* power of two */
static uint32 cache_used = 0;

/*
 * Simplified Chinese characters that ICU's transliterator still rewrites
 * when they stand alone (it maps 著 to 着 and 俱 to 具, which would turn
 * 显著 and 与时俱进 in simplified text into other words).  Found by running
 * every character of the simplified national reports through the
 * transliterator.
 */
static const uint32 t2s_keep[] = {
	0x8457,						/* 著 */
	0x4FF1,						/* 俱 */
	0x82CE,						/* 苎 */
	0x4E7E,						/* 乾 */
	0x65BC,						/* 於 */
	0x77AD,						/* 瞭 */
	0x85C9,						/* 藉 */
	0x5FB5,						/* 徵 */
	0x5925,						/* 夥 */
};

/* Close the transliterator when the context goes away (backend exit). */
static void
release_icu(void *arg)
{
	if (t2s != NULL)
		utrans_close(t2s);
	t2s = NULL;
	nfkc_cf = NULL;
	norm_context = NULL;
	bmp_known = bmp_stable = NULL;
	cache = NULL;
	cache_size = cache_used = 0;
}

/* Open ICU's normaliser and transliterator once per backend. */
static void
ensure_icu(void)
{
	MemoryContextCallback *cb;
	UErrorCode	status = U_ZERO_ERROR;
	UChar		id[32];
	UTransliterator *trans;
	const UNormalizer2 *nf;

	if (norm_context != NULL)
		return;

	nf = unorm2_getNFKCCasefoldInstance(&status);
	if (U_FAILURE(status))
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
				 errmsg("could not load the ICU NFKC case-fold normaliser: %s",
						u_errorName(status)),
				 errdetail("The ICU data the server was built with lacks the nfkc_cf table.")));
	u_uastrcpy(id, "Traditional-Simplified");
	trans = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
	if (U_FAILURE(status))
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
				 errmsg("could not open the ICU transliterator \"Traditional-Simplified\": %s",
						u_errorName(status)),
				 errdetail("The ICU data the server was built with lacks the Han transliteration rules.")));

	norm_context = AllocSetContextCreate(TopMemoryContext,
										 "govreport normalize",
										 ALLOCSET_SMALL_SIZES);
	t2s = trans;
	nfkc_cf = nf;
	bmp_known = MemoryContextAllocZero(norm_context, 8192);
	bmp_stable = MemoryContextAllocZero(norm_context, 8192);
	cache_size = 1024;
	cache_used = 0;
	cache = MemoryContextAllocZero(norm_context, sizeof(CachedChar) * cache_size);

	cb = MemoryContextAlloc(norm_context, sizeof(MemoryContextCallback));
	cb->func = release_icu;
	cb->arg = NULL;
	MemoryContextRegisterResetCallback(norm_context, cb);
}

static bool
keeps_simplified(uint32 cp)
{
	int			i;

	for (i = 0; i < lengthof(t2s_keep); i++)
		if (t2s_keep[i] == cp)
			return true;
	return false;
}

/*
 * Ask ICU for the normal form of one code point, as UTF-8 in "out"
 * (CHAR_OUT_MAX bytes).  Returns its length; a failure leaves the character
 * as it is.
 */
static int
compute_char(uint32 cp, char *out)
{
	UChar		src[2];
	UChar		buf[CHAR_OUT_MAX / 2];
	int32		srclen = 0;
	int32		len;
	int32		limit;
	int32		outlen;
	UErrorCode	status = U_ZERO_ERROR;

	U16_APPEND_UNSAFE(src, srclen, cp);
	len = unorm2_normalize(nfkc_cf, src, srclen, buf, lengthof(buf), &status);
	if (U_FAILURE(status))
		goto unchanged;
	if (len > 0 && !keeps_simplified(cp))
	{
		limit = len;
		utrans_transUChars(t2s, buf, &len, lengthof(buf), 0, &limit, &status);
		if (U_FAILURE(status))
			goto unchanged;
	}
	u_strToUTF8(out, CHAR_OUT_MAX, &outlen, buf, len, &status);
	if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING)
		goto unchanged;
	return outlen;

unchanged:
	{
		int32		i = 0;
		UBool		err = false;

		U8_APPEND((uint8 *) out, i, CHAR_OUT_MAX, cp, err);
		return err ? 0 : i;
	}
}

static void
cache_grow(void)
{
	CachedChar *old = cache;
	uint32		old_size = cache_size;
	uint32		i;

	cache_size *= 2;
	cache = MemoryContextAllocZero(norm_context, sizeof(CachedChar) * cache_size);
	for (i = 0; i < old_size; i++)
	{
		if (old[i].cp != 0)
		{
			uint32		h = (old[i].cp * 2654435761u) & (cache_size - 1);

			while (cache[h].cp != 0)
				h = (h + 1) & (cache_size - 1);
			cache[h] = old[i];
		}
	}
	pfree(old);
}

/*
 * The normal form of a non-ASCII code point.  Returns NULL when the
 * character is unchanged; otherwise a pointer to its replacement (valid
 * until the next call) and its length in *len.
 */
static const char *
normal_char(uint32 cp, int *len)
{
	static char scratch[CHAR_OUT_MAX];
	uint32		h;
	char		src[4];
	int32		srclen = 0;
	int			n;

	if (cp < 0x10000)
	{
		if (bmp_known[cp >> 3] & (1 << (cp & 7)))
		{
			if (bmp_stable[cp >> 3] & (1 << (cp & 7)))
				return NULL;
		}
	}

	h = (cp * 2654435761u) & (cache_size - 1);
	while (cache[h].cp != 0)
	{
		if (cache[h].cp == cp)
		{
			if (cache[h].len == 255)
				return NULL;
			*len = cache[h].len;
			return cache[h].out;
		}
		h = (h + 1) & (cache_size - 1);
	}

	/* Not seen yet (or too long to cache): ask ICU. */
	n = compute_char(cp, scratch);
	{
		UBool		err = false;

		U8_APPEND((uint8 *) src, srclen, 4, cp, err);
		(void) err;
	}
	if (n == srclen && memcmp(scratch, src, n) == 0)
	{
		if (cp < 0x10000)
		{
			bmp_known[cp >> 3] |= (1 << (cp & 7));
			bmp_stable[cp >> 3] |= (1 << (cp & 7));
			return NULL;
		}
		n = 255;				/* remember "unchanged" in the hash */
	}
	else if (cp < 0x10000)
		bmp_known[cp >> 3] |= (1 << (cp & 7));

	if (n == 255 || n <= CACHED_MAX)
	{
		if (cache_used * 2 >= cache_size)
		{
			cache_grow();
			h = (cp * 2654435761u) & (cache_size - 1);
			while (cache[h].cp != 0)
				h = (h + 1) & (cache_size - 1);
		}
		cache[h].cp = cp;
		cache[h].len = (uint8) n;
		if (n != 255)
			memcpy(cache[h].out, scratch, n);
		cache_used++;
	}
	if (n == 255)
		return NULL;
	*len = n;
	return scratch;
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

	/* Fast path: ASCII that needs no folding, nothing to do. */
	while (i < len && p[i] < 0x80 && !(fold_ascii && p[i] >= 'A' && p[i] <= 'Z'))
		i++;
	if (i == len)
		return NULL;

	ensure_icu();
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
			rep = normal_char(cp, &rlen);

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
