/*
 * metrics_text.c
 *		Word searches of the figure extractor, each in a bounded window, so
 *		the work per figure has a fixed ceiling whatever the text.
 */
#include "postgres.h"

#include "metrics_scan.h"
#include "segment.h"

/* Last occurrence of w in doc[from, to), or NO_POS. */
size_t
find_last(const Scan *s, size_t from, size_t to, const char *w)
{
	size_t		wl = strlen(w);

	if (to > s->len)
		to = s->len;
	if (to < from + wl)
		return NO_POS;
	if (wl == 0)
		return to;
	/* the last byte first: for CJK words it tells characters apart best */
	for (size_t p = to - wl + 1; p-- > from;)
		if (s->doc[p + wl - 1] == w[wl - 1] && memcmp(s->doc + p, w, wl) == 0)
			return p;
	return NO_POS;
}

/* The byte that tells characters apart best: the last of the first one. */
static unsigned char
key_byte(const unsigned char *w, size_t avail)
{
	size_t		k = w[0] < 0x80 ? 0 : (w[0] < 0xE0 ? 1 : (w[0] < 0xF0 ? 2 : 3));

	return k < avail ? w[k] : 0;
}

/*
 * What last_of needs of a word list, computed once per list: the words'
 * lengths and a mask of their key bytes.  The lists are static arrays, so
 * a small cache keyed by the array's address serves every call (the same
 * values in every backend; nothing here is shared between processes).
 */
#define LIST_CACHE 32
#define LIST_MAX_WORDS 48

typedef struct ListInfo
{
	const char *const *words;
	int			n;
	uint64_t	mask[4];
	uint8_t		len[LIST_MAX_WORDS];
} ListInfo;

static ListInfo list_cache[LIST_CACHE];

static const ListInfo *
list_info(const char *const *words)
{
	ListInfo   *li = NULL;

	for (int i = 0; i < LIST_CACHE; i++)
	{
		if (list_cache[i].words == words)
			return &list_cache[i];
		if (list_cache[i].words == NULL)
		{
			li = &list_cache[i];
			break;
		}
	}
	if (li == NULL)
		return NULL;			/* more lists than slots: callers scan as before */
	memset(li, 0, sizeof(*li));
	for (li->n = 0; words[li->n] && li->n < LIST_MAX_WORDS; li->n++)
	{
		size_t		wl = strlen(words[li->n]);
		unsigned char k = key_byte((const unsigned char *) words[li->n], wl);

		li->len[li->n] = (uint8_t) wl;
		li->mask[k >> 6] |= UINT64_C(1) << (k & 63);
	}
	if (words[li->n])
		return NULL;			/* too long a list to cache */
	li->words = words;
	return li;
}

/*
 * The word of the list that occurs last in the window before to (the
 * longest when two start at the same place); its position in *at.  One
 * backward pass over character starts that stops at the first hit; the
 * mask of the words' key bytes skips most places with one test.
 */
const char *
last_of(const Scan *s, size_t from, size_t to, const char *const *words, size_t *at)
{
	const ListInfo *li = list_info(words);
	const unsigned char *d = (const unsigned char *) s->doc;
	uint64_t	mask[4] = {~UINT64_C(0), ~UINT64_C(0), ~UINT64_C(0), ~UINT64_C(0)};

	if (li)
		memcpy(mask, li->mask, sizeof(mask));
	from = window_start(from, to);
	if (to > s->len)
		to = s->len;
	for (size_t p = to; p-- > from;)
	{
		const char *best = NULL;
		size_t		best_len = 0;
		unsigned char k;

		if ((d[p] & 0xC0) == 0x80)
			continue;
		k = key_byte(d + p, to - p);
		if (!(mask[k >> 6] & (UINT64_C(1) << (k & 63))))
			continue;
		for (int i = 0; words[i]; i++)
		{
			const char *w = words[i];
			size_t		wl = li ? li->len[i] : strlen(w);

			if (p + wl <= to && wl > best_len && d[p] == (unsigned char) w[0] &&
				memcmp(d + p, w, wl) == 0)
			{
				best = w;
				best_len = wl;
			}
		}
		if (best)
		{
			if (at)
				*at = p;
			return best;
		}
	}
	if (at)
		*at = 0;
	return NULL;
}

bool
starts_with_any(const Scan *s, size_t pos, size_t end, const char *const *words)
{
	for (int i = 0; words[i]; i++)
		if (pos + strlen(words[i]) <= end && match_at(s, pos, words[i]))
			return true;
	return false;
}

bool
ends_with_any(const Scan *s, size_t start, size_t end, const char *const *words)
{
	for (int i = 0; words[i]; i++)
		if (match_before(s, start, end, words[i]))
			return true;
	return false;
}

/*
 * Where the digits that end at p start (not before from), spaces between
 * them too when spaces (1 9 9 7); *n, when given, counts what was passed.
 */
size_t
digits_back(const Scan *s, size_t from, size_t p, bool spaces, int *n)
{
	int			k = 0;

	while (p > from)
	{
		unsigned int cp = char_at(s, prev_char(s, p), NULL);

		if (!(any_digit(cp) || (spaces && cp == ' ')))
			break;
		p = prev_char(s, p);
		k++;
	}
	if (n)
		*n = k;
	return p;
}

/* The length of the first word of the list that starts at pos, or 0. */
size_t
word_starting(const Scan *s, size_t pos, const char *const *words)
{
	for (int i = 0; words[i]; i++)
		if (match_at(s, pos, words[i]))
			return strlen(words[i]);
	return 0;
}

/* The length of the first word of the list that ends at end (not before start), or 0. */
size_t
word_ending(const Scan *s, size_t start, size_t end, const char *const *words)
{
	for (int i = 0; words[i]; i++)
		if (match_before(s, start, end, words[i]))
			return strlen(words[i]);
	return 0;
}

/*
 * Start of a span ending at pos that reaches back to from but never more
 * than max_bytes (moved to a character boundary).
 */
size_t
bounded_start(const Scan *s, size_t from, size_t pos, size_t max_bytes)
{
	size_t		p;

	if (pos <= from + max_bytes)
		return from;
	p = pos - max_bytes;
	while (p < s->len && ((unsigned char) s->doc[p] & 0xC0) == 0x80)
		p++;
	return p;
}

/* A small integer value of n, or -1 when it is not one. */
long
small_int(const ZhNumber *n)
{
	long		v = 0;

	if (n->negative || n->exp10 < 0 || n->ndigits + n->exp10 > 9)
		return -1;
	for (int i = 0; i < n->ndigits; i++)
		v = v * 10 + (n->digits[i] - '0');
	for (int i = 0; i < n->exp10; i++)
		v *= 10;
	return v;
}

/*
 * The first word the segmenter reads at pos, looking at most 8 characters
 * ahead: false when there is none.
 */
static bool
first_word_at(const Scan *s, size_t pos, ZhToken *word)
{
	ZhToken    *tok;
	int			n;
	size_t		avail = pos < s->len ? s->len - pos : 0;
	bool		found;

	if (avail == 0)
		return false;
	tok = zh_segment_span(s->doc + pos, (int) (avail < 24 ? avail : 24), &n);
	found = n > 0 && tok[0].kind == ZH_TOKEN_WORD;
	if (found)
		*word = tok[0];
	pfree(tok);
	return found;
}

/* Does a noun (or verbal noun: 工资) start at pos? */
bool
noun_starts_at(const Scan *s, size_t pos)
{
	ZhToken		word;
	const char *tag;

	if (!first_word_at(s, pos, &word))
		return false;
	tag = zh_pos_name(word.pos);
	return tag != NULL && (tag[0] == 'n' || strcmp(tag, "vn") == 0);
}

/* Does the word the segmenter reads at pos run past its first len bytes? */
bool
word_goes_past(const Scan *s, size_t pos, int len)
{
	ZhToken		word;

	return first_word_at(s, pos, &word) && word.byte_len > len;
}

/* Does the word that starts one character before pos go past pos (普|及)? */
bool
inside_word(const Scan *s, size_t pos)
{
	size_t		prev = prev_char(s, pos);
	ZhToken		word;

	return prev < pos && first_word_at(s, prev, &word) && prev + word.byte_len > pos;
}

/*
 * Does a word the segmenter reads from `from` on run over pos (自由贸易试验区
 * read from its start: 试 is inside it, though 易|试验区 read from one
 * character before)?  pos is at most 24 characters after `from`.
 */
bool
word_covers(const Scan *s, size_t from, size_t pos)
{
	ZhToken    *tok;
	int			n;
	bool		covered = false;
	size_t		avail;

	if (pos <= from || pos >= s->len || pos - from > 4 * 24)
		return false;
	/* up to six characters past pos: a word over pos ends there (segmenting costs) */
	avail = s->len - from;
	if (avail > pos - from + 3 * 6)
		avail = pos - from + 3 * 6;
	tok = zh_segment_span(s->doc + from, (int) avail, &n);
	for (int i = 0; i < n && from + tok[i].byte_start < pos; i++)
		if (from + tok[i].byte_start + tok[i].byte_len > pos)
			covered = true;
	pfree(tok);
	return covered;
}

/*
 * The last 由 or 从 in doc[from, to) (人口覆盖率由2003年的77%, 从1997年的…): where
 * a level before a change is introduced; NO_POS if none.
 */
size_t
last_source_word(const Scan *s, size_t from, size_t to)
{
	size_t		you = find_last(s, from, to, "由");
	size_t		cong = find_last(s, from, to, "从");

	if (you == NO_POS)
		return cong;
	if (cong == NO_POS)
		return you;
	return you > cong ? you : cong;
}

/*
 * 年平均 naming a measure (职工的年平均工资, PM2.5年均浓度), not a period;
 * 年均 before another noun is still one (年均超收, 年均经济增长速度).
 */
bool
average_names_measure(const Scan *s, size_t at, const char *w)
{
	/* PM2.5年均浓度, 年平均浓度: the yearly mean of a concentration */
	if ((strcmp(w, "年均") == 0 || strcmp(w, "年平均") == 0) && match_at(s, at + strlen(w), "浓度"))
		return true;
	/* 年平均工资 names a measure; 五年平均人口自然增长率 averages over a span */
	return strcmp(w, "年平均") == 0 && noun_starts_at(s, at + strlen(w)) &&
		!match_at(s, at + strlen(w), "增") &&
		!(at > 0 && (zh_digit_value(char_at(s, prev_char(s, at), NULL)) >= 0 ||
					 match_before(s, 0, at, "两")));
}

/* Is cp one of the characters of set (UTF-8)? */
bool
char_in(unsigned int cp, const char *set)
{
	size_t		len = strlen(set);

	for (size_t i = 0; i < len;)
	{
		uint32_t	c;
		int			l = utf8_decode_char((const unsigned char *) set + i, len - i, &c);

		if (l <= 0)
			return false;
		if (c == cp)
			return true;
		i += l;
	}
	return false;
}
