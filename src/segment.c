/*
 * segment.c
 *		The segmenter: UTF-8 text in, spans out.
 *
 * One left-to-right scan splits the text into runs by character class
 * (looked up through the lexicon's fold table, so full-width digits and
 * letters and traditional characters class and match like their plain
 * forms):
 *
 *	- whitespace produces nothing;
 *	- digits start a number, which takes a following unit (4.5万人, 73%,
 *	  1998年3月) and becomes a quantity, or letters (5G), becoming Latin;
 *	- letters make a Latin span (GDP, PM2.5; also Greek, Cyrillic, kana
 *	  and Hangul, whose words are runs of letters too);
 *	- letters of other scripts (Uyghur, Tibetan, Mongolian, Thai, ...) are
 *	  cut into words by ICU (wordbreak.c);
 *	- each punctuation mark is its own span;
 *	- a run of Han characters is cut like jieba does it: every lexicon word
 *	  starting at each position is a candidate (a trie walk), the route with
 *	  the highest sum of log probabilities wins (dynamic programming from the
 *	  right), and stretches the route leaves as single characters go
 *	  through the HMM unknown-word model (jieba's posseg model: Viterbi
 *	  over word-boundary states with parts of speech), which joins names
 *	  and new coinages.  Numerals with measure words (三年, 一九九八年,
 *	  百分之三十) are candidates too.
 *
 * Spans keep the original bytes; only lookups see folded characters.  The
 * code uses palloc, ereport and CHECK_FOR_INTERRUPTS only, so the fuzz
 * harness compiles it without a server.
 */
#include "postgres.h"

#include <math.h>

#include "miscadmin.h"
#include "utils/memutils.h"

#include "lexicon.h"
#include "segment.h"

static ZhToken *segment_with(const ZhLexicon *lex, const char *text, int len, int *ntokens);
#include "utf8.h"
#include "wordbreak.h"

/* Han runs are cut at this length so that work buffers stay bounded. */
#define RUN_MAX			1024
/* Longest word considered (the lexicon's longest is 16). */
#define WORD_MAX		64

typedef enum CharClass
{
	CC_SPACE,
	CC_HAN,
	CC_DIGIT,
	CC_LETTER,
	CC_PUNCT,
	CC_SCRIPT,					/* letter of another script: see wordbreak.c */
	CC_OTHER
} CharClass;

/* One state tried at one character of the unknown-word model. */
typedef struct HmmCell
{
	double		score;
	uint8		state;
	uint8		back;			/* index of the previous cell in its step */
} HmmCell;

typedef struct SegState
{
	const ZhLexicon *lex;
	const ZhOverlay *ov;
	const char *text;
	int			len;
	ZhToken    *toks;
	int			ntoks;
	int			maxtoks;
	/* the Han run being cut */
	int			n;				/* characters in the run */
	int32		char_base;		/* character offset of its first character */
	uint32		cps[RUN_MAX + 1];	/* folded code points */
	int32		boff[RUN_MAX + 1];	/* byte offset of each char, and the end */
	double		route[RUN_MAX + 1];
	int16		best[RUN_MAX + 1];	/* length of the best word at i */
	uint8		bestpos[RUN_MAX + 1];
	/* the unknown-word model's work space, reused across stretches */
	HmmCell    *hmm_cells;
	int			hmm_cells_size;
	int			hmm_step[RUN_MAX + 1];	/* cells of char t: [step[t], step[t+1]) */
	uint8		hmm_path[RUN_MAX];	/* the best state of each char */
	ZhScriptPiece pieces[ZH_SCRIPT_RUN_MAX];	/* a run of another script */
} SegState;

/* Class of a folded code point ("raw" is the code point as written). */
static CharClass
char_class(uint32 raw, uint32 cp)
{
	if (zh_is_space(raw) || zh_is_space(cp))
		return CC_SPACE;
	if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
		(cp >= 0x20000 && cp <= 0x3FFFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
		cp == 0x3007)
		return CC_HAN;
	if (cp >= '0' && cp <= '9')
		return CC_DIGIT;
	if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
		return CC_LETTER;
	if (cp < 0x80)
		return cp < 0x20 || cp == 0x7F ? CC_OTHER : CC_PUNCT;
	if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
		(cp >= 0x1E00 && cp <= 0x1EFF) ||	/* Latin with diacritics */
		(cp >= 0x370 && cp <= 0x52F) ||	/* Greek (μg), Cyrillic */
		(cp >= 0x3040 && cp <= 0x30FF && cp != 0x30FB) ||	/* kana */
		(cp >= 0xAC00 && cp <= 0xD7AF))	/* Hangul */
		return CC_LETTER;
	if ((cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) ||
		(cp >= 0x3001 && cp <= 0x3003) || (cp >= 0x3008 && cp <= 0x301F) ||
		cp == 0x30FB || (cp >= 0xFE10 && cp <= 0xFE6F) ||
		(cp >= 0xFF01 && cp <= 0xFF65) || cp == 0xA1 || cp == 0xA7 ||
		cp == 0xAB || cp == 0xB7 || cp == 0xBB || cp == 0xBF)
		return CC_PUNCT;
	/* Every other script, and the rest of Unicode: ICU's properties. */
	switch (zh_script_class(cp))
	{
		case ZH_SCRIPT_LETTER:
			return CC_SCRIPT;
		case ZH_SCRIPT_PUNCT:
			return CC_PUNCT;
		default:
			return CC_OTHER;
	}
}

static void
push_token(SegState *st, int byte_start, int byte_len, int32 char_start,
		   int32 char_len, ZhTokenKind kind, uint8 pos)
{
	ZhToken    *t;

	if (st->ntoks >= st->maxtoks)
	{
		Size		newmax = (Size) st->maxtoks * 2;

		if (newmax * sizeof(ZhToken) > MaxAllocSize)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("text has too many segments"),
					 errdetail("The segmenter can return at most %d segments in one call.",
							   (int) (MaxAllocSize / sizeof(ZhToken)))));
		st->toks = repalloc(st->toks, newmax * sizeof(ZhToken));
		st->maxtoks = (int) newmax;
	}
	t = &st->toks[st->ntoks++];
	t->byte_start = byte_start;
	t->byte_len = byte_len;
	t->char_start = char_start;
	t->char_len = char_len;
	t->kind = (uint8) kind;
	t->pos = pos;
}

/* ---------- numbers and units ---------- */

#define IS_MAGNITUDE(c) ((c) == 0x4E07 || (c) == 0x4EBF || (c) == 0x5343 || \
						 (c) == 0x767E || (c) == 0x5341)	/* 万亿千百十 */
#define IS_APPROX(c) ((c) == 0x4F59 || (c) == 0x591A || (c) == 0x51E0)	/* 余多几 */

/*
 * Measure words and units that make a number a quantity, longest first
 * where one is a prefix of another (folded, simplified forms).
 */
static const char *const units[] = {
	"个百分点", "百分点", "平方公里", "平方米", "立方米", "千瓦时", "千米",
	"千克", "公里", "公顷", "公斤", "千瓦", "吨公里", "美元", "欧元", "港元",
	"个月", "小时", "分钟", "周年", "年度", "年代", "世纪", "人次", "架次", "岁",
	"元", "年",
	"月", "日", "号", "时", "分", "秒", "天", "周", "个", "人", "次", "户",
	"家", "项", "件", "所", "座", "辆", "台", "套", "部", "条", "间", "栋",
	"张", "批", "名", "位", "场", "届", "期", "级", "类", "种", "倍", "米",
	"吨", "亩", "斤", "克", "升", "度", "只", "头", "处", "对", "份", "册",
	"本", "篇", "首", "句", "声", "片", "块", "根", "支", "枚", "颗", "艘",
	"层", "股", "笔", "届", "起", "例", "宗", "轮", "代", "辈", "成", "角",
	"毫米", "厘米", "里", "斤", "两", "拨", "串", "团", "组", "队", "班", "县",
	"省", "区", "村", "镇", "乡", "所", "点",
	NULL
};

/* Units by their first character: a chained hash, so a lookup visits few. */
#define UNIT_BUCKETS 256
static int16 unit_bucket[UNIT_BUCKETS];
static int16 unit_next[lengthof(units)];
static uint32 unit_cps[lengthof(units)][5];
static int	unit_len[lengthof(units)];
static bool units_ready = false;

static void
init_units(void)
{
	memset(unit_bucket, 0xFF, sizeof(unit_bucket));
	for (int u = 0; units[u] != NULL; u++)
	{
		const unsigned char *s = (const unsigned char *) units[u];
		int			avail = strlen(units[u]);
		int			n = 0;

		while (avail > 0 && n < 5)
		{
			int			l = utf8_next_char(s, avail, &unit_cps[u][n]);

			s += l;
			avail -= l;
			n++;
		}
		unit_len[u] = n;
	}
	/* chain each bucket in list order, so the first match stays the first */
	for (int u = lengthof(units) - 2; u >= 0; u--)
	{
		int			b = unit_cps[u][0] & (UNIT_BUCKETS - 1);

		unit_next[u] = unit_bucket[b];
		unit_bucket[b] = (int16) u;
	}
	units_ready = true;
}

/* Length in characters of the unit starting at folded cps[0..n), or 0. */
static int
match_unit(const uint32 *cps, int n)
{
	int			bestlen = 0;

	if (n <= 0)
		return 0;
	for (int u = unit_bucket[cps[0] & (UNIT_BUCKETS - 1)]; u >= 0; u = unit_next[u])
	{
		int			l = unit_len[u];

		if (l > n || l <= bestlen || unit_cps[u][0] != cps[0])
			continue;
		if (memcmp(cps, unit_cps[u], l * sizeof(uint32)) == 0)
			bestlen = l;
	}
	return bestlen;
}

static inline bool
is_han_numeral(uint32 c)
{
	switch (c)
	{
		case 0x96F6:			/* 零 */
		case 0x3007:			/* 〇 */
		case 0x4E00:			/* 一 */
		case 0x4E8C:			/* 二 */
		case 0x4E09:			/* 三 */
		case 0x56DB:			/* 四 */
		case 0x4E94:			/* 五 */
		case 0x516D:			/* 六 */
		case 0x4E03:			/* 七 */
		case 0x516B:			/* 八 */
		case 0x4E5D:			/* 九 */
		case 0x5341:			/* 十 */
		case 0x767E:			/* 百 */
		case 0x5343:			/* 千 */
		case 0x4E07:			/* 万 */
		case 0x4EBF:			/* 亿 */
		case 0x4E24:			/* 两 */
			return true;
	}
	return false;
}

/* ---------- lexicon lookups ---------- */

/*
 * A direct-mapped cache of trie steps (parent, code point) -> child, in
 * front of the mapped table: the table is megabytes, so a step costs a
 * cache miss, while text repeats its character pairs (Zipf) and most steps
 * hit here.  Per backend, 256 kB; reset when the lexicon changes.
 */
#define STEP_CACHE_SIZE 16384
typedef struct StepCacheEntry
{
	uint64		key;			/* parent << 32 | cp, or all ones when empty */
	uint32		child;
} StepCacheEntry;

static StepCacheEntry step_cache[STEP_CACHE_SIZE];
static uint64 step_cache_generation = 0;	/* 0: no lexicon yet */

/*
 * Per HMM state of the lexicon step_cache_generation names, as 256-bit sets: the states it has a
 * transition to, and the states with a transition to it.  Only about one
 * pair of states in twelve has a transition, so the Viterbi step visits the
 * predecessors a state really has.
 */
typedef struct StateSet
{
	uint64		w[4];
} StateSet;

static StateSet hmm_next_set[256];
static StateSet hmm_pred_set[256];
static bool hmm_has_next[256];

static inline bool
state_in(const StateSet *set, int y)
{
	return (set->w[y >> 6] >> (y & 63)) & 1;
}

static void
init_state_sets(const ZhLexicon *lex)
{
	memset(hmm_next_set, 0, sizeof(hmm_next_set));
	memset(hmm_pred_set, 0, sizeof(hmm_pred_set));
	for (int y0 = 0; y0 < lex->n_hmm_states; y0++)
	{
		const uint8 *next = lex->hmm_next + 32 * y0;

		for (int y = 0; y < lex->n_hmm_states; y++)
		{
			if (!(next[y >> 3] & (1 << (y & 7))))
				continue;
			hmm_next_set[y0].w[y >> 6] |= (uint64) 1 << (y & 63);
			hmm_pred_set[y].w[y0 >> 6] |= (uint64) 1 << (y0 & 63);
		}
	}
	for (int y = 0; y < 256; y++)
		hmm_has_next[y] = (hmm_next_set[y].w[0] | hmm_next_set[y].w[1] |
						   hmm_next_set[y].w[2] | hmm_next_set[y].w[3]) != 0;
}

static inline uint32
cached_child(const ZhLexicon *lex, uint32 node, uint32 cp)
{
	uint64		key = ((uint64) node << 32) | cp;
	StepCacheEntry *e = &step_cache[(zh_lexicon_hash(node, cp) >> 7) & (STEP_CACHE_SIZE - 1)];

	if (e->key != key)
	{
		e->key = key;
		e->child = zh_lexicon_child(lex, node, cp);
	}
	return e->child;
}

/* Is folded cps[0..n) a word of the lexicon or the overlay? */
static bool
is_word(SegState *st, const uint32 *cps, int n)
{
	uint32		node = ZH_LEX_ROOT;

	for (int k = 0; k < n; k++)
	{
		node = zh_lexicon_child(st->lex, node, cps[k]);
		if (node == ZH_LEX_NONE)
			break;
	}
	if (node != ZH_LEX_NONE && (st->lex->slots[node].flags & ZH_SLOT_WORD))
		return true;
	if (st->ov && st->ov->n_words > 0)
	{
		node = ZH_LEX_ROOT;
		for (int k = 0; k < n; k++)
		{
			node = zh_overlay_child(st->ov, node, cps[k]);
			if (node == ZH_LEX_NONE)
				return false;
		}
		return (st->ov->slots[node].flags & ZH_SLOT_WORD) != 0;
	}
	return false;
}

/*
 * Length of the numeral candidate at i (a Han numeral run, or 第 or 百分之
 * before one, with a following measure word), or 0.
 */
static int
numeral_candidate(SegState *st, int i)
{
	const uint32 *c = st->cps;
	int			n = st->n;
	int			j = i;
	int			run;
	int			u;

	if (c[j] == 0x7B2C && j + 1 < n)	/* 第 */
		j++;
	else if (j + 3 < n && c[j] == 0x767E && c[j + 1] == 0x5206 &&
			 c[j + 2] == 0x4E4B)	/* 百分之 */
		j += 3;
	run = j;
	while (j < n && (is_han_numeral(c[j]) ||
					 (j > run && IS_APPROX(c[j]))))
		j++;
	if (j == run)
		return 0;
	u = match_unit(c + j, n - j);
	if (u == 0 && j - run < 2 && run == i)
		return 0;
	return j + u - i;
}

/* ---------- the Han run ---------- */

/*
 * Best route over the run: route[i] is the best log probability of
 * cutting cps[i..n), best[i] the length of its first word.
 */
static void
best_route(SegState *st)
{
	const ZhLexicon *lex = st->lex;
	const ZhOverlay *ov = st->ov;
	bool		use_ov = ov != NULL && ov->n_words > 0;
	double		unknown = -lex->log_total;	/* log(1 / total) */
	int			n = st->n;

	st->route[n] = 0.0;
	for (int i = n - 1; i >= 0; i--)
	{
		uint32		node = ZH_LEX_ROOT;
		double		bestscore;
		int			bestlen = 1;
		uint8		bpos = 0;
		int			numlen;

		/* a single character is always possible */
		node = zh_lexicon_child(lex, ZH_LEX_ROOT, st->cps[i]);
		if (node != ZH_LEX_NONE && (lex->slots[node].flags & ZH_SLOT_WORD))
		{
			bestscore = lex->slots[node].logp + st->route[i + 1];
			bpos = lex->slots[node].pos;
		}
		else
			bestscore = unknown + st->route[i + 1];

		/* longer words: walk the trie */
		for (int j = i + 1; node != ZH_LEX_NONE && j < n && j - i < WORD_MAX; j++)
		{
			node = cached_child(lex, node, st->cps[j]);
			if (node == ZH_LEX_NONE)
				break;
			if (lex->slots[node].flags & ZH_SLOT_WORD)
			{
				double		s = lex->slots[node].logp + st->route[j + 1];

				if (s > bestscore)
				{
					bestscore = s;
					bestlen = j - i + 1;
					bpos = lex->slots[node].pos;
				}
			}
		}

		if (use_ov)
		{
			uint32		on = ZH_LEX_ROOT;

			for (int j = i; j < n && j - i < WORD_MAX; j++)
			{
				on = zh_overlay_child(ov, on, st->cps[j]);
				if (on == ZH_LEX_NONE)
					break;
				if (ov->slots[on].flags & ZH_SLOT_WORD)
				{
					double		s = ov->slots[on].logp + st->route[j + 1];

					if (s > bestscore || (j > i && s == bestscore))
					{
						bestscore = s;
						bestlen = j - i + 1;
						bpos = ov->slots[on].pos;
					}
				}
			}
		}

		/* numerals with their measure word, as one word */
		numlen = numeral_candidate(st, i);
		if (numlen > 1)
		{
			double		s = log(2000.0) - lex->log_total + st->route[i + numlen];

			if (s > bestscore)
			{
				bestscore = s;
				bestlen = numlen;
				bpos = 0;
			}
		}

		st->route[i] = bestscore;
		st->best[i] = (int16) bestlen;
		st->bestpos[i] = bpos;
	}
}

/* Kind of a Han span: a numeral (with or without a measure word) or a word. */
static ZhTokenKind
han_kind(SegState *st, int i, int len)
{
	int			j = i;
	int			end = i + len;

	if (st->cps[j] == 0x7B2C && len > 1)	/* 第 */
		return ZH_TOKEN_WORD;
	while (j < end && is_han_numeral(st->cps[j]))
		j++;
	if (j == i)
		return ZH_TOKEN_WORD;
	if (j == end)
		return ZH_TOKEN_NUMBER;
	if (match_unit(st->cps + j, end - j) == end - j)
		return ZH_TOKEN_QUANTITY;
	return ZH_TOKEN_WORD;
}

static void
emit_han(SegState *st, int i, int len, uint8 pos)
{
	push_token(st, st->boff[i], st->boff[i + len] - st->boff[i],
			   st->char_base + i, len, han_kind(st, i, len), pos);
}

/* jieba's MIN_FLOAT: the stored -1e30 stands for it. */
#define HMM_MIN_LOGP	(-3.14e100)

static inline double
hmm_logp(float stored)
{
	return stored <= -1.0e30f ? HMM_MIN_LOGP : (double) stored;
}

/*
 * Viterbi over jieba's posseg states (word boundary B/E/M/S with a part of
 * speech) for cps[from..to), as jieba.posseg does it.  At each character
 * only the states it is known to take are tried (all, for a character with
 * emissions but no state list), and only those a state of the previous
 * character can move to.  B..E become one word, S a single character, each
 * with the tag of its last state; the name in 区长刘存东作报告 comes out
 * whole, tagged nr.
 */
static void
hmm_viterbi(SegState *st, int from, int to)
{
	const ZhLexicon *lex = st->lex;
	int			nstates = lex->n_hmm_states;
	int			n = to - from;
	HmmCell    *cells;
	int		   *step = st->hmm_step;
	uint8	   *path = st->hmm_path;
	double		emit[256];
	int16		prev_at[256];	/* state -> its cell in the previous step */
	double		prev_score[256];	/* state -> its score there */
	int			best;
	int			start;

	/* At most every state at every character; usually a few dozen. */
	if (st->hmm_cells_size < n * nstates)
	{
		if (st->hmm_cells)
			pfree(st->hmm_cells);
		st->hmm_cells_size = n * nstates > 4096 ? n * nstates : 4096;
		st->hmm_cells = palloc(sizeof(HmmCell) * st->hmm_cells_size);
	}
	cells = st->hmm_cells;
	step[0] = 0;

	for (int t = 0; t < n; t++)
	{
		uint32		c = st->cps[from + t];
		const ZhHmmIndex *ix = &lex->hmm_index[c];	/* hmm_knows: c < 0x10000 */
		const ZhHmmEntry *entries = lex->hmm_entries + ix->first;
		HmmCell    *prev = cells + (t > 0 ? step[t - 1] : 0);
		int			nprev = t > 0 ? step[t] - step[t - 1] : 0;
		int			ncur = 0;
		HmmCell    *cur = cells + step[t];
		StateSet	expected = {{0}};
		StateSet	from_set = {{0}};	/* previous states with a way on */
		bool		any_prev = false;
		bool		restricted = ix->restricted != 0;

		/*
		 * The states the previous character's states lead to (only states
		 * with a way on count as previous states, as in jieba).
		 */
		for (int k = 0; k < nprev; k++)
		{
			int			y0 = prev[k].state;

			if (!hmm_has_next[y0])
				continue;
			for (int w = 0; w < 4; w++)
				expected.w[w] |= hmm_next_set[y0].w[w];
			from_set.w[y0 >> 6] |= (uint64) 1 << (y0 & 63);
			prev_at[y0] = (int16) k;
			prev_score[y0] = prev[k].score;
			any_prev = true;
		}

		/*
		 * The states to try: the character's own (or every state for a
		 * character without a list), less those no previous state leads
		 * to; if none is left, every state one leads to.
		 */
		if (restricted)
		{
			for (int k = 0; k < ix->count; k++)
			{
				int			y = entries[k].state;

				if (!any_prev || state_in(&expected, y))
				{
					cur[ncur].state = (uint8) y;
					emit[ncur++] = hmm_logp(entries[k].logp);
				}
			}
		}
		if (!restricted || ncur == 0)
		{
			int			k = 0;

			ncur = 0;
			for (int y = 0; y < nstates; y++)
			{
				double		e = HMM_MIN_LOGP;

				if (any_prev && !state_in(&expected, y))
					continue;
				/* entries are sorted by state */
				while (k < ix->count && entries[k].state < y)
					k++;
				if (k < ix->count && entries[k].state == y)
					e = hmm_logp(entries[k].logp);
				cur[ncur].state = (uint8) y;
				emit[ncur++] = e;
			}
		}

		for (int j = 0; j < ncur; j++)
		{
			int			y = cur[j].state;
			double		bestscore = -INFINITY;
			int			bestprev = 0;

			if (!any_prev)
			{
				/* the first character (or no way on): start afresh */
				bestscore = hmm_logp(lex->hmm_start[y]);
			}
			else
			{
				const float *to_y = lex->hmm_trans + y * nstates;
				int			beststate = -1;

				/*
				 * The previous states with a transition to y, in rising
				 * order, so that >= gives ties to the later state, as
				 * jieba's max() over (score, state) does.
				 */
				for (int w = 0; w < 4; w++)
				{
					uint64		m = hmm_pred_set[y].w[w] & from_set.w[w];

					while (m)
					{
						int			y0 = w * 64 + __builtin_ctzll(m);
						double		sc = prev_score[y0] + (double) to_y[y0];

						m &= m - 1;
						if (sc >= bestscore)
						{
							bestscore = sc;
							beststate = y0;
						}
					}
				}
				/* y is a successor of some previous state, so one was found */
				bestprev = beststate >= 0 ? prev_at[beststate] : 0;
			}
			cur[j].score = bestscore + emit[j];
			cur[j].back = (uint8) bestprev;
		}
		step[t + 1] = step[t] + ncur;
	}

	/* The best last state, whatever it is; then back through the path. */
	best = step[n - 1];
	for (int k = step[n - 1]; k < step[n]; k++)
		if (cells[k].score > cells[best].score ||
			(cells[k].score == cells[best].score && cells[k].state > cells[best].state))
			best = k;
	for (int t = n - 1; t >= 0; t--)
	{
		path[t] = cells[best].state;
		if (t > 0)
			best = step[t - 1] + cells[best].back;
	}

	start = 0;
	for (int t = 0; t < n; t++)
	{
		const uint8 *state = lex->hmm_states + 2 * path[t];

		if (state[0] == ZH_HMM_B)
			start = t;
		else if (state[0] == ZH_HMM_E)
		{
			emit_han(st, from + start, t - start + 1, state[1]);
			start = t + 1;
		}
		else if (state[0] == ZH_HMM_S)
		{
			emit_han(st, from + t, 1, state[1]);
			start = t + 1;
		}
	}
	/* a dangling B or M: the rest is one word, tagged as its first state */
	if (start < n)
		emit_han(st, from + start, n - start, lex->hmm_states[2 * path[start] + 1]);
}

/* Does the model know the folded character c at all? */
static inline bool
hmm_knows(const ZhLexicon *lex, uint32 c)
{
	return c < 0x10000 && lex->hmm_index[c].count > 0;
}

/*
 * The unknown-word model over cps[from..to).  A character the model has no
 * figures for stands alone: with it, every path jieba scores gets the same
 * -3.14e100 and the choice after it is arbitrary, so the model runs on the
 * stretches on either side instead.
 */
static void
hmm_cut(SegState *st, int from, int to)
{
	int			i = from;

	while (i < to)
	{
		int			j = i;

		CHECK_FOR_INTERRUPTS();
		while (j < to && hmm_knows(st->lex, st->cps[j]))
			j++;
		if (j > i)
			hmm_viterbi(st, i, j);
		if (j < to)
			emit_han(st, j, 1, st->bestpos[j]);
		i = j + 1;
	}
}

/* Single characters the route left, from..to: the HMM or one by one. */
static void
flush_singles(SegState *st, int from, int to)
{
	if (to - from == 1)
		emit_han(st, from, 1, st->bestpos[from]);
	else if (to > from)
	{
		if (is_word(st, st->cps + from, to - from))
		{
			for (int k = from; k < to; k++)
				emit_han(st, k, 1, st->bestpos[k]);
		}
		else
			hmm_cut(st, from, to);
	}
}

static void
cut_han_run(SegState *st)
{
	int			i = 0;
	int			singles = 0;

	best_route(st);
	while (i < st->n)
	{
		int			l = st->best[i];

		if (l == 1)
		{
			i++;
			continue;
		}
		flush_singles(st, singles, i);
		emit_han(st, i, l, st->bestpos[i]);
		i += l;
		singles = i;
	}
	flush_singles(st, singles, st->n);
}

/* ---------- the scan ---------- */

/*
 * Do exactly three digits start at byte p, and no fourth?  Then a comma
 * before them (5,000 or １，０００) separates thousands rather than clauses.
 */
static bool
thousands_group(SegState *st, int p)
{
	const unsigned char *s = (const unsigned char *) st->text;

	for (int k = 0; k < 4; k++)
	{
		uint32		raw = 0;
		uint32		cp;
		bool		digit;

		if (p < st->len)
		{
			p += utf8_next_char(s + p, st->len - p, &raw);
			cp = zh_lexicon_fold(st->lex, raw);
			digit = cp >= '0' && cp <= '9';
		}
		else
			digit = false;
		if (digit != (k < 3))
			return false;
	}
	return true;
}

/*
 * A number at byte p (a digit): digits with decimal points and thousands
 * separators, then letters make it Latin, a unit a quantity.  Dates chain
 * (1998年3月12日).  Returns the byte end; sets *chars and *kind.
 */
static int
scan_number(SegState *st, int p, int32 *chars, ZhTokenKind *kind,
			uint32 *last_unit, int depth)
{
	const unsigned char *s = (const unsigned char *) st->text;
	int			len = st->len;
	int			nchars = 0;
	uint32		raw,
				cp;
	int			l;
	bool		latin = false;
	bool		quantity = false;
	uint32		unit = 0;

	for (;;)
	{
		/* digits, with '.' or ',' between digits */
		while (p < len)
		{
			l = utf8_next_char(s + p, len - p, &raw);
			cp = zh_lexicon_fold(st->lex, raw);
			if (cp >= '0' && cp <= '9')
			{
				p += l;
				nchars++;
				continue;
			}
			if (cp == '.' && p + l < len)
			{
				uint32		nraw;

				utf8_next_char(s + p + l, len - p - l, &nraw);
				nraw = zh_lexicon_fold(st->lex, nraw);
				if (nraw >= '0' && nraw <= '9')
				{
					p += l;
					nchars++;
					continue;
				}
			}
			/* a thousands separator: exactly three digits follow */
			if (cp == ',' && thousands_group(st, p + l))
			{
				p += l;
				nchars++;
				continue;
			}
			break;
		}
		if (p >= len)
			break;
		l = utf8_next_char(s + p, len - p, &raw);
		cp = zh_lexicon_fold(st->lex, raw);
		if (char_class(raw, cp) == CC_LETTER && !quantity)
		{
			/* 5G, 3D, PM2.5: letters and digits, one Latin span */
			latin = true;
			while (p < len)
			{
				CharClass cc;

				l = utf8_next_char(s + p, len - p, &raw);
				cp = zh_lexicon_fold(st->lex, raw);
				cc = char_class(raw, cp);
				if (cc != CC_LETTER && cc != CC_DIGIT)
					break;
				p += l;
				nchars++;
			}
			break;
		}
		if (cp == '%' || raw == 0x2030)	/* % ‰ */
		{
			p += l;
			nchars++;
			quantity = true;
			break;
		}
		if (char_class(raw, cp) == CC_HAN)
		{
			/* [余多几] magnitude* [余多] unit */
			uint32		cps[8];
			int			offs[9];
			int			k = 0,
						q = p,
						j = 0,
						u;

			while (k < 8 && q < len)
			{
				offs[k] = q;
				l = utf8_next_char(s + q, len - q, &raw);
				cps[k] = zh_lexicon_fold(st->lex, raw);
				q += l;
				k++;
			}
			offs[k] = q;
			if (j < k && IS_APPROX(cps[j]))
				j++;
			while (j < k && IS_MAGNITUDE(cps[j]))
				j++;
			if (j > 0 && j < k && IS_APPROX(cps[j]))
				j++;
			u = match_unit(cps + j, k - j);
			if (j + u == 0 || (u == 0 && IS_APPROX(cps[j - 1]) && j == 1))
				break;
			p = offs[j + u];
			nchars += j + u;
			quantity = true;
			if (u == 1 && j == 0)
				unit = cps[0];
			/* a date goes on: 1998年3月, 3月12日 (two links at most) */
			if (depth < 2 && (unit == 0x5E74 || unit == 0x6708) && p < len)
			{
				l = utf8_next_char(s + p, len - p, &raw);
				cp = zh_lexicon_fold(st->lex, raw);
				if (cp >= '0' && cp <= '9')
				{
					int32		more;
					ZhTokenKind k2;
					uint32		unit2;
					int			p2 = scan_number(st, p, &more, &k2, &unit2,
												 depth + 1);

					if (k2 == ZH_TOKEN_QUANTITY &&
						((unit == 0x5E74 && unit2 == 0x6708) ||
						 unit2 == 0x65E5 || unit2 == 0x53F7))	/* 月 日 号 */
					{
						nchars += more;
						p = p2;
					}
				}
			}
		}
		break;
	}
	*chars = nchars;
	*last_unit = unit;
	*kind = latin ? ZH_TOKEN_LATIN : quantity ? ZH_TOKEN_QUANTITY : ZH_TOKEN_NUMBER;
	return p;
}

/*
 * zh_segment_text
 *		See segment.h.
 */
ZhToken *
zh_segment_text(const char *text, int len, int *ntokens)
{
	return segment_with(zh_lexicon_get_revalidated(), text, len, ntokens);
}

/*
 * zh_segment_span
 *		See segment.h: no check of the lexicon file (the caller made one for
 *		the document).
 */
ZhToken *
zh_segment_span(const char *text, int len, int *ntokens)
{
	return segment_with(zh_lexicon_get(), text, len, ntokens);
}

static ZhToken *
segment_with(const ZhLexicon *lex, const char *text, int len, int *ntokens)
{
	const unsigned char *s = (const unsigned char *) text;
	SegState   *st;
	ZhToken    *result;
	int			p = 0;
	int32		charpos = 0;
	int			since_check = 0;

	if (!units_ready)
		init_units();
	st = palloc(sizeof(SegState));
	st->lex = lex;
	if (st->lex->generation != step_cache_generation)
	{
		memset(step_cache, 0xFF, sizeof(step_cache));
		init_state_sets(st->lex);
		step_cache_generation = st->lex->generation;
	}
	st->ov = zh_overlay_get();
	st->text = text;
	st->len = len;
	st->maxtoks = len / 3 + 16;
	if ((Size) st->maxtoks * sizeof(ZhToken) > MaxAllocSize)
		st->maxtoks = MaxAllocSize / sizeof(ZhToken) / 2;
	st->toks = palloc(st->maxtoks * sizeof(ZhToken));
	st->ntoks = 0;
	st->hmm_cells = NULL;
	st->hmm_cells_size = 0;

	while (p < len)
	{
		uint32		raw,
					cp;
		int			l = utf8_next_char(s + p, len - p, &raw);
		CharClass	cc;

		if (++since_check >= 4096)
		{
			CHECK_FOR_INTERRUPTS();
			since_check = 0;
		}
		cp = zh_lexicon_fold(st->lex, raw);
		cc = char_class(raw, cp);
		switch (cc)
		{
			case CC_SPACE:
				p += l;
				charpos++;
				break;
			case CC_HAN:
				{
					int			n = 0;

					st->char_base = charpos;
					while (p < len && n < RUN_MAX)
					{
						l = utf8_next_char(s + p, len - p, &raw);
						cp = zh_lexicon_fold(st->lex, raw);
						if (char_class(raw, cp) != CC_HAN)
							break;
						st->cps[n] = cp;
						st->boff[n] = p;
						n++;
						p += l;
					}
					st->boff[n] = p;
					st->n = n;
					charpos += n;
					since_check += n;
					cut_han_run(st);
					break;
				}
			case CC_DIGIT:
				{
					int32		nchars;
					ZhTokenKind kind;
					uint32		unit;
					int			end = scan_number(st, p, &nchars, &kind, &unit, 0);

					push_token(st, p, end - p, charpos, nchars, kind, 0);
					p = end;
					charpos += nchars;
					break;
				}
			case CC_LETTER:
				{
					int			start = p;
					int32		nchars = 0;

					while (p < len)
					{
						CharClass	c2;

						l = utf8_next_char(s + p, len - p, &raw);
						cp = zh_lexicon_fold(st->lex, raw);
						c2 = char_class(raw, cp);
						if (c2 == CC_LETTER || c2 == CC_DIGIT ||
							(c2 == CC_SCRIPT && zh_is_combining_mark(cp)))
						{
							p += l;
							nchars++;
							continue;
						}
						/* PM2.5: a point between digits stays inside */
						if (cp == '.' && nchars > 0 && p + l < len)
						{
							uint32		prev = zh_lexicon_fold(st->lex, s[p - 1]);
							uint32		nraw;

							utf8_next_char(s + p + l, len - p - l, &nraw);
							nraw = zh_lexicon_fold(st->lex, nraw);
							if (prev >= '0' && prev <= '9' && nraw >= '0' && nraw <= '9')
							{
								p += l;
								nchars++;
								continue;
							}
						}
						break;
					}
					push_token(st, start, p - start, charpos, nchars,
							   ZH_TOKEN_LATIN, 0);
					charpos += nchars;
					break;
				}
			case CC_SCRIPT:
				{
					int			start = p;
					int32		nchars = 0;
					int			npieces;

					while (p < len && nchars < ZH_SCRIPT_RUN_MAX)
					{
						l = utf8_next_char(s + p, len - p, &raw);
						cp = zh_lexicon_fold(st->lex, raw);
						if (char_class(raw, cp) != CC_SCRIPT)
							break;
						p += l;
						nchars++;
					}
					npieces = zh_script_pieces(text + start, p - start, st->pieces);
					for (int k = 0; k < npieces; k++)
					{
						ZhScriptPiece *piece = &st->pieces[k];

						push_token(st, start + piece->byte_start, piece->byte_len,
								   charpos + piece->char_start, piece->char_len,
								   piece->is_word ? ZH_TOKEN_SCRIPT : ZH_TOKEN_OTHER, 0);
					}
					charpos += nchars;
					since_check += nchars;
					break;
				}
			case CC_PUNCT:
			case CC_OTHER:
				push_token(st, p, l, charpos, 1,
						   cc == CC_PUNCT ? ZH_TOKEN_PUNCT : ZH_TOKEN_OTHER, 0);
				p += l;
				charpos++;
				break;
		}
	}

	*ntokens = st->ntoks;
	result = st->toks;
	if (st->hmm_cells)
		pfree(st->hmm_cells);
	pfree(st);
	return result;
}

/*
 * zh_fold_codepoint
 *		The fold the segmenter looks words up with: Traditional -> Simplified
 *		(single characters), full-width -> half-width, lower case.
 */
int
zh_fold_codepoint(int cp)
{
	if (cp < 0 || cp >= 0x10000)
		return cp;
	return (int) zh_lexicon_get()->fold[cp];
}

const char *
zh_pos_name(uint8 pos)
{
	const ZhLexicon *lex;

	if (pos == 0)
		return NULL;
	lex = zh_lexicon_get();
	if (pos >= lex->header->n_tags)
		return NULL;
	return lex->tags + 8 * pos;
}
