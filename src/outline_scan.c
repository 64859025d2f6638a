/*
 * outline_scan.c
 *		Find the outline of a report: debris, paragraphs, headings, levels.
 *
 * Pure logic over UTF-8 bytes, with palloc for memory and
 * CHECK_FOR_INTERRUPTS once per line; the fuzz harness builds it against
 * the server's stand-in headers (test/fuzz/build.sh).
 * One pass over the lines, with one line and one paragraph of look-ahead,
 * so memory stays proportional to the number of headings.
 */
#include "postgres.h"
#include "miscadmin.h"

#include <string.h>

#include "normalize.h"
#include "outline_role.h"
#include "outline_scan.h"
#include "outline_text.h"

/* ---------- characters ---------- */

/* sentence end for a heading: 。！？； (ASCII after normalisation) */
static bool
is_heading_end(uint32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B ||
		c == '!' || c == '?' || c == ';';
}

/* a line ending in one of these closes its paragraph */
static bool
is_paragraph_end(uint32_t c)
{
	return is_heading_end(c) || c == 0xFF1A || c == ':' || c == 0x2026 ||
		c == 0x201D || c == 0xFF09 || c == ')' || c == '.';
}

#define last_char(s, start, end) ot_last_char((s), (start), (end), NULL)
#define skip_space ot_skip_space
#define trim_end ot_trim_end
#define count_chars ot_count_chars
#define has_prefix ot_has_prefix
#define is_han ot_is_han
#define is_space_char ot_is_space

static bool
contains(const char *s, size_t start, size_t end, const char *lit)
{
	return ot_find(s, start, end, lit) != (size_t) -1;
}

/* ---------- debris ---------- */

OutlineCharFold outline_char_fold = NULL;

/* Are the characters a (an bytes) and b (bn bytes) one once folded? */
static bool
same_folded(const char *a, int an, uint32_t ac, const char *b, int bn, uint32_t bc)
{
	const char *fa,
			   *fb;
	int			fan = an,
				fbn = bn;

	if (an == bn && memcmp(a, b, an) == 0)
		return true;
	if (outline_char_fold == NULL)
		return false;
	fa = outline_char_fold(ac, &fan);
	fb = outline_char_fold(bc, &fbn);
	if (fa == NULL)
		fa = a, fan = an;
	if (fb == NULL)
		fb = b, fbn = bn;
	return fan == fbn && memcmp(fa, fb, fan) == 0;
}

/*
 * Prefix test that ignores whitespace inside the line, so that 分 享到 and
 * 分享到 are treated alike (report_clean removes such spaces), and compares
 * characters folded (traditional forms match simplified markers) when the
 * server provides the fold.
 */
static bool
has_prefix_loose(const char *s, size_t start, size_t end, const char *lit)
{
	size_t		pos = start;
	const char *lend = lit + strlen(lit);

	for (const char *l = lit; *l;)
	{
		uint32_t	c,
					lc;
		int			n,
					ln;

		pos = skip_space(s, pos, end);
		if (pos >= end)
			return false;
		n = section_next_char(s + pos, end - pos, &c);
		ln = section_next_char(l, lend - l, &lc);
		if (!same_folded(s + pos, n, c, l, ln, lc))
			return false;
		pos += n;
		l += ln;
	}
	return true;
}

/* Lines that start web-page footers: everything from there on is debris. */
static const char *const footer_markers[] = {
	"本文仅代表", "本文地址", "留言与评论", "验证码", "网站地图", "信息来源",
	"本作品是中华人民共和国的", "Public domain", "责任编辑", "打印本页",
	"关闭窗口", "【打印", "【关闭", "版权所有", "主办单位", "扫一扫",
	NULL
};

/* Lines of site navigation and page furniture, wherever they appear. */
static const char *const debris_prefixes[] = {
	"当前位置", "English", "登录", "发布时间", "发布日期", "来源：", "来源:",
	"浏览次数", "字体", "【字体", "分享到", "|",
	NULL
};

/* A character once folded: its bytes. */
typedef struct FoldedChar
{
	char		bytes[8];
	int			len;
} FoldedChar;

static void
fold_char_at(const char *s, size_t pos, size_t end, FoldedChar *out)
{
	uint32_t	c;
	int			n = section_next_char(s + pos, end - pos, &c);
	const char *f = NULL;
	int			flen = n;

	if (outline_char_fold != NULL)
		f = outline_char_fold(c, &flen);
	if (f == NULL)
		f = s + pos, flen = n;
	out->len = flen < (int) sizeof(out->bytes) ? flen : 0;
	memcpy(out->bytes, f, out->len);
}

/*
 * Could the line whose first character folds to *first start with lit?
 * A cheap test before has_prefix_loose, which folds character by
 * character: the first characters of the markers are folded once.
 */
static bool
may_start_with(const FoldedChar *first, const char *lit, FoldedChar *cache)
{
	if (cache->len == 0)
		fold_char_at(lit, 0, strlen(lit), cache);
	return first->len == cache->len && memcmp(first->bytes, cache->bytes, first->len) == 0;
}

static FoldedChar footer_first[lengthof(footer_markers)];
static FoldedChar debris_first[lengthof(debris_prefixes)];
static FoldedChar home_first;
static OutlineCharFold cached_fold = NULL;

/* The line's first character, folded (the caches follow the fold in use). */
static bool
line_first_char(const char *s, size_t start, size_t end, FoldedChar *first)
{
	size_t		pos = skip_space(s, start, end);

	if (cached_fold != outline_char_fold)
	{
		memset(footer_first, 0, sizeof(footer_first));
		memset(debris_first, 0, sizeof(debris_first));
		memset(&home_first, 0, sizeof(home_first));
		cached_fold = outline_char_fold;
	}
	if (pos >= end)
		return false;
	fold_char_at(s, pos, end, first);
	return first->len > 0;
}

static bool
is_footer_line(const char *s, size_t start, size_t end)
{
	FoldedChar	first;

	if (!line_first_char(s, start, end, &first))
		return false;
	for (int i = 0; footer_markers[i]; i++)
		if (may_start_with(&first, footer_markers[i], &footer_first[i]) &&
			has_prefix_loose(s, start, end, footer_markers[i]))
			return true;
	return false;
}

static bool
is_debris_line(const char *s, size_t start, size_t end)
{
	int			pipes = 0;
	FoldedChar	first = {{0}, 0};

	if (line_first_char(s, start, end, &first))
	{
		for (int i = 0; debris_prefixes[i]; i++)
			if (may_start_with(&first, debris_prefixes[i], &debris_first[i]) &&
				has_prefix_loose(s, start, end, debris_prefixes[i]))
				return true;
	}
	/* breadcrumbs: 首页 > 政务公开 > ... */
	if (first.len > 0 && may_start_with(&first, "首页", &home_first) &&
		has_prefix_loose(s, start, end, "首页") &&
		(contains(s, start, end, ">") || contains(s, start, end, "＞")))
		return true;
	for (const char *q = memchr(s + start, '|', end - start);
		 q != NULL && pipes < 2;
		 q = memchr(q + 1, '|', s + end - (q + 1)))
		pipes++;
	return pipes >= 2;
}

/* ---------- lines and paragraphs ---------- */

typedef struct Line
{
	size_t		start;			/* trimmed */
	size_t		end;
	bool		blank_before;	/* a blank or debris line came before it */
} Line;

typedef struct Para
{
	size_t		start;
	size_t		end;
	int			nlines;
	bool		starts_marker;	/* numbered or dash heading */
} Para;

typedef struct Scanner
{
	const char *doc;
	size_t		len;
	size_t		pos;			/* next raw line */
	bool		done;			/* footer or end reached */
	bool		have_line;		/* look-ahead line */
	Line		line;
	bool		have_para;		/* look-ahead paragraph */
	Para		para;
} Scanner;

/* Read the next content line (not blank, not debris); false at the end. */
static bool
read_line(Scanner *sc, Line *line)
{
	bool		blank = false;

	while (!sc->done && sc->pos < sc->len)
	{
		const char *nl = memchr(sc->doc + sc->pos, '\n', sc->len - sc->pos);
		size_t		raw_end = nl ? (size_t) (nl - sc->doc) : sc->len;
		size_t		s = skip_space(sc->doc, sc->pos, raw_end);
		size_t		e = trim_end(sc->doc, s, raw_end);

		CHECK_FOR_INTERRUPTS();
		sc->pos = nl ? raw_end + 1 : sc->len;
		if (s == e)
		{
			blank = true;
			continue;
		}
		if (is_footer_line(sc->doc, s, e))
		{
			sc->done = true;
			break;
		}
		if (is_debris_line(sc->doc, s, e))
		{
			blank = true;
			continue;
		}
		line->start = s;
		line->end = e;
		line->blank_before = blank;
		return true;
	}
	return false;
}

static bool
peek_line(Scanner *sc, Line **line)
{
	if (!sc->have_line)
		sc->have_line = read_line(sc, &sc->line);
	*line = &sc->line;
	return sc->have_line;
}

static bool
starts_with_dash(const char *s, size_t start, size_t end)
{
	return has_prefix(s, start, end, "—") || has_prefix(s, start, end, "－－");
}

static bool
starts_with_marker(const char *s, size_t start, size_t end)
{
	SectionLevel level;

	return section_scan_marker(s + start, end - start, true, &level) > 0 ||
		starts_with_dash(s, start, end);
}

/*
 * A line that is nothing but a marker (Wikisource sets 第一， or 一、 on a
 * line of its own, its text on the next): the paragraph goes on.
 */
static bool
is_bare_marker(const char *s, size_t start, size_t end)
{
	SectionLevel level;
	size_t		n = section_scan_marker(s + start, end - start, true, &level);

	return n > 0 && skip_space(s, start + n, end) >= end;
}

/* Does the line break between para and line fall inside 《…》 or “…”? */
static bool
breaks_inside_quote(const char *s, const Para *para, const Line *line)
{
	uint32_t	last = last_char(s, para->start, para->end);
	uint32_t	first = 0;

	section_next_char(s + line->start, line->end - line->start, &first);
	return last == 0x300A || last == 0x201C || first == 0x300B || first == 0x201D;
}

/* Does the line break fall after a comma (，、,), inside a sentence? */
static bool
breaks_after_comma(const char *s, const Para *para, const Line *line)
{
	uint32_t	last = last_char(s, para->start, para->end);

	return (last == 0xFF0C || last == 0x3001 || last == ',') &&
		!starts_with_marker(s, line->start, line->end);
}

/*
 * Next paragraph.  A line continues the paragraph before it when nothing
 * separates them: no blank line, the previous line does not end a sentence,
 * and neither line is a numbered or dash heading.  This rejoins text that a
 * web page broke around its links.
 */
static bool
read_para(Scanner *sc, Para *para)
{
	Line	   *line;

	if (!peek_line(sc, &line))
		return false;
	sc->have_line = false;
	para->start = line->start;
	para->end = line->end;
	para->nlines = 1;
	para->starts_marker = starts_with_marker(sc->doc, line->start, line->end);

	while (peek_line(sc, &line))
	{
		if (para->nlines == 1 && !line->blank_before &&
			is_bare_marker(sc->doc, para->start, para->end) &&
			!starts_with_marker(sc->doc, line->start, line->end))
		{
			para->end = line->end;
			para->nlines++;
			sc->have_line = false;
			continue;
		}
		/*
		 * a line broken inside 《…》 or “…” (三、关于《\n纲要\n》的说明), or
		 * after a comma inside a sentence, heading lines included
		 */
		if (!line->blank_before &&
			(breaks_inside_quote(sc->doc, para, line) ||
			 breaks_after_comma(sc->doc, para, line)))
		{
			para->end = line->end;
			para->nlines++;
			sc->have_line = false;
			continue;
		}
		/* 2023年政府工作报告 / 各位代表：: a salutation opens its own line */
		if (line->blank_before || para->starts_marker ||
			is_paragraph_end(last_char(sc->doc, para->start, para->end)) ||
			starts_with_marker(sc->doc, line->start, line->end) ||
			has_prefix(sc->doc, line->start, line->end, "各位代表") ||
			has_prefix(sc->doc, line->start, line->end, "同志们"))
			break;
		para->end = line->end;
		para->nlines++;
		sc->have_line = false;
	}
	return true;
}

static bool
peek_para(Scanner *sc, Para **para)
{
	if (!sc->have_para)
		sc->have_para = read_para(sc, &sc->para);
	*para = &sc->para;
	return sc->have_para;
}

static bool
next_para(Scanner *sc, Para *para)
{
	Para	   *p;

	if (!peek_para(sc, &p))
		return false;
	*para = *p;
	sc->have_para = false;
	return true;
}

static void
scanner_init(Scanner *sc, const char *doc, size_t len)
{
	memset(sc, 0, sizeof(*sc));
	sc->doc = doc;
	sc->len = len;
}

/* ---------- headings ---------- */

/* The original text, for marks that normalisation folds away. */
typedef struct ScanOrig
{
	const char *doc;
	size_t		len;
	const GrOffsetMap *map;
} ScanOrig;

/*
 * NFKC turns ① into 1: a paragraph of the normal form that starts with a
 * digit started with a circled number when the original has one there.
 * Returns the bytes of the marker in the normal form (0 if none).
 */
static size_t
circled_marker(const char *s, const ScanOrig *orig, size_t pos, size_t end,
			   SectionLevel *level)
{
	int			hint = 0;
	size_t		at;
	size_t		n = 0;

	if (orig == NULL || pos >= end || s[pos] < '1' || s[pos] > '9')
		return 0;
	at = gr_offset_to_original(orig->map, (int) pos, false, &hint);
	if (at >= orig->len ||
		section_scan_marker(orig->doc + at, orig->len - at, true, level) == 0 ||
		level->style != SECTION_STYLE_CIRCLED)
		return 0;
	while (pos + n < end && s[pos + n] >= '0' && s[pos + n] <= '9')
		n++;
	return n;
}

typedef enum HeadingKind
{
	HEADING_NONE,
	HEADING_NUMBERED,
	HEADING_DASH,
	HEADING_TITLE,
	HEADING_LEAD
} HeadingKind;

typedef struct Heading
{
	HeadingKind kind;
	SectionLevel level;			/* style; ordinal 0 when positional */
	size_t		start;			/* the heading's first byte (its marker) */
	size_t		head_start;		/* heading text */
	size_t		head_end;
	size_t		body_start;
	bool		back_matter;	/* 附件, 附录, 名词解释, 结束语 */
	bool		closing;		/* 结束语, a closing part */
	bool		inline_item;	/* a list item inside a paragraph */
	bool		point;			/* a one-paragraph point of a numbered list */
} Heading;

#define LEAD_MAX_CHARS 24
#define TITLE_MAX_CHARS 30
#define INLINE_LEAD_MIN_PARA 1000
#define INLINE_LEAD_MIN 4
#define INLINE_LEAD_MAX 12

/*
 * End of the first sentence from pos: the byte after its 。！？；, or end.
 * The terminator's length in *term (0 when the text ran out).
 */
static size_t
sentence_end(const char *s, size_t pos, size_t end, int *term)
{
	*term = 0;
	while (pos < end)
	{
		uint32_t	c;
		int			n = section_next_char(s + pos, end - pos, &c);

		pos += n;
		if (is_heading_end(c))
		{
			*term = n;
			break;
		}
	}
	return pos;
}

/* Heading text from pos: up to the first sentence end, or the paragraph. */
static void
heading_text(const char *s, size_t pos, size_t end, Heading *h)
{
	int			term;
	size_t		e;

	h->head_start = skip_space(s, pos, end);
	e = sentence_end(s, h->head_start, end, &term);
	h->body_start = e;
	h->head_end = e - term;
	h->head_end = trim_end(s, h->head_start, h->head_end);
}

/* Characters in s[start, end), counting no further than limit. */
static int64_t
count_chars_upto(const char *s, size_t start, size_t end, int64_t limit)
{
	int64_t		n = 0;

	for (size_t i = start; i < end && n < limit; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/* A short unpunctuated line on its own: an unnumbered part title. */
static bool
is_title(const char *s, const Para *p)
{
	int64_t		nchars;

	if (p->nlines != 1)
		return false;
	nchars = count_chars_upto(s, p->start, p->end, TITLE_MAX_CHARS + 1);
	if (nchars < 2 || nchars > TITLE_MAX_CHARS)
		return false;
	if (has_prefix(s, p->start, p->end, "各位代表") || has_prefix(s, p->start, p->end, "同志们"))
		return false;
	for (size_t pos = p->start; pos < p->end;)
	{
		uint32_t	c;
		int			n = section_next_char(s + pos, p->end - pos, &c);

		if (c == 0xFF0C || c == 0x3002 || c == 0xFF1B || c == 0xFF1A ||
			c == 0xFF01 || c == 0xFF1F || c == ',' || c == ';' || c == ':' ||
			c == '!' || c == '?' || c == 0x300A || c == 0x300B)
			return false;
		pos += n;
	}
	return true;
}

/* Characters of s[start, end) that are not white space (a broken line is one line). */
static int64_t
count_visible(const char *s, size_t start, size_t end)
{
	int64_t		n = 0;

	for (size_t pos = start; pos < end;)
	{
		uint32_t	c;
		int			len = section_next_char(s + pos, end - pos, &c);

		if (!is_space_char(c))
			n++;
		pos += len;
	}
	return n;
}

/* Is the sentence [start, end) (without its 。) short and plain enough to lead? */
static bool
is_lead_sentence(const char *s, size_t start, size_t end)
{
	int64_t		nchars = count_visible(s, start, end);

	if (nchars < 2 || nchars > LEAD_MAX_CHARS)
		return false;
	if (has_prefix(s, start, end, "各位代表") || has_prefix(s, start, end, "同志们"))
		return false;
	return !contains(s, start, end, "：") && !contains(s, start, end, "；") &&
		!contains(s, start, end, ":") && !contains(s, start, end, "我代表");
}

/* Classify paragraph p; next is the following paragraph or NULL. */
static Heading
classify(const char *s, const ScanOrig *orig, const Para *p, const Para *next)
{
	Heading		h;
	size_t		n;
	int			terminated;
	size_t		e;

	memset(&h, 0, sizeof(h));
	h.start = p->start;

	n = section_scan_marker(s + p->start, p->end - p->start, true, &h.level);
	if (n == 0)
		n = circled_marker(s, orig, p->start, p->end, &h.level);
	if (n > 0)
	{
		h.kind = HEADING_NUMBERED;
		heading_text(s, p->start + n, p->end, &h);
		return h;
	}
	if (starts_with_dash(s, p->start, p->end))
	{
		size_t		pos = p->start;

		while (has_prefix(s, pos, p->end, "—"))
			pos += strlen("—");
		while (has_prefix(s, pos, p->end, "－"))
			pos += strlen("－");
		h.kind = HEADING_DASH;
		h.level.style = SECTION_STYLE_DASH;
		heading_text(s, pos, p->end, &h);
		return h;
	}
	if (is_title(s, p))
	{
		h.kind = HEADING_TITLE;
		h.level.style = SECTION_STYLE_TITLE;
		h.back_matter = has_prefix(s, p->start, p->end, "附件") ||
			has_prefix(s, p->start, p->end, "附录") ||
			has_prefix(s, p->start, p->end, "名词解释") ||
			has_prefix(s, p->start, p->end, "结束语");
		h.closing = has_prefix(s, p->start, p->end, "结束语");
		h.head_start = p->start;
		h.head_end = p->end;
		h.body_start = p->end;
		return h;
	}

	/* a lead sentence: short first sentence, with text after it */
	e = sentence_end(s, p->start, p->end, &terminated);
	if (terminated == 3 && has_prefix(s, e - 3, e, "。") &&
		is_lead_sentence(s, p->start, e - 3))
	{
		bool		more = skip_space(s, e, p->end) < p->end;

		if (!more && next != NULL)
		{
			Heading		nh = classify(s, orig, next, NULL);

			/* the next paragraph is this lead's text (leads included) */
			more = (nh.kind == HEADING_NONE || nh.kind == HEADING_LEAD);
		}
		if (more)
		{
			h.kind = HEADING_LEAD;
			h.level.style = SECTION_STYLE_LEAD;
			h.head_start = p->start;
			h.head_end = e - 3;
			h.body_start = e;
			return h;
		}
	}
	h.kind = HEADING_NONE;
	return h;
}

/* ---------- levels ---------- */

typedef struct Open
{
	SectionLevel level;
	int			index;			/* section index */
} Open;

/* unnumbered parallel headings (see find_parallel_headings) */

#define PARALLEL_MIN_SECTION 3000	/* characters: a long section */
#define PARALLEL_MIN_RUN 3
#define PARALLEL_MAX_RUN 30
#define PARALLEL_MIN_CHARS (LEAD_MAX_CHARS + 1)	/* shorter ones are leads */
#define PARALLEL_MAX_CHARS 48
#define PARALLEL_MAX_BYTES (PARALLEL_MAX_CHARS * 4 + 3)	/* UTF-8, spaces, 。 */
#define PARALLEL_OPENING 2		/* characters the headings open with alike */
#define PARALLEL_ENDING 3		/* and end with alike */

/* A candidate: a paragraph's first sentence, ending in 。 */
typedef struct ParallelHead
{
	size_t		start;			/* the paragraph, and its first sentence */
	size_t		head_end;		/* without 。 */
	size_t		body_start;		/* after the 。 */
	size_t		end_from;		/* its last PARALLEL_ENDING characters */
} ParallelHead;

/* A run of such first sentences in a row under one heading (its section) */
typedef struct ParallelRun
{
	int			owner;
	int			n;
	ParallelHead heads[PARALLEL_MAX_RUN];
} ParallelRun;

typedef struct Builder
{
	Outline    *out;
	const char *doc;
	Open		stack[SECTION_MAX_DEPTH];
	int			depth;
	/*
	 * per depth and style: the last ordinal given (unnumbered styles count
	 * on); [depth][0] is the last of any heading's, for titles
	 */
	uint16_t	last_ordinal[SECTION_MAX_DEPTH + 1][SECTION_STYLE_LAST + 1];
	/* the list (一是 …, 第一，…) being read: style, last ordinal */
	int			list_style;
	int			list_ordinal;
	int			list_owner;		/* the lead the list belongs to, -1 if none */
	int			list_depth;		/* the depth its items are at */
	bool		list_item_opens;	/* the last item opened its paragraph */
	/* closing parts (doc/outline.md) */
	int			closing_subject;	/* of the closing part being read, 0 none */
	size_t		appeal_start;	/* the last 各位代表 paragraph that opened no */
	size_t		appeal_head_start;	/* closing part, and its first sentence */
	size_t		appeal_head_end;
	bool		owns_next;		/* the closing part took the next paragraph's words */
	/* the list of one-paragraph points (一、…；二、…) being read */
	int			point_style;
	int			point_ordinal;
	int			last_point;		/* its last point's section */
	/*
	 * the style of an excerpt's top-level headings ((四) first: the text
	 * starts inside a part), 0 when the text starts at a part; -1 before
	 * the first top-level heading
	 */
	int			excerpt_style;
	/* runs of parallel first sentences: the one being read, those kept */
	ParallelRun run;
	ParallelRun *runs;
	int			nruns;
	int			runs_capacity;
} Builder;

/* Unnumbered levels count to this; more siblings than this is no report. */
#define UNNUMBERED_MAX_ORDINAL 65535

static bool
is_list_style(int style)
{
	return style == SECTION_STYLE_SHI || style == SECTION_STYLE_DI;
}

static OutlineSection *
add_section(Outline *out)
{
	if (out->nsections >= OUTLINE_MAX_SECTIONS)
	{
		out->too_many = true;
		return NULL;
	}
	if (out->nsections == out->capacity)
	{
		out->capacity = out->capacity ? out->capacity * 2 : 64;
		if (out->sections)
			out->sections = repalloc(out->sections, out->capacity * sizeof(OutlineSection));
		else
			out->sections = palloc(out->capacity * sizeof(OutlineSection));
	}
	memset(&out->sections[out->nsections], 0, sizeof(OutlineSection));
	return &out->sections[out->nsections++];
}

/* The stack top's style, 0 at the root. */
static int
top_style(const Builder *b)
{
	return b->depth > 0 ? b->stack[b->depth - 1].level.style : 0;
}

/*
 * Close the leaves on top before placing a heading of this style.  Leads,
 * dash items and list items have no children, except that the items of a
 * list belong to the lead sentence right before it (实施积极的财政政策。
 * 一是…。二是…): the list's items then nest under that lead.  A list goes
 * on, past leads and paragraphs between its items, while each item is the
 * next number; a heading ends it.
 */
static bool
close_leaves(Builder *b, const SectionLevel *level, bool closing)
{
	bool		list_item = is_list_style(level->style);
	bool		continues = list_item && level->style == b->list_style &&
		level->ordinal == b->list_ordinal + 1;
	int			owner = -1;

	if (list_item && level->ordinal == 1 && !continues &&
		top_style(b) == SECTION_STYLE_LEAD &&
		b->stack[b->depth - 1].index == b->out->nsections - 1)
		owner = b->stack[b->depth - 1].index;	/* a new list under the lead */
	else if (continues)
		owner = b->list_owner;
	while (b->depth > 0 && section_style_is_item(top_style(b)) &&
		   b->stack[b->depth - 1].index != owner)
		b->depth--;
	if (list_item)
	{
		b->list_style = level->style;
		b->list_ordinal = level->ordinal;
		b->list_owner = owner;
	}
	else if (!section_style_is_item(level->style) && !closing &&
			 !(b->depth > 0 &&
			   b->out->sections[b->stack[b->depth - 1].index].kind == OUTLINE_KIND_ITEM &&
			   !section_style_is_item(top_style(b))))
		b->list_style = 0;		/* a heading ends the list; a closing part or an
								 * item's next point need not */
	return continues;
}

/* A heading or item that is no closing part ends the closing parts being read. */
static void
note_heading(Builder *b, const Heading *h)
{
	if (!h->closing && h->level.style != SECTION_STYLE_LEAD)
		b->closing_subject = 0;
}

/*
 * Where a numbered heading goes: after the open heading of its style whose
 * number it follows (三、 after 二、), innermost first; else after one with a
 * smaller number (一、 → 三、); a number that restarts or repeats (一、 again
 * inside 二、) opens a list of its own under the innermost heading, so that
 * no two siblings share an address.
 */
static int
numbered_depth(const Builder *b, const SectionLevel *level)
{
	for (int i = b->depth - 1; i >= 0; i--)
		if (b->stack[i].level.style == level->style &&
			b->stack[i].level.ordinal + 1 == level->ordinal)
			return i;
	for (int i = b->depth - 1; i >= 0; i--)
		if (b->stack[i].level.style == level->style &&
			b->stack[i].level.ordinal < level->ordinal)
			return i;
	/*
	 * A restart: under the innermost heading of its style (1986: 二、 →
	 * （一）…（三） → 一、…五、 beside them), unless that heading has had such
	 * a number already; then under the innermost heading.
	 */
	for (int i = b->depth - 1; i >= 0; i--)
		if (b->stack[i].level.style == level->style)
		{
			if (i + 1 < b->depth &&
				b->last_ordinal[i + 1][level->style] < level->ordinal)
				return i + 1;
			break;
		}
	return b->depth;
}

/*
 * Sub-points of a list item (第一，全国动员，大办农业 → （一）…（九）): a
 * numbered heading right under a list item that opens a numbering of its own
 * (its style is not open above with the number before it) nests under the
 * item, and the list goes on after it (第二，…).  Only an item that opens
 * its paragraph has points: after a list inside a paragraph, （一） is a
 * heading again.
 */
static bool
is_subpoint(const Builder *b, const Heading *h)
{
	int			style = h->level.style;

	return h->kind == HEADING_NUMBERED && !section_style_is_item(style) &&
		style != SECTION_STYLE_PART && style != SECTION_STYLE_CHAPTER &&
		is_list_style(top_style(b)) && b->list_item_opens && h->level.ordinal == 1 &&
		numbered_depth(b, &h->level) == b->depth;
}

/* The depth a heading of this style opens at (the stack is cut to it). */
static void
find_depth(Builder *b, const Heading *h)
{
	int			style = h->level.style;

	if (style == SECTION_STYLE_PART || style == SECTION_STYLE_CHAPTER)
		b->depth = 0;
	else if (h->closing && style == SECTION_STYLE_TITLE &&
			 !has_prefix(b->doc, h->head_start, h->head_end, "结束语"))
	{
		/* a closing part inside a part is one of its headings */
		b->depth = b->depth > 0 &&
			b->out->sections[b->stack[0].index].kind != OUTLINE_KIND_CLOSING ? 1 : 0;
	}
	else if (style == SECTION_STYLE_TITLE)
	{
		/*
		 * A title inside a numbered part (二、 … 关于教育改革问题) is a sub-part;
		 * otherwise, or for back matter (附件), it opens the top level.
		 */
		if (b->depth > 0 && b->stack[0].level.style != SECTION_STYLE_TITLE &&
			!h->back_matter)
			b->depth = 1;
		else
			b->depth = 0;
	}
	else if (!section_style_is_item(style))
		b->depth = numbered_depth(b, &h->level);
	if (b->depth >= SECTION_MAX_DEPTH)
		b->depth = SECTION_MAX_DEPTH - 1;
}

static OutlineKind
section_kind(const Heading *h, int heading_depth)
{
	int			style = h->level.style;

	if (style == SECTION_STYLE_LEAD)
		return OUTLINE_KIND_LEAD;
	if (style == SECTION_STYLE_DASH || style == SECTION_STYLE_CIRCLED ||
		is_list_style(style))
		return OUTLINE_KIND_ITEM;
	if (h->point)
		return OUTLINE_KIND_ITEM;
	if (h->closing)
		return OUTLINE_KIND_CLOSING;
	if (h->back_matter)
		return OUTLINE_KIND_APPENDIX;
	return heading_depth == 1 ? OUTLINE_KIND_PART : OUTLINE_KIND_HEADING;
}

/* Does paragraph p end in this punctuation (full width or ASCII)? */
static bool
ends_in(const char *s, const Para *p, const char *wide, char ascii)
{
	size_t		e = trim_end(s, p->start, p->end);
	size_t		n = strlen(wide);

	return (e >= p->start + n && has_prefix(s, e - n, e, wide)) ||
		(e > p->start && s[e - 1] == ascii);
}

/* The style of the innermost heading open (items and leads aside), 0 none. */
static int
innermost_heading_style(const Builder *b)
{
	for (int i = b->depth - 1; i >= 0; i--)
	{
		OutlineKind kind = b->out->sections[b->stack[i].index].kind;

		if (kind != OUTLINE_KIND_ITEM && kind != OUTLINE_KIND_LEAD)
			return b->stack[i].level.style;
	}
	return 0;
}

/*
 * A list of one-paragraph points in a numbered style (1981: …从以下几个方面
 * 进行： 一、节约能源…； 二、改革产品结构…； 三、…。): inside a heading, after
 * a paragraph ending in a colon, a first number whose next paragraph is the
 * second of its style opens it when its style is no deeper than the
 * heading's (一、 again under 四、: a restart, not the heading's subsections
 * （一）（二）) or when the point ends in ；(the points are clauses of one
 * sentence); each next number in the very next paragraph goes on with it.
 * Its points are items (doc/outline.md).
 */
static bool
is_point(const Builder *b, const char *s, const Heading *h, const Para *p,
		 const Para *next, bool after_colon, bool after_point)
{
	int			style = h->level.style;
	int			above;
	SectionLevel nl;

	if (h->kind != HEADING_NUMBERED || b->depth == 0 ||
		style == SECTION_STYLE_PART || style == SECTION_STYLE_CHAPTER ||
		section_style_is_item(style))
		return false;
	if (after_point && style == b->point_style && h->level.ordinal == b->point_ordinal + 1)
		return true;
	if (h->level.ordinal != 1 || !after_colon || next == NULL ||
		section_scan_marker(s + next->start, next->end - next->start, true, &nl) == 0 ||
		nl.style != style || nl.ordinal != 2)
		return false;
	above = innermost_heading_style(b);
	return (above != 0 && above != SECTION_STYLE_TITLE && style <= above) ||
		ends_in(s, p, "；", ';');
}

/*
 * Does a text whose first top-level heading is this one start inside a
 * part?  A subsection style ((一), 1.) numbered above 1 at the top ((四)
 * first) is an excerpt cut from a part's subsections: its headings are
 * headings, not parts.  A text that starts at (一) uses that style for its
 * parts (1981: (一)当前的经济形势).
 */
static bool
starts_inside_part(const SectionLevel *level)
{
	return level->ordinal > 1 &&
		(level->style == SECTION_STYLE_HAN_PAREN || level->style == SECTION_STYLE_DIGIT ||
		 level->style == SECTION_STYLE_DIGIT_PAREN);
}

/*
 * Place a heading in the outline.  Titles and parts open the top level;
 * numbered styles nest by first appearance (a style already open closes
 * what is below it and becomes a sibling); leads, dash items and list items
 * are leaves under the innermost heading (list items under the lead right
 * before their list).  Unnumbered levels count among the siblings of their
 * own style: the first dash item of a list is ——1 whatever leads came
 * before it.
 */
static void
place_heading(Builder *b, const Heading *h)
{
	SectionLevel level = h->level;
	OutlineSection *sec;
	uint16_t   *last;
	bool		continues = false;
	bool		subpoint = is_subpoint(b, h);

	if (!subpoint)
	{
		continues = close_leaves(b, &level, h->closing);
		note_heading(b, h);
		find_depth(b, h);
	}
	/* a list goes on where its items are (past a closing part between them) */
	if (continues && b->list_depth < b->depth)
		b->depth = b->list_depth;
	if (is_list_style(level.style))
	{
		b->list_depth = b->depth;
		b->list_item_opens = !h->inline_item;
	}

	last = b->last_ordinal[b->depth];
	if (level.ordinal == 0)
	{
		/*
		 * A title counts among all headings (§3 after 一、二、: document
		 * order); leads and dash items among their own kind (the first
		 * dash item is ——1 whatever leads came before it).
		 */
		int			counter = section_style_is_item(level.style) ? level.style : 0;

		if (last[counter] >= UNNUMBERED_MAX_ORDINAL)
		{
			b->out->too_many = true;
			return;
		}
		level.ordinal = last[counter] + 1;
	}
	else if (level.ordinal <= last[level.style] &&
			 (is_list_style(level.style) || b->depth == SECTION_MAX_DEPTH - 1))
	{
		/*
		 * A second list under the same heading, with no lead of its own, or
		 * a number repeating at the deepest level: it counts on after the
		 * last, so that addresses stay unique.
		 */
		if (last[level.style] >= SECTION_MAX_ORDINAL)
		{
			b->out->too_many = true;
			return;
		}
		level.ordinal = last[level.style] + 1;
	}
	last[level.style] = level.ordinal;
	if (!section_style_is_item(level.style))
		last[0] = level.ordinal;	/* headings: the count titles go on from */
	memset(b->last_ordinal[b->depth + 1], 0, sizeof(b->last_ordinal[0]));

	sec = add_section(b->out);
	if (sec == NULL)
		return;
	sec->parent = b->depth > 0 ? b->stack[b->depth - 1].index : 0;
	sec->depth = b->depth + 1;
	sec->heading_depth = b->out->sections[sec->parent].heading_depth;
	sec->kind = section_kind(h, sec->heading_depth + 1);
	if (sec->kind == OUTLINE_KIND_PART)
	{
		if (b->excerpt_style < 0)
			b->excerpt_style = starts_inside_part(&level) ? level.style : 0;
		if (level.style == b->excerpt_style)
			sec->kind = OUTLINE_KIND_HEADING;
	}
	/*
	 * the points of a list item, and theirs, are items too (not a heading
	 * under a one-paragraph point: the number restarted after its list)
	 */
	if (b->out->sections[sec->parent].kind == OUTLINE_KIND_ITEM &&
		sec->kind != OUTLINE_KIND_LEAD &&
		!(sec->parent == b->last_point && !h->point))
		sec->kind = OUTLINE_KIND_ITEM;
	if (sec->kind != OUTLINE_KIND_LEAD && sec->kind != OUTLINE_KIND_ITEM)
		sec->heading_depth++;
	if (h->point)
		b->last_point = b->out->nsections - 1;
	sec->level = level;
	sec->start = h->start;
	sec->head_start = h->head_start;
	sec->head_end = h->head_end;
	sec->body_start = h->body_start;

	b->stack[b->depth].level = level;
	b->stack[b->depth].index = b->out->nsections - 1;
	b->depth++;
}

/* Is the sentence [pos, e) (without its 。) plain and short enough to lead inline? */
static bool
is_inline_lead(const char *s, size_t pos, size_t e)
{
	int64_t		nchars = 0;

	for (size_t q = pos; q < e;)
	{
		uint32_t	c;
		int			n = section_next_char(s + q, e - q, &c);

		q += n;
		if (is_space_char(c))
			continue;			/* a line broken inside the sentence */
		if (!is_han(c) || ++nchars > INLINE_LEAD_MAX)
			return false;
	}
	return nchars >= INLINE_LEAD_MIN;
}

/* A list marker (一是, 第一，) at pos: its level, 0 bytes when none. */
static size_t
list_marker(const char *s, size_t pos, size_t end, SectionLevel *level)
{
	size_t		n = section_scan_marker(s + pos, end - pos, true, level);

	return n > 0 && is_list_style(level->style) ? n : 0;
}

/* Place an item or inline lead found at pos inside a paragraph. */
static void
place_inline(Builder *b, HeadingKind kind, const SectionLevel *level,
			 size_t pos, size_t marker, size_t end)
{
	Heading		h;

	memset(&h, 0, sizeof(h));
	h.kind = kind;
	h.level = *level;
	h.inline_item = true;
	h.start = pos;
	heading_text(b->doc, pos + marker, end, &h);
	place_heading(b, &h);
}

/*
 * End of the clause from pos: the byte after its 。！？；：, or end.  The
 * terminator in *term (0 when the text ran out).
 */
static size_t
clause_end(const char *s, size_t pos, size_t end, uint32_t *term)
{
	/* bytes, not characters: the terminators are 。 ！？；： or ASCII */
	const unsigned char *u = (const unsigned char *) s;

	*term = 0;
	while (pos < end)
	{
		unsigned char b = u[pos];

		if (b == '!' || b == '?' || b == ';' || b == ':')
		{
			*term = b;
			return pos + 1;
		}
		if ((b == 0xE3 || b == 0xEF) && pos + 2 < end)
		{
			uint32_t	c = ((uint32_t) (b & 0x0F) << 12) |
				((uint32_t) (u[pos + 1] & 0x3F) << 6) | (u[pos + 2] & 0x3F);

			if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B || c == 0xFF1A)
			{
				*term = c;
				return pos + 3;
			}
		}
		pos++;
	}
	return pos;
}

/* After this terminator a list item may start: 。！？： yes, ；and ， no. */
static bool
opens_item(uint32_t term)
{
	return term != 0xFF1B && term != ';';
}

/*
 * The first list marker in [pos, end) that starts a clause after a
 * terminator an item may follow (prev: the terminator before pos): true,
 * with the marker's level and where it starts.
 */
static bool
first_list_marker(const char *s, size_t pos, size_t end, uint32_t prev,
				  SectionLevel *level, size_t *at)
{
	while (pos < end)
	{
		uint32_t	term;
		size_t		e = clause_end(s, pos, end, &term);
		size_t		q = skip_space(s, pos, e);

		CHECK_FOR_INTERRUPTS();
		if (opens_item(prev) && list_marker(s, q, e, level) > 0)
		{
			*at = q;
			return true;
		}
		prev = term;
		pos = e;
	}
	return false;
}

/*
 * Does the list that starts with an item of this style go on, its second
 * item starting a clause after [pos, end) or the next paragraph?  prev is
 * the terminator of the first item's clause (；二是 goes on one sentence).  Stops at
 * the first list marker; *stop is where it stopped.
 */
static bool
list_goes_on(const char *s, size_t pos, size_t end, uint32_t prev, const Para *next,
			 int style, size_t *stop)
{
	SectionLevel l2;
	size_t		at;

	if (first_list_marker(s, pos, end, prev, &l2, stop))
		return l2.style == style && l2.ordinal == 2;
	*stop = end;
	/* the first list marker of the next paragraph (its start, or a clause's) */
	if (next != NULL && first_list_marker(s, next->start, next->end, 0x3002, &l2, &at))
		return l2.style == style && l2.ordinal == 2;
	return false;
}

/*
 * Inside a paragraph: list items that start a clause after 。！？：
 * (…。一是…。二是…; 四是 after 三是's text), and in a paragraph longer than
 * 1000 characters (a page flattened into one block), short plain sentences
 * as leads (疫情防控精准高效。).  A list starts at 一是 or 第一， when its
 * second item also starts a clause, here or at the start of the next
 * paragraph; it goes on while each item is the next number.  Linear: the
 * look-ahead for a list's second item stops at the next list marker, and
 * the scan does not look at the clauses before that marker again.
 */
static void
place_in_paragraph(Builder *b, const Para *p, size_t from, const Para *next)
{
	const char *s = b->doc;
	size_t		pos = from;
	bool		long_para = count_chars_upto(s, p->start, p->end, INLINE_LEAD_MIN_PARA) >= INLINE_LEAD_MIN_PARA;
	uint32_t	prev = 0x3002;	/* a heading's text ended in 。 */
	size_t		checked_to = 0;
	bool		checked_ok = false;
	int			second_next = 0;	/* the list style whose 2nd item opens next */
	SectionLevel l2;

	if (next != NULL && next->starts_marker &&
		section_scan_marker(s + next->start, next->end - next->start, true, &l2) > 0 &&
		is_list_style(l2.style) && l2.ordinal == 2)
		second_next = l2.style;

	while (pos < p->end && !b->out->too_many)
	{
		uint32_t	term;
		size_t		e = clause_end(s, pos, p->end, &term);
		size_t		q = skip_space(s, pos, e);
		SectionLevel level;
		size_t		m = 0;

		CHECK_FOR_INTERRUPTS();
		/* the paragraph's own opening marker was classified already */
		if (q > p->start && (opens_item(prev) || second_next > 0))
			m = list_marker(s, q, e, &level);
		if (m > 0 && !opens_item(prev))
		{
			/*
			 * after ；a first item opens a list only when its second item
			 * starts the next paragraph (…三个方面；一是…。 / 二是…): then the
			 * items are no clauses of one sentence
			 */
			if (level.ordinal == 1 && level.style == second_next)
			{
				if (q >= checked_to)
					checked_ok = list_goes_on(s, e, p->end, term, next, level.style,
											  &checked_to);
				if (checked_ok && checked_to >= p->end)
				{
					place_inline(b, HEADING_NUMBERED, &level, q, m, p->end);
					prev = term;
					pos = e;
					continue;
				}
			}
			m = 0;
		}
		if (m > 0)
		{
			bool		take = false;

			if (level.style == b->list_style && level.ordinal == b->list_ordinal + 1)
				take = true;
			else if (level.ordinal == 1 && pos == from && from > p->start &&
					 top_style(b) == SECTION_STYLE_LEAD &&
					 b->stack[b->depth - 1].index == b->out->nsections - 1 &&
					 b->out->sections[b->out->nsections - 1].start == p->start)
				take = true;	/* 实施积极的财政政策。一是…: a lead opens its list */
			else if (level.ordinal == 1)
			{
				if (q >= checked_to)
					checked_ok = list_goes_on(s, e, p->end, term, next, level.style,
											  &checked_to);
				take = checked_ok;
			}
			if (take)
			{
				place_inline(b, HEADING_NUMBERED, &level, q, m, p->end);
				prev = term;
				pos = e;
				continue;
			}
		}
		if (long_para && term == 0x3002 && prev != 0xFF1A && prev != ':' &&
			is_inline_lead(s, q, e - 3) && skip_space(s, e, p->end) < p->end)
		{
			SectionLevel lead;

			memset(&lead, 0, sizeof(lead));
			lead.style = SECTION_STYLE_LEAD;
			place_inline(b, HEADING_LEAD, &lead, q, 0, p->end);
		}
		prev = term;
		pos = e;
	}
}

/* ---------- closing parts ---------- */

/*
 * The subjects a report closes with, after its numbered parts: 民族宗教,
 * 国防和军队, 港澳, 台湾, 外交, 政府自身建设.  The leftmost word of a
 * paragraph's first sentence names its subject.
 */
typedef struct ClosingWord
{
	const char *word;
	int			subject;
} ClosingWord;

static const ClosingWord closing_words[] = {
	{"民族", 1}, {"宗教", 1}, {"侨务", 1},
	{"国防", 2}, {"军队", 2}, {"解放军", 2}, {"武警", 2},
	{"香港", 3}, {"澳门", 3}, {"一国两制", 3},
	{"台湾", 4}, {"两岸", 4}, {"祖国统一", 4}, {"和平统一", 4}, {"国家的统一", 4},
	{"外交", 5}, {"国际形势", 5}, {"和平与发展", 5}, {"对外政策", 5}, {"世界和平", 5}, {"和平共处", 5},
	{"政府自身建设", 6}, {"政府自身改革", 6}, {"廉政建设", 6},
	{NULL, 0}
};

#define CLOSING_LOOK_CHARS 40
#define CLOSING_GOVERNMENT 6	/* 政府自身建设: the subject named in closing_words */

/* The closing subject the first sentence from pos names (0: none); its end in *head_end. */
static int
closing_subject(const char *s, size_t pos, size_t end, size_t *head_end)
{
	size_t		e = pos;
	size_t		best = (size_t) -1;
	int			subject = 0;
	int			n = 0;

	while (e < end && n < CLOSING_LOOK_CHARS)
	{
		uint32_t	c;
		int			len = section_next_char(s + e, end - e, &c);

		if (is_heading_end(c))
			break;
		e += len;
		n++;
	}
	*head_end = e;
	for (int i = 0; closing_words[i].word; i++)
	{
		size_t		at = ot_find(s, pos, e, closing_words[i].word);

		if (at != (size_t) -1 && at < best)
		{
			best = at;
			subject = closing_words[i].subject;
		}
	}
	return subject;
}

/* After 各位代表！ or 同志们！: where the words start; pos when there is no salutation. */
static size_t
after_salutation(const char *s, size_t pos, size_t end)
{
	static const char *const salutes[] = {"各位代表", "同志们", NULL};

	for (int i = 0; salutes[i]; i++)
		if (has_prefix(s, pos, end, salutes[i]))
		{
			size_t		q = pos + strlen(salutes[i]);
			uint32_t	c;

			while (q < end)
			{
				int			n = section_next_char(s + q, end - q, &c);

				if (!(c == 0xFF01 || c == '!' || c == 0xFF1A || c == ':' ||
					  c == 0xFF0C || c == ',' || is_space_char(c)))
					break;
				q += n;
			}
			return q;
		}
	return pos;
}

/*
 * Does paragraph p open a closing part?  One that starts 各位代表！ and turns
 * to a closing subject (in its first sentence, or in the next paragraph's
 * when it stands alone), or, while closing parts are being read, one whose
 * first sentence turns to another closing subject.  A 各位代表 paragraph
 * that names no subject is remembered: the last one, after the last
 * heading, opens the closing appeal (settle_closing).
 */
static bool
closing_heading(Builder *b, const Para *p, const Para *next, Heading *h)
{
	const char *s = b->doc;
	size_t		from = after_salutation(s, p->start, p->end);
	bool		saluted = from > p->start;
	size_t		head_from = from,
				head_end;
	int			subject;

	if (saluted && skip_space(s, from, p->end) >= p->end && next != NULL)
		head_from = next->start;	/* 各位代表！ on a line of its own */
	subject = closing_subject(s, head_from, head_from == from ? p->end : next->end,
							  &head_end);
	if (saluted && subject == 0)
	{
		size_t		second_end;
		size_t		second = head_end;
		uint32_t	c;
		size_t		end2 = head_from == from ? p->end : next->end;

		if (second < end2)
		{
			int			len = section_next_char(s + second, end2 - second, &c);

			if (is_heading_end(c))
				second += len;
		}

		/*
		 * the government's own work may come in the second sentence (各位代表！
		 * 全面完成…任务，对各级政府提出了更高的要求。必须大力加强政府自身改革和
		 * 建设…); other subjects (世界和平) are too common in an appeal
		 */
		if (closing_subject(s, second, end2, &second_end) == CLOSING_GOVERNMENT)
			subject = CLOSING_GOVERNMENT;
	}
	if (saluted && subject == 0)
	{
		b->appeal_start = p->start;
		b->appeal_head_start = head_from;
		b->appeal_head_end = head_end;
		b->owns_next = head_from != from;	/* the appeal may begin here */
	}
	if (subject == 0 || (!saluted && (b->closing_subject == 0 || subject == b->closing_subject)))
		return false;
	/* 结束语 is closing as a whole */
	if (b->depth > 0)
	{
		const OutlineSection *top = &b->out->sections[b->stack[0].index];

		if (top->kind == OUTLINE_KIND_CLOSING &&
			has_prefix(s, top->head_start, top->head_end, "结束语"))
			return false;
	}
	memset(h, 0, sizeof(*h));
	h->kind = HEADING_TITLE;
	h->level.style = SECTION_STYLE_TITLE;
	h->closing = true;
	h->start = p->start;
	h->head_start = head_from;
	h->head_end = trim_end(s, head_from, head_end);
	h->body_start = head_end;
	b->closing_subject = subject;
	b->owns_next = head_from != from;
	return true;
}

/* Renumber the unnumbered levels among the children of each parent, per kind. */
static void
recount_levels(Outline *o, int from, int excerpt_style)
{
	for (int i = from; i < o->nsections; i++)
	{
		OutlineSection *sec = &o->sections[i];
		const OutlineSection *parent = &o->sections[sec->parent];
		bool		heading = sec->kind != OUTLINE_KIND_LEAD && sec->kind != OUTLINE_KIND_ITEM;

		sec->depth = parent->depth + 1;
		sec->heading_depth = parent->heading_depth + (heading ? 1 : 0);
		if (sec->kind == OUTLINE_KIND_PART || sec->kind == OUTLINE_KIND_HEADING)
			sec->kind = sec->heading_depth == 1 && sec->level.style != excerpt_style ?
				OUTLINE_KIND_PART : OUTLINE_KIND_HEADING;
	}
}

/* The ordinal an unnumbered level at index i gets among its earlier siblings. */
static void
renumber(Outline *o, int i)
{
	OutlineSection *sec = &o->sections[i];
	int			style = sec->level.style;
	bool		item = section_style_is_item(style);
	int			last = 0;

	if (style != SECTION_STYLE_TITLE && !item)
		return;
	for (int j = i - 1; j > sec->parent; j--)
	{
		const OutlineSection *sib = &o->sections[j];

		if (sib->parent != sec->parent)
			continue;
		if (item ? sib->level.style == style : !section_style_is_item(sib->level.style))
		{
			last = sib->level.ordinal;
			break;
		}
	}
	sec->level.ordinal = last >= UNNUMBERED_MAX_ORDINAL ? UNNUMBERED_MAX_ORDINAL : last + 1;
}

/*
 * After the scan: closing parts that come after the last heading of the
 * report are parts of their own (top level), and the last 各位代表
 * paragraph after it opens the closing appeal, which holds the leads after
 * it.  A report ending in 结束语 has its appeal there.
 */
static void
settle_closing(Builder *b)
{
	Outline    *o = b->out;
	int			last = 0;
	int			first_changed = o->nsections;
	bool		ends_in_title = false;

	for (int i = 1; i < o->nsections; i++)
	{
		OutlineSection *sec = &o->sections[i];

		if (sec->kind == OUTLINE_KIND_PART || sec->kind == OUTLINE_KIND_HEADING)
			last = i;
		else if (sec->kind == OUTLINE_KIND_CLOSING && sec->level.style == SECTION_STYLE_TITLE &&
				 (has_prefix(b->doc, sec->head_start, sec->head_end, "结束语") ||
				  has_prefix(b->doc, sec->head_start, sec->head_end, "结语")))
		{
			last = i;
			ends_in_title = true;
		}
	}
	if (last == 0)
		return;					/* no heading: an excerpt */
	if (!ends_in_title && b->appeal_start > o->sections[last].start)
	{
		int			k = o->nsections;
		OutlineSection *sec;

		/* the appeal's place among the sections (in text order) */
		for (int i = last + 1; i < o->nsections; i++)
			if (o->sections[i].start >= b->appeal_start)
			{
				k = i;
				break;
			}
		if ((k == o->nsections || o->sections[k].start != b->appeal_start) &&
			add_section(o) != NULL)
		{
			memmove(&o->sections[k + 1], &o->sections[k],
					(o->nsections - 1 - k) * sizeof(OutlineSection));
			for (int i = 0; i < o->nsections; i++)
				if (o->sections[i].parent >= k)
					o->sections[i].parent++;
			sec = &o->sections[k];
			memset(sec, 0, sizeof(*sec));
			sec->parent = 0;
			sec->kind = OUTLINE_KIND_CLOSING;
			sec->level.style = SECTION_STYLE_TITLE;
			sec->start = b->appeal_start;
			sec->head_start = b->appeal_head_start;
			sec->head_end = trim_end(b->doc, b->appeal_head_start, b->appeal_head_end);
			sec->body_start = b->appeal_head_end;
			/* what follows, up to back matter, is the appeal's */
			for (int i = k + 1; i < o->nsections; i++)
			{
				OutlineSection *s2 = &o->sections[i];

				if (s2->kind == OUTLINE_KIND_APPENDIX || s2->kind == OUTLINE_KIND_CLOSING)
					break;
				if (s2->parent < k)
					s2->parent = k;
			}
			first_changed = k;
		}
	}
	/* closing parts after the last heading are parts of their own */
	for (int i = last + 1; i < o->nsections; i++)
	{
		OutlineSection *sec = &o->sections[i];

		if (sec->kind == OUTLINE_KIND_CLOSING && sec->parent != 0)
		{
			sec->parent = 0;
			if (i < first_changed)
				first_changed = i;
		}
	}
	if (first_changed < o->nsections)
	{
		recount_levels(o, first_changed, b->excerpt_style);
		for (int i = first_changed; i < o->nsections; i++)
			renumber(o, i);
	}
}

/* ---------- unnumbered parallel headings ---------- */

/* Byte offset of the n-th character before end (not before start). */
static size_t
back_chars(const char *s, size_t start, size_t end, int n)
{
	while (end > start && n > 0)
	{
		end--;
		if (((unsigned char) s[end] & 0xC0) != 0x80)
			n--;
	}
	return end;
}

/*
 * Is paragraph p's first sentence a heading candidate: 25–48 characters
 * (shorter ones are leads already) ending in 。, no ：；, more text after it
 * in the paragraph, no marker before it?
 */
static bool
parallel_candidate(const char *s, const Para *p, ParallelHead *c)
{
	int			term;
	/* a first sentence of at most 48 characters ends within these bytes */
	size_t		limit = p->start + PARALLEL_MAX_BYTES < p->end ? p->start + PARALLEL_MAX_BYTES : p->end;
	size_t		e = sentence_end(s, p->start, limit, &term);
	int64_t		n;

	if (p->starts_marker || term != 3 || !has_prefix(s, e - 3, e, "。") ||
		e - p->start < PARALLEL_MIN_CHARS || skip_space(s, e, p->end) >= p->end)
		return false;
	n = count_visible(s, p->start, e - 3);
	if (n < PARALLEL_MIN_CHARS || n > PARALLEL_MAX_CHARS ||
		contains(s, p->start, e - 3, "：") || contains(s, p->start, e - 3, "；") ||
		contains(s, p->start, e - 3, ":") || contains(s, p->start, e - 3, ";") ||
		has_prefix(s, p->start, p->end, "各位代表"))
		return false;
	c->start = p->start;
	c->head_end = e - 3;
	c->body_start = e;
	c->end_from = back_chars(s, p->start, e - 3, PARALLEL_ENDING);
	return true;
}

/* Do two candidates open and end alike (全力推进…勇争先。, 全力提升…勇争先。)? */
static bool
parallel_alike(const char *s, const ParallelHead *a, const ParallelHead *b)
{
	size_t		na = a->head_end - a->end_from;
	size_t		pa = a->start;
	size_t		pb = b->start;

	if (na != b->head_end - b->end_from ||
		memcmp(s + a->end_from, s + b->end_from, na) != 0)
		return false;
	for (int i = 0; i < PARALLEL_OPENING; i++)
	{
		uint32_t	ca,
					cb;

		pa += section_next_char(s + pa, a->head_end - pa, &ca);
		pb += section_next_char(s + pb, b->head_end - pb, &cb);
		if (ca != cb)
			return false;
	}
	return true;
}

/*
 * Insert the n headings of run under section i (sections are in text
 * order, i's own leads and items right after it); i's leads and items
 * after a heading move under it.
 */
static bool
insert_parallel(Outline *o, int i, const ParallelHead *run, int n)
{
	OutlineSection *old = o->sections;
	int			nold = o->nsections;
	int		   *map;
	int		   *heading_at;
	int			k = 0;
	int			to = 0;

	if (nold + n > OUTLINE_MAX_SECTIONS)
		return false;
	map = palloc(nold * sizeof(int));
	heading_at = palloc(n * sizeof(int));
	o->sections = palloc((nold + n) * sizeof(OutlineSection));
	o->capacity = o->nsections = nold + n;
	for (int j = 0; j <= nold; j++)
	{
		while (k < n && j > i && (j == nold || old[j].start >= run[k].start))
		{
			OutlineSection *sec = &o->sections[to];

			memset(sec, 0, sizeof(*sec));
			sec->parent = i;	/* sections up to i keep their index */
			sec->kind = OUTLINE_KIND_HEADING;
			sec->level.style = SECTION_STYLE_TITLE;
			sec->start = sec->head_start = run[k].start;
			sec->head_end = run[k].head_end;
			sec->body_start = run[k].body_start;
			heading_at[k++] = to++;
		}
		if (j == nold)
			break;
		map[j] = to;
		o->sections[to++] = old[j];
	}
	for (int j = i + 1; j < nold; j++)
	{
		OutlineSection *sec = &o->sections[map[j]];
		int			h = -1;

		if (old[j].parent == i)
			for (int m = 0; m < n && run[m].start <= old[j].start; m++)
				h = heading_at[m];
		sec->parent = h >= 0 ? h : map[old[j].parent];
	}
	pfree(heading_at);
	pfree(map);
	pfree(old);
	return true;
}

/* The innermost heading open (items and leads aside): its section, 0 none. */
static int
innermost_heading(const Builder *b)
{
	for (int i = b->depth - 1; i >= 0; i--)
	{
		OutlineKind kind = b->out->sections[b->stack[i].index].kind;

		if (kind != OUTLINE_KIND_ITEM && kind != OUTLINE_KIND_LEAD)
			return b->stack[i].index;
	}
	return 0;
}

/* The run being read is over: keep it when it is long enough and its heading's first. */
static void
end_parallel_run(Builder *b)
{
	if (b->run.n >= PARALLEL_MIN_RUN &&
		(b->nruns == 0 || b->runs[b->nruns - 1].owner != b->run.owner))
	{
		if (b->nruns == b->runs_capacity)
		{
			b->runs_capacity = b->runs_capacity ? 2 * b->runs_capacity : 4;
			b->runs = b->runs ? repalloc(b->runs, b->runs_capacity * sizeof(ParallelRun)) :
				palloc(b->runs_capacity * sizeof(ParallelRun));
		}
		b->runs[b->nruns++] = b->run;
	}
	b->run.n = 0;
}

/*
 * Read along (one call per paragraph, plain: no heading or item found in
 * it): runs of paragraphs in a row, under one heading, whose first
 * sentences are candidates that open and end alike.
 */
static void
note_parallel(Builder *b, const Para *p, bool plain)
{
	ParallelHead c;
	int			owner = innermost_heading(b);
	bool		candidate = plain && owner > 0 && parallel_candidate(b->doc, p, &c);

	if (candidate && b->run.n > 0 && b->run.owner == owner &&
		b->run.n < PARALLEL_MAX_RUN && parallel_alike(b->doc, &b->run.heads[0], &c))
	{
		b->run.heads[b->run.n++] = c;
		return;
	}
	end_parallel_run(b);
	if (candidate)
	{
		b->run.owner = owner;
		b->run.heads[0] = c;
		b->run.n = 1;
	}
}

/*
 * Long parts without subsections (doc/outline.md): a part or heading of
 * at least 3000 characters with no heading under it, whose paragraphs
 * have at least three first sentences in a row that open and end alike
 * (全力推进经济转型升级,…,在推动高质量发展上善作为、勇争先。), gets them as
 * unnumbered headings.  The runs were noted during the scan; the owners
 * come in text order, so inserting from the last keeps the others' indices.
 * Returns the first section changed, -1 none.
 */
static int
find_parallel_headings(Builder *b)
{
	Outline    *o = b->out;
	int			first_changed = -1;

	end_parallel_run(b);
	for (int r = b->nruns - 1; r >= 0; r--)
	{
		int			i = b->runs[r].owner;
		OutlineSection *sec = &o->sections[i];
		int			j = i + 1;
		size_t		end;
		bool		has_heading = false;

		if (sec->kind != OUTLINE_KIND_PART && sec->kind != OUTLINE_KIND_HEADING)
			continue;
		/* its own text: up to the next section not inside it */
		for (; j < o->nsections; j++)
		{
			int			k = o->sections[j].parent;

			while (k > i)
				k = o->sections[k].parent;
			if (k != i)
				break;
			if (o->sections[j].kind != OUTLINE_KIND_LEAD &&
				o->sections[j].kind != OUTLINE_KIND_ITEM)
			{
				has_heading = true;
				break;
			}
		}
		end = j < o->nsections ? o->sections[j].start : o->content_end;
		/* characters are 1–4 bytes: count only where bytes cannot tell */
		if (has_heading || end - sec->body_start < PARALLEL_MIN_SECTION ||
			(end - sec->body_start < 4 * PARALLEL_MIN_SECTION &&
			 count_chars_upto(b->doc, sec->body_start, end, PARALLEL_MIN_SECTION) < PARALLEL_MIN_SECTION))
			continue;
		if (insert_parallel(o, i, b->runs[r].heads, b->runs[r].n))
			first_changed = i;
	}
	return first_changed;
}

/* Find the salutation (各位代表) among the first paragraphs. */
static bool
find_salutation(const char *doc, size_t len, size_t *content_start, size_t *at)
{
	Scanner		sc;
	Para		p;
	bool		first = true;

	scanner_init(&sc, doc, len);
	for (int i = 0; i < 60 && next_para(&sc, &p); i++)
	{
		if (first)
			*content_start = p.start;
		first = false;
		if (has_prefix(doc, p.start, p.end, "各位代表") ||
			has_prefix(doc, p.start, p.end, "同志们"))
		{
			*at = p.start;
			return true;
		}
	}
	return false;
}

/*
 * The outline of text in normal form; offsets into it.  "orig" (may be
 * NULL) gives the original text, for the few marks normalisation folds
 * away (① becomes 1).
 */
static void
scan_text(const char *doc, size_t len, const ScanOrig *orig, Outline *out)
{
	Scanner		sc;
	Builder		b;
	Para		p;
	Para	   *next;
	size_t		salutation = 0;
	size_t		first_start = len;
	bool		bare_lead = false;
	bool		after_colon = false;
	bool		after_point = false;
	bool		after_annex = false;
	OutlineSection *root;

	memset(out, 0, sizeof(*out));
	memset(&b, 0, sizeof(b));
	b.out = out;
	b.doc = doc;
	b.last_point = -1;
	b.excerpt_style = -1;

	out->has_salutation = find_salutation(doc, len, &first_start, &salutation);
	out->content_start = first_start;
	out->content_end = first_start;
	if (out->has_salutation)
	{
		out->front_start = first_start;
		out->front_end = salutation;
	}

	/* the root holds the preamble (from the salutation on) */
	root = add_section(out);
	root->parent = -1;
	root->kind = OUTLINE_KIND_PREAMBLE;
	root->start = out->has_salutation ? salutation : first_start;
	root->head_start = root->head_end = root->body_start = root->start;

	scanner_init(&sc, doc, len);
	while (next_para(&sc, &p) && !out->too_many)
	{
		Heading		h;

		out->content_end = p.end;
		if (p.start < out->sections[0].start)
			continue;			/* front matter */
		h = classify(doc, orig, &p, peek_para(&sc, &next) ? next : NULL);
		/* the preamble after 各位代表 is prose, not items */
		if (out->has_salutation && out->nsections == 1 &&
			(h.kind == HEADING_LEAD || h.kind == HEADING_DASH ||
			 (h.kind == HEADING_NUMBERED && is_list_style(h.level.style))))
			continue;
		/* a lead sentence standing alone owns the paragraph after it */
		if (h.kind == HEADING_LEAD && bare_lead)
			h.kind = HEADING_NONE;
		/* a title right after 附件 (附件 / 名词解释) is its subtitle */
		if (h.kind == HEADING_TITLE && after_annex)
			h.kind = HEADING_NONE;
		after_annex = h.kind == HEADING_TITLE &&
			(has_prefix(doc, p.start, p.end, "附件") || has_prefix(doc, p.start, p.end, "附录"));
		/* closing parts: 各位代表！ turning to 外交, 国防 …, and their sequels */
		if ((h.kind == HEADING_NONE || h.kind == HEADING_LEAD) && out->nsections > 1 &&
			(b.closing_subject != 0 || has_prefix(doc, p.start, p.end, "各位代表") ||
			 has_prefix(doc, p.start, p.end, "同志们")))
		{
			Heading		ch;

			if (closing_heading(&b, &p, peek_para(&sc, &next) ? next : NULL, &ch))
				h = ch;
		}
		/* one-paragraph points of a numbered list (一、…；二、…) */
		h.point = is_point(&b, doc, &h, &p, peek_para(&sc, &next) ? next : NULL,
						   after_colon, after_point);
		after_point = h.point;
		if (h.point)
		{
			b.point_style = h.level.style;
			b.point_ordinal = h.level.ordinal;
		}
		after_colon = ends_in(doc, &p, "：", ':');
		/* a lead or an item standing alone owns the paragraph after it */
		bare_lead = ((h.kind == HEADING_LEAD || h.kind == HEADING_DASH ||
					  (h.kind == HEADING_NUMBERED && is_list_style(h.level.style))) &&
					 skip_space(doc, h.body_start, p.end) >= p.end) ||
			b.owns_next;
		b.owns_next = false;
		if (h.kind != HEADING_NONE)
			place_heading(&b, &h);
		if (!(out->has_salutation && out->nsections == 1))
			place_in_paragraph(&b, &p, h.kind != HEADING_NONE ? h.body_start : p.start,
							   peek_para(&sc, &next) ? next : NULL);
		note_parallel(&b, &p, h.kind == HEADING_NONE &&
					  out->sections[out->nsections - 1].start < p.start);
	}
	if (out->content_end < out->content_start)
		out->content_end = out->content_start;
	if (!out->too_many)
	{
		int			changed = find_parallel_headings(&b);

		if (changed > 0)
		{
			recount_levels(out, changed + 1, b.excerpt_style);
			for (int i = changed + 1; i < out->nsections; i++)
				renumber(out, i);
		}
		settle_closing(&b);
	}

	/* each section runs to the next one's start */
	for (int i = 0; i < out->nsections; i++)
	{
		OutlineSection *sec = &out->sections[i];

		sec->end = (i + 1 < out->nsections) ? out->sections[i + 1].start : out->content_end;
		if (sec->end < sec->start)
			sec->end = sec->start;
		if (sec->body_start > sec->end)
			sec->body_start = sec->end;
		if (sec->head_end > sec->end)
			sec->head_end = sec->end;
	}
	if (!out->too_many)
		outline_assign_roles(doc, len, out);
}

void
outline_scan_normal(const char *text, size_t len, Outline *out)
{
	scan_text(text, len, NULL, out);
}

/* Take every byte offset of the outline from normal form to the original. */
static void
map_offsets_back(Outline *out, const GrOffsetMap *map)
{
	int			hint = 0;

#define BACK(field, is_end) ((field) = gr_offset_to_original(map, (int) (field), (is_end), &hint))
	BACK(out->front_start, false);
	BACK(out->front_end, false);
	BACK(out->content_start, false);
	hint = 0;
	for (int i = 0; i < out->nsections; i++)
	{
		OutlineSection *sec = &out->sections[i];

		/* each field grows along the text: the hint keeps the walk linear */
		BACK(sec->start, false);
		BACK(sec->head_start, false);
		BACK(sec->head_end, true);
		BACK(sec->body_start, false);
	}
	BACK(out->content_end, true);
#undef BACK
	for (int i = 0; i < out->nsections; i++)
	{
		OutlineSection *sec = &out->sections[i];

		sec->end = (i + 1 < out->nsections) ? out->sections[i + 1].start : out->content_end;
		if (sec->end < sec->start)
			sec->end = sec->start;
		if (sec->head_start < sec->start)
			sec->head_start = sec->start;
		if (sec->head_end < sec->head_start)
			sec->head_end = sec->head_start;
		if (sec->body_start < sec->head_end)
			sec->body_start = sec->head_end;
		if (sec->body_start > sec->end)
			sec->body_start = sec->end;
		if (sec->head_end > sec->end)
			sec->head_end = sec->end;
	}
}

/*
 * Scan a document: normalise it (traditional characters, full-width
 * forms, invisible characters: gr_normalize_for_segmenting), find the
 * outline there, and bring every offset back to the document as given.
 */
void
outline_scan(const char *doc, size_t len, Outline *out)
{
	GrOffsetMap map;
	int			nlen = 0;
	char	   *norm = NULL;

	if (len < (size_t) 0x7FFFFFFF)
		norm = gr_normalize_for_segmenting(doc, (int) len, &nlen, &map);
	if (norm == NULL)
		scan_text(doc, len, NULL, out);
	else
	{
		ScanOrig	orig = {doc, len, &map};

		scan_text(norm, (size_t) nlen, &orig, out);
		map_offsets_back(out, &map);
		pfree(norm);
	}

	/* character offsets, in one walk (sections are in text order) */
	{
		size_t		pos = 0;
		int64_t		chars = 0;

		for (int i = 0; i < out->nsections; i++)
		{
			OutlineSection *sec = &out->sections[i];

			CHECK_FOR_INTERRUPTS();
			chars += count_chars(doc, pos, sec->start);
			pos = sec->start;
			sec->char_start = chars;
		}
		/* sections tile the text: most end where the next one starts */
		for (int i = 0; i < out->nsections; i++)
		{
			OutlineSection *sec = &out->sections[i];

			if (i + 1 < out->nsections && sec->end == out->sections[i + 1].start)
				sec->char_end = out->sections[i + 1].char_start;
			else
				sec->char_end = sec->char_start + count_chars(doc, sec->start, sec->end);
		}
	}
}

const char *
outline_kind_name(OutlineKind kind)
{
	static const char *const names[] = {
		"preamble", "part", "heading", "item", "lead", "closing", "appendix"
	};

	return (int) kind >= 0 && kind <= OUTLINE_KIND_APPENDIX ? names[kind] : "other";
}

const char *
outline_role_name(OutlineRole role)
{
	static const char *const names[] = {
		"other", "review", "targets", "plan", "closing"
	};

	return (int) role >= 0 && role <= OUTLINE_ROLE_CLOSING ? names[role] : "other";
}

/* ---------- normalised text ---------- */

static size_t
append_normalised_line(const char *s, size_t start, size_t end, char *buf)
{
	size_t		pos = start;
	size_t		o = 0;
	uint32_t	prev = 0;

	while (pos < end)
	{
		uint32_t	c;
		int			n = section_next_char(s + pos, end - pos, &c);

		/* invisible characters are nothing, not spaces */
		if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 ||
			c == 0xFEFF || c == 0x00AD)
		{
			pos += n;
			continue;
		}
		if (is_space_char(c))
		{
			size_t		q = skip_space(s, pos, end);
			uint32_t	nextc = 0;

			if (q < end)
				section_next_char(s + q, end - q, &nextc);
			/* no space between Han characters (李　强), one space elsewhere */
			if (!(is_han(prev) && is_han(nextc)) && prev != 0 && q < end &&
				!(c == 0x200B || c == 0xFEFF))
				buf[o++] = ' ';
			pos = q;
			continue;
		}
		memcpy(buf + o, s + pos, n);
		o += n;
		pos += n;
		prev = c;
	}
	return o;
}

static char *
normalise_paragraphs(const char *doc, size_t start, size_t end,
					 bool join_paragraphs, bool blank_between, size_t *outlen)
{
	Scanner		sc;
	Para		p;
	char	   *buf;
	size_t		o = 0;

	/* a paragraph (2+ bytes and a line break) grows by one byte at most */
	buf = palloc((end - start) + (end - start) / 2 + 3);
	scanner_init(&sc, doc, end);
	sc.pos = start;
	while (next_para(&sc, &p))
	{
		size_t		mark = o;
		size_t		para_start;

		if (o > 0)
		{
			buf[o++] = '\n';
			if (blank_between)
				buf[o++] = '\n';
		}
		para_start = o;
		if (join_paragraphs)
		{
			/* the paragraph's lines, rejoined without their breaks */
			Scanner		lines;
			Line		l;

			scanner_init(&lines, doc, p.end);
			lines.pos = p.start;
			while (read_line(&lines, &l))
			{
				o += append_normalised_line(doc, l.start, l.end, buf + o);
			}
		}
		else
			o += append_normalised_line(doc, p.start, p.end, buf + o);

		/*
		 * Rejoined lines can read as debris only once joined: drop them now,
		 * so that cleaning the clean text changes nothing.
		 */
		if (is_footer_line(buf, para_start, o))
		{
			o = mark;
			break;
		}
		if (is_debris_line(buf, para_start, o))
			o = mark;
	}
	buf[o] = '\0';
	*outlen = o;
	return buf;
}

char *
outline_normalise(const char *doc, size_t start, size_t end, bool join_paragraphs,
				  size_t *outlen)
{
	return normalise_paragraphs(doc, start, end, join_paragraphs, false, outlen);
}

/*
 * Paragraphs are separated by a blank line, so that scanning the clean text
 * again finds the same paragraphs (and the same outline).
 */
char *
outline_clean(const char *doc, size_t len, size_t *outlen)
{
	return normalise_paragraphs(doc, 0, len, true, true, outlen);
}
