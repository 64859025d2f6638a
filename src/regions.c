/*
 * regions.c
 *		Resolve region names to GB/T 2260 codes (doc/regions.md).
 *
 * The table (about 3,800 rows: provinces, prefectures, counties, current
 * and historic since 2002) is compiled in, so lookups read no table and the
 * functions built on them are IMMUTABLE.  A name is matched from its end:
 * the last part must be a region's full or short name, and what is before
 * it must be names of that region's enclosing regions, outermost first,
 * levels may be skipped (黑龙江省南岗区).  Among several rows, current
 * codes win over historic ones, full names over short names, and a
 * province's short name over other short names (河北 is 河北省, not 天津市
 * 河北区); what is still ambiguous has no code.  A linear pass over the table per
 * lookup: names are short and lookups are one per report.
 */
#include "postgres.h"

#include <string.h>

#include "normalize.h"
#include "regions.h"

#include "regions_table.inc"

#define NREGIONS ((int) (sizeof(gr_region_table) / sizeof(gr_region_table[0])))

/* How a candidate's own name matched. */
#define MATCH_FULL 1
#define MATCH_SHORT 2

const GrRegion *
gr_regions(int *count)
{
	*count = NREGIONS;
	return gr_region_table;
}

const char *
gr_region_level_name(GrRegionLevel level)
{
	switch (level)
	{
		case GR_LEVEL_PROVINCE:
			return "province";
		case GR_LEVEL_PREFECTURE:
			return "prefecture";
		case GR_LEVEL_COUNTY:
			return "county";
	}
	return NULL;
}

/* Does s[0..*len) end with word?  If so, cut it off. */
static bool
cut_suffix(const char *s, int *len, const char *word)
{
	int			n = (int) strlen(word);

	if (n == 0 || n > *len || memcmp(s + *len - n, word, n) != 0)
		return false;
	*len -= n;
	return true;
}

/* Does s[0..*len) start with word?  If so, cut it off. */
static bool
cut_prefix(const char **s, int *len, const char *word)
{
	int			n = (int) strlen(word);

	if (n > *len || memcmp(*s, word, n) != 0)
		return false;
	*s += n;
	*len -= n;
	return true;
}

/*
 * Can the prefix s[0..len) be read as names of the regions enclosing row
 * r, outermost first (each level named at most once, levels skippable)?
 */
static bool
ancestors_spell(const char *s, int len, int r)
{
	for (int a = gr_region_table[r].parent; a >= 0 && len > 0; a = gr_region_table[a].parent)
	{
		if (!cut_suffix(s, &len, gr_region_table[a].name))
			(void) cut_suffix(s, &len, gr_region_table[a].short_name);
	}
	return len == 0;
}

/* Is row r inside the region with code (strictly)? */
static bool
inside(int r, const char *code)
{
	for (r = gr_region_table[r].parent; r >= 0; r = gr_region_table[r].parent)
		if (strcmp(gr_region_table[r].code, code) == 0)
			return true;
	return false;
}

/*
 * The normal form of a name: NFKC and simplified characters, blanks and a
 * leading 中国 / 中华人民共和国 dropped.  Returns a palloc'd string.
 */
static char *
normal_name(const char *s, int len, int *outlen)
{
	int			nlen;
	char	   *norm = gr_normalize(s, len, &nlen);
	char	   *out;
	const char *p;
	int			n = 0;

	if (norm == NULL)
	{
		norm = (char *) s;
		nlen = len;
	}
	out = palloc(nlen + 1);
	for (int i = 0; i < nlen; i++)
		if (norm[i] != ' ' && norm[i] != '\t' && norm[i] != '\n' && norm[i] != '\r')
			out[n++] = norm[i];
	out[n] = '\0';
	p = out;
	if (!cut_prefix(&p, &n, "中华人民共和国"))
		(void) cut_prefix(&p, &n, "中国");
	*outlen = n;
	return (char *) p;
}

/* All rows the normalised name s can mean, with how each matched. */
static int
match_all(const char *s, int len, int *idx, int *how)
{
	int			n = 0;

	if (len == 0)
		return 0;
	for (int r = 0; r < NREGIONS; r++)
	{
		const GrRegion *g = &gr_region_table[r];
		int			rest = len;
		int			kind = 0;

		if (cut_suffix(s, &rest, g->name))
			kind = MATCH_FULL;
		else if (cut_suffix(s, &rest, g->short_name))
			kind = MATCH_SHORT;
		if (kind == 0 || !ancestors_spell(s, rest, r))
			continue;
		idx[n] = r;
		how[n] = kind;
		n++;
	}
	return n;
}

/*
 * Rows a name can mean: as written (blanks dropped), else in normal form
 * (traditional characters made simplified).  The names as written come
 * first because the fold also changes a few simplified characters that
 * region names use (乾安县).
 */
static int
match_name(const char *name, int len, int *idx, int *how)
{
	char	   *plain = palloc(len + 1);
	int			plen = 0;
	int			n;
	const char *p;
	int			nlen;

	for (int i = 0; i < len; i++)
		if (name[i] != ' ' && name[i] != '\t' && name[i] != '\n' && name[i] != '\r')
			plain[plen++] = name[i];
	p = plain;
	if (!cut_prefix(&p, &plen, "中华人民共和国"))
		(void) cut_prefix(&p, &plen, "中国");
	n = match_all(p, plen, idx, how);
	if (n > 0)
		return n;
	p = normal_name(name, len, &nlen);
	return match_all(p, nlen, idx, how);
}

int
gr_region_candidates(const char *name, int len, const char *within, int wlen,
					 bool preferred, int **result)
{
	int		   *idx = palloc(sizeof(int) * NREGIONS);
	int		   *how = palloc(sizeof(int) * NREGIONS);
	int			n = match_name(name, len, idx, how);
	int			k;

	if (within != NULL)
	{
		int		   *widx = palloc(sizeof(int) * NREGIONS);
		int		   *whow = palloc(sizeof(int) * NREGIONS);
		int			w = match_name(within, wlen, widx, whow);

		k = 0;
		for (int i = 0; i < n; i++)
		{
			bool		keep = false;

			for (int j = 0; j < w && !keep; j++)
				keep = inside(idx[i], gr_region_table[widx[j]].code);
			if (keep)
			{
				idx[k] = idx[i];
				how[k] = how[i];
				k++;
			}
		}
		n = k;
	}
	if (preferred)
	{
		bool		any_current = false;
		bool		any_full = false;
		bool		any_province = false;

		for (int i = 0; i < n; i++)
			any_current |= gr_region_table[idx[i]].valid_to[0] == '\0';
		k = 0;
		for (int i = 0; i < n; i++)
			if (!any_current || gr_region_table[idx[i]].valid_to[0] == '\0')
			{
				idx[k] = idx[i];
				how[k] = how[i];
				k++;
			}
		n = k;
		for (int i = 0; i < n; i++)
		{
			any_full |= how[i] == MATCH_FULL;
			any_province |= how[i] == MATCH_SHORT &&
				gr_region_table[idx[i]].level == GR_LEVEL_PROVINCE;
		}
		k = 0;
		for (int i = 0; i < n; i++)
			if (any_full ? how[i] == MATCH_FULL :
				(!any_province || gr_region_table[idx[i]].level == GR_LEVEL_PROVINCE))
				idx[k++] = idx[i];
		n = k;
	}
	*result = idx;
	return n;
}

/* Is there exactly one distinct code among the rows? */
static const GrRegion *
single_code(const int *idx, int n)
{
	if (n == 0)
		return NULL;
	for (int i = 1; i < n; i++)
		if (strcmp(gr_region_table[idx[i]].code, gr_region_table[idx[0]].code) != 0)
			return NULL;
	return &gr_region_table[idx[0]];
}

/* Does the text name one of the regions enclosing row r (full name)? */
static bool
text_names_ancestor(const char *text, int r)
{
	for (int a = gr_region_table[r].parent; a >= 0; a = gr_region_table[a].parent)
		if (strstr(text, gr_region_table[a].name) != NULL)
			return true;
	return false;
}

/* Bytes of the report read to settle an ambiguous name. */
#define FRONT_BYTES 16384

const char *
gr_region_code_for_report(const char *region, const char *doc, int doclen,
						  const char **level)
{
	int		   *idx;
	int			n;
	const GrRegion *g;

	*level = NULL;
	if (region == NULL || region[0] == '\0')
		return NULL;
	n = gr_region_candidates(region, (int) strlen(region), NULL, 0, true, &idx);
	g = single_code(idx, n);
	if (g == NULL && n > 1)
	{
		int			cut = doclen < FRONT_BYTES ? doclen : FRONT_BYTES;
		int			flen;
		char	   *front;
		int			k = 0;

		/* do not cut a character in two */
		while (cut > 0 && cut < doclen && ((unsigned char) doc[cut] & 0xC0) == 0x80)
			cut--;
		front = normal_name(doc, cut, &flen);
		for (int i = 0; i < n; i++)
			if (text_names_ancestor(front, idx[i]))
				idx[k++] = idx[i];
		g = single_code(idx, k);
	}
	if (g == NULL)
		return NULL;
	*level = gr_region_level_name(g->level);
	return g->code;
}

/*
 * The level to report when no code was found: the outline's guess from
 * the name's suffix, in the code levels' words.  A 市 may be a prefecture
 * or a county-level city, so it stays unknown.
 */
const char *
gr_region_level_guess(const char *guess, const char *region)
{
	int			n = region ? (int) strlen(region) : 0;

	if (guess == NULL)
		return NULL;
	if (strcmp(guess, "national") == 0 || strcmp(guess, "province") == 0)
		return guess;
	if (strcmp(guess, "district") == 0 || strcmp(guess, "county") == 0)
		return "county";
	if (region && (cut_suffix(region, &n, "州") || cut_suffix(region, &n, "盟") ||
				   cut_suffix(region, &n, "地区")))
		return "prefecture";
	return NULL;
}
