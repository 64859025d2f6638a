/*
 * section_type.h
 *		The report_section base type: on-disk layout and accessors.
 */
#ifndef GOVREPORT_SECTION_TYPE_H
#define GOVREPORT_SECTION_TYPE_H

#include "fmgr.h"

#include "section_syntax.h"

/*
 * A varlena header, the number of levels, and the levels themselves (four
 * bytes each, so the array stays aligned like contrib/ltree's levels).
 */
typedef struct ReportSection
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint16		nlevels;
	uint16		flags;			/* zero; room for later use */
	SectionLevel levels[FLEXIBLE_ARRAY_MEMBER];
} ReportSection;

#define REPORT_SECTION_HDRSIZE	offsetof(ReportSection, levels)
#define REPORT_SECTION_SIZE(n)	(REPORT_SECTION_HDRSIZE + (n) * sizeof(SectionLevel))

/* binary send/recv format version (the leading byte) */
#define REPORT_SECTION_BINARY_VERSION 1

#define DatumGetReportSectionP(X)	((ReportSection *) PG_DETOAST_DATUM(X))
#define PG_GETARG_REPORT_SECTION_P(n) DatumGetReportSectionP(PG_GETARG_DATUM(n))
#define PG_RETURN_REPORT_SECTION_P(x) PG_RETURN_POINTER(x)

/* Build a palloc'd value from levels (checked by the caller). */
extern ReportSection *report_section_make(const SectionLevel *levels, int n);

#endif							/* GOVREPORT_SECTION_TYPE_H */
