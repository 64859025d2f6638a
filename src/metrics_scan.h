/*
 * metrics_scan.h
 *		Internal to the figure extractor (metrics*.c): the scan state that
 *		spans figures, small text helpers, and the named steps a figure
 *		goes through.  One file per concern:
 *
 *		metrics.c			the pass over the text, sentence and clause state
 *		metrics_quantity.c	number, scale, unit, sign, special forms, range,
 *							qualifier
 *		metrics_context.c	change and baseline, period
 *		metrics_indicator.c	indicator and 分别 lists
 *		metrics_target.c	target or outcome, and year (outline roles)
 *		metrics_text.c		searching words in bounded windows
 */
#ifndef GOVREPORT_METRICS_SCAN_H
#define GOVREPORT_METRICS_SCAN_H

#include <stdint.h>
#include <string.h>

#include "metrics.h"
#include "outline_scan.h"

#define WINDOW 120				/* bytes looked back for context words */
#define NO_POS SIZE_MAX
#define MAX_ITEMS 16

typedef struct Scan
{
	const char *doc;
	size_t		len;
	size_t		sentence_start;
	size_t		clause_start;
	size_t		para_start;

	/* the report's parts (outline roles, doc/outline.md) */
	const Outline *outline;
	uint8_t    *roles;			/* effective role per section */
	bool		roles_found;	/* some part is review, targets or plan */
	bool		review_now;		/* the review is of the report's own year */
	int			section;		/* section at the scan position */
	int			report_year;
	int			heading_mode;	/* light heading scan: -1 unknown, 0 review, 1 plan */
	bool		para_review;	/* the paragraph opens looking back (过去一年里…) */
	int			para_year;		/* the year its first sentence frames it with, 0 */
	bool		para_span;		/* the paragraph opens with a span (过去五年，…) */
	int			run_year;		/* the year a review of several years turned to
								 * (一年来，…: 2020), until a span or a part */
	int			heading_year;
	int			year_before;	/* the year the sentence before spoke of, same paragraph */

	/* years written in the sentence (metrics_target.c) */
	int			year;			/* last year the sentence speaks of; 0 none */
	size_t		year_at;		/* where it was written */
	int			attached_year;	/* YYYY年的 right before the next figure */
	int			frame_year;		/* 在YYYY年…的基础上: the year of the figures */
	size_t		frame_end;		/* inside the frame, up to here */
	size_t		attached_end;
	size_t		span_at;		/* 从YYYY年到ZZZZ年: a span of years */
	int			span_start;		/* its first year, when written */
	int			span_end;		/* its last year, when written */
	int			from_year;		/* 由今年预计的３％: the year of a level before a change */
	bool		prev_from;		/* the previous figure was a level before a change */
	int			pair_from;		/* 由1997年的…增加到2002年的…: the years of the */
	int			pair_to;		/* last change between written years */
	bool		pair_set;		/* ... set in this sentence */

	/* the 分别 list of the current clause */
	size_t		fenbie_at;
	int			fenbie_k;
	int			nitems;			/* -1: not read yet */
	ZhSpan		items[MAX_ITEMS];
	ZhSpan		item_gap;		/* what the current item's name leaves out */

	/* the last look ahead for a list's shared unit: where it ended, what */
	size_t		shared_until;
	const ZhUnit *shared_unit;

	/* the clause before, when it holds no figure (a lead: 所占的比重，…) */
	ZhSpan		lead_clause;
	ZhSpan		lead_before;	/* the clause before lead_clause, when no figure
								 * stands between (…年产量，在三种不同的地区，) */

	/* the previous figure of the current sentence */
	size_t		prev_end;
	ZhSpan		prev_indicator;
	ZhSpan		prev_gap;		/* what prev_indicator leaves out */
	/* the names of the sentence's figures so far, each once, in order */
	ZhSpan		names[MAX_ITEMS];
	ZhSpan		name_gaps[MAX_ITEMS];	/* what each name leaves out */
	int			nnames;
	int			list_k;			/* a list without names (增长9.6%和6.2%): its figure */
	int			list_n;			/* ... and its length, 0 none */
	int			list_base;		/* the list's first name in names[] */
	int			book_depth;		/* inside 《》 */
	size_t		goal_at;		/* 预期目标 / 主要目标 seen in this sentence */
	bool		goal_before;	/* ... or in the sentence before, same paragraph */
	size_t		now_at;			/* 现在 / 目前 seen in this sentence */

	/* character offset cursor */
	size_t		cur_byte;
	long		cur_char;
} Scan;

/* A figure while its steps run: the record plus what the steps share. */
typedef struct Quantity
{
	ZhNumber	n;
	size_t		start;			/* where the mention starts (负, 翻, 约 excluded) */
	size_t		num_end;		/* after the numeral itself */
	size_t		end;			/* after the unit */
	const ZhUnit *unit;
	bool		over;
	bool		chinese;
	int			nchars;
	bool		approx_range;	/* 两三万: n is the high end, low the low */
	ZhNumber	low;
	bool		fraction;		/* 五分之二: n already in percent */
	bool		noun_unit;		/* 2000万城镇居民: the unit comes from the noun */
} Quantity;

typedef struct Figure
{
	ZhFigure	f;
	Quantity	q;
	size_t		pos;			/* where the numeral starts */
	size_t		qstart;			/* start of the qualifier words before it */
	size_t		end;			/* where the mention ends */
	bool		range;
	bool		from_level;		/* 由X…到Y / 从X增加到Y: X is the level before */
	bool		baseline_level;	/* 比1958年的548亿元: a level compared with */
	ZhSpan		compared_thing;	/* 比上年产值增长: 产值, after the time compared */
} Figure;

/* --- text helpers (inline: used in every step) --- */

static inline bool
match_at(const Scan *s, size_t pos, const char *w)
{
	size_t		wl = strlen(w);

	return pos + wl <= s->len && memcmp(s->doc + pos, w, wl) == 0;
}

static inline bool
match_before(const Scan *s, size_t from, size_t pos, const char *w)
{
	size_t		wl = strlen(w);

	return pos >= from + wl && pos <= s->len && memcmp(s->doc + pos - wl, w, wl) == 0;
}

static inline size_t
window_start(size_t from, size_t pos)
{
	return (pos > from + WINDOW) ? pos - WINDOW : from;
}

/* A digit of any kind: ASCII, full-width or a Chinese numeral digit. */
static inline bool
any_digit(unsigned int cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19) || zh_digit_value(cp) >= 0;
}

/* pos plus max_bytes, or the end of the text when that is nearer */
static inline size_t
bounded_end(const Scan *s, size_t pos, size_t max_bytes)
{
	return pos + max_bytes < s->len ? pos + max_bytes : s->len;
}

static inline unsigned int
char_at(const Scan *s, size_t pos, int *clen)
{
	unsigned int cp = 0;
	int			l = pos < s->len ?
		utf8_decode_char((const unsigned char *) s->doc + pos, s->len - pos, &cp) : 0;

	if (clen)
		*clen = l;
	return l ? cp : 0;
}

/* Where the character at pos ends (one byte on for a bad one). */
static inline size_t
next_char(const Scan *s, size_t pos)
{
	int			clen;

	char_at(s, pos, &clen);
	return pos + (clen > 0 ? clen : 1);
}

static inline size_t
prev_char(const Scan *s, size_t pos)
{
	if (pos == 0)
		return 0;
	pos--;
	while (pos > 0 && ((unsigned char) s->doc[pos] & 0xC0) == 0x80)
		pos--;
	return pos;
}

/*
 * Does the character read by char_at (cp, clen) end a run of words: the end
 * of the text, ASCII, a number, or CJK or full-width punctuation?
 */
static inline bool
ends_words(unsigned int cp, int clen)
{
	return clen == 0 || cp < 0x80 || zh_is_number_start(cp) ||
		(cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

static inline bool
is_space(unsigned int cp)
{
	return cp == ' ' || cp == '\t' || cp == '\r' || cp == 0x3000 || cp == 0xA0 || cp == 0x2022;
}

/* Past the spaces (is_space) from pos, up to end. */
static inline size_t
skip_spaces(const Scan *s, size_t pos, size_t end)
{
	int			clen;

	while (pos < end && is_space(char_at(s, pos, &clen)) && clen > 0)
		pos += clen;
	return pos;
}

/* metrics_text.c */
extern size_t find_last(const Scan *s, size_t from, size_t to, const char *w);
extern const char *last_of(const Scan *s, size_t from, size_t to,
						   const char *const *words, size_t *at);
extern bool starts_with_any(const Scan *s, size_t pos, size_t end, const char *const *words);
extern bool ends_with_any(const Scan *s, size_t start, size_t end, const char *const *words);
extern size_t word_starting(const Scan *s, size_t pos, const char *const *words);
extern size_t word_ending(const Scan *s, size_t start, size_t end, const char *const *words);
extern size_t digits_back(const Scan *s, size_t from, size_t p, bool spaces, int *n);
extern size_t bounded_start(const Scan *s, size_t from, size_t pos, size_t max_bytes);
extern long small_int(const ZhNumber *n);
extern bool noun_starts_at(const Scan *s, size_t pos);
extern bool word_goes_past(const Scan *s, size_t pos, int len);
extern bool inside_word(const Scan *s, size_t pos);
extern bool word_covers(const Scan *s, size_t from, size_t pos);
extern size_t last_source_word(const Scan *s, size_t from, size_t to);
extern bool average_names_measure(const Scan *s, size_t at, const char *w);
extern bool char_in(unsigned int cp, const char *set);

/* metrics_quantity.c */
extern bool is_figure_start(const Scan *s, size_t pos, unsigned int cp, int clen);
extern bool read_figure_quantity(Scan *s, Figure *fig);
extern void read_range(Scan *s, Figure *fig);
extern bool unit_makes_figure(const Scan *s, Figure *fig);
extern void read_qualifier(Scan *s, Figure *fig);

/* metrics_context.c */
extern void read_change_and_baseline(Scan *s, Figure *fig);
extern void read_period(Scan *s, Figure *fig);

/* metrics_indicator.c */
extern void read_indicator(Scan *s, Figure *fig);
extern void remember_name(Scan *s, ZhSpan name, ZhSpan gap);
extern void trim_span(const Scan *s, ZhSpan *sp);

/* metrics_target.c */
extern void target_begin(Scan *s);
extern void target_note_year(Scan *s, Figure *fig);
extern void target_note_relative_year(Scan *s, size_t nian);
extern void target_note_now(Scan *s, size_t pos);
extern void target_new_sentence(Scan *s, bool same_paragraph);
extern void scan_heading(Scan *s, size_t start);
extern void scan_paragraph_lead(Scan *s, size_t start);
extern void read_target_and_year(Scan *s, Figure *fig);

#endif							/* GOVREPORT_METRICS_SCAN_H */
