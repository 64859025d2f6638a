/*
 * section_syntax.h
 *		The report_section path as data, and its text syntax.
 *
 * Pure C (no server calls), shared by the type's input/output functions,
 * the outline scanner and the fuzz harnesses.
 */
#ifndef GOVREPORT_SECTION_SYNTAX_H
#define GOVREPORT_SECTION_SYNTAX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "utf8.h"

/* Heading styles; the numbers are stored on disk, never renumber them. */
typedef enum SectionStyle
{
	SECTION_STYLE_PART = 1,		/* 第一部分 */
	SECTION_STYLE_CHAPTER = 2,	/* 第一章 */
	SECTION_STYLE_HAN = 3,		/* 一、 */
	SECTION_STYLE_HAN_PAREN = 4,	/* （一） or (一) */
	SECTION_STYLE_DIGIT = 5,	/* 1. 1． 1、 */
	SECTION_STYLE_DIGIT_PAREN = 6,	/* （1） */
	SECTION_STYLE_CIRCLED = 7,	/* ① */
	SECTION_STYLE_TITLE = 8,	/* unnumbered part title, printed §n */
	SECTION_STYLE_DASH = 9,		/* dash-led item, printed ——n */
	SECTION_STYLE_LEAD = 10,	/* paragraph lead sentence, printed ¶n */
	SECTION_STYLE_SHI = 11,		/* a list item 一是, 二是 ... */
	SECTION_STYLE_DI = 12		/* a list item 第一，第二， ... */
} SectionStyle;

#define SECTION_STYLE_LAST		12
#define SECTION_MAX_DEPTH		32
#define SECTION_MAX_ORDINAL		9999
/* unnumbered levels (§n, ——n, ¶n) count further: a level's ordinal is 16 bits */
#define SECTION_MAX_UNNUMBERED	65535
#define SECTION_MAX_CIRCLED		50
/* longest canonical level: 第九千九百九十九部分 = 11 chars of 3 bytes */
#define SECTION_MAX_LEVEL_BYTES 40

typedef struct SectionLevel
{
	uint8_t		style;			/* a SectionStyle */
	uint8_t		reserved;		/* zero */
	uint16_t	ordinal;		/* 1 .. SECTION_MAX_ORDINAL (unnumbered:
								 * SECTION_MAX_UNNUMBERED) */
} SectionLevel;

/*
 * Recognise one level marker at the start of s.  In document mode only the
 * markers a report's text uses are accepted (no §/¶/——n forms; digits up to
 * 99 and not followed by a digit, so "2.9%" is no heading).  Returns the
 * bytes consumed, 0 when s does not start with a marker.
 */
extern size_t section_scan_marker(const char *s, size_t len, bool document,
								  SectionLevel *level);

/* Why a text is not a report_section (the SQL layer words the message). */
typedef enum SectionParseError
{
	SECTION_PARSE_OK = 0,
	SECTION_PARSE_TOO_DEEP,		/* more levels than allowed */
	SECTION_PARSE_ORDINAL,		/* an ordinal outside 1 .. SECTION_MAX_ORDINAL */
	SECTION_PARSE_CIRCLED,		/* a circled level above SECTION_MAX_CIRCLED */
	SECTION_PARSE_MARKER		/* neither a heading marker nor a dotted path */
} SectionParseError;

/*
 * Parse the text form: marker form ("二、（四）3.") or dotted form ("2.4.3").
 * Returns the number of levels (0 for an empty path), or -1 with *error
 * set.
 */
extern int	section_parse(const char *s, size_t len, SectionLevel *levels,
						  int max_levels, SectionParseError *error);

/* Is this level storable (known style, ordinal in range)? */
extern bool section_level_valid(const SectionLevel *level);

/*
 * Write the canonical text of the levels into buf (NUL-terminated; cap must
 * be at least n * SECTION_MAX_LEVEL_BYTES + 1).  Returns the length.
 */
extern size_t section_format(const SectionLevel *levels, int n, char *buf);

/* Dash items, list items (一是, 第一，) and lead sentences: the leaves of an outline. */
extern bool section_style_is_item(int style);

/*
 * Compare two paths in document order: <0, 0, >0.  Level by level: items
 * before numbered/titled siblings, then by ordinal, then by style; a
 * parent sorts right before its descendants.
 */
extern int	section_compare(const SectionLevel *a, int na,
							const SectionLevel *b, int nb);

/* Name of a style ("han", "lead", ...), NULL when unknown. */
extern const char *section_style_name(int style);

/* Decode one UTF-8 character (input already validated); returns its length. */
/* The section code reads chars as "const char *": one step of utf8_next_char. */
static inline int
section_next_char(const char *s, size_t len, uint32_t *cp)
{
	return utf8_next_char((const unsigned char *) s, len, cp);
}

#endif							/* GOVREPORT_SECTION_SYNTAX_H */
