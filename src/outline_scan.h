/*
 * outline_scan.h
 *		The outline scanner: headings, sections, debris and front matter of a
 *		report's text.  Pure logic (see outline_scan.c), also built without
 *		the server for the fuzz harness.
 */
#ifndef GOVREPORT_OUTLINE_SCAN_H
#define GOVREPORT_OUTLINE_SCAN_H

#include "section_syntax.h"

/* More sections than this is not a report: the scanner stops with an error. */
#define OUTLINE_MAX_SECTIONS 100000

/*
 * What a part of a report is about (doc/outline.md).  The figure extractor
 * reads it: figures in a review are outcomes of the years it reviews, in
 * targets and plan they are targets of the report year.
 */
typedef enum OutlineRole
{
	OUTLINE_ROLE_OTHER = 0,		/* preamble, front matter, undecided */
	OUTLINE_ROLE_REVIEW,		/* last year's or the last years' work */
	OUTLINE_ROLE_TARGETS,		/* this year's expected targets */
	OUTLINE_ROLE_PLAN,			/* this year's or the coming years' tasks */
	OUTLINE_ROLE_CLOSING		/* government's own work, the closing appeal */
} OutlineRole;

/*
 * What kind of division a section is (doc/outline.md).  Parts, headings,
 * closing parts and the appendix are headings: they count in
 * heading_depth.  Leads and items belong to the heading above them.
 */
typedef enum OutlineKind
{
	OUTLINE_KIND_PREAMBLE = 0,	/* the root: from 各位代表 to the first heading */
	OUTLINE_KIND_PART,			/* a top-level part (一、, 第一部分, a part title) */
	OUTLINE_KIND_HEADING,		/* a heading inside a part (（一）, 1., a subtitle) */
	OUTLINE_KIND_ITEM,			/* an element of a list (一是, 第一，, ——, ①) */
	OUTLINE_KIND_LEAD,			/* a paragraph's lead sentence */
	OUTLINE_KIND_CLOSING,		/* a closing part after the last numbered one */
	OUTLINE_KIND_APPENDIX		/* back matter: 附件, 名词解释 */
} OutlineKind;

typedef struct OutlineSection
{
	int32_t		parent;			/* index of the parent section, -1 at top */
	int32_t		depth;			/* levels of its address; 0 for the root */
	int32_t		heading_depth;	/* headings in its path (its own included
								 * when it is one); leads and items have
								 * their heading's */
	OutlineKind kind;
	SectionLevel level;			/* own (last) level; unused at depth 0 */
	size_t		start;			/* extent of the section's own text, bytes */
	size_t		end;
	size_t		head_start;		/* heading text without its marker */
	size_t		head_end;
	size_t		body_start;		/* text after the heading */
	int64_t		char_start;		/* start and end in characters */
	int64_t		char_end;
	OutlineRole role;			/* inherited from the parent unless its own
								 * heading decides */
	int			year_from;		/* years the section speaks of (a review of */
	int			year_to;		/* 2016: 2016..2016; 五年来: 2013..2017); 0 unknown */
	bool		names_report_year;	/* its heading names the report's year
									 * among them (第二个五年计划的第二年——
									 * 一九五九年; 今年) */
} OutlineSection;

typedef struct Outline
{
	OutlineSection *sections;
	int			nsections;
	int			capacity;
	bool		too_many;		/* stopped at OUTLINE_MAX_SECTIONS */
	size_t		content_start;	/* the report without header/footer debris */
	size_t		content_end;
	size_t		front_start;	/* front matter (title, date, speaker) before */
	size_t		front_end;		/* the salutation; empty when there is none */
	bool		has_salutation;
	int			report_year;	/* the year the report plans for; 0 unknown */
	bool		reviews_report_year;	/* given late in that year (1981's),
										 * its review is of report_year */
} Outline;

/*
 * A per-character fold for matching web-page debris markers (首頁 as 首页,
 * 發佈時間 as 发布时间): the character's normal form, or NULL when it is
 * unchanged.  The server sets it to gr_fold_char (src/normalize.c); the
 * standalone build leaves it NULL and matches characters as written.
 */
typedef const char *(*OutlineCharFold) (uint32_t cp, int *len);
extern OutlineCharFold outline_char_fold;

/* Scan a (valid UTF-8) document.  Allocates with palloc in the caller's context. */
extern void outline_scan(const char *doc, size_t len, Outline *outline);

/*
 * The same on text already in normal form (gr_normalize_for_segmenting):
 * offsets stay into that text and character offsets are not computed.
 */
extern void outline_scan_normal(const char *text, size_t len, Outline *outline);

/* "part", "review", ...: the names SQL shows */
extern const char *outline_kind_name(OutlineKind kind);
extern const char *outline_role_name(OutlineRole role);

/*
 * Normalised copy of doc[start, end): debris lines dropped, lines trimmed,
 * blank lines dropped, paragraphs one per line, runs of whitespace inside a
 * line collapsed to one space and removed between two Han characters.
 * Returns a palloc'd NUL-terminated string and its length in *outlen.
 */
extern char *outline_normalise(const char *doc, size_t start, size_t end,
							   bool join_paragraphs, size_t *outlen);

/* report_clean: the normalised content of the whole document. */
extern char *outline_clean(const char *doc, size_t len, size_t *outlen);

/* Metadata of a report; strings are palloc'd, NULL when the text is silent. */
typedef struct OutlineInfo
{
	char	   *title;
	char	   *region;
	const char *admin_level;
	int			report_year;	/* 0 when unknown */
	int			meeting_year;	/* 0 when unknown */
	int			meeting_month;
	int			meeting_day;
	char	   *session;
	char	   *speaker;
	char	   *speaker_title;
} OutlineInfo;

extern void outline_info(const char *doc, size_t len, OutlineInfo *info);

#endif							/* GOVREPORT_OUTLINE_SCAN_H */
