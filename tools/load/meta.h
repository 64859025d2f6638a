/*
 * meta.h
 *		Metadata from outside a report's text, for govreport-load: the
 *		sidecar CSV (--meta FILE) and guesses from the file's path.
 *		Pure C (no libpq): the fuzz harness links it as it is.
 */
#ifndef GOVREPORT_LOAD_META_H
#define GOVREPORT_LOAD_META_H

#include <stddef.h>

/* The columns of the sidecar, in this order; "path" is required. */
#define LOAD_META_PATH 0
#define LOAD_META_TITLE 1
#define LOAD_META_REGION 2
#define LOAD_META_REGION_CODE 3
#define LOAD_META_YEAR 4
#define LOAD_META_LEVEL 5
#define LOAD_META_URL 6
#define LOAD_META_PUBLISHED 7
#define LOAD_META_NFIELDS 8

extern const char *const load_meta_columns[LOAD_META_NFIELDS];

typedef struct LoadMeta
{
	char	   *field[LOAD_META_NFIELDS];	/* malloc'd, NULL when empty */
	int			line;			/* line of the CSV it came from */
	int			used;			/* files it was applied to */
} LoadMeta;

typedef struct LoadMetaSet
{
	LoadMeta   *rows;
	size_t		n;
} LoadMetaSet;

/*
 * Parse a sidecar CSV (UTF-8, len bytes; RFC 4180 quoting, a header row
 * naming the columns in any order).  Values are checked: year 1900-2100,
 * published a date (stored YYYY-MM-DD), level national, province,
 * prefecture or county, region_code six digits.  Returns 0, or -1 with err
 * naming the line and the problem.
 */
extern int	load_meta_parse(const char *csv, size_t len, LoadMetaSet *set,
							char *err, size_t errsize);

/* The row for a file: path equal to its relative path, else to its base name. */
extern LoadMeta *load_meta_find(LoadMetaSet *set, const char *rel_path);
extern void load_meta_free(LoadMetaSet *set);

/* What a path such as 哈尔滨市/南岗区/2022.txt says. */
typedef struct LoadPathGuess
{
	int			year;			/* 0 when none */
	char		region[128];	/* the innermost region named ("" when none): 南岗区 */
	char		chain[384];		/* every region named, outermost first: 哈尔滨市南岗区 */
} LoadPathGuess;

extern void load_path_guess(const char *rel_path, LoadPathGuess *g);

/*
 * A file name as valid UTF-8: unchanged when it is; else read as GB18030
 * (names from Chinese Windows archives) when that decodes; else each
 * invalid byte written as \xHH.  Returns a malloc'd string or NULL.
 */
extern char *load_name_utf8(const char *raw);

#endif							/* GOVREPORT_LOAD_META_H */
