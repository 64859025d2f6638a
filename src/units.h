/*
 * units.h
 *		The unit catalogue: units of measure met in government reports,
 *		their category and the factor to the category's base unit.
 *
 * Pure C, shared by the extractor and the zh_units table (the install
 * script fills the table; a regression test checks it against this list).
 */
#ifndef GOVREPORT_UNITS_H
#define GOVREPORT_UNITS_H

#include <stddef.h>

typedef struct ZhUnit
{
	const char *unit;			/* as written, e.g. 平方公里 */
	const char *category;		/* currency, people, households, area, ... */
	const char *base_unit;		/* unit of the category it converts to */
	const char *factor;			/* exact decimal: 1 unit = factor base units */
	const char *blocked_next;	/* UTF-8 chars that, following, make it a word */
} ZhUnit;

extern const ZhUnit zh_units_compiled[];
extern const int zh_unit_count;

/* Longest unit at s (NULL if none); *consumed gets its byte length. */
extern const ZhUnit *zh_match_unit(const char *s, size_t len, size_t *consumed);

#endif							/* GOVREPORT_UNITS_H */
