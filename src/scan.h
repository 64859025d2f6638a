/*
 * scan.h
 *		One pass over a document for the text search parser and
 *		zh_tokenize: normalise for segmenting, segment, and give the spans
 *		back as pieces of the original text, with the whitespace between
 *		them as blank tokens, so that the tokens put end to end are the
 *		document again (headlines depend on it).
 */
#ifndef GOVREPORT_SCAN_H
#define GOVREPORT_SCAN_H

#include "normalize.h"
#include "segment.h"

/* Kind of a blank token (whitespace between spans); the rest are ZhTokenKind. */
#define GR_KIND_BLANK 0

typedef struct GrScanToken
{
	int32		byte_start;		/* in the original text */
	int32		byte_len;
	int32		char_start;
	int32		char_len;
	uint8		kind;			/* ZhTokenKind, or GR_KIND_BLANK */
	uint8		pos;			/* part of speech from the segmenter */
} GrScanToken;

typedef struct GrScan
{
	const char *text;			/* the original text */
	int			len;
	ZhToken    *spans;			/* segmenter output over the normalised text */
	int			nspans;
	GrOffsetMap map;			/* normalised offsets -> original offsets */
	int			next_span;
	int			byte_pos;		/* original text consumed so far */
	int			char_pos;
	int			map_hint;
	bool		have_pending;	/* a span waits behind the blank just given */
	GrScanToken pending;
	int			pending_span;
	GrScanToken last;			/* the token gettoken returned last */
	int			last_span;		/* its index in spans, -1 for a blank */
	int32		positions;		/* search positions the dictionary gave so far */
} GrScan;

/*
 * Longest token handed out, in bytes: a longer span (a long Latin string,
 * a run of digits) comes as several tokens.  Core skips tokens of 2 kB or
 * more with a notice, and search has to see every character.
 */
#define GR_MAX_TOKEN_BYTES	1024

extern void gr_scan_init(GrScan *scan, const char *text, int len);
extern bool gr_scan_next(GrScan *scan, GrScanToken *tok);
extern void gr_scan_free(GrScan *scan);

/*
 * The text search parser makes its scan "active" while it runs so that the
 * dictionary, which sees one token at a time, can read the text around the
 * current token (the pair that crosses into the next token).
 * gr_active_scan returns the scan only if "token" is the token it gave out
 * last.
 */
extern void gr_scan_activate(GrScan *scan);
extern void gr_scan_deactivate(GrScan *scan);
extern GrScan *gr_active_scan(const char *token, int len);

#endif							/* GOVREPORT_SCAN_H */
