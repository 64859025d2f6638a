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
} GrScan;

extern void gr_scan_init(GrScan *scan, const char *text, int len);
extern bool gr_scan_next(GrScan *scan, GrScanToken *tok);
extern void gr_scan_free(GrScan *scan);

#endif							/* GOVREPORT_SCAN_H */
