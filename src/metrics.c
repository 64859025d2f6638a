/*
 * metrics.c
 *		The figure extractor (see metrics.h): finds quantities in report
 *		text and attaches what a researcher would code by hand.
 *
 * One forward pass.  At each place a numeral may start, try_figure runs
 * the named steps of metrics_scan.h (number, range, unit, qualifier,
 * change and baseline, period, indicator, target and year), each looking
 * at a small bounded window, so the pass stays linear in the document.
 * Context that spans figures (the clause, the sentence, the 分别 list,
 * the part of the report) is carried in Scan.
 */
#include "postgres.h"
#include "miscadmin.h"

#include "metrics_scan.h"

const char *const zh_qualifier_names[] = {
	"exact", "about", "at_least", "at_most", "over", "under", "nearly", "range"
};

/* Offsets asked for move forward but for small steps back: walk either way. */
static long
char_offset(Scan *s, size_t byte)
{
	for (; s->cur_byte > byte; s->cur_byte--)
		if (((unsigned char) s->doc[s->cur_byte - 1] & 0xC0) != 0x80)
			s->cur_char--;
	for (; s->cur_byte < byte; s->cur_byte++)
		if (((unsigned char) s->doc[s->cur_byte] & 0xC0) != 0x80)
			s->cur_char++;
	return s->cur_char;
}

/* Where the scan goes on when no figure starts at pos. */
static size_t
skip_number(const Scan *s, size_t pos)
{
	int			clen;
	unsigned int cp = char_at(s, pos, &clen);
	size_t		skip = pos + (clen ? clen : 1);

	/* do not restart inside a long digit run */
	if (cp < 0x80)
		while (skip < s->len && s->doc[skip] >= '0' && s->doc[skip] <= '9')
			skip++;
	return skip;
}

/*
 * After a numeral that is no figure: a run of more than 100 Chinese digits
 * (一一一…) is no number anywhere in it, so the scan skips it whole.
 */
static size_t
skip_after(const Scan *s, size_t pos, size_t next)
{
	size_t		p = pos;
	int			n = 0;
	int			clen;

	while (p < s->len && zh_digit_value(char_at(s, p, &clen)) >= 0 && clen > 0 && n <= ZH_MAX_DIGITS)
	{
		p += clen;
		n++;
	}
	if (n <= ZH_MAX_DIGITS)
		return next;
	while (p < s->len && zh_digit_value(char_at(s, p, &clen)) >= 0 && clen > 0)
		p += clen;
	return p;
}

/*
 * Try a figure at pos.  Returns where the scan goes on (past the numeral
 * whether or not it was a figure).
 */
static size_t
try_figure(Scan *s, size_t pos, ZhFigureCallback emit, void *arg)
{
	Figure		fig;

	memset(&fig, 0, sizeof(fig));
	fig.pos = pos;
	if (!read_figure_quantity(s, &fig))
	{
		if (fig.q.num_end > pos)
		{
			target_note_year(s, &fig);
			return skip_after(s, pos, fig.q.num_end);
		}
		return skip_after(s, pos, skip_number(s, pos));
	}
	target_note_year(s, &fig);
	read_range(s, &fig);
	if (!unit_makes_figure(s, &fig))
		return skip_after(s, pos, fig.q.num_end > pos ? fig.q.num_end : skip_number(s, pos));
	read_qualifier(s, &fig);
	read_change_and_baseline(s, &fig);
	read_period(s, &fig);
	read_indicator(s, &fig);
	read_target_and_year(s, &fig);

	fig.f.char_start = char_offset(s, fig.f.mention.start);
	fig.f.char_end = char_offset(s, fig.f.mention.end);
	emit(&fig.f, arg);
	/* 三十个县达到了…: the noun after that named the figure is no part of the next name */
	s->prev_end = fig.f.indicator.start >= fig.end && fig.f.indicator.end > fig.end &&
		fig.f.indicator.start - fig.end <= 3 ? fig.f.indicator.end : fig.end;
	/* 占经济建设费总数的9.8%，比上年增长39.59%: the share is no subject */
	if (!match_at(s, fig.f.indicator.start, "占"))
	{
		s->prev_indicator = fig.f.indicator;
		s->prev_gap = fig.f.indicator_gap;
		remember_name(s, fig.f.indicator, fig.f.indicator_gap);
	}
	return fig.end;
}

/* A sentence ends: its context goes. */
static void
end_sentence(Scan *s, size_t next, bool same_paragraph)
{
	s->sentence_start = s->clause_start = next;
	s->fenbie_at = NO_POS;
	s->prev_end = 0;
	s->prev_indicator.start = s->prev_indicator.end = 0;
	s->prev_gap.start = s->prev_gap.end = 0;
	s->nnames = 0;
	s->list_n = 0;
	s->lead_clause.start = s->lead_clause.end = 0;
	s->lead_before.start = s->lead_before.end = 0;
	target_new_sentence(s, same_paragraph);
}

/*
 * The Han characters the scan acts on: those that may start a figure
 * (numerals, 百, 千, 万, 几) and the cases of its switch (年, 纪, 目, 分, 现).
 * A bitmap built once, so every other character of the text costs one test.
 */
#define HAN_FIRST 0x4E00
#define HAN_LAST 0x9FFF
static uint8_t han_watch[(HAN_LAST - HAN_FIRST + 1) / 8];
static bool han_watch_built = false;

static void
build_han_watch(void)
{
	static const unsigned int cases[] = {0x767E, 0x5343, 0x4E07, 0x51E0, 0x5E7E,	/* 百千万几幾 */
	0x5E74, 0x7EAA, 0x76EE, 0x5206, 0x73B0};	/* 年纪目分现 */

	for (unsigned int cp = HAN_FIRST; cp <= HAN_LAST; cp++)
		if (zh_is_number_start(cp))
			han_watch[(cp - HAN_FIRST) >> 3] |= (uint8_t) (1 << ((cp - HAN_FIRST) & 7));
	for (int i = 0; i < (int) lengthof(cases); i++)
		han_watch[(cases[i] - HAN_FIRST) >> 3] |= (uint8_t) (1 << ((cases[i] - HAN_FIRST) & 7));
	han_watch_built = true;
}

static inline bool
han_watched(unsigned int cp)
{
	return (han_watch[(cp - HAN_FIRST) >> 3] >> ((cp - HAN_FIRST) & 7)) & 1;
}

void
zh_extract_figures(const char *doc, size_t len, const Outline *outline,
				   ZhFigureCallback emit, void *arg)
{
	Scan		s;
	size_t		pos = 0;
	unsigned long steps = 0;

	if (!han_watch_built)
		build_han_watch();
	memset(&s, 0, sizeof(s));
	s.doc = doc;
	s.len = len;
	s.outline = outline;
	s.fenbie_at = NO_POS;
	s.goal_at = NO_POS;
	s.span_at = NO_POS;
	target_begin(&s);

	while (pos < len)
	{
		int			clen;
		unsigned int cp;

		/* every step is bounded work, so this bounds the time to cancel */
		if ((++steps & 0x3FF) == 0)
			CHECK_FOR_INTERRUPTS();
		cp = char_at(&s, pos, &clen);
		if (clen == 0)
		{
			pos++;
			continue;
		}
		if (cp >= HAN_FIRST && cp <= HAN_LAST && !han_watched(cp))
		{
			pos += clen;		/* most characters: nothing starts here */
			continue;
		}
		switch (cp)
		{
			case '\n':
				/* a line ending in ： goes on in the next (预期目标是：\n…) */
				end_sentence(&s, pos + 1, match_before(&s, 0, pos, "：") || match_before(&s, 0, pos, ":"));
				s.para_start = pos + 1;
				scan_heading(&s, pos + 1);
				scan_paragraph_lead(&s, pos + 1);
				pos++;
				continue;
			case 0x3002:		/* 。 */
			case 0xFF01:		/* ！ */
			case 0xFF1F:		/* ？ */
			case '!':
			case '?':
				end_sentence(&s, pos + clen, true);
				break;
			case 0xFF0C:		/* ， */
			case ',':
			case 0xFF1B:		/* ； */
			case ';':
			case 0xFF1A:		/* ： */
			case ':':
				/* 纲要要求：, 主要任务：, 目标是： a list of aims follows */
				if ((cp == 0xFF1A || cp == ':') &&
					(match_before(&s, s.sentence_start, pos, "要求") ||
					 match_before(&s, s.sentence_start, pos, "任务") ||
					 match_before(&s, s.sentence_start, pos, "目标是") ||
					 match_before(&s, s.sentence_start, pos, "目标")))
					s.goal_at = pos;
				if (s.prev_end <= s.clause_start)
				{
					s.lead_before = s.lead_clause;
					s.lead_clause.start = s.clause_start;
					s.lead_clause.end = pos;
				}
				else
					s.lead_clause.start = s.lead_clause.end = 0;
				if (s.lead_clause.end == 0)
					s.lead_before = s.lead_clause;
				s.clause_start = pos + clen;
				s.fenbie_at = NO_POS;
				break;
			case 0x300A:		/* 《 */
				s.book_depth++;
				break;
			case 0x300B:		/* 》 */
				if (s.book_depth > 0)
					s.book_depth--;
				break;
			case 0x5E74:		/* 年 */
				target_note_relative_year(&s, pos);
				break;
			case 0x7EAA:		/* 纪: 本世纪末 */
				if (match_at(&s, pos, "纪末"))
					target_note_relative_year(&s, pos);
				break;
			case 0x73B0:		/* 现 */
				if (match_at(&s, pos, "现在"))
					target_note_now(&s, pos);
				break;
			case 0x76EE:		/* 目 */
				if (match_at(&s, pos, "目前"))
					target_note_now(&s, pos);
				if (match_at(&s, pos, "目标") &&
					(match_before(&s, s.sentence_start, pos, "预期") ||
					 match_before(&s, s.sentence_start, pos, "主要")))
					s.goal_at = pos;
				break;
			case 0x5206:		/* 分 */
				if (match_at(&s, pos, "分别"))
				{
					/* the items are read when a figure follows (lazily:
					 * 分别 without figures costs nothing) */
					s.fenbie_at = pos;
					s.fenbie_k = 0;
					s.nitems = -1;
				}
				break;
			default:
				if (is_figure_start(&s, pos, cp, clen))
				{
					size_t		next = try_figure(&s, pos, emit, arg);

					pos = next > pos ? next : pos + clen;
					continue;
				}
		}
		pos += clen;
	}
}
