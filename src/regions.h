/*
 * regions.h
 *		GB/T 2260 region codes, compiled in from data/zh_regions.tsv: name
 *		resolution for zh_region_code and report_info's region_code.
 */
#ifndef GOVREPORT_REGIONS_H
#define GOVREPORT_REGIONS_H

typedef enum GrRegionLevel
{
	GR_LEVEL_PROVINCE,
	GR_LEVEL_PREFECTURE,
	GR_LEVEL_COUNTY
} GrRegionLevel;

typedef struct GrRegion
{
	const char *code;			/* six digits: 230103 */
	const char *name;			/* 南岗区 */
	const char *short_name;		/* 南岗 ("" when none) */
	GrRegionLevel level;
	int			parent;			/* index of the parent row, -1 for a province */
	const char *valid_from;		/* YYYY-MM-DD, "" when in the earliest data set */
	const char *valid_to;		/* first data set without it, "" when current */
} GrRegion;

/* The compiled table. */
extern const GrRegion *gr_regions(int *count);

/* "province", "prefecture" or "county". */
extern const char *gr_region_level_name(GrRegionLevel level);

/*
 * Rows that a name (UTF-8, len bytes) can mean: 南岗区, 哈尔滨市南岗区,
 * 黑龙江省南岗区, short names (南岗, 黑龙江), traditional forms.  When within
 * is not NULL, only rows inside a region it names.  When preferred is
 * true, only the best ones are kept: current codes over historic ones,
 * full names over short names, provinces' short names over others.  Fills idx (palloc'd) and
 * returns how many.
 */
extern int	gr_region_candidates(const char *name, int len,
								 const char *within, int wlen,
								 bool preferred, int **idx);

/*
 * The code of the region a report names (report_info's region), or NULL
 * when unknown or ambiguous.  An ambiguous name is settled by the report's
 * own text: the candidate one of whose enclosing regions the first part of
 * the text names, if exactly one is.  *level gets the code's level.
 */
extern const char *gr_region_code_for_report(const char *region,
											 const char *doc, int doclen,
											 const char **level);

/*
 * admin_level when no code is known: the outline's guess (from the name's
 * suffix or the speaker's title) in the words of the code levels.
 */
extern const char *gr_region_level_guess(const char *guess, const char *region);

#endif							/* GOVREPORT_REGIONS_H */
