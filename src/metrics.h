/*
 * metrics.h
 *		Figures in report text: one record per quantity, with its
 *		indicator, normalised value and unit, qualifier, change, baseline,
 *		period and whether it is a target.
 *
 * Built with the server and without it (the fuzz harness): text fields
 * are byte spans of the document scanned; the scan allocates only a role
 * per outline section (palloc).
 */
#ifndef GOVREPORT_METRICS_H
#define GOVREPORT_METRICS_H

#include <stdbool.h>
#include <stddef.h>

#include "numeral.h"
#include "units.h"

typedef struct ZhSpan
{
	size_t		start;			/* byte offsets into the document */
	size_t		end;			/* start == end: absent */
} ZhSpan;

typedef enum ZhQualifier
{
	ZQ_EXACT = 0,
	ZQ_ABOUT,
	ZQ_AT_LEAST,
	ZQ_AT_MOST,
	ZQ_OVER,
	ZQ_UNDER,
	ZQ_NEARLY,
	ZQ_RANGE
} ZhQualifier;

extern const char *const zh_qualifier_names[];

typedef struct ZhFigure
{
	bool		has_value;
	ZhNumber	value;
	bool		has_low;
	ZhNumber	low;
	bool		has_high;
	ZhNumber	high;
	const char *unit;			/* canonical unit text */
	const ZhUnit *unit_info;	/* catalogue entry */
	ZhQualifier qualifier;
	const char *change;			/* "increase", "decrease" or NULL */
	ZhSpan		indicator;
	ZhSpan		indicator_gap;	/* left out of the indicator's text (empty: none) */
	ZhSpan		baseline;
	ZhSpan		period;
	ZhSpan		mention;
	int			is_target;		/* 1, 0, or -1 when nothing tells */
	int			year;			/* 0 when unknown */
	long		char_start;		/* character offsets of the mention */
	long		char_end;
} ZhFigure;

typedef void (*ZhFigureCallback) (const ZhFigure *figure, void *arg);

struct Outline;

/*
 * Scan doc[0..len) (valid UTF-8) and call emit once per figure, in text
 * order.  outline (may be NULL) is the outline of the same text
 * (outline_scan_normal): its roles and years decide targets and years.
 * Linear in len; interruptible (CHECK_FOR_INTERRUPTS).
 */
extern void zh_extract_figures(const char *doc, size_t len,
							   const struct Outline *outline,
							   ZhFigureCallback emit, void *arg);

#endif							/* GOVREPORT_METRICS_H */
